/** Keeps README's promises true: the published score weights equal the code's, and the quick start stays two commands. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLAIM_ROOM_FLOOR, CLAIM_WEIGHTS, COMPONENT_WEIGHTS, GRADE_BANDS } from '../../src/engine/score/weights.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README publishes the score weights the code uses', () => {
  test.each(Object.entries(COMPONENT_WEIGHTS))('component %s has weight %d in the table', (id, weight) => {
    expect(readme).toMatch(new RegExp(`\\(\`${id}\`\\) \\| ${weight} \\|`));
  });

  test('the component weights add up to 100', () => {
    expect(Object.values(COMPONENT_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  test('every claim weight appears in the claims table', () => {
    const cells = [...readme.matchAll(/^\| [a-z ]+ \| ([\d.]+) \| /gm)].map((m) => Number(m[1]));
    for (const w of Object.values(CLAIM_WEIGHTS)) expect(cells).toContain(w);
  });

  test('the least room a claim takes is the one the code uses', () => {
    expect(readme).toContain(`each claim takes at least ${CLAIM_ROOM_FLOOR} of room`);
  });

  test.each(GRADE_BANDS.map((b) => [b.grade, b.from]))('grade %s starts at %d', (grade, from) => {
    expect(readme).toMatch(new RegExp(`\\*\\*${grade}\\*\\* ${from}–`));
  });
});

describe('README quick start', () => {
  test('is install + start, then test', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
