/** The frame of every extension page: the name, links to the other pages, the page's content and the privacy note. */
import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '../../src/i18n/index.ts';

/** The extension pages, by the file name each is reachable at (analyse.html, ...); teach mode is linked from the popup. */
export type PageName = 'analyse' | 'compare' | 'glossary' | 'options' | 'teach';

const LINKS: ReadonlyArray<[PageName, MessageKey]> = [
  ['analyse', 'pages_nav_analyse'],
  ['compare', 'pages_nav_compare'],
  ['teach', 'pages_nav_teach'],
  ['glossary', 'pages_nav_glossary'],
  ['options', 'pages_nav_options'],
];

/** Props: which page this is, its heading, and its content. */
interface PageFrameProps {
  current: PageName;
  heading: string;
  children: ComponentChildren;
}

/** Header with navigation, the main landmark, and the footer. */
export function PageFrame({ current, heading, children }: PageFrameProps) {
  return (
    <div class="page">
      <header class="page-header">
        <p class="app-name">{t('pages_appName')}</p>
        <nav aria-label={t('pages_nav_label')}>
          <ul class="page-nav">
            {LINKS.map(([page, key]) => (
              <li key={page}>
                <a href={`${page}.html`} aria-current={page === current ? 'page' : undefined}>
                  {t(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="page-main">
        <h1>{heading}</h1>
        {children}
      </main>
      <footer class="page-footer">
        <p>{t('pages_privacyNote')}</p>
      </footer>
    </div>
  );
}
