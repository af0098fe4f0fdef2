/**
 * Round 15's second pass on hedges: "a majority of" as a vague share (a vote tally stays quiet), "fit" as a
 * player's state after a modal (a guess, not a passive), and a place closed or covered by a named cause (a
 * forecast). Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const VAGUE = 'rhetoric/hedge/vague-quantity';
const MODAL = 'rhetoric/hedge/speculative-modal';

describe('flags', () => {
  test.each<Row>([
    // A share over half, of whom and by whose count unsaid.
    ['A majority of voters backed the plan.', 'a majority of', VAGUE],
    ['Even a majority of doctors now back the change.', 'a majority of', VAGUE],
    ['In the city, a majority of those with a degree rent their homes.', 'a majority of', VAGUE],
    // A modal before the adjective "fit": a guess about a player's or a patient's state.
    ['The striker may be fit for Saturday.', 'may be', MODAL],
    ['The keeper might be fit again by March.', 'might be', MODAL],
    ['The captain may be fit to play in the final.', 'may be', MODAL],
    // A place left closed or covered by a cause nobody chose: a forecast.
    ['The coast road may be closed because of snow.', 'may be', MODAL],
    ['The lower field could be covered in mud owing to the thaw.', 'could be', MODAL],
    ['The pass might be blocked amid heavy drifts.', 'might be', MODAL],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // A margin or a tally read off a result.
    ['The party won a majority of 3 seats.', 'majority', VAGUE],
    ['The bill passed with a majority of 12 votes.', 'majority', VAGUE],
    ['A majority of the seats went to the left.', 'majority', VAGUE],
    ['The party won a majority of the votes cast.', 'majority', VAGUE],
    // "Fit" as a passive ("fitted") still says what can be done.
    ['The engine may be fit with a filter.', 'may be', MODAL],
    ['Tickets may be bought at the door.', 'may be', MODAL],
    // Closed or covered by someone's plan or a fund: what is allowed or can be done.
    ['The coast road may be closed for the parade.', 'may be', MODAL],
    ['The cost may be covered by the council fund.', 'may be', MODAL],
    ['The pass could be blocked to lorries on Sundays.', 'could be', MODAL],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toHaveLength(0);
  });
});
