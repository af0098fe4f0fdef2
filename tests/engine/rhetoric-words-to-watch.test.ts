/**
 * Words to watch (rhetoric-words-to-watch.ts) and the euphemisms added beside them: single entries, each with
 * a sentence it must flag on the given words and an ordinary news sentence it must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const PEACOCK = 'rhetoric/loaded-language/peacock';
const EDITORIALISING = 'rhetoric/loaded-language/editorialising';
const JUDGING_SAID = 'rhetoric/loaded-language/judging-said';
const STOCK_PHRASE = 'rhetoric/figurative/stock-phrase';
const EUPHEMISM = 'rhetoric/loaded-language/euphemism';
const VAGUE_QUANTITY = 'rhetoric/hedge/vague-quantity';
const LABEL = 'rhetoric/name-calling/contentious-label';
const PUFFERY = 'rhetoric/loaded-language/puffery';
const REPUTATION = 'rhetoric/loaded-language/reputation';

describe('flags', () => {
  test.each<Row>([
    ['The festival is a must-see for anyone who likes jazz.', 'must-see', PEACOCK],
    ['She kept an exemplary record as a magistrate.', 'exemplary', PEACOCK],
    ['Importantly, the deal covers pensions.', 'Importantly', EDITORIALISING],
    ['It is worth noting that the mill closed twice.', 'It is worth noting', EDITORIALISING],
    ['Most notably, the tower survived the fire.', 'Most notably', EDITORIALISING],
    ['The senator asserted that the tax had no effect.', 'asserted', JUDGING_SAID],
    ['A later study refuted the theory.', 'refuted', JUDGING_SAID],
    ["Scouts took the lion's share of the prize money.", "lion's share", STOCK_PHRASE],
    ['The singer burst onto the scene in 1971.', 'burst onto the scene', STOCK_PHRASE],
    ['He gave his life for the cause.', 'gave his life for', EUPHEMISM],
    ['Most voters stayed at home.', 'Most', VAGUE_QUANTITY],
    ['So many voters stayed at home.', 'many', VAGUE_QUANTITY],
    ['It is a world class museum.', 'world class', PUFFERY],
    ['A state of the art stadium opened in May.', 'state of the art', PUFFERY],
    ['He is a well known painter.', 'well known', REPUTATION],
    ['The band released a chart-topping single.', 'chart-topping', REPUTATION],
    ['The town became a base for fundamentalists.', 'fundamentalists', LABEL],
    ['The dealer sells pre-owned cars.', 'pre-owned', EUPHEMISM],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    ['The judge said the sentence must see him serve ten years.', 'must see', PEACOCK],
    ['The court heard the witness was not admirable in her conduct.', 'admirable', PEACOCK],
    ['She noted the time of the call.', 'noted', EDITORIALISING],
    ['Prices rose significantly in March.', 'significantly', EDITORIALISING],
    ["The patient's rash is of note to doctors studying the virus.", 'of note', EDITORIALISING],
    ['The defence lawyer sought to refute the charge of theft.', 'refute', JUDGING_SAID],
    ['The defendant maintained that he was at home that night.', 'maintained', JUDGING_SAID],
    ['Lawyers for the firm contended that the contract had expired.', 'contended', JUDGING_SAID],
    ['A lion was seen near the village on Sunday.', 'lion', STOCK_PHRASE],
    ['The test will be held at the end of the day shift.', 'end of the day', STOCK_PHRASE],
    ['The storm hit the coast at the end of the day.', 'end of the day', STOCK_PHRASE],
    ['The economy shrank by 0.3% in the second quarter.', 'shrank', EUPHEMISM],
    ['She drove between jobs in a borrowed van.', 'between jobs', EUPHEMISM],
    ['After the win the club is in a better place, the coach said.', 'better place', EUPHEMISM],
    ['The striker gave his shirt to a fan.', 'gave his', EUPHEMISM],
    ['Most recently, the club won the cup in 2019.', 'Most', VAGUE_QUANTITY],
    ['The disease is most commonly spread by ticks.', 'most', VAGUE_QUANTITY],
    ['As many as 300 people lived in the village.', 'many', VAGUE_QUANTITY],
    ['The best selling point of the flat is the price.', 'best selling', PUFFERY],
    ['The long-awaited report was published on Monday.', 'long-awaited', REPUTATION],
    ['The stadium holds as many fans as the old one.', 'many', VAGUE_QUANTITY],
    ['Sectarian violence flared in the city overnight.', 'Sectarian', LABEL],
    ['The private sector added 20,000 jobs.', 'sector', LABEL],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
