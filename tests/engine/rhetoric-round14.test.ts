/**
 * Round 14, loaded wording: the doer of a reported crime named plainly ("the killer was jailed",
 * senses/rhetoric-offender.ts) against the label thrown in argument ("these killers in Congress"); slang praise
 * of a thing ("a killer app"); a state's declared creed and a school of thought ("a Marxist-Leninist state",
 * "a Marxist historian") against the label; "claims" as the neutral verb of a pleading ("the lawsuit claims",
 * senses/rhetoric-pleading.ts) and the passive's "it is claimed" (nobody's word doubted) against "the company
 * claimed"; one side's names ("a police riot", "a junket"). Sentences are our own; each sense is tested in
 * lower case too, as the words reach the engine from pages and tools that lower-case them.
 */
import { describe, expect, test } from 'vitest';
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';
import { parse } from '../../src/engine/nlp.ts';
import { namesCrimeDoer } from '../../src/engine/senses/rhetoric-offender.ts';
import { on, type Row } from './rhetoric-rows.ts';

const VILLAIN = 'rhetoric/name-calling/villain';
const LABEL = 'rhetoric/name-calling/political-label';
const DOUBT = 'rhetoric/loaded-language/doubt-speech';
const PARTISAN = 'rhetoric/loaded-language/partisan-term';

