/**
 * PolNeAR sentences: (1) attributed when any attribution finding falls in the sentence; (2) on sentences whose
 * silver source classes are all vague/agentless against those all specific/document, whether an anonymous,
 * vague or agentless attribution is found. Sentences with pronoun sources or a mix of both sides are left out of (2).
 * Both are scored twice: each sentence analysed alone, and each sentence read in its article (in-article.ts).
 */
import type { Finding } from '../../../src/engine/types.ts';
import { analyseAll } from '../analyse.ts';
import { arrayField, idAndText, type JsonRecord, readJsonl } from '../data.ts';
import { isAttribution, isUncheckableAttribution } from '../findings.ts';
import { countBinary, prf } from '../metrics.ts';
import type { BandRow, ErrorItem, Figure } from '../types.ts';
import { binaryBand, binaryErrors, countsDetail, type LabelledText, predict } from './binary.ts';
import { findingsInArticles, placement, readArticles } from './in-article.ts';
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

/** One reading's figures, bands and errors. `suffix` tells the readings apart in ids, labels and error groups. */
interface Reading {
  figures: Figure[];
  bands: BandRow[];
  errors: ErrorItem[];
}

function score(records: JsonRecord[], attributed: LabelledText[], findings: Finding[][], suffix: string): Reading {
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
  const id = suffix ? `-${suffix}` : '';
  const label = suffix ? ` ${suffix.replace('-', ' ')}` : '';
  return {
    figures: [
      {
        id: `polnear-sentences/f1-attributed${id}`,
        value: prf(attributedCounts).f1,
        detail: countsDetail(attributedCounts),
      },
      {
        id: `polnear-sentences/f1-vague${id}`,
        value: prf(vagueCounts).f1,
        detail: `${vague.length} sentences, ${countsDetail(vagueCounts)}`,
      },
    ],
    bands: [
      binaryBand('polnear-sentences', `attributed${label}`, attributed, findings, isAttribution),
      binaryBand('polnear-sentences', `vague source${label}`, vague, vagueFindings, isUncheckableAttribution),
    ],
    errors: [
      ...prefixGroups(`attributed${label}`, binaryErrors(attributed, findings, isAttribution)),
      ...prefixGroups(`vague${label}`, binaryErrors(vague, vagueFindings, isUncheckableAttribution)),
    ],
  };
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
    const alone = analyseAll(attributed, analyzer);
    const readings = [score(records, attributed, alone.findings, '')];
    const notes: string[] = [];
    const failures = [...alone.failures];
    const places = records.map(placement);
    const articles = readArticles(
      dir,
      attributed.map((s, i) => ({ text: s.text, place: places[i] })),
    );
    if (typeof articles === 'string') {
      notes.push(`sentences not read in their articles: ${articles}`);
      // Figures with no value, so that --check-floors reports the floors it could not check instead of passing.
      const figures = [unmeasured('f1-attributed-in-article'), unmeasured('f1-vague-in-article')];
      readings.push({ figures, bands: [], errors: [] });
    } else {
      const inArticle = findingsInArticles(
        places.filter((p) => p !== undefined),
        articles,
        analyzer,
      );
      readings.push(score(records, attributed, inArticle.findings, 'in-article'));
      failures.push(...inArticle.failures);
    }
    return {
      set: this.name,
      records: records.length,
      figures: readings.flatMap((r) => r.figures),
      bands: readings.flatMap((r) => r.bands),
      errors: readings.flatMap((r) => r.errors),
      notes,
      failures,
    };
  },
};

function unmeasured(metric: string): Figure {
  return { id: `polnear-sentences/${metric}`, value: null, detail: 'not measured: see the note' };
}

function prefixGroups(prefix: string, errors: ErrorItem[]): ErrorItem[] {
  return errors.map((e) => ({ ...e, group: `${prefix}: ${e.group}` }));
}
