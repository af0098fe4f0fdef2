/**
 * Links to Sourcelight's own pages, each opened in a new tab. Plain links with target="_blank" open a tab from
 * a toolbar popup in Chromium and Firefox alike, with no permission and no call to the background.
 */
import { strings } from '../strings.ts';

/** The pages, in the order a reader is likely to want them. */
const PAGES = [
  ['analyse.html', 'analyse'],
  ['compare.html', 'compare'],
  ['glossary.html', 'glossary'],
  ['teach.html', 'teach'],
  ['options.html', 'settings'],
] as const;

/** The links as a small navigation list. */
export function PageLinks() {
  return (
    <nav class="page-links" aria-label={strings.links.heading}>
      <ul>
        {PAGES.map(([href, name]) => (
          <li key={href}>
            <a href={href} target="_blank" rel="noopener">
              {strings.links[name]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
