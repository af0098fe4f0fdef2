/**
 * Round 15, loaded wording: a crime word as the law's name for an offence ("convicted of conspiring", "wanted for
 * murder", senses/rhetoric-offence.ts) against the writer's own charge ("the minister conspired"); a claim to an
 * entitlement ("claim a religious exemption", "claim subsidies") against a claim that casts doubt; "hammering
 * out" a deal; "hate crime" as a category of offence; stolen goods reported ("a stolen truck", "emails stolen by hackers");
 * sanctuary claimed; "a wave of" protests however described; "popular with" a group; a master of an instrument and a "true master" as titles of
 * praise. Sentences are our own; each sense is tested in lower case too.
 */
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/engine/nlp.ts';
import { namesOffence } from '../../src/engine/senses/rhetoric-offence.ts';
import { on, type Row } from './rhetoric-rows.ts';

const SCHEMING = 'rhetoric/loaded-language/scheming-verbs';
const VIOLENCE = 'rhetoric/loaded-language/violence';
const EMOTION = 'rhetoric/loaded-language/strong-emotion';
const DOUBT = 'rhetoric/loaded-language/doubt-speech';
const DESTRUCTION = 'rhetoric/loaded-language/destruction-verbs';
const ACCLAIM = 'rhetoric/loaded-language/acclaim-noun';
const MOB = 'rhetoric/loaded-language/mob';
const REPUTATION = 'rhetoric/loaded-language/reputation';

