/**
 * Round 16, loaded wording: scare quotes on a hyphenated label before its noun ('the "state-run" paper',
 * 'printed "anti-Greek" leaflets') and on one word joined by "and"/"or" to a plain one ('actor and "comedian"');
 * "gross" grading a charge ("a gross abuse of power"), not the law's grades nor sums; a manner read from outside
 * ("meekly agreed", "a cavalier attitude"), not a team or a breed; the depth of a faith graded from outside ("deep
 * Christian beliefs", "strong religious faith"), not a neural network nor a forecaster's confidence. Sentences are our own;
 * each rule is tested in lower case too.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const SCARE = 'rhetoric/loaded-language/scare-quotes';
const GRADED = 'rhetoric/loaded-language/graded-charge';
const TEMPERAMENT = 'rhetoric/loaded-language/temperament';
const MILD = 'rhetoric/loaded-language/mild-evaluation';
const QUIET = 'rhetoric/loaded-language/quiet-praise';
const DANGER = 'rhetoric/fear-appeal/danger';

describe('flags', () => {
  test.each<Row>([
    // A quoted compound label before its noun, whatever stands before the marks.
    ['The audit was run by the "state-controlled" election board.', 'state-controlled', SCARE],
    ['The group printed "anti-Greek" leaflets.', 'anti-Greek', SCARE],
    ['the "state-run" paper printed the speech in full .', 'state-run', SCARE],
    ['Voters rejected the "pro-family" budget.', 'pro-family', SCARE],
    ['The "party-led" reforms stalled within a year.', 'party-led', SCARE],
    // One quoted word joined to a plain label: only it is doubted.
    ['The advert starred actor and "comedian" Tom Reyes.', 'comedian', SCARE],
    ['she hired a builder or "developer" from the next town .', 'developer', SCARE],
    // One quoted word for a measure is still doubted: a fee called a tax.
    ['The council imposed a new "tax" on drivers.', 'tax', SCARE],
    // "Gross" grading a failing.
    ['It was a gross abuse of power.', 'gross abuse', GRADED],
    ['The board ignored gross mismanagement at the trust.', 'gross mismanagement', GRADED],
    ['the new stadium was a gross waste of public money .', 'gross waste', GRADED],
    ['Critics called the forecast a gross exaggeration.', 'gross exaggeration', GRADED],
    ['The inquiry found gross mishandling of the complaints.', 'gross mishandling', GRADED],
    // A manner the writer reads into an act.
    ['The minister meekly accepted the ruling.', 'meekly', TEMPERAMENT],
    ['the council blithely ignored the warnings .', 'blithely', TEMPERAMENT],
    ['He took a cavalier attitude to the safety rules.', 'cavalier', TEMPERAMENT],
    ['The board grudgingly accepted the offer.', 'grudgingly', TEMPERAMENT],
    ['She was coy about her plans for the club.', 'coy', TEMPERAMENT],
    ['the striker gave a nonchalant shrug at the final whistle .', 'nonchalant', TEMPERAMENT],
    // The depth of a faith.
    ['The family held deep Christian beliefs.', 'deep christian beliefs', MILD],
    ['the family held deep christian beliefs .', 'deep christian beliefs', MILD],
    ['She has a profound faith in free markets.', 'profound faith', MILD],
    ['Voters of strong religious faith backed the bill.', 'strong religious faith', MILD],
    // Quiet praise of rank or of heart.
    ['She is the pre-eminent scholar of the period.', 'pre-eminent', QUIET],
    ['the kind-hearted baker gave away his bread .', 'kind-hearted', QUIET],
    // A danger painted, not a sanction threatened.
    ['The plan threatens our democracy.', 'threatens', DANGER],
    ['the new rules threaten the livelihoods of fishermen .', 'threaten', DANGER],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // A quoted compound before a measure names it; a naming verb makes it someone's word; a capital is a name.
    ['The "stay-at-home" order ends on Friday.', 'stay-at-home', SCARE],
    ['Ministers announced a "zero-tolerance" policy on knives.', 'zero-tolerance', SCARE],
    ['He called it a "well-planned" attack.', 'well-planned', SCARE],
    ['The team won a "must-win" game on Sunday.', 'must-win', SCARE],
    ['A "Kremlin-backed" channel aired the film.', 'Kremlin-backed', SCARE],
    // A quoted compound standing alone, not before a noun: the old rule decides, and a speaker's word is theirs.
    ['She said the plan was "half-baked".', 'half-baked', SCARE],
    // Two quoted words after "and" are as often a new coinage; a word before a measure names it.
    ['Activists organised street marches and "car caravans" downtown.', 'car caravans', SCARE],
    ['He spoke on immigration and "sanctuary" policies.', 'sanctuary', SCARE],
    // A measure's quoted name ending in its noun; a word quoted after a verb of declaring or suggesting.
    ['Labour will fund it with a "wealth tax" on the richest.', 'wealth tax', SCARE],
    ['he wants to cut the "payroll tax" on workers .', 'payroll tax', SCARE],
    ['The senator declared the paper was now a "mouthpiece" of the party.', 'mouthpiece', SCARE],
    ['the coach suggested his players were the "victims" of bad luck .', 'victims', SCARE],
    ['The posters read "peace and "unity"" in red letters.', 'unity', SCARE],
    // The law's grades, sums and measures, and the word without "gross".
    ['The nurse was struck off for gross misconduct.', 'gross', GRADED],
    ['He was jailed for gross negligence manslaughter.', 'gross', GRADED],
    ['The firm reported gross profits of 3 million.', 'gross', GRADED],
    ['the gross weight of the lorry was 40 tonnes .', 'gross', GRADED],
    ['Gross domestic product rose by 2 percent.', 'gross', GRADED],
    ['The board ignored mismanagement at the trust.', 'mismanagement', GRADED],
    ['The court heard claims of gross violations of human rights.', 'gross', GRADED],
    // A team, a breed and the act without the manner.
    ['The Cavaliers won the title in 2016.', 'cavalier', TEMPERAMENT],
    ['A Cavalier King Charles spaniel won best in show.', 'cavalier', TEMPERAMENT],
    ['The minister accepted the ruling on Monday.', 'accepted', TEMPERAMENT],
    // A network, the depth of water, a faith lost, and a forecaster's confidence.
    ['The lab trained a deep belief network on the images.', 'belief', MILD],
    ['The lake is deep. Beliefs differ on its age.', 'deep', MILD],
    ['He lost his faith after the war.', 'faith', MILD],
    ['Economists have a strong belief that rates will rise.', 'strong belief', MILD],
    ['The scholar wrote about the period.', 'scholar', QUIET],
    ['The baker gave away his bread.', 'baker', QUIET],
    // A sanction threatened is the event reported.
    ['The president continues to threaten higher tariffs on steel.', 'threaten', DANGER],
    ['The union threatened a strike over pay.', 'threatened', DANGER],
    ['the senator threatened a veto of the bill .', 'threatened', DANGER],
    ['Landlords threatened lawsuits against the council.', 'threatened', DANGER],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
