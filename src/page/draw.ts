/**
 * Turns a report's findings into live Ranges. A finding is drawn only when its offsets point at the same
 * words in the analysed text and its Range still covers those words in the page (ignoring whitespace, which
 * the analysed text collapses): a page that changed since it was read gets fewer highlights, never wrong ones.
 */
import type { Finding, Report } from '../engine/types.ts';
import { familyOf } from '../messaging/families.ts';
import type { TextMap } from './extract/text-map.ts';
import type { Entry } from './highlight/painter.ts';
import type { Slicer } from './slicer.ts';
import { strings } from './strings.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

function isFinding(value: unknown): value is Finding {
  const f = value as Finding;
  return (
    typeof f === 'object' && f !== null && typeof f.id === 'string' && typeof f.text === 'string' &&
    Number.isInteger(f.start) && Number.isInteger(f.end) && ['claim', 'attribution', 'rhetoric'].includes(f.kind)
  );
}

/** Checks the shape of a report received over messaging (where types are not enforced). */
export function assertReport(report: unknown): asserts report is Report {
  const findings = (report as Report | null)?.findings;
  if (!Array.isArray(findings)) throw new TypeError(strings.badReport);
}

/** The drawable entries of a report's findings, sorted by start, and how many findings could not be placed. */
export async function entriesFor(findings: readonly Finding[], map: TextMap, doc: Document, slicer: Slicer): Promise<{ entries: Entry[]; unmatched: number }> {
  const entries: Entry[] = [];
  let unmatched = 0;
  for (const finding of findings) {
    if (slicer.overBudget()) await slicer.maybeYield();
    if (!isFinding(finding) || map.text.slice(finding.start, finding.end) !== finding.text) {
      unmatched++;
      continue;
    }
    const range = map.range(finding.start, finding.end, doc);
    if (!range || squash(range.toString()) !== squash(finding.text)) {
      unmatched++;
      continue;
    }
    entries.push({ finding, family: familyOf(finding), range });
  }
  entries.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
  return { entries, unmatched };
}
