/**
 * PTC (SemEval-2020 Task 11): loaded-rhetoric spans in propaganda-rich news. Predictions are the non-hedge
 * rhetoric findings. Recall counts the four loaded techniques; precision counts a prediction as right where it
 * overlaps a span of any technique (a flag inside a Doubt span is not wrong). Both use character-overlap credit.
 */
import type { Finding } from '../../../src/engine/types.ts';
import { analyseAll } from '../analyse.ts';
import { arrayField, idAndText, readJsonl, spanField } from '../data.ts';
import { HIGH_CONFIDENCE, isLoadedRhetoric, selectFindings } from '../findings.ts';
import { f1Score, ratio } from '../metrics.ts';
import { snippet } from '../snippet.ts';
import { overlapCredit, overlapsAny, type Range } from '../spans.ts';
import type { ErrorItem, Figure, Precision } from '../types.ts';
import type { EvalSet } from './set.ts';

/** The techniques Sourcelight's rhetoric detector is meant to find, as PTC names them. */
export const LOADED_TECHNIQUES = new Set([
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Exaggeration,Minimisation',
  'Appeal_to_fear-prejudice',
]);

interface Article {
  id: string;
  text: string;
  gold: (Range & { label: string })[];
}

/** Overlap-credit precision of the predictions against every gold span, pooled over articles. */
function spanPrecision(articles: Article[], predicted: Finding[][]): Precision {
  let credit = 0;
  let count = 0;
  articles.forEach((a, i) => {
    const c = overlapCredit(predicted[i], a.gold);
    credit += c.credit;
    count += c.count;
  });
  return { value: ratio(credit, count), predictions: count };
}

/** Overlap-credit recall and any-overlap recall of the loaded gold spans, pooled over articles. */
function spanRecall(articles: Article[], predicted: Finding[][]): { credit: number | null; anyOverlap: number | null } {
  let credit = 0;
  let count = 0;
  let hits = 0;
  let spans = 0;
  articles.forEach((a, i) => {
    const loaded = a.gold.filter((g) => LOADED_TECHNIQUES.has(g.label));
    const c = overlapCredit(loaded, predicted[i]);
    credit += c.credit;
    count += c.count;
    spans += loaded.length;
    hits += loaded.filter((g) => overlapsAny(g, predicted[i])).length;
  });
  return { credit: ratio(credit, count), anyOverlap: ratio(hits, spans) };
}

function spanErrors(articles: Article[], predicted: Finding[][]): ErrorItem[] {
  return articles.flatMap((a, i) => [
    ...predicted[i]
      .filter((f) => !overlapsAny(f, a.gold))
      .map((f): ErrorItem => ({ type: 'fp', group: f.rule, record: a.id, snippet: snippet(a.text, f.start, f.end) })),
    ...a.gold
      .filter((g) => LOADED_TECHNIQUES.has(g.label) && !overlapsAny(g, predicted[i]))
      .map((g): ErrorItem => ({ type: 'fn', group: g.label, record: a.id, snippet: snippet(a.text, g.start, g.end) })),
  ]);
}

/** The PTC set. */
export const ptc: EvalSet = {
  name: 'ptc',
  file: 'ptc/dev.jsonl',
  run({ dir, analyzer }) {
    const articles: Article[] = readJsonl(dir, this.file).map((r) => ({
      ...idAndText(r),
      gold: arrayField(r, 'spans').map((s) => spanField(s, r)),
    }));
    const { findings, failures } = analyseAll(articles, analyzer);
    const loaded = findings.map((fs) => selectFindings(fs, isLoadedRhetoric));
    const precision = spanPrecision(articles, loaded);
    const recall = spanRecall(articles, loaded);
    const figures: Figure[] = [
      { id: 'ptc/span-f1', value: f1Score(precision.value, recall.credit) },
      { id: 'ptc/span-precision', value: precision.value, detail: `${precision.predictions} merged predicted spans` },
      { id: 'ptc/span-recall', value: recall.credit },
      { id: 'ptc/recall-any-overlap', value: recall.anyOverlap },
    ];
    const high = loaded.map((fs) => fs.filter((f) => f.confidence >= HIGH_CONFIDENCE));
    return {
      set: this.name,
      records: articles.length,
      figures,
      bands: [{ set: this.name, metric: 'loaded-rhetoric spans', all: precision, high: spanPrecision(articles, high) }],
      errors: spanErrors(articles, loaded),
      notes: [],
      failures,
    };
  },
};
