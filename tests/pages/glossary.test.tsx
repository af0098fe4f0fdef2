// @vitest-environment jsdom
/** The glossary page: every entry at its anchor with its words, the contents linking to each, and focus on the linked entry. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { splitEmphasis } from '../../pages/glossary/Emphasis.tsx';
import { GlossaryPage } from '../../pages/glossary/GlossaryPage.tsx';
import { GLOSSARY, glossaryAnchor, glossaryUrl } from '../../src/glossary/index.ts';
import { useEnglish } from './setup.ts';

useEnglish();
// jsdom has no layout, so no scrolling: the focus is what these tests check.
Element.prototype.scrollIntoView = () => undefined;

function mount(hash = '') {
  window.location.hash = hash;
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<GlossaryPage />, root));
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
  window.location.hash = '';
});

describe('entries', () => {
  test.each(GLOSSARY.map((e) => [glossaryAnchor(e), e] as const))(
    '%s: at its anchor, with every part',
    (anchor, entry) => {
      const root = mount();
      const article = root.querySelector(`#${anchor}`) as HTMLElement;
      expect(article.tagName).toBe('ARTICLE');
      expect(glossaryUrl(entry.kind, entry.subtype)).toBe(`glossary.html#${anchor}`);
      expect(article.querySelector('h3')?.textContent?.length).toBeGreaterThan(2);
      expect(article.querySelectorAll('.examples li')).toHaveLength(2);
      expect(article.querySelectorAll('.examples mark').length).toBeGreaterThanOrEqual(2);
      expect(article.querySelector('.entry-question')?.textContent).toMatch(/^Ask: .+\?$/);
      // The heading may start with the family's glyph (hidden from screen readers); the words are the link's.
      const term = root.querySelector(`nav a[href="#${anchor}"]`)?.textContent ?? '';
      expect(term).not.toBe('');
      expect(article.querySelector('h3')?.textContent?.endsWith(term)).toBe(true);
    },
  );
});

test('the entry the address names gets focus (a link from a card lands on it)', () => {
  mount('#technique-hedge');
  expect(document.activeElement?.id).toBe('technique-hedge');
});

test('a hash change moves focus to the new entry', () => {
  mount();
  act(() => {
    window.location.hash = '#source-vague';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  expect(document.activeElement?.id).toBe('source-vague');
});

test.each<[string, Array<{ text: string; flagged: boolean }>]>([
  [
    'The *extremist* mayor',
    [
      { text: 'The ', flagged: false },
      { text: 'extremist', flagged: true },
      { text: ' mayor', flagged: false },
    ],
  ],
  ['*All of it*', [{ text: 'All of it', flagged: true }]],
  ['No marks', [{ text: 'No marks', flagged: false }]],
])('splitEmphasis(%j)', (text, parts) => {
  expect(splitEmphasis(text)).toEqual(parts);
});
