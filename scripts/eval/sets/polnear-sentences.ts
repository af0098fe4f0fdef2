/**
 * PolNeAR sentences: (1) attributed when any attribution finding falls in the sentence; (2) on sentences whose
 * silver source classes are all vague/agentless against those all specific/document, whether an anonymous,
 * vague or agentless attribution is found. Sentences with pronoun sources or a mix of both sides are left out of (2).
 */
import type { Finding } from '../../../src/engine/types.ts';
import { analyseAll } from '../analyse.ts';
import { arrayField, idAndText, type JsonRecord, readJsonl } from '../data.ts';
import { isAttribution, isUncheckableAttribution } from '../findings.ts';
import { countBinary, prf } from '../metrics.ts';
import type { ErrorItem } from '../types.ts';
import { binaryBand, binaryErrors, countsDetail, type LabelledText, predict } from './binary.ts';
import type { EvalSet } from './set.ts';

const UNCHECKABLE = new Set(['vague_person', 'none']);
const CHECKABLE = new Set(['specific', 'document']);

/** Whether a sentence's silver classes put it on the uncheckable side (true), the checkable side (false), or neither. */
export function vagueSide(classes: string[]): boolean | undefined {
  if (classes.length === 0) return undefined;
  if (classes.every((c) => UNCHECKABLE.has(c))) return true;
  if (classes.every((c) => CHECKABLE.has(c))) return false;
  return undefined;
}

function silverClasses(r: JsonRecord): string[] {
  return arrayField(r, 'source_classes_silver').map(String);
}

/** The PolNeAR sentence set. */
export const polnearSentences: EvalSet = {
  name: 'polnear-sentences',
  file: 'polnear-sentences/dev.jsonl',
  run({ dir, analyzer }) {
    const records = readJsonl(dir, this.file);
    const attributed: LabelledText[] = records.map((r) => ({
      ...idAndText(r),
      gold: r.attributed === true,
      goldLabel: r.attributed === true ? `attributed (${silverClasses(r).join(',') || 'no class'})` : 'not attributed',
    }));
    const { findings, failures } = analyseAll(attributed, analyzer);
    const vague: LabelledText[] = [];
    const vagueFindings: Finding[][] = [];
    records.forEach((r, i) => {
      const side = vagueSide(silverClasses(r));
      if (side === undefined) return;
      vague.push({ ...attributed[i], gold: side, goldLabel: silverClasses(r).join(',') });
      vagueFindings.push(findings[i]);
    });
    const attributedCounts = countBinary(predict(attributed, findings, isAttribution));
    const vagueCounts = countBinary(predict(vague, vagueFindings, isUncheckableAttribution));
    const errors: ErrorItem[] = [
      ...prefixGroups('attributed', binaryErrors(attributed, findings, isAttribution)),
      ...prefixGroups('vague', binaryErrors(vague, vagueFindings, isUncheckableAttribution)),
    ];
    return {
      set: this.name,
      records: records.length,
      figures: [
        {
          id: 'polnear-sentences/f1-attributed',
          value: prf(attributedCounts).f1,
          detail: countsDetail(attributedCounts),
        },
        {
          id: 'polnear-sentences/f1-vague',
          value: prf(vagueCounts).f1,
          detail: `${vague.length} sentences, ${countsDetail(vagueCounts)}`,
        },
      ],
      bands: [
        binaryBand(this.name, 'attributed', attributed, findings, isAttribution),
        binaryBand(this.name, 'vague source', vague, vagueFindings, isUncheckableAttribution),
      ],
      errors,
      notes: [],
      failures,
    };
  },
};

function prefixGroups(prefix: string, errors: ErrorItem[]): ErrorItem[] {
  return errors.map((e) => ({ ...e, group: `${prefix}: ${e.group}` }));
}
