import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFloors, floorsFromFigures, readFloors, writeFloors } from '../../scripts/eval/floors.ts';
import { dataFolder } from './helpers.ts';

const floors = { floors: { 'babe/macro-f1': 0.5 }, ceilings: { 'basil/flags-per-1000': 20 } };

describe('checkFloors', () => {
  test('passes figures at or above their floor and under their ceiling', () => {
    const figures = [
      { id: 'babe/macro-f1', value: 0.5 },
      { id: 'basil/flags-per-1000', value: 20 },
      { id: 'ptc/span-f1', value: 0 },
    ];
    expect(checkFloors(figures, floors)).toEqual([]);
  });

  test.each([
    [{ id: 'babe/macro-f1', value: 0.49 }, 'babe/macro-f1: 0.490 is below its floor 0.5'],
    [{ id: 'basil/flags-per-1000', value: 21 }, 'basil/flags-per-1000: 21.000 is above its ceiling 20'],
    [{ id: 'babe/macro-f1', value: null }, 'babe/macro-f1: nothing to measure, but a floor of 0.5 is recorded'],
  ])('reports %o', (figure, message) => {
    expect(checkFloors([figure], floors)).toEqual([message]);
  });
});

describe('floorsFromFigures', () => {
  test('floors sit 0.02 under the measured value, rounded down to two decimals', () => {
    const next = floorsFromFigures(
      [
        { id: 'babe/macro-f1', value: 0.5 },
        { id: 'ptc/span-f1', value: 0.12345 },
      ],
      floors,
    );
    expect(next.floors).toEqual({ 'babe/macro-f1': 0.48, 'ptc/span-f1': 0.1 });
  });

  test('a floor never goes below zero, a ceiling never below the target, and unmeasured figures keep their limits', () => {
    const next = floorsFromFigures(
      [
        { id: 'ptc/span-recall', value: 0.01 },
        { id: 'basil/flags-per-1000', value: 3 },
        { id: 'ptc/span-precision', value: null },
      ],
      floors,
    );
    expect(next.floors).toEqual({ 'babe/macro-f1': 0.5, 'ptc/span-recall': 0 });
    expect(next.ceilings).toEqual({ 'basil/flags-per-1000': 20 });
    expect(
      floorsFromFigures([{ id: 'basil/flags-per-1000', value: 30 }], floors).ceilings['basil/flags-per-1000'],
    ).toBe(32);
  });

  test('an unknown figure id is an error, not a silent floor', () => {
    expect(() => floorsFromFigures([{ id: 'ptc/typo', value: 1 }], floors)).toThrow(/no figure definition/);
  });
});

describe('the floors file', () => {
  test('round-trips with sorted keys', () => {
    const dir = dataFolder({});
    const path = join(dir, 'floors.json');
    writeFloors(path, { floors: { 'z/b': 0.1, 'a/b': 0.2 }, ceilings: {} });
    expect(readFileSync(path, 'utf8').indexOf('a/b')).toBeLessThan(readFileSync(path, 'utf8').indexOf('z/b'));
    expect(readFloors(path)).toEqual({ floors: { 'a/b': 0.2, 'z/b': 0.1 }, ceilings: {} });
  });

  test('a missing file means no limits; a malformed one names the file', () => {
    const dir = dataFolder({ 'bad.json': '{ floors: ' });
    expect(readFloors(join(dir, 'none.json'))).toEqual({ floors: {}, ceilings: {} });
    expect(() => readFloors(join(dir, 'bad.json'))).toThrow(/bad\.json: not valid JSON/);
  });

  test('the recorded floors only name figures the evaluation defines', () => {
    const recorded = readFloors(join(import.meta.dirname, '../../scripts/eval/floors.json'));
    const ids = [...Object.keys(recorded.floors), ...Object.keys(recorded.ceilings)];
    expect(() =>
      floorsFromFigures(
        ids.map((id) => ({ id, value: 0.5 })),
        recorded,
      ),
    ).not.toThrow();
  });
});
