/**
 * The public contract (../shared/CONTRACT.md, schema version 1) as TypeScript types.
 * These types are the source of truth: CONTRACT.md and README must agree with them, and they change only by
 * adding optional fields or by bumping SCHEMA_VERSION.
 */

/** Version of the report schema this engine emits. */
export const SCHEMA_VERSION = 1 as const;

/** The three families of findings. */
export type FindingKind = 'claim' | 'attribution' | 'rhetoric';

/** What kind of assertion a claim makes. */
export type ClaimType = 'factual' | 'statistical' | 'causal' | 'prediction' | 'opinion' | 'prescription';

/** Where a claim's information comes from, as far as the text lets a reader check. */
export type Sourcing = 'named' | 'document' | 'anonymous' | 'vague' | 'none';

/** The kind of source an attribution phrase names. */
export type SourceType = 'named' | 'document' | 'anonymous' | 'vague' | 'agentless' | 'pronoun';

/** Persuasion techniques the rhetoric detector reports. New techniques may be added (schema rule). */
export type Technique =
  | 'loaded-language'
  | 'name-calling'
  | 'exaggeration'
  | 'fear-appeal'
  | 'certainty'
  | 'figurative'
  | 'hedge';

/** Fields every finding has. */
export interface FindingBase {
  /** Stable within one report, e.g. "f12". */
  id: string;
  kind: FindingKind;
  /** UTF-16 offset of the first code unit of the span in the analysed text. */
  start: number;
  /** UTF-16 offset just past the span; text.slice(start, end) === this.text. */
  end: number;
  text: string;
  /** The rule or lexicon entry that fired, e.g. "attribution/anonymity-phrase". */
  rule: string;
  /** 0..1: how sure the detector is. */
  confidence: number;
  /** One or two plain sentences for a reader: what this is and why it matters. */
  explanation: string;
  /** The span lies inside a direct quotation (the words are the speaker's, not the author's). */
  inQuote: boolean;
  /** Optional addition to schema 1: the question a careful reader asks here ("Who counted the dead?"). */
  question?: string;
}

/** A sentence or clause that asserts something checkable. */
export interface ClaimFinding extends FindingBase {
  kind: 'claim';
  claimType: ClaimType;
  sourcing: Sourcing;
  /** The attribution finding that sources this claim, when there is one. */
  sourceFindingId?: string;
}

/** A phrase that says where information comes from. */
export interface AttributionFinding extends FindingBase {
  kind: 'attribution';
  source: SourceType;
  /** The named source, e.g. "Pentagon spokesman John Kirby" (for pronouns: the resolved name). */
  sourceName?: string;
  /** For anonymous sources: the stated reason for anonymity, where the text gives one. */
  reason?: string;
}

/** Wording that persuades instead of informing. */
export interface RhetoricFinding extends FindingBase {
  kind: 'rhetoric';
  technique: Technique;
}

/** Any finding of the contract. */
export type Finding = ClaimFinding | AttributionFinding | RhetoricFinding;

/** One component of the sourcing score; every lost point is traceable through findingIds. */
export interface ScoreComponent {
  id: string;
  label: string;
  /** Published weight: how many of the 100 points this component carries. */
  weight: number;
  /** 0..1: the share of the weight this text earns. */
  value: number;
  /** The findings behind this component's value. */
  findingIds: string[];
  /** Plain-language reason for the value, e.g. "7 of 12 factual claims have no source". */
  detail?: string;
}

/** Word band for a score value. */
export type Grade = 'poor' | 'weak' | 'mixed' | 'good' | 'strong';

/** The sourcing score. */
export interface Score {
  /** 0..100, higher = better sourced. */
  value: number;
  grade: Grade;
  components: ScoreComponent[];
}

/** Counts describing the analysed text. */
export interface TextStats {
  length: number;
  words: number;
  sentences: number;
  /** BCP 47 language the engine assumed ("en"); see warnings when the text looks otherwise. */
  language: string;
}

/** The engine's output for one text. */
export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  engine: { name: 'sourcelight'; version: string };
  text: TextStats;
  /** Sorted by start (then by end, then kind). */
  findings: Finding[];
  score: Score;
  /** Optional notes about the input, e.g. that it does not look like English. */
  warnings?: string[];
}

/** A span of the analysed text that was a hyperlink on the page. */
export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

/** A loaded term the reader adds in the settings: literal words, the technique they show, the reader's explanation. */
export interface CustomTermOption {
  /** Matched case-insensitively on word boundaries, word for word; no character in it is a pattern. */
  term: string;
  technique: Technique;
  explanation: string;
}

/** Options for analyze(). */
export interface AnalyzeOptions {
  /** Text spans that were hyperlinks on the page, with their URLs: a claim containing one is sourced by a document. */
  links?: LinkSpan[];
  /** The reader's own loaded terms, reported as rhetoric with the rule `rhetoric/custom-term` at confidence 0.9. */
  customTerms?: readonly CustomTermOption[];
  /**
   * Names the reader counts as named sources: a vague or agentless attribution containing one becomes `named`
   * (rule `attribution/trusted-name`, `sourceName` the name as written), and so do the claims it sources. An
   * anonymous source stays anonymous: the outlet may be trusted, its unnamed person still cannot be checked.
   */
  trustedSources?: readonly string[];
}
