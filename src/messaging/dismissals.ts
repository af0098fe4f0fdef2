/**
 * Findings the reader dismissed on a page ("not loaded here", "this source is named elsewhere"...). They are
 * stored per page in storage.local, so each one is remembered by what it flagged (kind, words, which occurrence)
 * rather than by its id, which a changed page renumbers. A dismissed finding leaves the score: the engine's own
 * score function is run again over the findings that remain.
 */
import { scoreFindings } from '../engine/score.ts';
import type { Finding, Report } from '../engine/types.ts';
import type { DismissedFinding, DismissReason } from '../report/types.ts';

export type { DismissedFinding, DismissReason } from '../report/types.ts';

/** Every reason a reader can give, in the order the popup offers them. */
export const DISMISS_REASONS: readonly DismissReason[] = ['not-loaded', 'named-elsewhere', 'not-a-claim', 'other'];

/** One dismissal as stored: which finding (by key), why, and when. */
export interface Dismissal {
  /** dismissalKey() of the finding: stays the same when the page is analysed again. */
  key: string;
  reason: DismissReason;
  /** The reader's own words (for "other"), at most NOTE_LIMIT characters. */
  note?: string;
  /** ISO 8601 date and time of the dismissal. */
  at: string;
}

/** The longest note kept, and the most dismissals kept per page (a stored value stays small). */
export const NOTE_LIMIT = 200;
/** The most dismissals kept for one page. */
export const DISMISSALS_PER_PAGE = 1000;

/** The page a URL shows, for storing dismissals: the address without its #fragment (an in-page link is the same page). */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

function identity(finding: Finding): string {
  const subtype =
    finding.kind === 'claim' ? finding.claimType : finding.kind === 'attribution' ? finding.source : finding.technique;
  return `${finding.kind}/${subtype}|${finding.text.replace(/\s+/g, ' ').trim()}`;
}

/** Keys for every finding of a report: kind, subtype, words, and which occurrence of those words ("|2" for the third). */
export function dismissalKeys(findings: readonly Finding[]): Map<string, string> {
  const seen = new Map<string, number>();
  const keys = new Map<string, string>();
  for (const finding of findings) {
    const base = identity(finding);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keys.set(finding.id, `${base}|${n}`);
  }
  return keys;
}

function isReason(value: unknown): value is DismissReason {
  return DISMISS_REASONS.includes(value as DismissReason);
}

/** One stored entry checked field by field; undefined when it cannot be used. */
function readDismissal(value: unknown): Dismissal | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { key, reason, note, at } = value as Record<string, unknown>;
  if (typeof key !== 'string' || key === '' || key.length > 2000 || !isReason(reason)) return undefined;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
  const kept = typeof note === 'string' && note.trim() !== '' ? note.trim().slice(0, NOTE_LIMIT) : undefined;
  return { key, reason, at, ...(kept ? { note: kept } : {}) };
}

/** A stored list read back: damaged entries and repeats of a key are dropped, never a throw. */
export function readDismissals(value: unknown): Dismissal[] {
  if (!Array.isArray(value)) return [];
  const byKey = new Map<string, Dismissal>();
  for (const entry of value) {
    const dismissal = readDismissal(entry);
    if (dismissal && !byKey.has(dismissal.key)) byKey.set(dismissal.key, dismissal);
  }
  return [...byKey.values()].slice(-DISMISSALS_PER_PAGE);
}

/** The engine's score for `findings` out of the report's text (the same score analyze() gives for all of them). */
export function rescore(report: Report, findings: Finding[]): Report['score'] {
  return scoreFindings(findings, report.text.words);
}

/** A report without its dismissed findings, scored again by the engine, and the dismissed findings with their reasons. */
export function applyDismissals(
  report: Report,
  dismissals: readonly Dismissal[] | undefined,
): { report: Report; dismissed: DismissedFinding[] } {
  if (!dismissals?.length) return { report, dismissed: [] };
  const byKey = new Map(dismissals.map((d) => [d.key, d]));
  const keys = dismissalKeys(report.findings);
  const kept: Finding[] = [];
  const dismissed: DismissedFinding[] = [];
  for (const finding of report.findings) {
    const dismissal = byKey.get(keys.get(finding.id) ?? '');
    if (!dismissal) kept.push(finding);
    else dismissed.push({ finding, reason: dismissal.reason, ...(dismissal.note ? { note: dismissal.note } : {}) });
  }
  if (dismissed.length === 0) return { report, dismissed };
  return { report: { ...report, findings: kept, score: rescore(report, kept) }, dismissed };
}
