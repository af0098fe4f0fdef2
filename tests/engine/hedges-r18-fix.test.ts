/**
 * Fixes to round 18's hedge rules after a reader's audit and a code review. "Occur" and "recur" mean happen, so an
 * event that occurs several times keeps its vague count; only a word that appears in a named text is counted by
 * reading. Gunfire that lasts ("under fire for two hours") or comes again ("for the second time") blames nobody, but
 * only a time noun ends such a span: "under fire for several remarks" blames someone. Doubts denied ("no
 * objections were raised") or with askers named after a place ("in the council by three members") have an owner or
 * none at all. "Most" after a verb's or a saying noun's "that" is a share ("said that most agree", "reports that most
 * favour"). A quotation in title case that a colon opens, or a verb of saying follows behind a comma or a speaker,
 * is a remark; after a work's noun ("the film", "the report") it is a title. Each rule has near misses. Sentences
 * are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const AMOUNT = 'rhetoric/hedge/vague-quantity';
const DOUBT = 'rhetoric/hedge/unowned-doubt';

describe('flags', () => {
  test.each<Row>([
    // Events that happen several times: how many stays vague.
    ['The outage occurred several times last week.', 'several', AMOUNT],
    ['Power cuts recur many times each winter.', 'many', AMOUNT],
    ['Serious errors may occur many times in a year.', 'many', AMOUNT],
    ['The motif recurs many times in her later paintings.', 'many', AMOUNT],
    ['The name appears several times.', 'several', AMOUNT],
    // "Most" as the subject of a clause after a verb of saying: a share of people.
    ['Residents said that most agree with the plan.', 'most', AMOUNT],
    ['Officials say that most left before noon.', 'most', AMOUNT],
    ['The claim that most agree with the plan is false.', 'most', AMOUNT],
    // A title-case quotation that is a remark.
    ['He said: "Many People Are Angry," and left.', 'Many', AMOUNT],
    ['"Many People Are Angry," she said.', 'Many', AMOUNT],
    ['"Many People Are Angry", the mayor said.', 'Many', AMOUNT],
    // Blame with nobody behind it, and doubts whose "by" belongs to another verb.
    ['The minister came under fire for a decision to shut the depot.', 'under fire for', DOUBT],
    ['The council came under fire for the delays.', 'under fire for', DOUBT],
    ['Questions were raised over a loan approved by the bank.', 'Questions were raised', DOUBT],
    ['Concerns were raised at the meeting about the cost.', 'Concerns were raised', DOUBT],
    // Blame for remarks, cuts or spending: a fault, not a span of gunfire. Only a time noun ends a span.
    ['The minister came under fire for several remarks about nurses.', 'under fire for', DOUBT],
    ['The council came under fire for more than 200 job cuts.', 'under fire for', DOUBT],
    ['The council came under fire for the day care cuts.', 'under fire for', DOUBT],
    ['The mayor came under fire for much of her spending.', 'under fire for', DOUBT],
    ['The warden came under fire for two days of delays at the border.', 'under fire for', DOUBT],
    // "That most" after a noun of saying opens what is said: "most" is its subject, a share.
    ['Reports that most favour the plan spread quickly.', 'most', AMOUNT],
    ['The belief that most support the new tax is wrong.', 'most', AMOUNT],
    // A title-case quotation a speaker's verb follows is a remark.
    ['"Many People Are Angry" she said.', 'Many', AMOUNT],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // Occurrences in a named text.
    ['The name appears several times in the ledger.', 'several', AMOUNT],
    ['The theme features many times in the novel.', 'many', AMOUNT],
    // "Most" grading a verb in a relative clause.
    ['Voters named the issue that most worries the government.', 'most', AMOUNT],
    ['The people who most need help wait longest.', 'most', AMOUNT],
    ['It is the cut that most hurts the poor.', 'most', AMOUNT],
    ['Housing is the issue that most worries the government.', 'most', AMOUNT],
    // Quoted titles, guillemets too.
    ['The film «Many Rivers Home» won the jury prize.', 'Many', AMOUNT],
    ['The band played "Some Say Tomorrow," which fans loved.', 'Some Say', 'rhetoric/hedge/vague-crowd'],
    // Gunfire that lasts or comes again.
    ['The convoy came under fire for two hours.', 'under fire', DOUBT],
    ['The patrol came under fire for the second time this week.', 'under fire', DOUBT],
    ['The base came under fire for over an hour.', 'under fire', DOUBT],
    ['The outpost came under fire for several minutes.', 'under fire', DOUBT],
    // Doubts denied.
    ['No objections were raised at the planning meeting.', 'objections', DOUBT],
    ['No concerns were raised during the inspection of the school.', 'concerns', DOUBT],
    ['No serious doubts have been voiced about the count.', 'doubts', DOUBT],
    // Askers named after a place or a time.
    ['Questions were raised in the Commons by three backbench MPs.', 'Questions', DOUBT],
    ["Questions were raised at Tuesday's meeting by parents.", 'Questions', DOUBT],
    ['Fears were voiced at the hearing by the union.', 'Fears', DOUBT],
    ['The base came under fire for several days.', 'under fire', DOUBT],
    ['The ferry came under fire for about half an hour on Sunday.', 'under fire', DOUBT],
    // A quoted title used as a subject: its verb is the work's, not a speaker's.
    ['The film "Some Like It Hot" tells the story of two musicians.', 'Some', AMOUNT],
    ['The report "Many Voices" warns that rents will rise.', 'Many', AMOUNT],
    ['The play "Many Happy Returns," critics said, runs too long.', 'Many', AMOUNT],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
