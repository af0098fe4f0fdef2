/** Page metadata and dates as every format writes them. */
import { stableUuid } from './stable-id.ts';
import type { ReportMeta } from './types.ts';

const META_KEYS = ['url', 'title', 'byline', 'published', 'siteName'] as const;

/**
 * Only the known fields, only non-empty strings: metadata comes from the page (or a file) and may be anything.
 * A url that is not a web or file address (javascript:, data:) names no page, so it is dropped everywhere.
 */
export function cleanMeta(meta: unknown): ReportMeta {
  const clean: ReportMeta = {};
  if (typeof meta !== 'object' || meta === null) return clean;
  for (const key of META_KEYS) {
    const value: unknown = (meta as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim() !== '') clean[key] = value.trim();
  }
  if (clean.url && !/^(https?|file):/i.test(clean.url)) delete clean.url;
  return clean;
}

/** True for an absolute IRI with a scheme and no spaces (http:, https:, file:, ...). */
function isAbsoluteIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(value);
}

/** The annotation target: the page URL, or for pasted text a URN derived from the text itself. */
export function targetSource(meta: ReportMeta, text: string): string {
  return meta.url && isAbsoluteIri(meta.url) ? meta.url : stableUuid(`text\n${text}`);
}

/** The ISO 8601 timestamp of `now`, with a clear error for an invalid Date. */
export function isoTimestamp(now: Date): string {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('The export date is not a valid Date');
  return now.toISOString();
}

/** A reader's form of `now` that is the same on every machine: "2026-11-26 14:05 UTC". */
export function displayTimestamp(now: Date): string {
  return `${isoTimestamp(now).slice(0, 16).replace('T', ' ')} UTC`;
}
