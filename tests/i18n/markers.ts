/**
 * The tools of the "no hard-coded English" tests: a message source that answers every key with a marker
 * (⟦key|substitutions⟧), and a search for Latin words left once the markers are taken out.
 */
import type { MessageSource } from '../../src/i18n/index.ts';

/** Every message as its marker; the browser's predefined messages as an English browser gives them. */
export const MARKER_SOURCE: MessageSource = {
  getMessage: (key, subs = []) =>
    key === '@@ui_locale' ? 'en' : key === '@@bidi_dir' ? 'ltr' : `⟦${[key, ...subs].join('|')}⟧`,
};

/** Latin words left once markers are removed, from text and from the attributes a reader hears or sees. */
export function englishIn(root: ParentNode): string[] {
  const found: string[] = [];
  const check = (s: string | null) => {
    const rest = (s ?? '').replace(/⟦[^⟧]*⟧/g, '');
    if (/[A-Za-z]{2,}/.test(rest)) found.push(rest.trim());
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) check(node.nodeValue);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'aria-description', 'title', 'alt', 'placeholder']) check(el.getAttribute(attr));
  }
  return found;
}
