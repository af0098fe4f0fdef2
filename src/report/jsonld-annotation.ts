/** Reads one W3C Annotation of a Sourcelight export back: its selectors and the contract finding it carries. */
import { PROP } from './jsonld-context.ts';
import type { LoadedAnnotation, Result } from './types.ts';
import { asFinding, findingProblem, isObject, isOffset } from './validate-contract.ts';

/** W3C allows one value or an array of values almost everywhere; this reads both as an array. */
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** The selectors of the first target that has any (a target may be one object or several). */
function selectorsOf(target: unknown): Record<string, unknown>[] {
  for (const t of asList(target)) {
    if (!isObject(t)) continue;
    const selectors = asList(t.selector).filter(isObject);
    if (selectors.length > 0) return selectors;
  }
  return [];
}

/** Reads the annotation at `index` (0-based), or says clearly what is wrong with it. */
export function readAnnotation(value: unknown, index: number): Result<LoadedAnnotation> {
  const where = `Annotation ${index + 1}`;
  if (!isObject(value) || value.type !== 'Annotation') return { ok: false, error: `${where} is not a W3C Annotation.` };
  const id = value.id;
  if (typeof id !== 'string' || id === '') return { ok: false, error: `${where} has no id.` };
  const fail = (problem: string): Result<LoadedAnnotation> => ({ ok: false, error: `${where} (${id}) ${problem}.` });
  const selectors = selectorsOf(value.target);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!quote || typeof quote.exact !== 'string' || quote.exact === '')
    return fail('has no TextQuoteSelector with exact text');
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  if (typeof prefix !== 'string' || typeof suffix !== 'string')
    return fail('has a TextQuoteSelector prefix or suffix that is not text');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (position && !(isOffset(position.start) && isOffset(position.end) && position.end >= position.start)) {
    return fail('has a TextPositionSelector without valid start and end');
  }
  const problem = findingProblem(value[PROP.finding]);
  if (problem) return fail(`carries no valid Sourcelight finding: the finding ${problem}`);
  return {
    ok: true,
    value: {
      id,
      finding: asFinding(value[PROP.finding]),
      quote: { exact: quote.exact, prefix, suffix },
      ...(position ? { position: { start: position.start as number, end: position.end as number } } : {}),
    },
  };
}
