/**
 * Round 16 fixes, loaded wording: a quoted word after "and"/"or" is a doubted second title only beside a role
 * ('actor and "comedian"'), not beside a dish or a dance ('coffee and "babka"'); a quoted compound of two nouns
 * before its noun is a term of art ('"self-checkout" tills'); figures that "suggest" do not speak; "gross waste"
 * before the noun it measures is a total; a school of faith, trust "in" a bank and the law's "sincere belief that"
 * grade no faith; a manner word that is a surname, a title or a prize's name; "a begrudging apology"; a quoted
 * name of two words is exempt only before a policy's noun ('a "wealth tax"', not 'the "broken system"'); a
 * military strike threatened keeps its danger. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const SCARE = 'rhetoric/loaded-language/scare-quotes';
const GRADED = 'rhetoric/loaded-language/graded-charge';
const TEMPERAMENT = 'rhetoric/loaded-language/temperament';
const MILD = 'rhetoric/loaded-language/mild-evaluation';
const DANGER = 'rhetoric/fear-appeal/danger';
const EPITHET = 'rhetoric/name-calling/epithet';

describe('flags', () => {
  test.each<Row>([
    // A second title beside a role, and a role quoted beside a plain trade.
    ['The ad starred actor and "comedian" Tom Reyes.', 'comedian', SCARE],
    ['she hired a builder or "developer" from the next town .', 'developer', SCARE],
    ['The paper quoted economists and "experts" on the budget.', 'experts', SCARE],
    // A label of side or grade before its noun.
    ['They backed "right-wing" candidates in the north.', 'right-wing', SCARE],
    ['The group printed "anti-Greek" leaflets.', 'anti-Greek', SCARE],
    // A person who suggests speaks; the writer's own marks after figures stay doubted.
    ['The numbers suggest the "boom" in house prices is over.', 'boom', SCARE],
    ['the data suggest the "recovery" has stalled .', 'recovery', SCARE],
    // A quoted name of two words before a generic noun is the writer's doubt.
    ['He hates the "broken system" in the courts.', 'broken system', SCARE],
    ['Critics attacked the "failed model" of care.', 'failed model', SCARE],
    ['The "two-tier system" hurts the poor.', 'two-tier system', SCARE],
    ['Critics derided the "rescue package" as too small.', 'rescue package', SCARE],
    // "Gross" grading a failing.
    ['The scheme was a gross waste of public money.', 'gross waste', GRADED],
    // A faith graded from outside.
    ['She has a strong faith and prays every day.', 'strong faith', MILD],
    ['He spoke of his sincere belief in God.', 'sincere belief', MILD],
    // A manner read from outside.
    ['The mayor gave a begrudging apology.', 'begrudging', TEMPERAMENT],
    ['the board offered a begrudging welcome to the plan .', 'begrudging', TEMPERAMENT],
    ['Defiant, the minister refused to resign.', 'defiant', TEMPERAMENT],
    ['Defiant Mayor Refuses To Quit Over Housing Row', 'defiant', TEMPERAMENT],
    // A nickname before a person's name.
    ['Voters will not forget Crooked Hillary.', 'crooked', EPITHET],
    ['The rise of Crooked Hillary was no surprise.', 'crooked', EPITHET],
    // An attack threatened paints a danger.
    ['Iran threatened a nuclear strike on the city.', 'threatened', DANGER],
    ['the rebels threatened missile strikes on the capital .', 'threatened', DANGER],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // A foreign word for food or dance beside a plain one is mentioned, not doubted.
    ['The shop sells coffee and "babka" from its own oven.', 'babka', SCARE],
    ['The menu offers noodles and "bao" from a street cart.', 'bao', SCARE],
    ['The class teaches salsa and "bachata" to beginners.', 'bachata', SCARE],
    ['The bar serves wine and "tapas" on Fridays.', 'tapas', SCARE],
    ['The festival mixes reggae and "dancehall" on one stage.', 'dancehall', SCARE],
    ['the bakery sells bread and "kolaches" every morning .', 'kolaches', SCARE],
    // A term of art of two nouns, or of verb and noun, before its noun.
    ['The police used "stop-and-search" powers at the match.', 'stop-and-search', SCARE],
    ['The shop installed "self-checkout" tills last spring.', 'self-checkout', SCARE],
    ['the council bought "park-and-ride" buses for the city .', 'park-and-ride', SCARE],
    // A speaker who suggests makes the quoted word theirs.
    ['He suggested the "boom" in house prices was over.', 'boom', SCARE],
    ['The minister has suggested the plan is a "gift" to landlords.', 'gift', SCARE],
    // A measure's own name of two words.
    ['Ministers brought in a "wealth tax" last year.', 'wealth tax', SCARE],
    ['The school joined the "guardian programme" in May.', 'guardian programme', SCARE],
    // "Gross" as a total.
    ["The plant's gross waste output rose by 8 percent.", 'gross', GRADED],
    ["The council's gross waste tonnage fell last year.", 'gross', GRADED],
    // A school of faith, trust in a bank, the law's test of a state of mind.
    ['Strong faith schools attract pupils from across the city.', 'faith', MILD],
    ['the deep faith leaders of the town met the mayor .', 'faith', MILD],
    ['The judge accepted she had a sincere belief that the money was hers.', 'sincere belief', MILD],
    ['The defendant had a sincere belief that force was needed.', 'sincere belief', MILD],
    ['Investors have strong faith in the central bank.', 'strong faith', MILD],
    ['Markets showed strong faith in the dollar.', 'strong faith', MILD],
    // A manner word that is a surname, a play or a prize.
    ['Coy scored twice for the visitors.', 'coy', TEMPERAMENT],
    ['Meek was appointed finance director in March.', 'meek', TEMPERAMENT],
    ['Blithe Spirit opens at the Playhouse on Friday.', 'blithe', TEMPERAMENT],
    ['Grudgingly accepted by the board, the plan went ahead.', 'coy', TEMPERAMENT],
    ['The theatre staged a revival of Blithe Spirit.', 'blithe', EPITHET],
    ["The club's Cavalier Trophy was won by the under-12s.", 'cavalier', EPITHET],
    ['The fans queued for the Cavalier Cup final.', 'cavalier', TEMPERAMENT],
    // A workers' strike threatened is the event reported.
    ['The union threatened a national strike over pay.', 'threatened', DANGER],
    ['Nurses threatened strike action in the spring.', 'threatened', DANGER],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
