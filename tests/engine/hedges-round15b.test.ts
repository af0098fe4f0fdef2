/**
 * Round 15's second pass on hedges: "a majority of" as a vague share (a vote tally stays quiet), and "fit" as a
 * player's state after a modal (a guess, not a passive). Sentences are our own.
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
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toHaveLength(0);
  });
});
