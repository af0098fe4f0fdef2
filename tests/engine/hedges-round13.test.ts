/**
 * Round 13's hedges: guessed origins and readings after a modal, a candidate cause, lore that "has it", a share
 * implied by "more often than not", and an estimate nobody stands behind; each with its near misses. Sentences
 * are our own.
 */
import { describe, expect, test } from 'vitest';
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';
import { parse } from '../../src/engine/nlp.ts';
import { allowsOrCanBeDone } from '../../src/engine/senses/modality.ts';

const MODAL = 'rhetoric/hedge/speculative-modal';
const POSSIBILITY = 'rhetoric/hedge/possibility';
const OPEN_QUESTION = 'rhetoric/hedge/open-question';
const VAGUE_QUANTITY = 'rhetoric/hedge/vague-quantity';
const ESTIMATE = 'rhetoric/hedge/unsourced-estimate';
const HEARSAY = 'rhetoric/hedge/hearsay';
const UNNAMED_PEOPLE = 'rhetoric/hedge/unnamed-people';
const VAGUE_CROWD = 'rhetoric/hedge/vague-crowd';

const hedgesOn = (text: string, words: string) =>
  rhetoricOf(text).filter((f) => f.technique === 'hedge' && f.text.toLowerCase().includes(words.toLowerCase()));

describe('flags', () => {
  test.each<[text: string, words: string, rule: string]>([
    // A guessed origin, likeness or reason after a modal.
    ['The name may derive from an old word for marsh.', 'may derive', MODAL],
    ['The dip in sales may reflect the wet summer.', 'may reflect', MODAL],
    ['The carving might resemble a local saint.', 'might resemble', MODAL],
    ['The mural may also allude to the old castle.', 'may also allude', MODAL],
    ['A faulty valve could explain the smell of gas.', 'could explain', MODAL],
    ['The custom may stem from a medieval fair.', 'may stem', MODAL],
    // A guessed effect.
    ['Jet lag may intensify the symptoms.', 'may intensify', MODAL],
    ['The cuts may increase waiting times.', 'may increase', MODAL],
    ['The vaccine might induce a mild fever.', 'might induce', MODAL],
    ['The storm may cause flooding in the valley.', 'may cause', MODAL],
    ['The cuts may increase waiting times by a third.', 'may increase', MODAL],
    // A modal before an origin, an influence or a conclusion is a guess, not a permission.
    ['Her style may be partly influenced by folk music.', 'may be', MODAL],
    ['The tune may be derived from a hymn.', 'may be', MODAL],
    ['It may reasonably be assumed that the letter was forged.', 'may reasonably be', MODAL],
    ['The remark could be read as a threat.', 'could be', MODAL],
    ['The campaign may be loosely understood as a protest against the new tax.', 'may be', MODAL],
    // One candidate cause or motive among others nobody has ruled out.
    ['One possible cause of the outage is a faulty cable.', 'possible cause', POSSIBILITY],
    ['Detectives have not ruled out a possible motive of revenge.', 'possible motive', POSSIBILITY],
    ['Police are looking into possible links between the two fires.', 'possible links', POSSIBILITY],
    // Lore with no teller.
    ['Local lore has it that the mill was haunted.', 'has it that', OPEN_QUESTION],
    ['Village gossip had it that the mayor would quit.', 'had it that', OPEN_QUESTION],
    ['Local folk tales claim that the well never runs dry.', 'tales claim that', OPEN_QUESTION],
    ['Tradition holds that the bell was cast in 1400.', 'Tradition holds that', OPEN_QUESTION],
    ['Word is that the factory will close.', 'Word is that', OPEN_QUESTION],
    // A subject said to be in doubt; a death in circumstances nobody has explained.
    ['The cause of the fire is uncertain.', 'is uncertain', OPEN_QUESTION],
    ['The origin of the custom remains uncertain.', 'remains uncertain', OPEN_QUESTION],
    ['The date of the raid remains unclear.', 'remains unclear', OPEN_QUESTION],
    ['The date of the letter remains unproven.', 'remains unproven', OPEN_QUESTION],
    ['He died in unclear circumstances.', 'unclear circumstances', OPEN_QUESTION],
    // A view put in nobody's mouth; a trend claimed for people nobody counted.
    ['One could argue that the club overpaid.', 'One could argue', HEARSAY],
    ['One might say that the deal came too late.', 'One might say that', HEARSAY],
    ['A growing number of parents want longer holidays.', 'A growing number of parents want', UNNAMED_PEOPLE],
    ['The new road has its critics.', 'has its critics', VAGUE_CROWD],
    ['The mayor has had her detractors since the vote.', 'had her detractors', VAGUE_CROWD],
    ['More often than not the buses run late.', 'More often than not', VAGUE_QUANTITY],
    // A judgement passed often, by nobody named; an amount nobody gives.
    ['The painter is often overlooked by critics of her era.', 'often overlooked', VAGUE_QUANTITY],
    ['The two birds are often confused with each other.', 'often confused', VAGUE_QUANTITY],
    ['The reform had little effect on rents.', 'little effect', VAGUE_QUANTITY],
    ['Visitors seldom leave before dark.', 'seldom', VAGUE_QUANTITY],
    ['It is common for landlords to ask for six months up front.', 'It is common for', VAGUE_QUANTITY],
    ['It is rare to see otters on this stretch of the river.', 'It is rare to', VAGUE_QUANTITY],
    ['The council rarely answers letters.', 'rarely', VAGUE_QUANTITY],
    ['There is little evidence that the diet works.', 'little evidence', VAGUE_QUANTITY],
    // Two guesses weighed, no rate compared.
    ['It is more likely that the fire started in the kitchen.', 'likely', POSSIBILITY],
    ['An estimated 4,000 people marched through the city.', 'An estimated 4,000', ESTIMATE],
    ['The storm cut power to an estimated 300 homes.', 'an estimated 300', ESTIMATE],
  ])('%s', (text, words, rule) => {
    expect(hedgesOn(text, words).map((f) => f.rule)).toContain(rule);
  });
});

