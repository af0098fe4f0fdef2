import { describe, expect, test } from 'vitest';
import { processBatchLine } from '../../src/cli/batch-line.ts';
import { analyze } from '../../src/engine/analyze.ts';
import { reportProblems } from './helpers/contract-shape.ts';

describe('a valid line gives the Report with the id added', () => {
  test.each([
    ['a string id', '{"id": "a-1", "text": "The mayor said the bridge will reopen."}', 'a-1'],
    ['a numeric id, kept as a number', '{"id": 7, "text": "Prices rose."}', 7],
    ['no id, which becomes null', '{"text": "Prices rose."}', null],
    ['extra fields, ignored', '{"id": "x", "text": "Prices rose.", "label": "biased"}', 'x'],
    ['an empty text', '{"id": "e", "text": ""}', 'e'],
    ['a line ending in a carriage return', '{"id": "crlf", "text": "Prices rose."}\r', 'crlf'],
  ])('%s', (_name, line, id) => {
    const output = processBatchLine(line, 1);
    expect(output.id).toBe(id);
    expect(Object.keys(output)[0]).toBe('id');
    expect('error' in output).toBe(false);
    expect(reportProblems(output, JSON.parse(line).text)).toEqual([]);
    expect({ ...output, id: undefined }).toEqual({ ...analyze(JSON.parse(line).text), id: undefined });
  });
});

describe('a bad line gives an error line', () => {
  test.each([
    ['blank', '   ', null, /^line 3 is blank/],
    ['not JSON', '{"id": "a", "text": ', null, /^line 3 is not valid JSON/],
    ['JSON but not an object', '["a", "text"]', null, /^line 3 is not a JSON object/],
    ['a JSON string', '"just text"', null, /^line 3 is not a JSON object/],
    ['null', 'null', null, /^line 3 is not a JSON object/],
    ['no text', '{"id": "a"}', 'a', /^line 3 has no "text" field$/],
    ['a numeric text', '{"id": "a", "text": 42}', 'a', /^line 3 has a "text" that is a number, not a string$/],
    ['a null text', '{"id": "a", "text": null}', 'a', /that is null, not a string/],
    ['an array text', '{"id": "a", "text": ["x"]}', 'a', /that is an array, not a string/],
    ['an object text with a numeric id', '{"id": 5, "text": {"x": 1}}', 5, /that is an object, not a string/],
  ])('%s', (_name, line, id, message) => {
    const output = processBatchLine(line, 3);
    expect(output).toEqual({ id, error: expect.stringMatching(message) });
  });

  test('an analysis that throws becomes an error line, not a crash', () => {
    const failing = () => {
      throw new Error('boom');
    };
    expect(processBatchLine('{"id": "z", "text": "x"}', 9, failing)).toEqual({
      id: 'z',
      error: 'line 9: the analysis failed (boom); please report this as a bug',
    });
  });
});
