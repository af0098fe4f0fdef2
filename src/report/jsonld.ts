/** Exports a report as a W3C Web Annotation AnnotationCollection (JSON-LD), one Annotation per finding. */
import type { Finding } from '../engine/types.ts';
import { checkInput } from './check-input.ts';
import { familyOf } from './families.ts';
import { DISMISSED_CONTEXT, JSONLD_CONTEXT, PROP, SOURCELIGHT_HOME } from './jsonld-context.ts';
import { cleanMeta, isoTimestamp, targetSource } from './meta.ts';
import { selectorsFor } from './selectors.ts';
import { stableUuid } from './stable-id.ts';
import type { ExportInput } from './types.ts';

/**
 * Why each kind of finding is annotated: an attribution is pointed out (highlighting); a claim's sourcing is
 * judged (assessing); rhetoric gets a remark about the wording (commenting).
 */
const MOTIVATION = { attribution: 'highlighting', claim: 'assessing', rhetoric: 'commenting' } as const;

/** The text bodies of an annotation: the explanation, the reader's question if any, and the family as a tag. */
function bodiesFor(finding: Finding): object[] {
  const body = (value: string, purpose: string) => ({
    type: 'TextualBody',
    value,
    format: 'text/plain',
    language: 'en',
    purpose,
  });
  return [
    body(finding.explanation, 'describing'),
    ...(finding.question ? [body(finding.question, 'questioning')] : []),
    body(familyOf(finding), 'tagging'),
  ];
}

/** One W3C Annotation for a finding, standing alone (it repeats the @context). */
function annotationFor(finding: Finding, text: string, source: string, created: string): object {
  return {
    '@context': JSONLD_CONTEXT,
    id: stableUuid(`${source}\n${finding.id}\n${finding.rule}\n${finding.start}:${finding.end}\n${finding.text}`),
    type: 'Annotation',
    motivation: MOTIVATION[finding.kind],
    created,
    body: bodiesFor(finding),
    target: { source, selector: selectorsFor(text, finding.start, finding.end) },
    [PROP.finding]: finding,
  };
}

/** The report as a JSON-LD AnnotationCollection string (pretty-printed, ending in a newline). */
export function toJsonLd(input: ExportInput, now = new Date()): string {
  checkInput(input);
  const { report, text, meta } = input;
  const created = isoTimestamp(now);
  const page = cleanMeta(meta);
  const source = targetSource(page, text);
  const { findings, ...reportWithoutFindings } = report;
  const collection = {
    '@context': JSONLD_CONTEXT,
    id: stableUuid(`collection\n${source}\n${created}\n${text}`),
    type: 'AnnotationCollection',
    label: `Sourcelight report: ${page.title ?? page.url ?? 'pasted text'}`,
    total: findings.length,
    generator: {
      id: SOURCELIGHT_HOME,
      type: 'Software',
      name: `Sourcelight ${report.engine.version}`,
      homepage: SOURCELIGHT_HOME,
    },
    generated: created,
    [PROP.page]: page,
    // The findings live in the annotations; the loader puts them back into the report.
    [PROP.report]: reportWithoutFindings,
    first: {
      type: 'AnnotationPage',
      startIndex: 0,
      items: findings.map((finding) => annotationFor(finding, text, source, created)),
    },
    // Apart from `first`, so loading the file back draws only the findings that count.
    ...(input.dismissed?.length
      ? {
          [PROP.dismissed]: input.dismissed.map(({ finding, reason, note }) => ({
            ...annotationFor(finding, text, source, created),
            '@context': DISMISSED_CONTEXT,
            [PROP.dismissal]: { reason, ...(note ? { note } : {}) },
          })),
        }
      : {}),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
