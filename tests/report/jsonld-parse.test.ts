/** Loading a JSON-LD export back: the round trip, clear errors for bad files, and no throw whatever the input. */
import { describe, expect, test } from 'vitest';
import { anchorAnnotations, parseJsonLdReport, toJsonLd } from '../../src/report/index.ts';
import { ARTICLE, articleInput, NOW } from './article.ts';
import type { Json } from './json.ts';

const exportedText = () => toJsonLd(articleInput(), NOW);
/** The export with one change made to its parsed JSON. */
function edited(change: (doc: Json) => void): string {
  const doc = JSON.parse(exportedText());
  change(doc);
  return JSON.stringify(doc);
}

describe('round trip', () => {
  test('export, parse and anchor on the same text give back the same report and the same spans', () => {
    const loaded = parseJsonLdReport(exportedText());
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.value.report).toEqual(articleInput().report);
    expect(loaded.value.meta).toEqual(articleInput().meta);
    expect(loaded.value.analysedAt).toBe(NOW.toISOString());
    const { anchored, unmatched } = anchorAnnotations(ARTICLE, loaded.value.annotations);
    expect(unmatched).toEqual([]);
    expect(anchored.map((a) => a.finding)).toEqual(articleInput().report.findings);
    expect(new Set(anchored.map((a) => a.method))).toEqual(new Set(['position']));
  });
  test('a byte order mark in front of the file is accepted', () => {
    expect(parseJsonLdReport(`\uFEFF${exportedText()}`).ok).toBe(true);
  });
  test('an empty report loads as an empty report', () => {
    const input = { ...articleInput(), report: { ...articleInput().report, findings: [] } };
    const loaded = parseJsonLdReport(toJsonLd(input, NOW));
    expect(loaded.ok && loaded.value.annotations).toEqual([]);
  });
});

describe('refuses with a clear error', () => {
  const items = (doc: Json) => doc.first.items;
  test.each([
    ['text that is not JSON', 'not json {', /not valid JSON/],
    ['a JSON array', '[]', /not a JSON-LD object/],
    ['JSON without the annotation context', '{"type": "AnnotationCollection"}', /W3C Web Annotation context/],
    [
      'a single annotation',
      edited((d) => {
        d.type = 'Annotation';
      }),
      /Expected an AnnotationCollection/,
    ],
    [
      'another schema version',
      edited((d) => {
        d['sourcelight:report'].schemaVersion = 2;
      }),
      /schema version 2/,
    ],
    [
      'a collection from another tool',
      edited((d) => {
        delete d['sourcelight:report'];
      }),
      /not a Sourcelight report/,
    ],
    [
      'a broken score',
      edited((d) => {
        d['sourcelight:report'].score.components[1].findingIds = 'f1';
      }),
      /score component \(number 2\)/,
    ],
    [
      'no annotation page',
      edited((d) => {
        delete d.first;
      }),
      /first page of annotations/,
    ],
    [
      'an item that is not an annotation',
      edited((d) => {
        items(d)[2] = 'hello';
      }),
      /Annotation 3 is not a W3C Annotation/,
    ],
    [
      'an annotation without id',
      edited((d) => {
        delete items(d)[0].id;
      }),
      /Annotation 1 has no id/,
    ],
    [
      'no quote selector',
      edited((d) => {
        items(d)[2].target.selector.shift();
      }),
      /Annotation 3 .*TextQuoteSelector/,
    ],
    [
      'a bad position selector',
      edited((d) => {
        items(d)[0].target.selector[1].start = -4;
      }),
      /TextPositionSelector/,
    ],
    [
      'no finding',
      edited((d) => {
        delete items(d)[0]['sourcelight:finding'];
      }),
      /no valid Sourcelight finding/,
    ],
    [
      'an unknown kind',
      edited((d) => {
        items(d)[0]['sourcelight:finding'].kind = 'gossip';
      }),
      /unknown kind "gossip"/,
    ],
    [
      'an unknown claim type',
      edited((d) => {
        items(d)[0]['sourcelight:finding'].claimType = 'rumour';
      }),
      /unknown claimType/,
    ],
    [
      'offsets that do not fit the text',
      edited((d) => {
        items(d)[0]['sourcelight:finding'].end += 3;
      }),
      /does not match its offsets/,
    ],
    [
      'a confidence over 1',
      edited((d) => {
        items(d)[0]['sourcelight:finding'].confidence = 7;
      }),
      /confidence from 0 to 1/,
    ],
    [
      'repeated finding ids',
      edited((d) => {
        items(d)[1]['sourcelight:finding'].id = 'f1';
      }),
      /repeats finding id f1/,
    ],
  ])('%s', (_name, json, message) => {
    const result = parseJsonLdReport(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
  test('a file over the size limit, before parsing it', () => {
    const result = parseJsonLdReport(exportedText(), 1000);
    expect(!result.ok && result.error).toMatch(/too large/);
  });
  test('a value that is not a string', () => {
    const result = parseJsonLdReport(42 as unknown as string);
    expect(!result.ok && result.error).toMatch(/Expected the text/);
  });
});

describe('accepts what the W3C model allows', () => {
  test('a single target object or a target array, a single selector or an array', () => {
    const json = edited((d) => {
      const [a, b] = d.first.items;
      a.target = [a.target];
      b.target.selector = b.target.selector[0];
    });
    expect(parseJsonLdReport(json).ok).toBe(true);
  });
  test('a rhetoric technique added after this version', () => {
    const json = edited((d) => {
      const rhetoric = d.first.items.find((a: { motivation: string }) => a.motivation === 'commenting');
      rhetoric['sourcelight:finding'].technique = 'whataboutism';
    });
    expect(parseJsonLdReport(json).ok).toBe(true);
  });
});

describe('never throws', () => {
  // Replace every value in the document, one at a time, by each of these: the loader must answer every time.
  // Three annotations (one per kind) cover every shape; the whole report would only repeat them.
  const input = articleInput();
  const kinds = ['claim', 'attribution', 'rhetoric'].map((k) => input.report.findings.find((f) => f.kind === k));
  const small = toJsonLd(
    { ...input, report: { ...input.report, findings: kinds.filter((f) => f !== undefined) } },
    NOW,
  );
  const replacements = [null, 42, -1, 'x', '', [], {}, true];
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value))
        walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  walk(JSON.parse(small), []);
  test(`on ${paths.length * replacements.length} damaged copies of an export`, () => {
    for (const path of paths) {
      for (const replacement of replacements) {
        const doc = JSON.parse(small);
        let json: string;
        if (path.length === 0) json = JSON.stringify(replacement);
        else {
          const parent = path.slice(0, -1).reduce((node, key) => node[key], doc);
          parent[path[path.length - 1]] = replacement;
          json = JSON.stringify(doc);
        }
        const result = parseJsonLdReport(json);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
      }
    }
  });
});
