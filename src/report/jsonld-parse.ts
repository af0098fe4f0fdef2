/** Loads a JSON-LD export back: validates it and returns the report and its annotations, never throwing. */
import { ANNO_CONTEXT, PROP } from './jsonld-context.ts';
import { readAnnotation } from './jsonld-annotation.ts';
import { cleanMeta } from './meta.ts';
import type { LoadedAnnotation, LoadedReport, Result } from './types.ts';
import { asReport, isObject, reportProblem } from './validate-contract.ts';

/** Larger files are refused before parsing: a report of a very long article is a few megabytes. */
export const MAX_REPORT_CHARS = 50_000_000;

const fail = (error: string): Result<LoadedReport> => ({ ok: false, error });

/** True when @context is the W3C annotation context or a list that includes it. */
function namesAnnoContext(context: unknown): boolean {
  return context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT));
}

/** Parses JSON and says where it broke instead of throwing. */
function parseJson(json: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    return {
      ok: false,
      error: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

/** Reads a Sourcelight JSON-LD export; returns {ok: false, error} with a sentence a reader can act on. */
export function parseJsonLdReport(json: string, maxChars = MAX_REPORT_CHARS): Result<LoadedReport> {
  if (typeof json !== 'string') return fail('Expected the text of a JSON-LD file.');
  if (json.length > maxChars)
    return fail(`The file is too large to be a Sourcelight report (over ${maxChars} characters).`);
  const parsed = parseJson(json.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!isObject(doc)) return fail('The file is JSON but not a JSON-LD object.');
  if (!namesAnnoContext(doc['@context']))
    return fail(`The file does not use the W3C Web Annotation context (${ANNO_CONTEXT}).`);
  if (doc.type !== 'AnnotationCollection') {
    return fail(
      `Expected an AnnotationCollection exported by Sourcelight, found ${JSON.stringify(doc.type ?? 'no type')}.`,
    );
  }
  const reportFields = doc[PROP.report];
  const problem = reportProblem(reportFields);
  if (problem) return fail(`This is not a Sourcelight report: its ${PROP.report} ${problem}.`);
  const first = doc.first;
  if (!isObject(first) || !Array.isArray(first.items))
    return fail('The collection has no first page of annotations (first.items).');
  const annotations: LoadedAnnotation[] = [];
  const seen = new Set<string>();
  for (const [index, item] of first.items.entries()) {
    const read = readAnnotation(item, index);
    if (!read.ok) return fail(read.error);
    if (seen.has(read.value.finding.id))
      return fail(`Annotation ${index + 1} repeats finding id ${read.value.finding.id}.`);
    seen.add(read.value.finding.id);
    annotations.push(read.value);
  }
  const findings = annotations.map((a) => a.finding);
  const meta = cleanMeta(doc[PROP.page]);
  const analysedAt = typeof doc.generated === 'string' ? { analysedAt: doc.generated } : {};
  return { ok: true, value: { report: asReport(reportFields, findings), meta, ...analysedAt, annotations } };
}