describe('flags', () => {
  test.each<Row>([
    // The writer's own charge: no court, no police, or a charge wished for or asked about.
    ['The minister conspired to hide the report from voters.', 'conspired', SCHEMING],
    ['the council conspired with developers to sell the park .', 'conspired', SCHEMING],
    ['They are inciting hatred against migrants every day.', 'inciting', SCHEMING],
    ['They should be jailed for inciting hatred.', 'inciting', SCHEMING],
    ['the regime sponsors terrorism across the region .', 'terrorism', VIOLENCE],
    ['Its leaders export terrorism to their neighbours.', 'terrorism', VIOLENCE],
    ['Experts on the left excuse terrorism at every turn.', 'terrorism', VIOLENCE],
    ['The villagers were murdered by the regime.', 'murdered', VIOLENCE],
    // "In charge of" runs something; it charges nobody.
    ['She was the officer in charge of torture at the camp.', 'torture', VIOLENCE],
    // A claim that casts doubt keeps it, even before a noun the entitlement sense knows.
    ['The company claims its masks give protection against the virus.', 'claims', DOUBT],
    ['he claimed the new rules give relief to nobody .', 'claimed', DOUBT],
    ['The firm claimed the scheme benefits the poor.', 'claimed', DOUBT],
    // Theft charged by the writer, of what cannot be carried off, stays a charge.
    ['They stole the election in broad daylight.', 'stole', SCHEMING],
    ['the landlords stole their future .', 'stole', SCHEMING],
    // People pictured as a tide, and a standing given with no measure.
    ['A wave of migrant arrivals hit the islands.', 'wave of', MOB],
    ['It is a popular comedy podcast.', 'popular', REPUTATION],
    ['the most popular mayor this city has had .', 'popular', REPUTATION],
    // Hammering a rival is still the wrecking verb.
    ['The minister hammered the opposition over the budget.', 'hammered', DESTRUCTION],
    // Titles of praise.
    ['She is a self-taught piano master and composer.', 'piano master', ACCLAIM],
    ['the guitar master played for two hours .', 'guitar master', ACCLAIM],
    ['He is a true master of the short story.', 'true master', ACCLAIM],
    ['They called her a consummate master of the form.', 'consummate master', ACCLAIM],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // The charge sheet's words, named by a court or the police.
    ['The man was convicted of conspiring to defraud the bank.', 'conspiring', SCHEMING],
    ['the man was convicted of conspiring to defraud the bank .', 'conspiring', SCHEMING],
    ['He was jailed for inciting violence at the rally.', 'inciting', SCHEMING],
    ['She is serving a sentence for conspiring to bribe officials.', 'conspiring', SCHEMING],
    ['Two men were arrested on suspicion of looting after the storm.', 'looting', SCHEMING],
    ['The pair pleaded guilty to stealing from their employer.', 'stealing', SCHEMING],
    ['A man wanted for murder was deported on Friday.', 'murder', VIOLENCE],
    ['he was convicted of two counts of attempted murder .', 'murder', VIOLENCE],
    ['The jury found him not guilty of murder.', 'murder', VIOLENCE],
    ['She was charged with incitement to racial hatred.', 'hatred', EMOTION],
    ['Police have ruled out terrorism and blamed a gas leak.', 'terrorism', VIOLENCE],
    ['the deputy secretary for terrorism policy resigned .', 'terrorism', VIOLENCE],
    ['The stabbing is being treated as terrorism.', 'terrorism', VIOLENCE],
    // A count of victims is a crime statistic.
    ['In 2019, 41 women were murdered by a partner.', 'murdered', VIOLENCE],
    ['some 300 people were murdered in the province last year .', 'murdered', VIOLENCE],
    // Terrorism as a field of study or expertise.
    ['She has taught a course on terrorism at the college since 2010.', 'terrorism', VIOLENCE],
    ['terrorism experts say the group is weakened .', 'terrorism', VIOLENCE],
    ['He is an expert on terrorism at the university.', 'terrorism', VIOLENCE],
    // A hate crime is a category of offence.
    ['Police are treating the attack as a hate crime.', 'hate', EMOTION],
    ['there was a rise in hate crimes last year .', 'hate', EMOTION],
    // An entitlement applied for.
    ['Parents can claim a personal or religious exemption from the rule.', 'claim', DOUBT],
    ['farmers may claim subsidies for planting hedges .', 'claim', DOUBT],
    ['Firms can claim bankruptcy protection while they restructure.', 'claim', DOUBT],
    ['Staff may claim travel expenses for the trip.', 'claim', DOUBT],
    ['Winners must claim their prize within 30 days.', 'claim', DOUBT],
    // Goods taken in a theft, reported as such.
    ['Officers stopped a man driving a stolen truck near the border.', 'stolen', SCHEMING],
    ['the truck had been stolen from a depot in june .', 'stolen', SCHEMING],
    ['He was carrying a pistol, stolen from a gun shop in May.', 'stolen', SCHEMING],
    ['Staff suspected equipment was being stolen from the store.', 'stolen', SCHEMING],
    ['The site published emails stolen by foreign hackers.', 'stolen', SCHEMING],
    ['a fan had his hat stolen at a restaurant .', 'stolen', SCHEMING],
    // Sanctuary claimed is asked for.
    ['The family claimed sanctuary in a church.', 'claimed', DOUBT],
    // A wave of events, however described; a following that polls and sales measure.
    ['During a wave of angry farm protests, the minister resigned.', 'wave of', MOB],
    ['a wave of student protests spread to other cities .', 'wave of', MOB],
    ['The app is particularly popular with teenagers.', 'popular', REPUTATION],
    ['the mayor remains popular among older voters .', 'popular', REPUTATION],
    // Negotiators work a deal out.
    ['The talks aimed at hammering out a deal ended on Friday.', 'hammering', DESTRUCTION],
    ['the two sides hammered out a ceasefire overnight .', 'hammered', DESTRUCTION],
    // "Master" as a rank, a degree or a ship's officer.
    ["The ship's master was fined for the spill.", 'master', ACCLAIM],
    ["She holds a master's degree in law.", 'master', ACCLAIM],
    ['The bass master at the angling club retired.', 'master', ACCLAIM],
    ['He became a chess grandmaster at nineteen.', 'grandmaster', ACCLAIM],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});

describe('namesOffence', () => {
  const at = (text: string, word: string) => {
    const doc = parse(text);
    return namesOffence(
      doc,
      doc.tokens.findIndex((t) => t.lower === word),
    );
  };
  test.each([
    ['He was convicted of conspiring to defraud.', 'conspiring', true],
    ['She was charged with murder.', 'murder', true],
    ['He denies murder.', 'murder', true],
    ['could she be charged with murder?', 'murder', false],
    ['They must be jailed for looting.', 'looting', false],
    ['The minister conspired to hide it.', 'conspired', false],
    ['She was in charge of torture.', 'torture', false],
    ['The state is a sponsor of terrorism.', 'terrorism', false],
  ] as const)('%s (%s)', (text, word, expected) => {
    expect(at(text, word)).toBe(expected);
  });
});
