/**
 * The data README's style-checker baselines for weasel sentences: retext with retext-english and
 * retext-intensify (hedges, weasels, fillers) and write-good (its default checks). Every message either tool
 * gives becomes a hedge finding on its span, which is what the CoNLL weasel set counts.
 */
import { createRequire } from 'node:module';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import type { Analyzer } from '../analyse.ts';
import { baselineReport, draftBase } from './report.ts';

/** write-good ships CommonJS without types; this is the part of its API the baseline calls. */
type WriteGood = (text: string) => { index: number; offset: number; reason: string }[];

function hedge(text: string, start: number, end: number, rule: string) {
  return { ...draftBase(text, start, end, rule), kind: 'rhetoric' as const, technique: 'hedge' as const };
}

/** retext-intensify's messages as hedge findings. */
export function retextIntensifyBaseline(): Analyzer {
  const processor = retext().use(retextEnglish).use(retextIntensify);
  return (text) => {
    const drafts = processor.processSync(text).messages.flatMap((m) => {
      const start = m.place && 'start' in m.place ? m.place.start.offset : undefined;
      const end = m.place && 'end' in m.place ? m.place.end.offset : undefined;
      return start === undefined || end === undefined ? [] : [hedge(text, start, end, `baseline/retext-${m.ruleId}`)];
    });
    return baselineReport(text, drafts, 'retext-intensify');
  };
}

/** write-good's suggestions as hedge findings. */
export function writeGoodBaseline(require_ = createRequire(import.meta.url)): Analyzer {
  const writeGood = require_('write-good') as WriteGood;
  return (text) => {
    const drafts = writeGood(text).map((s) => hedge(text, s.index, s.index + s.offset, 'baseline/write-good'));
    return baselineReport(text, drafts, 'write-good');
  };
}
