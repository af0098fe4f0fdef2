/** Checks a value against the public contract's Report shape (CONTRACT.md) and lists every mismatch. */

const KINDS = ['claim', 'attribution', 'rhetoric'];
const CLAIM_TYPES = ['factual', 'statistical', 'causal', 'prediction', 'opinion', 'prescription'];
const SOURCINGS = ['named', 'document', 'anonymous', 'vague', 'none'];
const SOURCES = ['named', 'document', 'anonymous', 'vague', 'agentless', 'pronoun'];

type Json = Record<string, unknown>;

/** Every way `value` departs from the Report schema (empty when it conforms); `text` checks the offsets too. */
export function reportProblems(value: unknown, text?: string): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  if (!isObject(value)) return ['report is not an object'];
  expect(value.schemaVersion === 1, 'schemaVersion is not 1');
  const engine = value.engine as Json | undefined;
  expect(
    isObject(engine) && engine.name === 'sourcelight' && typeof engine.version === 'string',
    'engine is not {name, version}',
  );
  const stats = value.text as Json | undefined;
  expect(
    isObject(stats) &&
      ['length', 'words', 'sentences'].every((k) => Number.isInteger(stats[k])) &&
      typeof stats.language === 'string',
    'text is not {length, words, sentences, language}',
  );
  const score = value.score as Json | undefined;
  expect(
    isObject(score) && typeof score.value === 'number' && score.value >= 0 && score.value <= 100,
    'score.value is not 0..100',
  );
  expect(isObject(score) && typeof score.grade === 'string', 'score.grade is not a string');
  expect(isObject(score) && Array.isArray(score.components), 'score.components is not an array');
  if (!Array.isArray(value.findings)) return [...problems, 'findings is not an array'];
  const ids = new Set(value.findings.map((f) => (isObject(f) ? f.id : undefined)));
  for (const [i, finding] of value.findings.entries()) {
    for (const problem of findingProblems(finding, ids, text)) problems.push(`findings[${i}]: ${problem}`);
  }
  return problems;
}

function findingProblems(f: unknown, ids: Set<unknown>, text: string | undefined): string[] {
  if (!isObject(f)) return ['not an object'];
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  expect(typeof f.id === 'string', 'id');
  expect(KINDS.includes(f.kind as string), 'kind');
  expect(Number.isInteger(f.start) && Number.isInteger(f.end) && (f.end as number) > (f.start as number), 'start/end');
  expect(typeof f.text === 'string', 'text');
  if (text !== undefined)
    expect(text.slice(f.start as number, f.end as number) === f.text, 'text.slice(start, end) !== text');
  expect(typeof f.rule === 'string' && typeof f.explanation === 'string', 'rule/explanation');
  expect(typeof f.confidence === 'number' && f.confidence >= 0 && f.confidence <= 1, 'confidence');
  expect(typeof f.inQuote === 'boolean', 'inQuote');
  if (f.kind === 'claim') {
    expect(
      CLAIM_TYPES.includes(f.claimType as string) && SOURCINGS.includes(f.sourcing as string),
      'claimType/sourcing',
    );
    expect(f.sourceFindingId === undefined || ids.has(f.sourceFindingId), 'sourceFindingId names no finding');
  }
  if (f.kind === 'attribution') expect(SOURCES.includes(f.source as string), 'source');
  if (f.kind === 'rhetoric') expect(typeof f.technique === 'string', 'technique');
  return problems;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
