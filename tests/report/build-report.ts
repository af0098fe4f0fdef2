/**
 * Builds contract-valid reports by hand for the exporter tests, while the engine is written in parallel:
 * each finding is given by a phrase to find in the text (its nth occurrence), so offsets are always right.
 */
import type {
  AttributionFinding,
  ClaimFinding,
  Finding,
  Report,
  RhetoricFinding,
  ScoreComponent,
} from '../../src/engine/types.ts';

type Common = {
  find: string;
  nth?: number;
  confidence?: number;
  inQuote?: boolean;
  question?: string;
  explanation?: string;
};
/** A finding to build: the phrase, the kind, and the kind's fields. */
export type FindingSpec = Common &
  (
    | Pick<ClaimFinding, 'kind' | 'claimType' | 'sourcing'>
    | (Pick<AttributionFinding, 'kind' | 'source'> & { sourceName?: string; reason?: string })
    | Pick<RhetoricFinding, 'kind' | 'technique'>
  );

/** Offset of the nth (0-based) occurrence of a phrase; throws so a typo in a test fails loudly. */
export function offsetOf(text: string, phrase: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`"${phrase}" (occurrence ${nth}) is not in the text`);
  }
  return at;
}

function build(text: string, spec: FindingSpec): Omit<Finding, 'id'> {
  const { find, nth, ...rest } = spec;
  const start = offsetOf(text, find, nth);
  const subtype = 'claimType' in rest ? rest.claimType : 'source' in rest ? rest.source : rest.technique;
  return {
    confidence: 0.8,
    inQuote: false,
    explanation: `A ${spec.kind} (${subtype}) written for the test.`,
    rule: `${spec.kind}/test-${subtype}`,
    ...rest,
    start,
    end: start + find.length,
    text: find,
  } as Omit<Finding, 'id'>;
}

/** A Report over `text` with the given findings sorted and numbered f1..fn, and a score that cites them. */
export function buildReport(text: string, specs: FindingSpec[], warnings?: string[]): Report {
  const findings = specs
    .map((s) => build(text, s))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((f, i) => ({ ...f, id: `f${i + 1}` }) as Finding);
  const ids = (keep: (f: Finding) => boolean) => findings.filter(keep).map((f) => f.id);
  const components: ScoreComponent[] = [
    {
      id: 'unsourced-claims',
      label: 'Claims with a source',
      weight: 50,
      value: 0.25,
      findingIds: ids((f) => f.kind === 'claim'),
      detail: 'most claims have no source',
    },
    {
      id: 'weak-sources',
      label: 'Checkable sources',
      weight: 30,
      value: 0.5,
      findingIds: ids((f) => f.kind === 'attribution'),
    },
    { id: 'tone', label: 'Neutral wording', weight: 20, value: 0.4, findingIds: ids((f) => f.kind === 'rhetoric') },
  ];
  return {
    schemaVersion: 1,
    engine: { name: 'sourcelight', version: '0.1.0' },
    text: { length: text.length, words: text.split(/\s+/).filter(Boolean).length, sentences: 9, language: 'en' },
    findings,
    score: { value: 35, grade: 'weak', components },
    ...(warnings ? { warnings } : {}),
  };
}
