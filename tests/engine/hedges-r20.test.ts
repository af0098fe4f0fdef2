/**
 * Round 20's hedge rows. "Very numerous" is a vague amount turned up, as "very many" is, so the reader sees the
 * amount rather than only the intensifier; a crowd's span is the crowd and its verb ("critics maintain", "experts
 * call"), whatever comes after; a crowd that names something in quotation marks is a crowd, escaped marks too;
 * only a term (or the term itself after it) "is understood to mean" by definition. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const AMOUNT = 'rhetoric/hedge/vague-quantity';
const CROWD = 'rhetoric/hedge/vague-crowd';
const HEARSAY = 'rhetoric/hedge/hearsay';
const LOUD = 'rhetoric/loaded-language/intensified';
const KIND = 'rhetoric/hedge/vague-kind';

describe('flags', () => {
  test.each<Row>([
    // 1. A vague amount under an intensifier.
    ['Her letters, which are very numerous, fill three boxes.', 'numerous', AMOUNT],
    ['Complaints about the ferry were extremely numerous last summer.', 'numerous', AMOUNT],
    // ... while an intensifier before a judging word is still turned-up volume.
    ['The crowd was very angry about the delay.', 'very angry', LOUD],
    // 2. A crowd and its verb of holding a view.
    ['Critics maintain that the bypass is too costly.', 'critics maintain', CROWD],
    ['Opponents maintain the levy will hurt small farms.', 'opponents maintain', CROWD],
    ['Sceptics maintained the figures were wrong.', 'sceptics maintained', CROWD],
    // 3. A crowd that names or demands.
    ['Critics call "the grand plan" a tax on farmers.', 'critics call', CROWD],
    ['Critics call &quot;the grand plan&quot; a tax on farmers.', 'critics call', CROWD],
    ['Experts often call this the worst drought in memory.', 'experts often call', CROWD],
    ['Advocates call for a ban on the spray.', 'advocates call', CROWD],
    ['The tune, which critics call &quot;harbour pop&quot;, spread fast.', 'critics call', CROWD],
    ['It is a dish which experts call peasant food.', 'which experts call', CROWD],
    // 4. What an event or a change "is understood to mean" is passed on by nobody named.
    ['The name change is understood to mean a fresh start for the club.', 'is understood to', HEARSAY],
    ['The title win is understood to mean a bonus for the squad.', 'is understood to', HEARSAY],
    // 5. An amount standing for people, with an auxiliary or an adverb before its verb of view.
    ['Some would argue the toll is too high.', 'some would argue', CROWD],
    ['Others have long believed the mill was haunted.', 'others have long believed', CROWD],
    ['Most insist the ferry needs replacing.', 'most insist', CROWD],
    ['Many might say the fair has had its day.', 'many might say', CROWD],
    // 7. A view given to nobody in particular: an amount after "by" or "according to", a consensus, split opinion.
    ['The levy is thought by some to have failed.', 'thought by some', CROWD],
    ['The film was hailed by many as a classic.', 'hailed by many', CROWD],
    ['According to some, the well was poisoned.', 'according to some', CROWD],
    ['According to many local historians, the mill was haunted.', 'according to many local historians', CROWD],
    ['According to several senior officials, the deal is off.', 'according to several senior officials', CROWD],
    ['According to some sources, the deal is off.', 'according to some sources', CROWD],
    ['There is a growing consensus that the levy failed.', 'consensus that', CROWD],
    ['The consensus is that the ferry is too slow.', 'consensus is that', CROWD],
    ['There has long been a consensus among farmers that the levy failed.', 'consensus among', CROWD],
    ['Opinion is divided on whether the levy worked.', 'opinion is divided', CROWD],
    ['Opinion has long been split over the bridge.', 'opinion has long been split', CROWD],
    // 6. A degree nobody measures.
    ['To a large extent the harbour has recovered.', 'to a large extent', KIND],
    ['To some degree the levy has worked.', 'to some degree', KIND],
    ['In some respects the new ferry is slower than the old one.', 'in some respects', KIND],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('spans end at the crowd and its verb', () => {
  test.each<[string, string]>([
    ['Critics maintain that the bypass is too costly.', 'Critics maintain'],
    ['Opponents maintain the levy will hurt small farms.', 'Opponents maintain'],
    ['Critics call "the grand plan" a tax on farmers.', 'Critics call'],
    ['Experts call it the worst drought in a century.', 'Experts call'],
  ])('%s', (text, span) => {
    expect(on(text, '', CROWD).map((f) => f.text)).toEqual([span]);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // 1. "Very numerous" is no longer turned-up volume: the amount is the finding.
    ['Her letters, which are very numerous, fill three boxes.', 'very numerous', LOUD],
    // 2. A crowd that keeps something up.
    ['Advocates maintain a hotline for victims of abuse.', 'advocates', CROWD],
    ['Supporters maintained the old chapel in winter.', 'supporters', CROWD],
    ['Observers maintained a silent vigil outside the court.', 'observers', CROWD],
    // 3. A crowd on the telephone.
    ['Supporters called the office every day.', 'supporters', CROWD],
    ['Supporters called him on Monday to offer help.', 'supporters', CROWD],
    ['Opponents called back within the hour.', 'opponents', CROWD],
    // 4. A term defined, or the term itself after it.
    ['The word Tarn is understood to mean a small mountain lake.', 'understood', HEARSAY],
    ['The label is understood to mean grown within fifty miles.', 'understood', HEARSAY],
    ['The term is understood to mean anyone who lives in the parish.', 'understood', HEARSAY],
    // 5. Consent given is no view held; a count before "others" points back.
    ['Most had agreed to the new terms by Friday.', 'most', CROWD],
    ['Most have maintained their cottages for decades.', 'most', CROWD],
    ['Two others said the ferry was late.', 'others', CROWD],
    // 7. A committee that reaches a consensus is named; a rough figure or a document after the amount speaks.
    ['The committee reached a consensus on the budget.', 'consensus', CROWD],
    ['The plan is believed by some 2,000 residents to be unfair.', 'believed', CROWD],
    ['According to some estimates, the mill cost a fortune.', 'according', CROWD],
    ['According to most polls, the mayor leads.', 'according', CROWD],
    ['According to several published reports, the deal is off.', 'according', CROWD],
    ['The video was viewed by many within hours.', 'viewed by many', CROWD],
    ['Many were rescued and some were hurt.', 'some', CROWD],
    // 6. One thing ranked after another.
    ['Millers and, to a lesser extent, bakers felt the price rise.', 'extent', KIND],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
