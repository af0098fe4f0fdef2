/**
 * CheckThat! 2019 task 1: rank each debate's sentences by the highest confidence of any claim found in them
 * (0 when none) and report the mean average precision over debates. Ties are scored as the expected AP over
 * their orders, so the file's own order earns nothing.
 */
import { analyseAll } from '../analyse.ts';
import { idAndText, readJsonl, stringField } from '../data.ts';
import { HIGH_CONFIDENCE } from '../findings.ts';
import { averagePrecision, mean } from '../metrics.ts';
import { lead } from '../snippet.ts';
import type { ErrorItem } from '../types.ts';
import type { EvalSet } from './set.ts';

/** The highest confidence of a claim finding, 0 when there is none. */
export function claimScore(findings: { kind: string; confidence: number }[]): number {
  return findings.reduce((best, f) => (f.kind === 'claim' ? Math.max(best, f.confidence) : best), 0);
}

/** The CheckThat! 2019 task 1 set. */
export const checkthat: EvalSet = {
  name: 'checkthat2019-t1',
  file: 'checkthat2019-t1/dev.jsonl',
  run({ dir, analyzer }) {
    const sentences = readJsonl(dir, this.file).map((r) => ({
      ...idAndText(r),
      debate: stringField(r, 'split_group'),
      relevant: stringField(r, 'label') === 'check_worthy',
    }));
    const { findings, failures } = analyseAll(sentences, analyzer);
    const debates = new Map<string, { score: number; relevant: boolean }[]>();
    const errors: ErrorItem[] = [];
    sentences.forEach((s, i) => {
      const score = claimScore(findings[i]);
      debates.set(s.debate, [...(debates.get(s.debate) ?? []), { score, relevant: s.relevant }]);
      if (s.relevant && score === 0)
        errors.push({ type: 'fn', group: 'check-worthy, no claim found', record: s.id, snippet: lead(s.text) });
      const confident = findings[i].filter((f) => f.kind === 'claim' && f.confidence >= HIGH_CONFIDENCE);
      if (!s.relevant && confident.length > 0) {
        errors.push({ type: 'fp', group: confident[0].rule, record: s.id, snippet: lead(s.text) });
      }
    });
    const perDebate = [...debates.values()].map((items) => averagePrecision(items));
    const scored = perDebate.filter((ap) => ap !== null).length;
    return {
      set: this.name,
      records: sentences.length,
      figures: [
        { id: 'checkthat2019-t1/map', value: mean(perDebate), detail: `${scored} debates with check-worthy sentences` },
      ],
      bands: [],
      errors,
      notes: [],
      failures,
    };
  },
};
