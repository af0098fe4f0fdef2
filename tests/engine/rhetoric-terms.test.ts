/**
 * Single terms added to the lexicon, each with a sentence it must flag (on the given words) and a near miss
 * it must not: the group tables cover each group's idea, this one covers every added entry.
 */
import { describe, expect, test } from 'vitest';
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';

type Row = [text: string, words: string, rule: string];

const on = (text: string, words: string, rule: string) =>
  rhetoricOf(text).filter((f) => f.rule === rule && f.text.toLowerCase().includes(words.toLowerCase()));

describe('flags', () => {
  test.each<Row>([
    ['We are shocked and saddened by the verdict.', 'shocked', 'rhetoric/loaded-language/strong-emotion'],
    ['The ruling would shock the conscience of any parent.', 'shock the conscience', 'rhetoric/loaded-language/strong-emotion'],
    ['The nastiness of the campaign grew.', 'nastiness', 'rhetoric/loaded-language/contempt'],
    ['The slogan became a rallying cry for the movement.', 'rallying cry', 'rhetoric/figurative/political-idiom'],
    ['the state enjoyed considerable economic development .', 'enjoyed', 'rhetoric/loaded-language/praise-verb'],
    ['The clinic was accused of selling aborted babies.', 'aborted babies', 'rhetoric/loaded-language/partisan-term'],
    ['Pluto was demoted to a dwarf planet.', 'demoted', 'rhetoric/loaded-language/dramatised-verb'],
    ['Two players were sacked from the squad.', 'sacked', 'rhetoric/loaded-language/dramatised-verb'],
    ['The poll won just 77 votes.', 'just 77', 'rhetoric/exaggeration/small-figure'],
    ['a tragedy occurred as the player fell .', 'tragedy', 'rhetoric/loaded-language/dramatic-noun'],
    ['the institute provides high quality education .', 'high quality', 'rhetoric/loaded-language/standing'],
    ['a trade - mark break set up the try .', 'trade - mark', 'rhetoric/loaded-language/standing'],
    ['The album was a smash hit in Ireland.', 'smash hit', 'rhetoric/loaded-language/standing'],
    ['Turnout was higher than any other year.', 'than any other', 'rhetoric/exaggeration/beyond-compare'],
    ['I condemn it in the strongest terms.', 'in the strongest terms', 'rhetoric/exaggeration/beyond-compare'],
    ['We need unity now more than ever.', 'more than ever', 'rhetoric/exaggeration/beyond-compare'],
    ['She met Her Majesty the Queen.', 'Her Majesty', 'rhetoric/loaded-language/deference'],
    ['The bill repeals the death tax.', 'death tax', 'rhetoric/loaded-language/partisan-term'],
    ['that tale about the tunnel is an urban legend .', 'urban legend', 'rhetoric/loaded-language/dismissal'],
    ['They spread the myth of voter fraud.', 'myth', 'rhetoric/loaded-language/dismissal'],
    ['a common misconception is that bats are blind .', 'misconception', 'rhetoric/loaded-language/dismissal'],
    ['the occupying army closed the bridge .', 'occupying army', 'rhetoric/loaded-language/side-taking-name'],
    ['The town welcomed the freedom fighters.', 'freedom fighters', 'rhetoric/loaded-language/side-taking-name'],
    ['we must protect our troops .', 'our troops', 'rhetoric/loaded-language/flag-waving'],
    ['He is a seasoned diplomat.', 'seasoned', 'rhetoric/loaded-language/quiet-praise'],
    ['We must act before it is too late.', 'We must', 'rhetoric/loaded-language/call-to-action'],
    ['the new bridge is in fact safer than the old one .', 'in fact', 'rhetoric/certainty/truth-marker'],
    ["Critics mocked the senator's claim that taxes fell.", 'claim', 'rhetoric/loaded-language/doubt-speech'],
    ['Some voters stayed at home.', 'Some', 'rhetoric/hedge/vague-quantity'],
    ['Certain of the letters were never sent.', 'Certain', 'rhetoric/hedge/vague-quantity'],
    ['He was a terrorist, the court found.', 'terrorist', 'rhetoric/loaded-language/side-taking-name'],
    ['The council may or may not vote on the budget.', 'may or may not', 'rhetoric/hedge/speculative-modal'],
    ['The delay may nevertheless be a sign of trouble.', 'may nevertheless be', 'rhetoric/hedge/speculative-modal'],
    ['The new tax may lead to higher rents.', 'may lead to', 'rhetoric/hedge/speculative-modal'],
    ['Others doubt the figures will hold.', 'Others', 'rhetoric/hedge/vague-quantity'],
    ['Protesters called the ferry boss a bastard.', 'bastard', 'rhetoric/name-calling/vulgar-insult'],
    ['The whole goddamn system is rigged.', 'goddamn', 'rhetoric/loaded-language/profanity'],
    ['Geez, the queue went round the block.', 'Geez', 'rhetoric/loaded-language/exclamation'],
    ['Who on earth signed off on this?', 'Who on earth', 'rhetoric/loaded-language/exclamation'],
    ["The club's owner said he didn't give a damn.", 'damn', 'rhetoric/loaded-language/profanity'],
    ['The audit found a startling gap in the accounts.', 'startling', 'rhetoric/loaded-language/shock'],
    ['An eerie calm settled over the port.', 'eerie', 'rhetoric/loaded-language/shock'],
    ['Families faced an agonizing wait for news.', 'agonizing', 'rhetoric/loaded-language/shock'],
    ['It was a foolish bet on cheap gas.', 'foolish', 'rhetoric/loaded-language/judgement'],
    ['The memo contains a glaring mistake.', 'glaring', 'rhetoric/loaded-language/judgement'],
    ['The firm flouted the safety code.', 'flouted', 'rhetoric/loaded-language/judgement'],
    ["The fare rise drew commuters' ire.", 'ire', 'rhetoric/loaded-language/strong-emotion'],
    ['The lender was caught red-handed forging files.', 'red-handed', 'rhetoric/figurative/colloquial-idiom'],
    ['The budget numbers came out of thin air.', 'out of thin air', 'rhetoric/figurative/colloquial-idiom'],
    ['Tenants are up in arms about the rent rise.', 'up in arms', 'rhetoric/figurative/colloquial-idiom'],
    ['The regulator swept the complaints under the rug.', 'under the rug', 'rhetoric/figurative/colloquial-idiom'],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    ['The shock of the crash was felt for miles.', 'shock', 'rhetoric/loaded-language/strong-emotion'],
    ['The crowd cried out in the rain.', 'cried', 'rhetoric/figurative/political-idiom'],
    ['The state enjoyed a holiday on Monday.', 'enjoyed', 'rhetoric/loaded-language/praise-verb'],
    ['The rocket launch was aborted at the last minute.', 'aborted', 'rhetoric/loaded-language/partisan-term'],
    ['The city sacks are collected on Monday.', 'sacks', 'rhetoric/loaded-language/dramatised-verb'],
    ['Only 8% of voters agreed.', 'only 8', 'rhetoric/exaggeration/small-figure'],
    ['Hamlet is a tragedy in five acts.', 'tragedy', 'rhetoric/loaded-language/dramatic-noun'],
    ['The storm hit the show grounds.', 'hit', 'rhetoric/loaded-language/standing'],
    ['He played a leading role in the talks.', 'leading', 'rhetoric/loaded-language/standing'],
    ['Turnout was higher than the other year.', 'than the other', 'rhetoric/exaggeration/beyond-compare'],
    ["Her Majesty's Revenue and Customs wrote to him.", 'Majesty', 'rhetoric/loaded-language/deference'],
    ['The estate tax applies above 11 million dollars.', 'tax', 'rhetoric/loaded-language/partisan-term'],
    ['Camus wrote The Myth of Sisyphus.', 'Myth', 'rhetoric/loaded-language/dismissal'],
    ['The Norse myths tell of Thor.', 'myths', 'rhetoric/loaded-language/dismissal'],
    ['Her occupation is nurse.', 'occupation', 'rhetoric/loaded-language/side-taking-name'],
    ['The German occupation of France ended in 1944.', 'occupation', 'rhetoric/loaded-language/side-taking-name'],
    ['Police said the terrorist attack killed 22 people.', 'terrorist', 'rhetoric/loaded-language/side-taking-name'],
    ['She starred in reality shows before politics.', 'in reality', 'rhetoric/certainty/truth-marker'],
    ['Mayor Karen Bass said the plan would go ahead.', 'Karen', 'rhetoric/name-calling/political-label'],
    ['Investigators traced the sophisticated cyberattack abroad.', 'sophisticated', 'rhetoric/loaded-language/quiet-praise'],
    ['The country sent troops in May.', 'troops', 'rhetoric/loaded-language/flag-waving'],
    ['Add seasoned meat to the pan.', 'seasoned', 'rhetoric/loaded-language/quiet-praise'],
    ['"We must act," the mayor said.', 'We must', 'rhetoric/loaded-language/call-to-action'],
    ['We have seen this before.', 'We have', 'rhetoric/loaded-language/call-to-action'],
    ['The senator came under fire for the vote.', 'under fire', 'rhetoric/figurative/fire-and-storm'],
    ['The army answered with a barrage of artillery fire.', 'barrage', 'rhetoric/figurative/fire-and-storm'],
    ['The launch was successful on the second attempt after a successful test.', 'successful test', 'rhetoric/loaded-language/reputation'],
    ['The fact sheet was printed in June.', 'fact', 'rhetoric/certainty/truth-marker'],
    ['The storm has claimed nine lives.', 'claimed', 'rhetoric/loaded-language/doubt-speech'],
    ['Despite claims by some residents, the road stayed open.', 'claims', 'rhetoric/loaded-language/doubt-speech'],
    ['The new rules are certain to raise prices.', 'certain', 'rhetoric/hedge/vague-quantity'],
    ['She was certain the door was locked.', 'certain', 'rhetoric/hedge/vague-quantity'],
    ['The hall may also be used for weddings.', 'may', 'rhetoric/hedge/speculative-modal'],
    ['Guests may bring their own food.', 'may', 'rhetoric/hedge/speculative-modal'],
    ['The crash killed one driver and injured four others.', 'others', 'rhetoric/hedge/vague-quantity'],
    ['Two buses stopped; the others drove on.', 'others', 'rhetoric/hedge/vague-quantity'],
    ['The fund backs clinics and schools, among others.', 'others', 'rhetoric/hedge/vague-quantity'],
    ["The show's rating rose after the finale.", 'rating', 'rhetoric/name-calling/insult'],
    ['The oldest rocks on Earth are in Canada.', 'on Earth', 'rhetoric/loaded-language/exclamation'],
    ['Boxer Dee Wowak won on points.', 'Wowak', 'rhetoric/loaded-language/exclamation'],
    ['The dam held through the flood.', 'dam', 'rhetoric/loaded-language/profanity'],
    ['Drivers squinted into the glaring sun on the bridge.', 'glaring', 'rhetoric/loaded-language/judgement'],
    ['Troops laid down their arms at dawn.', 'arms', 'rhetoric/figurative/colloquial-idiom'],
    ['Police found the cash under the rug in the hall.', 'under the rug', 'rhetoric/figurative/colloquial-idiom'],
    ['Crews swept the rug before the guests came.', 'rug', 'rhetoric/figurative/colloquial-idiom'],
    ['The audit was not foolish, the board said.', 'foolish', 'rhetoric/loaded-language/judgement'],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
