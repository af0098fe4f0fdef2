/** The JSON-LD export against the W3C Web Annotation Data Model's required fields, and its stability. */
import { describe, expect, test } from 'vitest';
import { toJsonLd } from '../../src/report/index.ts';
import { ARTICLE, articleInput, NOW } from './article.ts';
import type { Json } from './json.ts';

const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const exported = (input = articleInput(), now = NOW): Json => JSON.parse(toJsonLd(input, now));
const hasAnnoContext = (context: unknown) => context === ANNO || (Array.isArray(context) && context[0] === ANNO);

describe('the AnnotationCollection', () => {
  const doc = exported();
  test('has the required fields of a W3C collection and one page with every finding', () => {
    expect(hasAnnoContext(doc['@context'])).toBe(true);
    expect(doc.id).toMatch(UUID_URN);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items).toHaveLength(articleInput().report.findings.length);
    expect(doc.total).toBe(doc.first.items.length);
  });
  test('carries the report-level metadata', () => {
    expect(doc.generated).toBe('2026-11-26T14:05:00.000Z');
    expect(doc.generator).toMatchObject({ type: 'Software', name: 'Sourcelight 0.1.0' });
    expect(doc['sourcelight:page']).toEqual(articleInput().meta);
    expect(doc['sourcelight:report'].score).toEqual(articleInput().report.score);
    expect(doc['sourcelight:report'].engine).toEqual({ name: 'sourcelight', version: '0.1.0' });
  });
});

describe('each Annotation', () => {
  const report = articleInput().report;
  const items: Json[] = exported().first.items;
  test.each(items.map((a, i) => [report.findings[i].id, a, i] as const))(
    "%s has the model's required fields",
    (_id, a, i) => {
      const finding = report.findings[i];
      expect(hasAnnoContext(a['@context'])).toBe(true);
      expect(a.id).toMatch(UUID_URN);
      expect(a.type).toBe('Annotation');
      expect(MOTIVATIONS).toContain(a.motivation);
      expect(a.created).toBe('2026-11-26T14:05:00.000Z');
      expect(a.target.source).toMatch(IRI);
      expect(a.target.source).toBe('https://news.example.com/harbour-town/water-prices');
      const [quote, position] = a.target.selector;
      expect(quote).toEqual({
        type: 'TextQuoteSelector',
        exact: finding.text,
        prefix: ARTICLE.slice(Math.max(0, finding.start - 32), finding.start),
        suffix: ARTICLE.slice(finding.end, finding.end + 32),
      });
      expect(position).toEqual({ type: 'TextPositionSelector', start: finding.start, end: finding.end });
      expect(a.body[0]).toEqual({
        type: 'TextualBody',
        value: finding.explanation,
        format: 'text/plain',
        language: 'en',
        purpose: 'describing',
      });
      for (const body of a.body) expect(body.type).toBe('TextualBody');
      expect(a['sourcelight:finding']).toEqual(finding);
    },
  );
  test('a question becomes a second body with purpose "questioning"', () => {
    const withQuestion = items.find((a) => a['sourcelight:finding'].question);
    expect(withQuestion?.body[1]).toMatchObject({
      purpose: 'questioning',
      value: withQuestion?.['sourcelight:finding'].question,
    });
  });
});

describe('identifiers', () => {
  test('are unique per finding and the same on every export of the same report', () => {
    const first = exported().first.items.map((a: Json) => a.id);
    const later = exported(articleInput(), new Date('2027-01-01T00:00:00Z')).first.items.map((a: Json) => a.id);
    expect(new Set(first).size).toBe(first.length);
    expect(later).toEqual(first);
  });
  test('pasted text with no URL gets a URN derived from the text as its source', () => {
    const input = { ...articleInput(), meta: {} };
    const a = exported(input).first.items[0];
    const b = exported({ ...input, text: ARTICLE, meta: { title: 'other' } }).first.items[0];
    expect(a.target.source).toMatch(UUID_URN);
    expect(b.target.source).toBe(a.target.source);
  });
  test('a javascript: URL never becomes a target', () => {
    const doc = exported({ ...articleInput(), meta: { url: 'javascript:alert(1)', title: 'x' } });
    expect(JSON.stringify(doc)).not.toContain('javascript:');
  });
});

describe('selectors', () => {
  test('never cut an emoji (a surrogate pair) in half at the edge of the context', () => {
    const text = `${'😀'.repeat(20)}claim${'😀'.repeat(20)}`;
    const start = text.indexOf('claim');
    const report = {
      ...articleInput().report,
      findings: [{ ...articleInput().report.findings[0], start, end: start + 5, text: 'claim' }],
    };
    const [quote] = exported({ report, text, meta: {} }).first.items[0].target.selector;
    expect(quote.prefix.length % 2).toBe(0);
    expect(quote.suffix.length % 2).toBe(0);
    expect(`${quote.prefix}${quote.exact}${quote.suffix}`).toBe(
      text.slice(start - quote.prefix.length, start + 5 + quote.suffix.length),
    );
  });
});

test('an invalid date is a clear error', () => {
  expect(() => toJsonLd(articleInput(), new Date('nope'))).toThrow(/not a valid Date/);
});
