/**
 * Word senses found by reading ordinary news sentences of our own (round 11): a verb of scornful speech that is
 * first a sound, a bird or a lesson; "boasts" meaning "has"; "a notable" person against a notable change; an
 * adjective wink reads as a noun; a prize compound before a title; "that" opening a relative clause before
 * "claims". Each loaded sense has a flags row, each plain sense a row that no rhetoric rule may flag.
 */
import { describe, expect, test } from 'vitest';
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';
import { on, type Row } from './rhetoric-rows.ts';

describe('flags', () => {
  test.each<Row>([
    ['The mayor ranted about the budget.', 'ranted', 'rhetoric/loaded-language/angry-speech'],
    ['He fumed over the referee’s decision.', 'fumed', 'rhetoric/loaded-language/angry-speech'],
    ['The senator lectured them about manners.', 'lectured', 'rhetoric/loaded-language/angry-speech'],
    ['Fans crowed about the win all week.', 'crowed', 'rhetoric/loaded-language/angry-speech'],
    ['He parroted the party line.', 'parroted', 'rhetoric/loaded-language/angry-speech'],
    ['The host spewed hatred on air.', 'spewed', 'rhetoric/loaded-language/angry-speech'],
    ['He boasted that the deal would make him rich.', 'boasted', 'rhetoric/loaded-language/angry-speech'],
    // Words reported without their "that": the same sense check attribution reads (senses/possession.ts).
    ['The coach boasted his side would win the cup.', 'boasted', 'rhetoric/loaded-language/angry-speech'],
    ['The minister boasted the scheme saved thousands.', 'boasted', 'rhetoric/loaded-language/angry-speech'],
    ['She boasted of her record on crime.', 'boasted', 'rhetoric/loaded-language/angry-speech'],
    ['His rant about the budget went on for an hour.', 'rant', 'rhetoric/loaded-language/scornful-speech-noun'],
    [
      'The plan drew howls of protest from tenants.',
      'howls of protest',
      'rhetoric/loaded-language/scornful-speech-noun',
    ],
    ['She is a notable architect from Hull.', 'notable architect', 'rhetoric/loaded-language/standing'],
    ['The prominent Labour donor gave 2 million pounds.', 'prominent', 'rhetoric/loaded-language/standing'],
    ['The war left a scar on the town.', 'scar on', 'rhetoric/figurative/body-and-disease'],
    // wink tags the base form a noun after "will" or "to".
    ['If they lose, they will whine to the referee.', 'whine', 'rhetoric/loaded-language/angry-speech'],
    ['The board plans to gut the pension scheme.', 'gut', 'rhetoric/loaded-language/destruction-verbs'],
    ['The new law torched decades of progress.', 'torched', 'rhetoric/loaded-language/destruction-verbs'],
    // "That" before a verb opens a relative clause; before a noun it points at the noun.
    ['It comes with a sleeve that claims to block scanners.', 'claims', 'rhetoric/loaded-language/doubt-speech'],
    // wink tags the adjective a noun; "a" and a comma show it describes.
    ['He is a diehard, lifelong supporter of the club.', 'diehard', 'rhetoric/loaded-language/mild-evaluation'],
    ['The clean-up was haphazard and slow.', 'haphazard', 'rhetoric/loaded-language/judgement'],
    ['The figures in the report were backwards.', 'backwards', 'rhetoric/loaded-language/judgement'],
    [
      'her best film is the multi - oscar - winning the quiet hour .',
      'oscar - winning',
      'rhetoric/loaded-language/credential',
    ],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).not.toEqual([]);
  });
});

describe('does not flag with any rule', () => {
  test.each<[text: string, words: string]>([
    ['Two firefighters were treated after breathing toxic fumes.', 'fumes'],
    ['The howl of the wind kept residents awake.', 'howl'],
    ['The wind howled all night across the moor.', 'howled'],
    ['A crow landed on the fence at the station.', 'crow'],
    ['The professor gave a lecture on Roman coins.', 'lecture'],
    ['She lectured in physics at Durham for 30 years.', 'lectured'],
    ['Roadworks caused a snarl of traffic on the bypass.', 'snarl'],
    ['The engine whine grew louder as the plane climbed.', 'whine'],
    ['Police broke up an illegal rave in a field.', 'rave'],
    ['The parrot was returned to its owner.', 'parrot'],
    ['Sirens wailed as ambulances arrived.', 'wailed'],
    ['The volcano spewed ash over the villages.', 'spewed'],
    ['The bishop preached at the cathedral on Sunday.', 'preached'],
    ['The reactor core melted down within hours.', 'melted down'],
    ['The reactor could melt down if the pumps fail.', 'melt down'],
    ['The company boasts a large fleet of ships.', 'boasts'],
    ['The village boasts 300 residents and a pub.', 'boasts'],
    ['The hotel boasts rooms overlooking the sea.', 'boasts'],
    ['The resort boasts sandy beaches and a golf course.', 'boasts'],
    ['The museum boasts over 2,000 paintings.', 'boasts'],
    ['The squad boasts more than 20 internationals.', 'boasts'],
    ['There was a notable increase in rainfall in March.', 'notable'],
    ['A notable exception was the northern line.', 'notable'],
    ['He was a farmer, a soldier and a poet.', 'farmer'],
    ['The cause of the fire was arson, the inquest heard.', 'arson'],
    ['The verdict was guilty.', 'guilty'],
    ['The lights were off when police arrived.', 'off'],
    ['The car rolled backwards into the river.', 'backwards'],
    ['The church has a prominent spire visible from the motorway.', 'prominent'],
    ['Fans came to rave at the festival.', 'rave'],
    ['He went to lecture at the university.', 'lecture'],
    ['Fishermen go to gut the catch on the quay.', 'gut'],
    ['Builders will gut the house and keep the facade.', 'gut'],
    ['Engineers must blast the rock before the tunnel opens.', 'blast'],
    ['Crews will torch the stubble after harvest.', 'torch'],
    ['Walkers were told to crow-bar the gate open.', 'crow'],
    ['The cock crowed at dawn.', 'crowed'],
    ['That claim was false, the court found.', 'claim'],
    ['He denied that claim.', 'claim'],
    ['He told that lie twice.', 'lie'],
    ['The bridge takes a prominent place in the town’s history.', 'prominent'],
    ['The prominent feature of the design is its glass roof.', 'prominent'],
    ['Police said the prominent scar on his left cheek helped identify him.', 'scar'],
    ['The prize winning the most votes goes on show in June.', 'winning'],
  ])('%s', (text, words) => {
    expect(rhetoricOf(text).filter((f) => f.text.toLowerCase().includes(words.toLowerCase()))).toEqual([]);
  });
});
