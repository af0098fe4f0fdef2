/**
 * Checks that JSON read from a file has the contract's shape (CONTRACT.md) before it is trusted as a Finding
 * or a Report. Each check returns null when the value is fine, or a sentence saying what is wrong where.
 */
import type { Finding, Report } from '../engine/types.ts';

type Problem = string | null;
type Json = Record<string, unknown>;

const CLAIM_TYPES = ['factual', 'statistical', 'causal', 'prediction', 'opinion', 'prescription'];
const SOURCINGS = ['named', 'document', 'anonymous', 'vague', 'none'];
const SOURCE_TYPES = ['named', 'document', 'anonymous', 'vague', 'agentless', 'pronoun'];
const GRADES = ['poor', 'weak', 'mixed', 'good', 'strong'];

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a non-negative integer: a text offset or a count. */
export const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isString = (v: unknown): v is string => typeof v === 'string';
const optionalString = (v: unknown) => v === undefined || isString(v);
const oneOf = (v: unknown, values: string[]) => isString(v) && values.includes(v);

/** The first problem with a value that should be a contract Finding. */
export function findingProblem(value: unknown): Problem {
  if (!isObject(value)) return 'is not an object';
  const f = value;
  if (!isString(f.id) || f.id === '') return 'has no id';
  if (!isOffset(f.start) || !isOffset(f.end) || f.end <= f.start) return 'needs integer offsets with end > start';
  if (!isString(f.text) || f.text.length !== f.end - f.start) return 'has a text that does not match its offsets';
  if (!isString(f.rule) || !isString(f.explanation)) return 'needs a rule and an explanation';
  if (typeof f.confidence !== 'number' || !(f.confidence >= 0 && f.confidence <= 1))
    return 'needs a confidence from 0 to 1';
  if (typeof f.inQuote !== 'boolean') return 'needs inQuote true or false';
  if (!optionalString(f.question)) return 'has a question that is not text';
  if (f.kind === 'claim') {
    if (!oneOf(f.claimType, CLAIM_TYPES)) return `has an unknown claimType ${JSON.stringify(f.claimType)}`;
    if (!oneOf(f.sourcing, SOURCINGS)) return `has an unknown sourcing ${JSON.stringify(f.sourcing)}`;
    return optionalString(f.sourceFindingId) ? null : 'has a sourceFindingId that is not text';
  }
  if (f.kind === 'attribution') {
    if (!oneOf(f.source, SOURCE_TYPES)) return `has an unknown source type ${JSON.stringify(f.source)}`;
    return optionalString(f.sourceName) && optionalString(f.reason)
      ? null
      : 'has a sourceName or reason that is not text';
  }
  if (f.kind === 'rhetoric') {
    // New techniques may be added without a schema bump (CONTRACT.md), so any kebab-case name is accepted.
    return isString(f.technique) && /^[a-z]+(-[a-z]+)*$/.test(f.technique) ? null : 'has no technique';
  }
  return `has an unknown kind ${JSON.stringify(f.kind)}`;
}

/** The first problem with the report fields other than findings (schema version, engine, text, score). */
export function reportProblem(value: unknown): Problem {
  if (!isObject(value)) return 'is missing';
  if (value.schemaVersion !== 1)
    return `has schema version ${JSON.stringify(value.schemaVersion)}; this Sourcelight reads version 1`;
  const engine = value.engine;
  if (!isObject(engine) || engine.name !== 'sourcelight' || !isString(engine.version))
    return 'does not name the Sourcelight engine';
  const stats = value.text;
  if (
    !isObject(stats) ||
    !['length', 'words', 'sentences'].every((k) => isOffset(stats[k])) ||
    !isString(stats.language)
  ) {
    return 'has no text statistics';
  }
  const score = value.score;
  if (
    !isObject(score) ||
    typeof score.value !== 'number' ||
    !oneOf(score.grade, GRADES) ||
    !Array.isArray(score.components)
  ) {
    return 'has no valid score';
  }
  const bad = score.components.findIndex(
    (c) =>
      !isObject(c) ||
      !isString(c.id) ||
      !isString(c.label) ||
      typeof c.weight !== 'number' ||
      typeof c.value !== 'number' ||
      !Array.isArray(c.findingIds) ||
      !c.findingIds.every(isString),
  );
  if (bad !== -1) return `has an invalid score component (number ${bad + 1})`;
  if (value.warnings !== undefined && !(Array.isArray(value.warnings) && value.warnings.every(isString))) {
    return 'has warnings that are not text';
  }
  return null;
}

/** Narrows checked JSON to a Finding (call only after findingProblem returned null). */
export const asFinding = (value: unknown) => value as Finding;

/** Narrows checked JSON plus findings to a Report (call only after reportProblem returned null). */
export const asReport = (value: unknown, findings: Finding[]) => ({ ...(value as Report), findings });
