/**
 * Round 15 fixes, loaded wording: "is guilty of" in the writer's voice is the writer's verdict, only a court's or a
 * plea's names the offence; the police's "treating the stabbing as terrorism"; a quality claimed for a product is
 * a claim, an entitlement claimed from a payer is not; master tapes; a wave of "migrant crime" against a wave of
 * protests; victims counted in a crime statistic against a killing charged to a state force; "may have been
 * killed" as a guess about the past, a hedge, not a dire prediction. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const VIOLENCE = 'rhetoric/loaded-language/violence';
const DOUBT = 'rhetoric/loaded-language/doubt-speech';
const ACCLAIM = 'rhetoric/loaded-language/acclaim-noun';
const MOB = 'rhetoric/loaded-language/mob';
const DIRE = 'rhetoric/fear-appeal/dire-prediction';
const HEDGE = 'rhetoric/hedge/speculative-modal';

describe('flags', () => {
  test.each<Row>([
    // The writer's own verdict.
    ['The president is guilty of genocide and must be stopped.', 'genocide', VIOLENCE],
    ['the regime is guilty of torture on a vast scale .', 'torture', VIOLENCE],
    // A group's acts branded, not an incident classed by police.
    ['The government treats peaceful protest as terrorism.', 'terrorism', VIOLENCE],
    // A quality claimed for a product is a claim.
    ['The company claims total protection against hackers.', 'claims', DOUBT],
    ['Advertisers claim instant relief from back pain.', 'claim', DOUBT],
    ['the brand claims complete protection from sunburn .', 'claims', DOUBT],
    // A player praised keeps the title.
    ['the guitar master played for two hours .', 'guitar master', ACCLAIM],
    // A group named before crime is the frame.
    ['A wave of migrant crime is being blamed on the border.', 'wave of', MOB],
    ['a wave of refugee violence is feared by locals .', 'wave of', MOB],
    // Victims of a state force or of a power, however many.
    ['Six protesters were murdered by police, activists say.', 'murdered', VIOLENCE],
    ['Three hundred civilians were murdered by the army in one week.', 'murdered', VIOLENCE],
    ['six people were murdered by police at the march .', 'murdered', VIOLENCE],
    // A prediction of harm to come stays one.
    ['The unrest could spiral into war.', 'could', DIRE],
    ['if nothing is done , thousands may die this winter .', 'may', DIRE],
    // The guess about the past shows as the hedge it is.
    ['The victims may have been killed by the blast.', 'may have', HEDGE],
    ['dozens might have died in the fire .', 'might have', HEDGE],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // A court's verdict or a plea names the offence.
    ['The general was found guilty of genocide in 2019.', 'genocide', VIOLENCE],
    ['a jury found him not guilty of torture .', 'torture', VIOLENCE],
    ['He pleaded guilty to murder on Monday.', 'murder', VIOLENCE],
    // Police classing an incident.
    ['Police are treating the stabbing as terrorism.', 'terrorism', VIOLENCE],
    ["police are treating friday's knife attack as terrorism .", 'terrorism', VIOLENCE],
    // An entitlement claimed from a court or the taxman.
    ['Firms can claim bankruptcy protection while they restructure.', 'claim', DOUBT],
    ['you can claim relief on the interest you pay .', 'claim', DOUBT],
    ['Savers can claim tax relief on pension contributions.', 'claim', DOUBT],
    // Master tapes.
    ['The original guitar masters were lost in a fire.', 'masters', ACCLAIM],
    ['the piano master tapes were sold at auction .', 'master', ACCLAIM],
    // A run of events, or the police's kind of crime.
    ['During a wave of angry farm protests, the minister resigned.', 'wave of', MOB],
    ['a wave of gang violence hit the city last summer .', 'wave of', MOB],
    ['A wave of knife crime alarmed parents.', 'wave of', MOB],
    ['a wave of teacher strikes closed schools .', 'wave of', MOB],
    ['A wave of factory layoffs hit the town.', 'wave of', MOB],
    // Victims of crime in general, counted.
    ['In 2019, 41 women were murdered by a partner.', 'murdered', VIOLENCE],
    ['some 300 people were murdered in the province last year .', 'murdered', VIOLENCE],
    // Modal and perfect: a guess about the past.
    ['The victims may have been killed by the blast.', 'killed', DIRE],
    ['dozens might have died in the fire .', 'died', DIRE],
    ['the strike could well have triggered a war .', 'war', DIRE],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});

describe("review: the offence sense's pronoun, bare 'guilty of' and a year before 'murdered'", () => {
  test.each<Row>([
    ['The regime is guilty of genocide.', 'genocide', VIOLENCE],
    ['In 2019 the journalist was murdered by agents of the state.', 'murdered', VIOLENCE],
    ['in 2021 two activists were murdered by soldiers .', 'murdered', VIOLENCE],
  ])('flags %s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
  test.each<Row>([
    ['Police are treating it as terrorism.', 'terrorism', VIOLENCE],
    ['detectives said they were treating it as terrorism .', 'terrorism', VIOLENCE],
  ])('does not flag %s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});

describe('review: a claimed noun that begins a clause', () => {
  test.each<Row>([
    ['The minister claimed the pension fund was safe.', 'claimed', DOUBT],
    ['She claimed the grant was spent on schools.', 'claimed', DOUBT],
    ['The insurer claims its compensation scheme is fair.', 'claims', DOUBT],
    ['he claimed his pension was stolen .', 'claimed', DOUBT],
  ])('flags %s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
  test.each<Row>([
    ['Staff may claim travel expenses for the trip.', 'claim', DOUBT],
    ['Winners must claim their prize within 30 days.', 'claim', DOUBT],
    ['Insurance claims rose sharply in March.', 'claims', DOUBT],
    ['The claims the firm made were false.', 'claims', DOUBT],
    ['It was claimed the fund was safe.', 'claimed', DOUBT],
    ['the group claimed responsibility for the attack .', 'claimed', DOUBT],
  ])('does not flag %s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});

describe('review: a mis-tagged modifier of a title, not an adverb for the whole group', () => {
  test.each<Row>([
    ['She is a self-taught violin master and teacher.', 'violin master', ACCLAIM],
    ['he is a self-taught piano master .', 'piano master', ACCLAIM],
  ])('flags %s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});
