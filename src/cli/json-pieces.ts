/**
 * `--format json` in pieces: the same characters as `JSON.stringify(value, null, 2)`, cut so that each element of
 * a top-level array (the report's findings) is its own piece. A 100,000-word report is about 13 MB as one
 * string (the explanations' curly quotes make it two bytes a character) plus 7 MB once encoded; written piece by
 * piece through one small buffer, neither is ever whole in memory. On the development machine every megabyte
 * of fresh memory costs about 5 ms of page faults, so the whole string and its encoding cost more to allocate
 * than to compute.
 */

/** The value's JSON (indent 2), in pieces whose concatenation is exactly `JSON.stringify(value, null, 2)`. */
export function* jsonPieces(value: unknown): Generator<string> {
  // Only a plain object of plain values is cut; anything JSON.stringify treats specially at the top (toJSON) is
  // left to it whole.
  const record = value as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || hasToJson(value) || anyToJson(record)) {
    yield JSON.stringify(value, null, 2);
    return;
  }
  // The properties JSON.stringify writes, in its order (own enumerable string keys, as Object.keys gives them).
  const keys = Object.keys(record).filter((key) => isWritten(record[key]));
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const property = record[key];
    const head = `${k === 0 ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `;
    if (!Array.isArray(property) || property.length === 0) {
      yield head + nested(property, '\n  ');
      continue;
    }
    yield `${head}[\n`;
    yield* elementPieces(property);
    yield '\n  ]';
  }
  yield '\n}';
}

/** Elements stringified together as one piece: a report's findings are about 1,000 characters each. */
const BATCH_ELEMENTS = 32;
/** How JSON.stringify(…, null, 2) opens and closes an array held by a one-key object: a batch's elements lie between. */
const WRAP_HEAD = '{\n  "": [\n';
const WRAP_TAIL = '\n  ]\n}';

/**
 * A top-level array's elements at their depth, separated by ",\n", in pieces: a batch of elements is stringified
 * inside a one-key object, so that JSON.stringify writes their indent itself (each element stringified alone and
 * re-indented cost a second copy of the whole report). An element with toJSON is written alone, as before: inside
 * an array its toJSON would be called with its index rather than "". An element JSON.stringify cannot write
 * (undefined, a function) is null in an array either way.
 */
function* elementPieces(elements: readonly unknown[]): Generator<string> {
  let from = 0;
  for (let i = 0; i <= elements.length; i++) {
    const alone = i < elements.length && hasToJson(elements[i]);
    if (i > from && (i === elements.length || alone || i - from === BATCH_ELEMENTS)) {
      const json = JSON.stringify({ '': elements.slice(from, i) }, null, 2);
      yield `${from === 0 ? '' : ',\n'}${json.slice(WRAP_HEAD.length, json.length - WRAP_TAIL.length)}`;
      from = i;
    }
    if (alone) {
      yield `${i === 0 ? '' : ',\n'}    ${nested(elements[i], '\n    ') ?? 'null'}`;
      from = i + 1;
    }
  }
}

/**
 * A value's JSON at a deeper level: every line break of the indented text gains that level's indent (a line break
 * inside a string is written as an escape, so each one is the layout's). Undefined for what JSON cannot write.
 */
function nested(value: unknown, lineBreak: string): string | undefined {
  const json = JSON.stringify(value, null, 2) as string | undefined;
  return json?.includes('\n') ? json.replaceAll('\n', lineBreak) : json;
}

/** Whether JSON.stringify writes this property at all (it leaves out undefined, functions and symbols). */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function hasToJson(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function anyToJson(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.hasOwn(record, key) && hasToJson(record[key])) return true;
  return false;
}
