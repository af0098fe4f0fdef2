/**
 * Two hedges that leave a thing open without a word of probability: a kind nobody names ("some sort of deal",
 * "it was kind of strange"), the approximators of the hedging literature; and a thing said to be possible
 * ("delays are possible"), the open possibility "it is possible that" gives with a noun for its subject. Kept
 * apart from rhetoric-hedge.ts to keep each file short.
 */
import type { LexiconGroup } from './types.ts';

/** Words before "kind of" that make it a noun naming a kind ("this kind of bus", "what sort of school"). */
const KIND_NAMERS = (
  'a an the this that these those my your his her its our their what which whatever any every each no ' +
  'one same other another only right wrong all both many several various different {adj} {num}'
).replaceAll(' ', '|');

/**
 * Activities that "are possible" where they can be done ("parking is possible nearby"): feasibility, no guess.
 * ("Transfer" is left to senses/hedge-possible.ts: a player's "January transfer" is an outcome, not a service.)
 */
const ACTIVITIES = (
  'access parking booking bookings payment payments entry admission camping swimming fishing cycling ' +
  'walking climbing skiing travel delivery registration refund refunds exchange ' +
  'exchanges'
).replaceAll(' ', '|');

/** A kind or degree left unnamed: the writer does not say what, exactly. */
export const VAGUE_KIND: LexiconGroup = {
  id: 'vague-kind',
  technique: 'hedge',
  explanation:
    'Wording that points at something without saying what it is ("some sort of deal", "kind of strange"). The writer is not sure, or will not say; either way the reader is left to fill the gap.',
  question: 'What, exactly? Does anyone in the text know?',
  confidence: 0.4,
  examples: {
    flags: [
      'The two sides reached [some sort of] deal late on Friday.',
      'Police think [some form of] accelerant was used.',
      'The new timetable is [kind of] confusing.',
    ],
    ignores: [
      'This kind of bus runs on hydrogen.',
      'What sort of school does she run?',
      'The shop sells all kinds of cheese.',
      'It is a new kind of battery.',
      'Witnesses heard an explosion of some kind.',
      'Voters must bring some form of photo identification.',
    ],
  },
  grow: 'none',
  terms: [
    // An unnamed kind: "some sort of deal", "some form of protest". ("Of some kind" after the noun is left out: it
    // often follows a thing plainly seen, whose kind alone is unknown.)
    'some sort|kind|form|type of',
    // The adverb that softens a word ("kind of strange", "sort of like a fair", "it sort of worked").
    'kind|sort of {adj}|{adv}|{verb}|like',
    // A degree nobody measures ("to a large extent", "to some degree", "in some respects"): how far a claim holds is
    // left open. ("To a lesser extent" ranks one thing after another, and is not written here; "to some extent" is
    // a vague amount in rhetoric-vague-quantity.ts.)
    'to a large|great|considerable|certain|significant|limited extent|degree', 'to some degree',
    'in some|many|certain respects',
  ],
  // A determiner, count or adjective before "kind of" makes it a noun naming a kind ("this kind of bus", "a new
  // sort of battery", "what kind of school"), which is exact. ("Some", a determiner too, is the unnamed kind.)
  except: [
    `${KIND_NAMERS} kind|sort of`,
    // A name used as an adjective names a kind too ("a Scandinavian kind of calm", "a Hollywood sort of ending");
    // only after "a", since a name alone may be the subject of the adverb ("Ruiz kind of admitted it").
    'a|an {propn} kind|sort of',
    // An owner names the kind as "his" does ("Ruiz's kind of politics", "the club's sort of football").
    "'s kind|sort of",
    '\u2019s kind|sort of',
    // What a rule demands, "some form of" is "any form of" ("voters must bring some form of photo ID", "applicants
    // need some kind of licence"), where the verb is one of showing or having what is asked for; "there must be some
    // kind of mistake" and "the sides must reach some sort of deal" still leave the kind open.
    'must|should {adv}? bring|carry|show|wear|have|hold|provide|present|produce|use|obtain|submit some sort|kind|form|type of',
    'need|needs|needed|require|requires|required {adv}? some sort|kind|form|type of',
  ],
};

/** A thing said to be possible: an open outcome with a noun for its subject ("delays are possible"). */
export const OPEN_POSSIBILITY: LexiconGroup = {
  id: 'open-possibility',
  technique: 'hedge',
  explanation:
    'A thing said to be possible ("delays are possible", "a recount is possible"). It may or may not happen; the sentence does not say how likely, or who thinks so.',
  question: 'How likely is it, and according to whom?',
  confidence: 0.45,
  examples: {
    flags: ['Delays [are possible] on the coast road tonight.', 'A second recount [is possible].'],
    ignores: [
      'It is possible to see the comet with the naked eye.',
      'Without the grant the new wing would not be possible.',
      'The win was made possible by a late goal.',
      'Write back as soon as possible.',
      'The club will sell the ground, if that is even possible.',
      'Parking is possible in the side streets.',
      'Online voting is now possible in three states.',
      'This is possible thanks to a new chip in the phone.',
      'Staff will help as far as is possible.',
      'Everything that is possible has been tried.',
      'The swap was possible because the pins were the same size.',
    ],
  },
  grow: 'none',
  // Present only: "was possible" and "would be possible" mostly say a thing could be done ("the swap was
  // possible, since the pins fit"), the feasibility sense, not an outcome left open.
  terms: ['is|are|remain|remains {adv}? possible'],
  // "Possible to see the comet" says it can be done, not that it may be so; "is not possible" rules a thing out
  // (hedges are read even when negated, so negations are written here). "It is possible" is the possibility
  // group's own term. An activity that "is possible" can be done ("parking is possible nearby"): feasibility.
  except: [
    'is|are|remain|remains {adv}? possible to',
    'is|are|remain|remains not|never|hardly|scarcely|no {adv}? possible',
    'it is|remains {adv}? possible',
    // A condition asserts nothing ("if that is even possible", "where repairs are possible").
    'if|whether|where|when|wherever|whenever|unless {any}? {any}? is|are {adv}? possible',
    `${ACTIVITIES} {adv}? is|are possible`,
    // So does what has become possible, or is possible by some means ("voting is now possible online", "this is
    // possible thanks to a new chip"): a thing made feasible, no outcome left open.
    'is|are|remain|remains now|already|finally|easily|technically possible',
    // Only words of a means: "by", "with" and "through" mostly mark a time or a manner ("a strike is possible by
    // March", "snow is possible through the weekend"), which leaves the outcome open.
    'is|are|remain|remains {adv}? possible thanks|via|using',
    'is|are|remain|remains {adv}? possible by means|using',
    'is|are|remain|remains {adv}? possible with the help|aid',
    // "As far as is possible", "whatever is possible", "everything that is possible": what can be done.
    'as|than|whatever|everything|what is|are possible',
    'everything|all|whatever that|which is possible',
  ],
};
