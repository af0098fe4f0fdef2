/**
 * The JSON-LD vocabulary of Sourcelight's annotation exports: the W3C Web Annotation context plus one
 * namespace for our own properties. The properties hold plain JSON (the contract's Finding, the Report's
 * score), declared "@type": "@json" so a JSON-LD processor keeps them as data instead of reading their
 * "id" and "source" fields as Web Annotation terms. "@json" needs JSON-LD 1.1, hence "@version".
 */

/** The W3C Web Annotation context every annotation must name. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Sourcelight's namespace for its own JSON-LD properties. */
export const SOURCELIGHT_NS = 'https://github.com/sourcelight/sourcelight/ns#';

/** The project's home, named as the generator of every export. */
export const SOURCELIGHT_HOME = 'https://github.com/sourcelight/sourcelight';

/** The @context of the collection and of every annotation in it (repeated so each annotation stands alone). */
export const JSONLD_CONTEXT = [
  ANNO_CONTEXT,
  {
    '@version': 1.1,
    sourcelight: SOURCELIGHT_NS,
    'sourcelight:finding': { '@type': '@json' },
    'sourcelight:report': { '@type': '@json' },
    'sourcelight:page': { '@type': '@json' },
  },
] as const;

/** The @context of a dismissed finding's annotation: JSONLD_CONTEXT plus the reason it carries. */
export const DISMISSED_CONTEXT = [
  ANNO_CONTEXT,
  { ...JSONLD_CONTEXT[1], 'sourcelight:dismissal': { '@type': '@json' } },
] as const;

/** Property names of our namespaced data. */
export const PROP = {
  finding: 'sourcelight:finding',
  report: 'sourcelight:report',
  page: 'sourcelight:page',
  /** On a dismissed finding's annotation: the reader's reason (and note). */
  dismissal: 'sourcelight:dismissal',
  /** On the collection: the annotations of the findings the reader dismissed, apart from the ones that count. */
  dismissed: 'sourcelight:dismissed',
} as const;
