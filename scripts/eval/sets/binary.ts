/**
 * The shared shape of the sentence-classification sets (babe, conll, claimbuster, polnear-sentences): one
 * analysis per text, a text predicted positive when any finding passing a test falls in it, then F1, the
 * precision per confidence band, and the errors grouped by rule.
 */
import type { Finding } from '../../../src/engine/types.ts';
import { HIGH_CONFIDENCE, selectFindings } from '../findings.ts';
import { type Counts, countBinary, ratio } from '../metrics.ts';
import { lead, snippet } from '../snippet.ts';
import type { BandRow, ErrorItem, Precision } from '../types.ts';

/** One text with its gold class. `goldLabel` names the class for error listings. */
export interface LabelledText {
  id: string;
  text: string;
  gold: boolean;
  goldLabel: string;
}

/** A text's gold class and whether the findings predict the positive class. */
export interface Prediction {
  gold: boolean;
  predicted: boolean;
}

/** Predictions for every text: positive when a finding passes `test` at `minConfidence` or above. */
export function predict(
  items: LabelledText[],
  findings: Finding[][],
  test: (f: Finding) => boolean,
  minConfidence = 0,
): Prediction[] {
  return items.map((item, i) => ({
    gold: item.gold,
    predicted: selectFindings(findings[i] ?? [], test, minConfidence).length > 0,
  }));
}

/** Precision of the positive class from counts, with how many positives were predicted. */
export function precisionOf(counts: Counts): Precision {
  return { value: ratio(counts.tp, counts.tp + counts.fp), predictions: counts.tp + counts.fp };
}

/** The precision of the prediction with all findings and with high-confidence findings only. */
export function binaryBand(
  set: string,
  metric: string,
  items: LabelledText[],
  findings: Finding[][],
  test: (f: Finding) => boolean,
): BandRow {
  return {
    set,
    metric,
    all: precisionOf(countBinary(predict(items, findings, test))),
    high: precisionOf(countBinary(predict(items, findings, test, HIGH_CONFIDENCE))),
  };
}

/** False positives grouped by every rule that fired, false negatives grouped by the gold label. */
export function binaryErrors(items: LabelledText[], findings: Finding[][], test: (f: Finding) => boolean): ErrorItem[] {
  const errors: ErrorItem[] = [];
  items.forEach((item, i) => {
    const fired = selectFindings(findings[i] ?? [], test);
    if (fired.length > 0 && !item.gold) {
      for (const f of fired) {
        errors.push({ type: 'fp', group: f.rule, record: item.id, snippet: snippet(item.text, f.start, f.end) });
      }
    } else if (fired.length === 0 && item.gold) {
      errors.push({ type: 'fn', group: item.goldLabel, record: item.id, snippet: lead(item.text) });
    }
  });
  return errors;
}

/** Counts written out for the figure's detail column. */
export function countsDetail({ tp, fp, fn }: Counts): string {
  return `tp ${tp} fp ${fp} fn ${fn}`;
}