describe('flags', () => {
  test.each<Row>([
    // The label thrown at people in argument: pointed at, said of someone, or a crowd with no crime reported.
    ['These killers in Congress voted against the bill.', 'killers', VILLAIN],
    ['those murderers in the ministry must resign .', 'murderers', VILLAIN],
    ['The senator is a killer.', 'killer', VILLAIN],
    ['the new owners are murderers , the banner said .', 'murderers', VILLAIN],
    ['They are murderers and thieves.', 'murderers', VILLAIN],
    ['The killers in the boardroom will not stop.', 'killers', VILLAIN],
    ['He called the president a murderer.', 'murderer', VILLAIN],
    // A qualifier does not excuse the name hung on someone, nor a list of names thrown at a crowd.
    ['Marchers outside the ministry called the home secretary a child killer.', 'killer', VILLAIN],
    ['the pamphlet branded the governor a serial killer .', 'killer', VILLAIN],
    ['Serial fraudsters and crooks run this council.', 'fraudsters', 'rhetoric/name-calling/insult'],
    ['The killer cops must be fired.', 'killer cops', VILLAIN],
    ['it is a killer regime and it must fall .', 'killer regime', VILLAIN],
    // A rank said of a person keeps the label.
    ['He is the biggest killer in the cabinet.', 'killer', VILLAIN],
    // Before a thing that can kill, the word paints the danger, as before.
    ['The killer heatwave shows no sign of easing.', 'killer heatwave', VILLAIN],
    ['a killer virus swept through the camps .', 'killer virus', VILLAIN],
    // A report of a court far off in a long sentence does not make an argument's label a description.
    ['The killer walks free while honest drivers pay every fine, and the courts do nothing.', 'killer', VILLAIN],
    // "Marxist" as a label for people or their aims.
    ['The Marxists in the council want to seize your home.', 'marxists', LABEL],
    ['her marxist agenda will ruin the town .', 'marxist', LABEL],
    // "Claim" said by a person or a firm still casts doubt; a lawsuit dropped earlier is not the subject.
    ['The company claimed the product was safe.', 'claimed', DOUBT],
    ['councillors who claim to care about cyclists voted for the road .', 'claim', DOUBT],
    ['The suit was dropped, but the mayor still claims he was framed.', 'claims', DOUBT],
    ['After the suit failed, he claimed he had been cheated.', 'claimed', DOUBT],
    ['Democrats are claiming the vote was rigged.', 'claiming', DOUBT],
    // Another speaker reported by the pleader, and a claim about a prosecutor, keep the doubt.
    ['Prosecutors say the company claimed the product was safe.', 'claimed', DOUBT],
    ['the lawsuit says the mayor claimed he was framed .', 'claimed', DOUBT],
    ['Critics claim the prosecutor was biased.', 'claim', DOUBT],
    // The pleader must be the subject: not a noun of a fronted phrase or a parenthesis; a suit of clothes never pleads.
    ['Despite a petition signed by hundreds, the board claimed the scheme was popular.', 'claimed', DOUBT],
    ['The mayor, wearing a dark suit, claimed the budget was balanced.', 'claimed', DOUBT],
    ['the man in the blue suit claimed he owned the car .', 'claimed', DOUBT],
    // A charge of lying made by the writer, or by critics, is still the charge.
    ['The minister lied to parliament about the contract.', 'lied', DOUBT],
    ['critics allege the minister lied to parliament .', 'lied', DOUBT],
    // The near misses of the audit's senses still flag.
    ['They stole the election.', 'stole', 'rhetoric/loaded-language/scheming-verbs'],
    ['The rebels threatened the city with ruin.', 'threatened', 'rhetoric/fear-appeal/danger'],
    ['a wave of terror swept the city .', 'terror', 'rhetoric/fear-appeal/alarm'],
    ['House prices collapsed last year.', 'collapsed', 'rhetoric/exaggeration/dramatic-movement'],
    ['support for the party has collapsed .', 'collapsed', 'rhetoric/exaggeration/dramatic-movement'],
    ['The vote was a political earthquake.', 'earthquake', 'rhetoric/figurative/fire-and-storm'],
    ['The government slashed funding for schools.', 'slashed', 'rhetoric/loaded-language/scheming-verbs'],
    ['the council slashed the pay of its cleaners .', 'slashed', 'rhetoric/loaded-language/scheming-verbs'],
    // A currency or a market that collapses is still the picture of a change; so is an index after a figure.
    ['The currency collapsed on Monday.', 'collapsed', 'rhetoric/exaggeration/dramatic-movement'],
    ['the index , at 4,000 , collapsed .', 'collapsed', 'rhetoric/exaggeration/dramatic-movement'],
    // A person inside another phrase is not what collapsed.
    ['Support for the mayor has collapsed since the budget.', 'collapsed', 'rhetoric/exaggeration/dramatic-movement'],
    ['trust among young voters collapsed after the vote .', 'collapsed', 'rhetoric/exaggeration/dramatic-movement'],
    // "Collapsed and died" of a thing that fades is still the picture of a change.
    ['Support for the scheme collapsed and died away.', 'collapsed', 'rhetoric/exaggeration/dramatic-movement'],
    [
      'the protest movement collapsed and died out within a year .',
      'collapsed',
      'rhetoric/exaggeration/dramatic-movement',
    ],
    ['Abortion is murder, the pamphlet says.', 'murder', 'rhetoric/loaded-language/violence'],
    ['She was extremely critical of the plan.', 'extremely critical', 'rhetoric/loaded-language/intensified'],
    ['it was a cynical scheme to win votes .', 'scheme', 'rhetoric/loaded-language/scheme'],
    ['The board insisted that the accounts were accurate.', 'insisted', DOUBT],
    // "On" a day, a date or a medium says when or where the speaker insisted that something is so.
    ['The minister insisted on Tuesday that the plan was safe.', 'insisted', DOUBT],
    ['the chairman insisted on sunday that the club was not for sale .', 'insisted', DOUBT],
    ['She insisted on 5 May that the ledger was in order.', 'insisted', DOUBT],
    ['He insisted on television that the figures were right.', 'insisted', DOUBT],
    // A group sorted by what it professes keeps the doubt; so does a claim to be something.
    ['Healers who claim to have cured thousands sell the oil online.', 'claim', DOUBT],
    ['he claims to be a prophet .', 'claims', DOUBT],
    // A feat claimed for oneself is a boast to weigh, not an account of what one saw or went through.
    ['The company claims to have created 500 jobs in the town.', 'claims', DOUBT],
    ['the mayor claims to have cut crime by half .', 'claims', DOUBT],
    // A finding or a feat claimed is not the claimer's own experience.
    ['The clinic claims to have found a treatment for baldness.', 'claims', DOUBT],
    ['the party claimed to have built 200,000 new homes .', 'claimed', DOUBT],
    // Who stole what is the writer's charge when the doers are not named as thieves.
    ['They stole the election.', 'stole', 'rhetoric/loaded-language/scheming-verbs'],
    ['the elites stole our future .', 'stole', 'rhetoric/loaded-language/scheming-verbs'],
    ['these fraudsters in the cabinet must go .', 'fraudsters', 'rhetoric/name-calling/insult'],
    // One side's name for an event, a policy or a trip.
    ['Witnesses described the night as a police riot.', 'police riot', PARTISAN],
    ['the tax plan is class warfare , the senator said .', 'class warfare', PARTISAN],
    ['The mayor flew to Paris on a junket paid for by the council.', 'junket', PARTISAN],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).not.toEqual([]);
  });
});

