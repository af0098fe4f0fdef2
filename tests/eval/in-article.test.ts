import { describe, expect, test } from 'vitest';
import type { Analyzer } from '../../scripts/eval/analyse.ts';
import { checkFloors } from '../../scripts/eval/floors.ts';
import { polnearSentences } from '../../scripts/eval/sets/polnear-sentences.ts';
import type { Finding } from '../../src/engine/types.ts';
import { dataFolder, findingsFor, jsonl, report } from './helpers.ts';

// One article of four sentences, cut the way the data cuts them: after an abbreviation ("Sen."), so the speaker's
// name and verb land in the second sentence; then a quotation the speaker goes on with; then plain narration.
const article = 'Sen. Okoro said the port would reopen. "It will take a month." The rain went on.';
const sentences = ['Sen.', 'Okoro said the port would reopen.', '"It will take a month."', 'The rain went on.'];
const silver = [['specific'], ['specific'], ['specific'], []];

/** The sentence records, as if cut from the article with id `group`. */
function rows(group = 'a') {
  return sentences.map((s, i) => {
    const start = article.indexOf(s);
    return {
      id: `${group}#${i}`,
      text: s,
      attributed: i < 3,
      source_classes_silver: silver[i],
      split_group: group,
      doc_offset: { start, end: start + s.length },
    };
  });
}

// Stands in for the engine: "Sen. Okoro said" is a named attribution wherever the words are whole, and the
// quotation is a claim credited to it when both are in the analysed text (as the engine's claim sourcing does).
const analyzer: Analyzer = (text) => {
  const attribution = findingsFor(text, 'Sen. Okoro said', { kind: 'attribution', source: 'named' });
  const claims: Finding[] = findingsFor(text, 'It will take a month.', {
    kind: 'claim',
    claimType: 'prediction',
    sourcing: attribution.length > 0 ? 'named' : 'none',
    confidence: 0.6,
  }).map((c, i) => ({ ...c, id: `c${i + 1}`, ...(attribution[0] ? { sourceFindingId: attribution[0].id } : {}) }));
  return report(text, [...attribution, ...claims]);
};

const figure = (id: string, dir: string) => polnearSentences.run({ dir, analyzer }).figures.find((f) => f.id === id);

describe('polnear-sentences read in their articles', () => {
  const dir = dataFolder({
    'polnear-sentences/dev.jsonl': jsonl(rows()),
    'polnear/dev.jsonl': jsonl([{ id: 'a', text: article, attributions: [] }]),
  });

  test('alone, the cut sentences and the quotation lose their speaker', () => {
    // Only "Sen." + "Okoro said..." as one text would match; alone, no sentence holds the whole attribution.
    expect(figure('polnear-sentences/f1-attributed', dir)?.detail).toBe('tp 0 fp 0 fn 3');
  });

  test('in the article, the attribution covers both cut sentences and the quotation is credited to it', () => {
    expect(figure('polnear-sentences/f1-attributed-in-article', dir)?.detail).toBe('tp 3 fp 0 fn 0');
    expect(figure('polnear-sentences/f1-attributed-in-article', dir)?.value).toBeCloseTo(1);
  });

  test('a credited attribution stands on the claim it was credited to and keeps its own confidence', () => {
    const result = polnearSentences.run({ dir, analyzer });
    const band = result.bands.find((b) => b.metric === 'attributed in article');
    // The claim's confidence (0.6) is its check-worthiness: the quotation's credit keeps the attribution's 0.9.
    expect(band?.all.predictions).toBe(3);
    expect(band?.high.predictions).toBe(3);
  });

  test('without the article file, the in-article figures have no value and a note', () => {
    const alone = dataFolder({ 'polnear-sentences/dev.jsonl': jsonl(rows()) });
    const result = polnearSentences.run({ dir: alone, analyzer });
    // The two figures stay, with no value, so that a floor recorded for them fails the floor check.
    const inArticle = result.figures.filter((f) => f.id.endsWith('-in-article'));
    expect(inArticle.map((f) => [f.id, f.value])).toEqual([
      ['polnear-sentences/f1-attributed-in-article', null],
      ['polnear-sentences/f1-vague-in-article', null],
    ]);
    expect(figure('polnear-sentences/f1-attributed', alone)?.detail).toBe('tp 0 fp 0 fn 3');
    const floors = { floors: { 'polnear-sentences/f1-attributed-in-article': 0.86 }, ceilings: {} };
    expect(checkFloors(result.figures, floors)).toEqual([
      'polnear-sentences/f1-attributed-in-article: nothing to measure, but a floor of 0.86 is recorded',
    ]);
    expect(result.notes).toEqual(['sentences not read in their articles: polnear/dev.jsonl is missing']);
  });

  test('a sentence that is not at its offsets stops the in-article reading instead of crediting wrong words', () => {
    const moved = dataFolder({
      'polnear-sentences/dev.jsonl': jsonl(rows()),
      'polnear/dev.jsonl': jsonl([{ id: 'a', text: `Intro. ${article}`, attributions: [] }]),
    });
    const result = polnearSentences.run({ dir: moved, analyzer });
    expect(result.notes).toEqual(['sentences not read in their articles: a sentence of "a" is not at its offsets']);
  });

  test('a sentence whose article is missing is named', () => {
    const lost = dataFolder({
      'polnear-sentences/dev.jsonl': jsonl(rows('elsewhere')),
      'polnear/dev.jsonl': jsonl([{ id: 'a', text: article, attributions: [] }]),
    });
    const result = polnearSentences.run({ dir: lost, analyzer });
    expect(result.notes).toEqual(['sentences not read in their articles: no article "elsewhere" in polnear/dev.jsonl']);
  });
});
