/**
 * Round 17 fixes, loaded wording: "refused to" blames only when the act was owed (an answer, an apology, an
 * admission, a disclosure), with room for one adverb and not in the speaker's own first person; "applauded" praises
 * a choice, not people clapping; "stirring" praises only as the adjective before its noun; "on a high note" ends a
 * season or a career, not a song; "never been the same" is a story's end, not two things compared; "denier" as a
 * yarn's weight; "political correctness" named as a topic; every ordinal up to the twentieth ranks a superlative;
 * a new or a numbered "scheme", dated floods, "careless driving" and a folk legend are plain. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';
import { on, type Row } from './rhetoric-rows.ts';

const REFUSAL = 'rhetoric/loaded-language/refusal';
const PRAISE_VERB = 'rhetoric/loaded-language/praise-verb';
const EVERYDAY = 'rhetoric/loaded-language/everyday-praise';
const STOCK = 'rhetoric/figurative/stock-phrase';
const LABEL = 'rhetoric/name-calling/contentious-label';
const POLITICAL = 'rhetoric/name-calling/political-label';
const SUPERLATIVE = 'rhetoric/exaggeration/superlative';
const SCHEME = 'rhetoric/loaded-language/scheme';
const MOB = 'rhetoric/loaded-language/mob';
const JUDGEMENT = 'rhetoric/loaded-language/judgement';
const ACCLAIM = 'rhetoric/loaded-language/acclaim-noun';

describe('flags', () => {
  test.each<Row>([
    // An act of accounting for oneself, with or without one adverb inside.
    ['The councillor refused to answer questions about the depot.', 'refused to answer', REFUSAL],
    ['The mayor refused to publicly apologise for the remarks.', 'refused to publicly apologise', REFUSAL],
    ['The firm refused to even acknowledge the complaints.', 'refused to even acknowledge', REFUSAL],
    ['The board has refused to disclose what the audit found.', 'refused to disclose', REFUSAL],
    ['The minister refuses to rule out a tax rise.', 'refuses to rule out', REFUSAL],
    // Applauding a choice.
    ['Unions applauded the decision to scrap the parking fee.', 'applauded the decision', PRAISE_VERB],
    ['Farmers applaud the new plan for the valley.', 'applaud the new plan', PRAISE_VERB],
    ['Critics applauded the second album for its warmth.', 'applauded', PRAISE_VERB],
    ['The nurses union applauded the swift action by the two councils.', 'applauded', PRAISE_VERB],
    // The adjective before its noun.
    ['She gave a stirring speech to the volunteers.', 'stirring speech', EVERYDAY],
    ['The choir closed with a stirring finale.', 'stirring finale', EVERYDAY],
    // A story's stock endings.
    ['The striker ended the season on a high note.', 'on a high note', STOCK],
    ['The old coach bowed out on a high note.', 'on a high note', STOCK],
    ['The fishing town has never been the same since the flood.', 'never been the same', STOCK],
    ['After the fire, she was never the same and the village has never been the same.', 'never been the same', STOCK],
    // The label itself, and the sneer at etiquette.
    ['The panel was packed with flood deniers.', 'deniers', LABEL],
    ['He called the new rules political correctness gone mad.', 'political correctness', POLITICAL],
    ['The club dropped its emblem over worries about political correctness.', 'political correctness', POLITICAL],
    // A boast of a record is still a superlative.
    ['It is the largest bridge in the world.', 'largest', SUPERLATIVE],
    // The older senses keep their judgement.
    ['The bill is a scheme to enrich donors.', 'scheme', SCHEME],
    ['He was a careless driver who ignored every warning.', 'careless', JUDGEMENT],
    ['The rock legend played two encores.', 'legend', ACCLAIM],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // Refusing an act nobody was owed, the stock formula for silence, and the speaker's own stand.
    ['The judge refused to release him on bail because of the risk he would flee.', 'refused', REFUSAL],
    ['The goalkeeper refused to release the ball and was booked for time-wasting.', 'refused', REFUSAL],
    ['The bank refused to release the funds until the checks were complete.', 'refused', REFUSAL],
    ['The captain refused to withdraw from the race despite a broken wrist.', 'refused', REFUSAL],
    ['The patient refused to release her medical records to the insurer.', 'refused', REFUSAL],
    ['The dog refused to say hello to the visitors.', 'refused', REFUSAL],
    ['The minister refused to say whether the talks had failed.', 'refused', REFUSAL],
    ['The spokesman refused to comment on the claims.', 'refused', REFUSAL],
    ['The referee refused to resign after the final.', 'refused', REFUSAL],
    ['"I refuse to apologise," the mayor said.', 'refuse', REFUSAL],
    ['"We will not and we will refuse to apologise for caring," the nurse said.', 'refuse', REFUSAL],
    // People clapping people.
    ['The players applauded the away fans at the final whistle.', 'applaud', PRAISE_VERB],
    ['MPs applauded the minister as she sat down.', 'applaud', PRAISE_VERB],
    ['Residents applauded the nurses from their doorsteps every Thursday.', 'applaud', PRAISE_VERB],
    ['The audience in the hall applauded the band.', 'applaud', PRAISE_VERB],
    ['The crowd rose and applauded the choir.', 'applaud', PRAISE_VERB],
    ['Onlookers applauded as the boat came in.', 'applaud', PRAISE_VERB],
    ['Delegates applauded the speech.', 'applaud', PRAISE_VERB],
    ['The pupils applauded the juggler on the pier.', 'applaud', PRAISE_VERB],
    // Stirring as a verb or a noun.
    ['The chef was stirring the sauce over a low heat.', 'stirring', EVERYDAY],
    ['Stirring the mixture slowly, add the flour.', 'stirring', EVERYDAY],
    ['The wind was stirring the leaves in the yard.', 'stirring', EVERYDAY],
    ['The case is stirring anger among residents.', 'stirring', EVERYDAY],
    ['The stirring in the crowd grew louder.', 'stirring', EVERYDAY],
    ['The stirring of the pot woke the cat.', 'stirring', EVERYDAY],
    ['The cook kept stirring up the embers.', 'stirring', EVERYDAY],
    // A last note of music, and two things compared.
    ['The soprano finished the aria on a high note that filled the hall.', 'high note', STOCK],
    ['The trumpeter held the tune on a high note for ten seconds.', 'high note', STOCK],
    ['The two clocks have never been the same time since the storm.', 'the same', STOCK],
    ['The results of the two tests have never been the same, the lab said.', 'the same', STOCK],
    ['The rules for the two leagues have never been the same.', 'the same', STOCK],
    ['The two ballots have never been the same size.', 'the same', STOCK],
    ['The results will never be the same twice.', 'the same', STOCK],
    ['The price has never been the same as the one in the shop window.', 'the same', STOCK],
    // A yarn's weight; a topic named.
    ['The shop sells 40 denier tights in six colours.', 'denier', LABEL],
    ['The tights are 15 denier and come in black.', 'denier', LABEL],
    ['The shop stocks denier stockings for winter.', 'denier', LABEL],
    ['Political correctness was the theme of the debate at the union.', 'political correctness', POLITICAL],
    ['The course covers free speech and political correctness on campus.', 'political correctness', POLITICAL],
    ['She wrote a book on political correctness in schools.', 'political correctness', POLITICAL],
    // A public programme, a dated disaster, an offence's name and a folk tale.
    ['The council launched a new scheme to insulate homes.', 'scheme', SCHEME],
    ['The two schemes will merge next year.', 'scheme', SCHEME],
    ['The floods of 1953 drowned hundreds along the coast.', 'floods', MOB],
    ['He admitted careless driving at the court.', 'careless', JUDGEMENT],
    ['The legend tells of a giant who built the causeway.', 'legend', ACCLAIM],
    ['An ancient legend names the well after a saint.', 'legend', ACCLAIM],
    // A place in a ranked list.
    ['The bank is the thirteenth largest in the country.', 'largest', SUPERLATIVE],
    ['It is the seventeenth-tallest tower in the world.', 'tallest', SUPERLATIVE],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});

describe('one finding for one label', () => {
  test('a genocide denier is reported once', () => {
    const found = rhetoricOf('He was called a holocaust denier by the panel.').filter((f) =>
      f.text.toLowerCase().includes('denier'),
    );
    expect(found.length).toBe(1);
  });
});
