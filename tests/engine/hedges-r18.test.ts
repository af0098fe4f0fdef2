/**
 * Round 18's hedge rows. A hedge word inside a quoted title names a book, a song or a show (senses/hedge-title.ts);
 * a word that turns up "several times" in a text is counted by reading; "most" between "that" and a verb grades the
 * verb; a modal inside an indirect question asks, it guesses at nothing (senses/hedge-question.ts). Added: doubt or
 * blame with nobody behind it ("questions have been raised", "has come under fire for", lexicon/hedge-doubts.ts),
 * and one who raises questions in person is no evidence raising them. Each rule has near misses that keep their
 * hedge. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const AMOUNT = 'rhetoric/hedge/vague-quantity';
const CROWD = 'rhetoric/hedge/vague-crowd';
const MODAL = 'rhetoric/hedge/speculative-modal';
const DOUBT = 'rhetoric/hedge/unowned-doubt';
const SUGGESTION = 'rhetoric/hedge/suggestion';

describe('flags', () => {
  test.each<Row>([
    // A quoted remark in ordinary case keeps its crowd; so does an amount outside any quotation marks.
    ['"Some say the plan is dead," she said.', 'Some say', CROWD],
    ['Many Rivers cross the plain.', 'Many', AMOUNT],
    ['Many fans, the club says, want a new ground.', 'Many', AMOUNT],
    // Events, not occurrences in a text: how many times stays vague.
    ['He was stabbed several times in the chest.', 'several', AMOUNT],
    ['Police said the house has been raided several times.', 'several', AMOUNT],
    // "Most" before a noun shares out a group.
    ['Most voters now back the plan.', 'Most voters', 'rhetoric/hedge/unnamed-people'],
    // A fused relative or a relative clause with a modal still guesses.
    ['The carving is what may be the oldest map in Wales.', 'may be', MODAL],
    ['The clay dries into thin sheets that might resemble paper.', 'might resemble', MODAL],
    ['The virus may have escaped from a lab.', 'may have', MODAL],
    // Doubt or blame with no holder.
    ['Questions have been raised about the cost of the new bridge.', 'Questions have been raised', DOUBT],
    ['Concerns were voiced over the closing of the ward.', 'Concerns were voiced', DOUBT],
    ['Fears have also been expressed that the mill will close.', 'Fears have also been expressed', DOUBT],
    ['Doubts have been cast on the figures.', 'Doubts have been cast', DOUBT],
    ['The council has come under fire for the bin delays.', 'under fire for', DOUBT],
    ['The plan came under fresh criticism.', 'criticism', DOUBT],
    // Evidence that raises questions still plants a doubt.
    ['The report raises questions about the cost.', 'raises questions', SUGGESTION],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // Quoted titles.
    ['Her debut novel "Many Rivers Home" won the Ashford prize.', 'Many', AMOUNT],
    ['The band played "Some Say Tomorrow" as an encore.', 'Some Say', CROWD],
    ['The comedy "Most Critics Agree" opens at the Lyric on Friday.', 'Most', AMOUNT],
    ['The film "A Few Good Days" opens on Friday.', 'A Few', AMOUNT],
    // Occurrences in a text or a body of work.
    ['The word appears several times in the first chapter.', 'several', AMOUNT],
    ['The motif features many times in her later novels.', 'many', AMOUNT],
    // "Most" grading a verb after "that".
    ['The rule that most affects drivers starts in May.', 'most', AMOUNT],
    ['The town that most needs a bypass is Kelso.', 'most', AMOUNT],
    // An indirect question.
    ['She asked what effect the new tariff might have on farmers.', 'might have', MODAL],
    ['Analysts are weighing what impact the cut could have on prices.', 'could have', MODAL],
    // Doubters named, doubts told of before, gunfire, and one who asks in person.
    ['Questions have been raised by the auditor about the cost.', 'Questions', DOUBT],
    ['The questions were raised in parliament on Monday.', 'questions', DOUBT],
    ['The convoy came under fire near the border.', 'under fire', DOUBT],
    ['The club came under fire from rival fans.', 'under fire', DOUBT],
    ['She raised questions about the cost at the meeting.', 'raised questions', SUGGESTION],
    ['He raised the possibility of a strike.', 'raised the possibility', SUGGESTION],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
