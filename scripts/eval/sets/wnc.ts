/** WNC sample: pairs of a Wikipedia sentence before and after a neutrality edit; right when the biased one gets more rhetoric findings. */
import { analyseAll } from '../analyse.ts';
import { readJsonl, stringField } from '../data.ts';
import { isRhetoric, selectFindings } from '../findings.ts';
import { ratio } from '../metrics.ts';
import { lead, snippet } from '../snippet.ts';
import type { ErrorItem } from '../types.ts';
import type { EvalSet } from './set.ts';

/** The WNC sample set. */
export const wnc: EvalSet = {
  name: 'wnc-sample',
  file: 'wnc-sample/dev.jsonl',
  run({ dir, analyzer }) {
    const pairs = readJsonl(dir, this.file).map((r) => ({
      id: stringField(r, 'id'),
      biased: stringField(r, 'biased_text'),
      neutral: stringField(r, 'neutral_text'),
    }));
    const biased = analyseAll(
      pairs.map((p) => ({ id: `${p.id} (biased)`, text: p.biased })),
      analyzer,
    );
    const neutral = analyseAll(
      pairs.map((p) => ({ id: `${p.id} (neutral)`, text: p.neutral })),
      analyzer,
    );
    let right = 0;
    const errors: ErrorItem[] = [];
    pairs.forEach((pair, i) => {
      const b = selectFindings(biased.findings[i], isRhetoric);
      const n = selectFindings(neutral.findings[i], isRhetoric);
      if (b.length > n.length) {
        right++;
        return;
      }
      const group = b.length === n.length ? `equal counts (${b.length})` : 'neutral version got more';
      errors.push({ type: 'fn', group, record: pair.id, snippet: lead(pair.biased) });
      for (const f of n) {
        errors.push({ type: 'fp', group: f.rule, record: pair.id, snippet: snippet(pair.neutral, f.start, f.end) });
      }
    });
    return {
      set: this.name,
      records: pairs.length,
      figures: [
        {
          id: 'wnc-sample/pair-accuracy',
          value: ratio(right, pairs.length),
          detail: `${right} of ${pairs.length} pairs`,
        },
      ],
      bands: [],
      errors,
      notes: [],
      failures: [...biased.failures, ...neutral.failures],
    };
  },
};