describe('does not flag with any rule', () => {
  test.each<[text: string, words: string]>([
    // The doer of a reported crime, named as a court or police report names them.
    ['The killer was jailed for life on Friday.', 'killer'],
    ['the killer was jailed for life on friday .', 'killer'],
    ['Police are still hunting her killer.', 'killer'],
    ['A convicted killer escaped from a prison van in Leeds.', 'killer'],
    ['the serial killer was caught in 1994 .', 'killer'],
    ['The jury heard that the killer stabbed her 14 times.', 'killer'],
    ["Detectives believe the teenager's killer knew him.", 'killer'],
    ['His murderer was sentenced to 25 years.', 'murderer'],
    ['Her killer has never been found.', 'killer'],
    ['a suspected killer was arrested in the port on monday .', 'killer'],
    // A court's finding after "is a", a child's killer in a court report, a kind of offender named alone.
    ['The man is a convicted murderer.', 'murderer'],
    ['A child killer was jailed for life on Friday.', 'killer'],
    ['Serial killers often choose victims who are strangers to them.', 'killers'],
    ['The family of the victim said her killer had shown no remorse.', 'killer'],
    // What a lawsuit, a complaint or a party to a suit asserts: the court report's neutral verb.
    ['The lawsuit claims the firm ignored safety warnings.', 'claims'],
    ['she filed a complaint with the labour board claiming she was fired for joining a union .', 'claiming'],
    ['The plaintiffs claim the drug caused their illness.', 'claim'],
    ['He claimed in court papers that the contract was void.', 'claimed'],
    ['the lawsuit , filed in federal court on monday , claims the city broke the law .', 'claims'],
    ['The suit claims the landlord ignored repeated warnings.', 'claims'],
    ['the petition , signed by hundreds of tenants , claims the rent rise is unlawful .', 'claims'],
    // The prosecution pleads the state's case in the same neutral verb.
    ['Prosecutors claim the defendant stole the money.', 'claim'],
    ['prosecutors claimed in the indictment that he hid the cash in a barn .', 'claimed'],
    ['The prosecution claims he planned the raid for months.', 'claims'],
    // The charge the pleading makes is the pleader's, reported.
    ['Prosecutors claim the accused lied to detectives about the van.', 'lied'],
    ['the lawsuit alleges the firm lied to its investors .', 'lied'],
    // A reader's audit of plain news: a breach, the news's name for an attack, a threat made with a weapon.
    ['The company said customer data had been stolen in the breach.', 'stolen'],
    ['passwords were stolen from the server .', 'stolen'],
    // Thieves named as the doers: the crime report's verb.
    ['Thieves stole copper cable from the railway overnight.', 'stole'],
    ['burglars stole lead from the church roof .', 'stole'],
    ['The terror attack left 22 people dead, police said.', 'terror'],
    ['the court heard that the defendant had threatened his neighbour with a knife .', 'threatened'],
    ['He threatened her with a gun before fleeing.', 'threatened'],
    ['The landlord threatened the tenants with eviction.', 'threatened'],
    // The law's words for a charge, a demand, a run of wins, a fraudster before the court.
    ['A 19-year-old man has been charged with the murder of a pensioner.', 'murder'],
    ['he was arrested on suspicion of murder .', 'murder'],
    ['She insisted on paying for the meal.', 'insisted'],
    ['the union insists on a secret ballot before any strike .', 'insists'],
    ['He insisted on the right to see a lawyer.', 'insisted'],
    ['They insisted on a day off after the final.', 'insisted'],
    ['the team claimed their third straight victory .', 'claimed'],
    ['The fraudster was jailed for six years.', 'fraudster'],
    // A report's formal measure of a stance; a public programme in British news.
    ['Auditors were highly critical of how the money was spent.', 'critical'],
    ['the review was highly sceptical of the figures .', 'sceptical'],
    ['The scheme has been plagued by delays and cost overruns.', 'scheme'],
    ['the scheme opened to applicants in march .', 'scheme'],
    // Failed talks and firms, a person who falls ill, a quake's damage, a firm's own dividend.
    ['The talks collapsed after the two sides failed to agree on a ceasefire.', 'collapsed'],
    ['the bank collapsed in 2008 and was rescued by the state .', 'collapsed'],
    ['She collapsed on stage and was taken to hospital.', 'collapsed'],
    ['Jones of the rowing club collapsed and died after the race.', 'collapsed'],
    ['a fan in the stand collapsed and died during the match .', 'collapsed'],
    // A person's body falls, whoever the subject: a role, an age, a name with its age, or what follows the verb.
    ['The singer collapsed on stage.', 'collapsed'],
    ['the runner collapsed near the finish .', 'collapsed'],
    ['The 34-year-old suddenly collapsed during training.', 'collapsed'],
    ['Okafor, 61, collapsed at the wheel of his taxi.', 'collapsed'],
    ['A guest at the wedding collapsed and died.', 'collapsed'],
    ['the horse collapsed on the track after the third fence .', 'collapsed'],
    // A firm's own forecast, of whatever figure, cut.
    ['The firm slashed its profit forecast.', 'slashed'],
    ['the bank slashed its 2025 growth forecast .', 'slashed'],
    ['The collapse of talks between the two sides was announced on Monday.', 'collapse'],
    ['The earthquake devastated the town, leaving thousands homeless.', 'earthquake'],
    ['the company slashed its dividend after a fall in profits .', 'slashed'],
    // Riot police and riots told plainly.
    ['Riot police cleared the square after midnight.', 'riot'],
    ['The riot left 12 police officers injured.', 'riot'],
    // Slang praise of a thing, no person at all.
    ['Voice search could be the killer app for smart speakers.', 'killer'],
    // Slang praise of a made thing and a hazard by what it does: no person is named (senses/rhetoric-killer.ts).
    ["The band's new single has a killer chorus.", 'killer'],
    ['the song rides on a killer chorus and a loose drum beat .', 'killer'],
    // A cause of death ranked among others.
    ['Heart disease remains the biggest killer of women.', 'killer'],
    ['smoking is still the number one killer in the region .', 'killer'],
    ['Sepsis is often called a silent killer.', 'killer'],
    ['He landed the killer blow in the fifth round.', 'killer'],
    ['The killer whale was spotted off the coast on Sunday.', 'killer'],
    // A declared creed and a school of thought.
    ['It became a Marxist-Leninist one-party state in 1976.', 'marxist'],
    ['it was a marxist - leninist single - party state .', 'marxist'],
    ['He is a Marxist historian of the French Revolution.', 'marxist'],
    ['the book offers a marxist analysis of the housing market .', 'marxist'],
  ])('%s', (text, words) => {
    expect(rhetoricOf(text).filter((f) => f.text.toLowerCase().includes(words.toLowerCase()))).toEqual([]);
  });
});

