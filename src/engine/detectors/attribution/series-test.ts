/**
 * "The first test showed how far the team had come": a test counted in a series is a match (a Test in cricket or
 * rugby) or a trial of strength, whose outcome is a result on the field, not a record anyone can look up. A lab
 * test or a field test still reports ("The test showed the water was safe", "Blood tests showed").
 */
import type { ParsedText } from '../../nlp.ts';

/** Words that count a test in a series of matches or trials. */
const SERIES = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'final', 'opening', 'deciding', 'last']);

/** True when the head at `head` is a singular "test" counted in a series: "the first test", "the final test". */
export function seriesTest(doc: ParsedText, head: number): boolean {
  const t = doc.tokens;
  return t[head].lower === 'test' && SERIES.has(t[head - 1]?.lower ?? '');
}
