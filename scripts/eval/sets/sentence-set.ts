/** Builds an evaluation set for a file of labelled sentences with one positive class (babe, conll, claimbuster). */
import type { Finding } from '../../../src/engine/types.ts';
import { analyseAll } from '../analyse.ts';
import { idAndText, readJsonl, stringField } from '../data.ts';
import { binaryMacroF1, countBinary, prf } from '../metrics.ts';
import type { LabelledText } from './binary.ts';
import { binaryBand, binaryErrors, countsDetail, predict } from './binary.ts';
import type { EvalSet } from './set.ts';

/** How a sentence set is read and scored. */
export interface SentenceSetSpec {
  name: string;
  /** The `label` value of the positive class. */
  positive: string;
  /** Which findings make a sentence positive. */
  test: (f: Finding) => boolean;
  /** The figure id, and whether it is the positive class's F1 or the macro-F1 over both classes. */
  figure: { id: string; metric: 'f1' | 'macro-f1' };
}

/** An EvalSet reading `<name>/dev.jsonl` records with `id`, `text` and `label`. */
export function sentenceSet(spec: SentenceSetSpec): EvalSet {
  return {
    name: spec.name,
    file: `${spec.name}/dev.jsonl`,
    run({ dir, analyzer }) {
      const items: LabelledText[] = readJsonl(dir, this.file).map((r) => {
        const label = stringField(r, 'label');
        return { ...idAndText(r), gold: label === spec.positive, goldLabel: label };
      });
      const { findings, failures } = analyseAll(items, analyzer);
      const pairs = predict(items, findings, spec.test);
      const counts = countBinary(pairs);
      const value = spec.figure.metric === 'f1' ? prf(counts).f1 : binaryMacroF1(pairs);
      return {
        set: spec.name,
        records: items.length,
        figures: [{ id: spec.figure.id, value, detail: `${spec.positive}: ${countsDetail(counts)}` }],
        bands: [binaryBand(spec.name, spec.positive, items, findings, spec.test)],
        errors: binaryErrors(items, findings, spec.test),
        notes: [],
        failures,
      };
    },
  };
}