// The passive names no speaker whose word could be doubted (hearsay at most, which the hedges read); an account of
// one's own experience is reported with the careful verb.
describe('no doubt-casting speech verb', () => {
  test.each<[text: string, words: string]>([
    ['It is claimed that the river was once navigable.', 'claimed'],
    ['the fire is claimed to have started in the kitchen .', 'claimed'],
    // A person's own account, which the reporter cannot check (senses/rhetoric-account.ts).
    ['The witness claimed to have seen the gunman.', 'claimed'],
    ['she claims to have been attacked by two men .', 'claims'],
    ['The magazine claims to have read the draft memo.', 'claims'],
    ['The driver claims to have warned the police about the bend.', 'claims'],
  ])('%s', (text, words) => {
    expect(on(text, words, DOUBT)).toEqual([]);
  });
});

describe('namesCrimeDoer', () => {
  const at = (text: string, word: string) => {
    const doc = parse(text);
    const i = doc.tokens.findIndex((t) => t.lower === word);
    return namesCrimeDoer(doc, i);
  };
  test.each<[text: string, word: string, expected: boolean]>([
    ['The killer was jailed for life.', 'killer', true],
    ['A convicted murderer escaped.', 'murderer', true],
    ['These killers voted for the tax.', 'killers', false],
    ['The mayor is a killer.', 'killer', false],
    ['The mayor is a convicted killer.', 'killer', true],
    ['The killer smiled at the crowd.', 'killer', false],
    ['The victim was a killer.', 'victim', false],
  ])('%s (%s)', (text, word, expected) => {
    expect(at(text, word)).toBe(expected);
  });
});
