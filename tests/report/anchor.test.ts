/** Re-anchoring exported annotations on a text that changed a little since the export. */
import { describe, expect, test } from 'vitest';
import type { LoadedAnnotation } from '../../src/report/index.ts';
import { anchorAnnotations, parseJsonLdReport, toJsonLd } from '../../src/report/index.ts';
import { ARTICLE, articleInput, NOW } from './article.ts';

/** The article's annotations, as loaded back from its JSON-LD export. */
function loadedAnnotations(): LoadedAnnotation[] {
  const loaded = parseJsonLdReport(toJsonLd(articleInput(), NOW));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.value.annotations;
}

/** Anchors on `text` and returns, per finding id, the anchored text and method, or "unmatched". */
function anchorOn(text: string, annotations = loadedAnnotations()): Record<string, string> {
  const { anchored, unmatched } = anchorAnnotations(text, annotations);
  const out: Record<string, string> = {};
  for (const a of anchored) {
    expect(text.slice(a.finding.start, a.finding.end)).toBe(a.finding.text);
    out[a.finding.id] = `${a.method}: ${a.finding.text}`;
  }
  for (const u of unmatched) out[u.finding.id] = 'unmatched';
  return out;
}

const original = anchorOn(ARTICLE);
const PARAGRAPH = 'A new paragraph was added here by the editors after the story first ran, with some more words.\n\n';

describe('tolerates small changes', () => {
  test('the unchanged text: every annotation at its recorded position', () => {
    expect(Object.values(original).every((v) => v.startsWith('position: '))).toBe(true);
  });

  test('an inserted paragraph: every annotation found again by its quote', () => {
    const text = ARTICLE.replace('Critics say', `${PARAGRAPH}Critics say`);
    const result = anchorOn(text);
    for (const [id, value] of Object.entries(result)) {
      const expected = Number(id.slice(1)) < 5 ? original[id] : original[id].replace('position: ', 'quote: ');
      expect(value, id).toBe(expected);
    }
  });

  test('a changed word elsewhere: the others by quote, the one holding the word by a fuzzy match', () => {
    const text = ARTICLE.replace('voted on Tuesday', 'voted on Wednesday');
    const result = anchorOn(text);
    expect(result.f1).toBe('fuzzy: voted on Wednesday to raise water prices by 12 percent from March');
    expect(result.f2).toBe(original.f2.replace('position', 'quote'));
    expect(Object.values(result).filter((v) => v === 'unmatched')).toEqual([]);
  });

  test('a repeated phrase: the copy whose context matches is chosen, not the first one', () => {
    const text = ARTICLE.replace('It is believed that', 'Critics say many things. It is believed that');
    const annotations = loadedAnnotations();
    const { anchored } = anchorAnnotations(text, annotations);
    const critics = anchored.find((a) => a.finding.id === 'f5');
    expect(critics?.finding.start).toBe(text.indexOf('Critics say the decision'));
  });

  test('identical repeats with identical context: the one nearest the recorded position', () => {
    const line = 'Prices rose again. ';
    const text = `${line.repeat(10)}`;
    const at = line.length * 6;
    const annotation = {
      ...loadedAnnotations()[0],
      quote: { exact: 'Prices rose', prefix: 'again. ', suffix: ' again. ' },
    };
    const placed = anchorAnnotations(text, [{ ...annotation, position: { start: at + 3, end: at + 14 } }]);
    expect(placed.anchored[0].finding.start).toBe(at);
  });
});

describe('leaves unmatched', () => {
  test('annotations whose sentence was removed, and only those', () => {
    const removed = "Leaks waste a third of the town's water every year.";
    const result = anchorOn(ARTICLE.replace(removed, ''));
    expect(
      Object.entries(result)
        .filter(([, v]) => v === 'unmatched')
        .map(([id]) => id),
    ).toEqual(['f10']);
  });

  test('a short quote whose word was changed (too short to match approximately)', () => {
    expect(anchorOn(ARTICLE.replace('Clearly', 'Obviously')).f14).toBe('unmatched');
  });

  test('a fuzzy match that is not clearly the best', () => {
    const variant = 'the pipes had been ignored for a decade';
    const text = `She said ${variant}. He said ${variant}.`;
    const annotation = loadedAnnotations().find((a) => a.finding.id === 'f9') as LoadedAnnotation;
    const result = anchorAnnotations(text, [{ ...annotation, quote: { ...annotation.quote, prefix: '', suffix: '' } }]);
    expect(result.unmatched).toHaveLength(1);
  });

  test('everything, on an unrelated text', () => {
    const result = anchorAnnotations('Nothing of the article is here at all.', loadedAnnotations());
    expect(result.anchored).toEqual([]);
    expect(result.unmatched).toHaveLength(articleInput().report.findings.length);
  });
});

test('anchoring a long report on a long text stays fast', () => {
  const text = `${PARAGRAPH.repeat(400)}${ARTICLE.replace(/e/g, 'é')}`; // every quote gone verbatim: all fuzzy work
  const t0 = performance.now();
  anchorAnnotations(text, loadedAnnotations());
  expect(performance.now() - t0).toBeLessThan(2000);
});

test('a recorded position near the start is not trusted when the prefix does not fit before it', () => {
  // "b" after "ab" is at 2; position 1 has only "a" before it, though "ab" begins the text.
  const annotation = {
    ...loadedAnnotations()[0],
    quote: { exact: 'b', prefix: 'ab', suffix: '' },
    position: { start: 1, end: 2 },
  };
  const { anchored } = anchorAnnotations('abb', [annotation]);
  expect([anchored[0].finding.start, anchored[0].method]).toEqual([2, 'quote']);
});
