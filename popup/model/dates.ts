/** Dates as the reader reads them: in their own language and time zone, unlike the UTC dates inside exports. */

/** "26 Nov 2026, 14:05" (in the reader's locale) for an ISO 8601 date; undefined when there is none or it is not a date. */
export function readableDate(iso: string | undefined, locale?: string, timeZone?: string): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}
