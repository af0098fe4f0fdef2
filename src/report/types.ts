/** The shapes the exporters take and the loader returns; structurally compatible with messaging's PageMeta. */
import type { Finding, Report } from '../engine/types.ts';

/** What the page said about itself; every field optional because pasted text has none of it. */
export interface ReportMeta {
  url?: string;
  title?: string;
  byline?: string;
  /** ISO 8601 date the page says it was published. */
  published?: string;
  siteName?: string;
}

/** Everything an exporter needs: the report, the exact text it was computed on, and the page's metadata. */
export interface ExportInput {
  report: Report;
  /** The analysed text: every finding's start/end indexes into it. */
  text: string;
  meta: ReportMeta;
  /** Findings the reader dismissed (not in report.findings, not in its score), listed apart with their reasons. */
  dismissed?: readonly DismissedFinding[];
}

/** The four export formats, named by their usual file extension. */
export type ExportFormat = 'jsonld' | 'md' | 'html' | 'csv';

/** A success with a value, or a failure with a sentence a reader can act on (as in src/messaging). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A W3C TextQuoteSelector's content: the exact words and some context either side. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** One annotation read back from a JSON-LD export. */
export interface LoadedAnnotation {
  /** The annotation's id (a urn:uuid). */
  id: string;
  finding: Finding;
  quote: TextQuote;
  /** The TextPositionSelector, a hint only: the text may have changed since. */
  position?: { start: number; end: number };
}

/** A JSON-LD export read back: the report with its findings, the page metadata, and the annotations to anchor. */
export interface LoadedReport {
  report: Report;
  meta: ReportMeta;
  /** ISO 8601 date and time the report was made, when the file says. */
  analysedAt?: string;
  annotations: LoadedAnnotation[];
}

/** How an annotation was found again in the current text. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** An annotation placed on the current text; `finding` carries the new start, end and text. */
export interface AnchoredAnnotation {
  annotation: LoadedAnnotation;
  finding: Finding;
  method: AnchorMethod;
}

/** The outcome of anchoring: what was placed, and what could not be found any more. */
export interface AnchorResult {
  anchored: AnchoredAnnotation[];
  unmatched: LoadedAnnotation[];
}

/** Why a reader dismissed a finding: the words are not loaded here, the source is named elsewhere, it is not a claim, or another reason. */
export type DismissReason = 'not-loaded' | 'named-elsewhere' | 'not-a-claim' | 'other';

/** A finding the reader dismissed: left out of the score and the highlights, still listed in exports with why. */
export interface DismissedFinding {
  finding: Finding;
  reason: DismissReason;
  /** The reader's own words, for "other". */
  note?: string;
}
