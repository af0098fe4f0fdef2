/** Safe download names for exports: sourcelight-<site>-<title>-<date>.<ext>, plain ASCII, no path tricks. */
import type { ExportFormat, ReportMeta } from './types.ts';

/** Longest slug of site and title together; whole names stay well under every file system's limit. */
export const MAX_SLUG_LENGTH = 60;

/** Lower-case ASCII words joined by hyphens: accents dropped, everything else (slashes, dots, quotes) a break. */
function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The host of a URL ("www." dropped), or '' when the URL has none. */
function hostOf(url: string | undefined): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url ?? '');
  return match ? match[1].replace(/^www\./i, '') : '';
}

/** Cuts a slug to at most `max` characters at a hyphen when there is one. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const hyphen = slug.lastIndexOf('-', max);
  return (hyphen > max / 2 ? slug.slice(0, hyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/** The local calendar date of `now` as YYYY-MM-DD: the date the reader sees on their own clock. */
function localDate(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new TypeError('The export date is not a valid Date');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A file name for an export, e.g. "sourcelight-example-com-raid-signals-escalation-2026-11-26.md". */
export function exportFileName(meta: ReportMeta, format: ExportFormat, now = new Date()): string {
  const host = slugify(hostOf(meta.url));
  const title = slugify(meta.title ?? '');
  const slug = cut([host, title].filter(Boolean).join('-'), MAX_SLUG_LENGTH) || 'text';
  return `sourcelight-${slug}-${localDate(now)}.${format}`;
}
