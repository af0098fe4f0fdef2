/** The shapes every evaluation set returns, so that printing, floors and JSON output treat all sets alike. */

/** One measured number, e.g. ptc's span F1. `value` is null when the data gives nothing to measure. */
export interface Figure {
  /** Stable id `<set>/<metric>`, the key used in floors.json and the --json output. */
  id: string;
  value: number | null;
  /** Counts behind the value, e.g. "tp 120 fp 80 fn 300". */
  detail?: string;
}

/** Precision of one prediction rule, measured on all findings and on findings with confidence >= 0.7 only. */
export interface BandRow {
  set: string;
  metric: string;
  all: Precision;
  high: Precision;
}

/** A precision and how many predictions it rests on (value null when nothing was predicted). */
export interface Precision {
  value: number | null;
  predictions: number;
}

/** One false positive or false negative, for error analysis. */
export interface ErrorItem {
  type: 'fp' | 'fn';
  /** What to group by: the rule that fired (false positives) or the gold label that was missed (false negatives). */
  group: string;
  /** Record id in the data set. */
  record: string;
  /** A short one-line excerpt with the span in [brackets]. */
  snippet: string;
}

/** What one set's evaluation produced. */
export interface SetResult {
  set: string;
  figures: Figure[];
  bands: BandRow[];
  errors: ErrorItem[];
  /** Extra lines worth printing under the table (e.g. the score per outlet). */
  notes: string[];
  /** How many records were analysed. */
  records: number;
  /** Records the engine threw on, with the error message: each one is a bug to fix. */
  failures: string[];
}