describe('does not flag', () => {
  test.each<[text: string, words: string]>([
    ['The mirror reflects the light from the window.', 'reflects'],
    ['Visitors may explore the gardens after noon.', 'may explore'],
    ['You may raise your hand to ask a question.', 'may raise'],
    ['Members may lower the flag at sunset.', 'may lower'],
    // An effect with its means says what one can do.
    ['Shoppers may reduce their bills by switching supplier.', 'may reduce'],
    ['The room may be used as an office.', 'may be'],
    ['Tickets may be bought at the door.', 'may be'],
    ['The dough may be frozen for a month.', 'may be'],
    ['Every possible seat was filled.', 'possible'],
    ['The council did everything possible to help.', 'possible'],
    ['She has it on good authority.', 'has it'],
    ['He had it that the deal was done, his aide said.', 'had it that'],
    ['The buses are more often late than the trams.', 'more often'],
    ['Police estimated the crowd at 4,000.', 'estimated'],
    ['The old tradition holds firm in the valley.', 'tradition holds'],
    ['A little interest was added to the account.', 'little'],
    ['The little girl found the keys.', 'little'],
    ['A rare stamp sold for a record price.', 'rare'],
    ['It is normal to feel tired after the jab.', 'normal'],
    ['Malaria is common in the lowlands.', 'common'],
    // A short distance walked is a size, not a share.
    ['She walked a few paces to the door.', 'few'],
    ['No one could argue that the club overpaid.', 'argue'],
    // A club's supporters are its fans, counted at the gate: no crowd offered as support for a view.
    ['The club has its supporters on the train.', 'supporters'],
    ['One can say hello in six languages at the school.', 'say'],
    ['The word is spelled with two Ls.', 'word'],
    ['She was uncertain whether to go.', 'uncertain'],
    ['I am uncertain about the plan.', 'uncertain'],
    // What lies ahead is unknown by nature: saying so is news, not a hedge.
    ['The outcome of the ballot is uncertain, with both camps level.', 'uncertain'],
    ['The outcome of the appeal remains unclear until the judge is back.', 'unclear'],
    ["The club's future in the division is uncertain after the sale.", 'uncertain'],
    ['The referee was questionable in his calls.', 'questionable'],
    ['Deer are often seen in the park at dusk.', 'often'],
    ['Young drivers are more likely to crash at night.', 'likely'],
    ['The estimated cost of the bridge rose again.', 'estimated'],
  ])('%s', (text, words) => {
    expect(hedgesOn(text, words)).toEqual([]);
  });
});

describe('a modal before a passive: origins, conclusions and readings guess', () => {
  test.each<[text: string, allows: boolean]>([
    ['Her style may be influenced by folk music.', false],
    ['It may be inferred that the tower was rebuilt.', false],
    ['The remark could be read as a threat.', false],
    ['The room may be used as an office.', true],
    ['The form may be read online.', true],
    ['Applications may be considered after the deadline.', true],
  ])('%s', (text, allows) => {
    const doc = parse(text);
    const i = doc.tokens.findIndex((t) => t.lower === 'may' || t.lower === 'could');
    expect(allowsOrCanBeDone(doc, i)).toBe(allows);
  });
});
