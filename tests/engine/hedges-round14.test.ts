/**
 * Round 14's hedges: the rest of the vague shares and frequencies ("mainly", "routinely"), "as many" as a
 * conjunction's amount, and a question nobody can yet answer; each with its near misses. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const VAGUE_QUANTITY = 'rhetoric/hedge/vague-quantity';
const OPEN_QUESTION = 'rhetoric/hedge/open-question';
const SUGGESTION = 'rhetoric/hedge/suggestion';

describe('flags', () => {
  test.each<Row>([
    // A share over half, of what nobody says, as "largely" and "mostly" give it.
    ['The valley is mainly rural.', 'mainly', VAGUE_QUANTITY],
    ['The museum is chiefly known for its clocks.', 'chiefly', VAGUE_QUANTITY],
    ['The estate grows predominantly barley.', 'predominantly', VAGUE_QUANTITY],
    ['The scheme primarily helps first-time buyers.', 'primarily', VAGUE_QUANTITY],
    ['The club folded, mainly because its ground was sold.', 'mainly', VAGUE_QUANTITY],
    // How often, never counted, as "frequently" gives it.
    ['Complaints were routinely ignored by the landlord.', 'routinely', VAGUE_QUANTITY],
    ['The evening train is regularly late.', 'regularly', VAGUE_QUANTITY],
    // "As" a conjunction before a plain vague amount.
    ['Milk prices fell that spring, as many farmers sold their herds.', 'many', VAGUE_QUANTITY],
    // A question nobody can yet answer.
    ['Engineers cannot say whether the bridge will reopen this year.', 'cannot say whether', OPEN_QUESTION],
    ["Doctors can't tell if the new drug works.", "can't tell if", OPEN_QUESTION],
    ['It is impossible to say why the roof fell in.', 'impossible to say why', OPEN_QUESTION],
    ['We still cannot predict whether the river will flood.', 'cannot predict whether', OPEN_QUESTION],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // Evenly, a measure of form, not how often.
    ['The posts are regularly spaced along the fence.', 'regularly', VAGUE_QUANTITY],
    // "As many" that compares or bounds a figure.
    ['The home side won twice as many games as the visitors.', 'many', VAGUE_QUANTITY],
    ['The Greens won as many seats as the Liberals.', 'many', VAGUE_QUANTITY],
    ['As many as 300 people were moved from their homes.', 'many', VAGUE_QUANTITY],
    ['The new ward has half as many beds.', 'many', VAGUE_QUANTITY],
    // A person unsure of their own plans admits no gap in a claim.
    ['She cannot say whether she will stand again.', 'say whether', OPEN_QUESTION],
    ["He can't say if he will play on Sunday.", 'say if', OPEN_QUESTION],
    // Saying what one can do is no question left open.
    ['Fans can tell whether the gates are open from the app.', 'tell whether', OPEN_QUESTION],
    // Citing a fact as a reason argues; no evidence is left to hint.
    ['The union cut its demands, pointing to the fact that sales had fallen.', 'pointing to', SUGGESTION],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
