/**
 * The tools of the "no hard-coded English" tests: a message source that answers every key with a marker
 * (⟦key|substitutions⟧), and a search for Latin words left once the markers are taken out.
 */
import type { Finding, Report } from '../../src/engine/types.ts';
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
    for (const attr of ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'alt', 'placeholder'])
      check(el.getAttribute(attr));
  }
  return found;
}

/** A report over `text` whose every word from the engine (component, detail, warning) is Greek too. */
export function greekReport(text: string, findings: Finding[]): Report {
  return {
    schemaVersion: 1,
    engine: { name: 'sourcelight', version: '0.1.0' },
    text: { length: text.length, words: 8, sentences: 2, language: 'en' },
    findings,
    score: {
      value: 40,
      grade: 'mixed',
      components: [{ id: 'c', label: 'Συστατικό', weight: 40, value: 0.5, findingIds: ['f1'], detail: 'Λεπτομέρεια' }],
    },
    warnings: ['Προειδοποίηση'],
  };
}
