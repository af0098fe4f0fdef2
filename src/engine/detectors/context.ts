/** What every detector receives besides the parsed text, and the draft findings detectors return. */
import type { ParsedText } from '../nlp.ts';
import type { CustomTermMatcher } from '../options/custom-terms.ts';
import type { Span } from '../quotes.ts';
import type { AttributionFinding, ClaimFinding, LinkSpan, RhetoricFinding } from '../types.ts';

/** Shared, precomputed facts about the text that several detectors need. */
export interface DetectorContext {
  /** Direct quotations, sorted. */
  quotes: Span[];
  /** Hyperlinked spans from the page, sorted by start. */
  links: LinkSpan[];
  /** The attributions found so far: the claim detector runs after the attribution detector and reads them. */
  attributions: AttributionDraft[];
  /** The reader's own loaded terms (AnalyzeOptions.customTerms), compiled; absent when there are none. */
  customTerms?: CustomTermMatcher;
}

/** An attribution before ids are assigned. */
export type AttributionDraft = Omit<AttributionFinding, 'id'>;

/** A rhetoric finding before ids are assigned. */
export type RhetoricDraft = Omit<RhetoricFinding, 'id'>;

/** A claim before ids are assigned; `sourcedBy` is resolved to `sourceFindingId` once ids exist. */
export type ClaimDraft = Omit<ClaimFinding, 'id' | 'sourceFindingId'> & { sourcedBy?: AttributionDraft };

/** Any draft finding. */
export type FindingDraft = AttributionDraft | RhetoricDraft | ClaimDraft;

/** The one detector signature (DESIGN.md): parsed text and context in, drafts out. */
export type Detector<D extends FindingDraft = FindingDraft> = (doc: ParsedText, context: DetectorContext) => D[];
