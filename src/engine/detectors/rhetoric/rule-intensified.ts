/**
 * Turned-up volume: an intensifier before a judging adjective ("deeply troubling", "so sad", "incredibly
 * reckless"). The lexicon knows the strongest adjectives; this rule catches the pattern around ordinary ones.
 */
import type { Candidate } from './candidate.ts';
import { INTENSIFIERS } from './degree.ts';
import { grow } from './grow.ts';
import { inSentence, matchOf, type PatternRule, wordSet } from './rule.ts';
import { fileStartTest } from './rule-starts.ts';
import { isNegated, type TextFacts } from './text-facts.ts';

/**
 * Intensifiers this rule reads besides the shared degree adverbs: the spoken ones ("really bad", "pretty awful"),
 * formal ones ("grossly unfair", "exceedingly cruel") and adverbs of excess ("sorely tempted", "overly harsh",
 * "unduly gloomy"; "bitterly" and "fiercely" judge on their own in the lexicon). They stay out of the shared list,
 * which also decides phrase growth and which adverbs the lexicon derives.
 */
const MORE_INTENSIFIERS = wordSet('really pretty grossly exceedingly sorely overly unduly');

/**
 * Adjectives of plain measure, order or weather that an intensifier does not make persuasive ("very few", "so
 * far", "a pretty wet weekend"), and quantifiers wink may tag as adjectives after a sentence's opening "So"
 * ("So most shops stayed shut": "so" joins the sentence to the last, it intensifies nothing).
 */
const PLAIN = wordSet(
  'most more less least fewer several numerous enough other own only ' +
    'few many much little far long short early late recent small large big high low old young new close near ' +
    'same similar different likely unlikely able possible important clear common rare limited busy quick slow populated ' +
    'wet dry hot cold warm cool mild windy sunny cloudy rainy snowy icy foggy humid ' +
    // A hazard is classed by degree on labels and in medicine ("highly toxic", "highly contagious"): a measure.
    'toxic flammable inflammable combustible contagious infectious transmissible radioactive corrosive venomous ' +
    'poisonous potent ' +
    // Order and scope ("the very first", "a very broad category", "a highly competitive market") measure or
    // place a thing; the emphasis grades no one.
    'first last next final top bottom competitive specific broad narrow technical detailed complex unusual',
);

/**
 * A past participle works as an adjective after an intensifier ("deeply troubled", "extremely worried"), but most
 * participles grade a plain state ("very damaged", "deeply frozen", "very divided", "deeply discounted"). Only
 * participles of feeling turn up an emotion, so only they are read here.
 */
const FEELING_PARTICIPLES = wordSet(
  'worried shaken troubled upset alarmed disturbed saddened frightened scared terrified angered enraged annoyed ' +
    'irritated disappointed concerned moved hurt offended shocked stunned horrified appalled disgusted dismayed ' +
    'distressed embarrassed humiliated insulted frustrated depressed devastated excited thrilled delighted pleased ' +
    'relieved touched impressed surprised amazed astonished confused puzzled bothered unsettled rattled ' +
    'scandalized scandalised outraged incensed infuriated heartbroken dejected demoralized demoralised ' +
    'disillusioned disheartened discouraged exasperated unnerved spooked panicked traumatized traumatised ' +
    'aggrieved mortified ashamed bewildered baffled perplexed flabbergasted dumbfounded',
);
/** "-ed" adjectives that judge on their own ("deeply misguided", "very biased"): not states, so they stay. */
const JUDGING_ED = wordSet(
  'biased misguided flawed wicked twisted misinformed deluded deranged bigoted crooked wretched prejudiced rotten',
);
/** Every match starts at an intensifier: the rule visits only those words (rule-starts.ts). */
const INTENSIFIER_START = fileStartTest((f) => INTENSIFIERS.has(f.lower) || MORE_INTENSIFIERS.has(f.lower));
/** These intensifiers also grade plain facts ("highly concerned" is a formal register, "so moved" a motion). */
const PLAIN_BEFORE_PARTICIPLE = wordSet('highly thoroughly totally so');

/** The intensified-adjective rule. */
export const intensified: PatternRule = {
  examples: {
    flags: [
      'The crowd was [very angry].',
      'The pay rise was [grossly inadequate].',
      'They launched [deeply personal attacks].',
      'Tenants were [extremely worried].',
      'Parents were [sorely disappointed] by the ruling.',
      'Readers were [deeply scandalized].',
    ],
    ignores: [
      'Very few people came.',
      'The vote was pretty close in the end.',
      'It was a pretty wet weekend on the coast.',
      'The report is not very long.',
      'So far, nobody has applied.',
      'So most shops stayed shut on Monday.',
      'The crew is highly trained.',
      'The bridge was thoroughly inspected.',
      'The area is very populated.',
      'The council was very divided on the plan.',
      'Shoppers found a deeply discounted price.',
      'The club is desperately short of players.',
      'The pills held a highly toxic chemical, police said.',
      'The new strain is highly contagious.',
      'It was the very first time the club had won.',
      'The market for flats is highly competitive.',
      'Auditors were highly critical of how the money was spent.',
    ],
  },
  info: {
    rule: 'rhetoric/loaded-language/intensified',
    technique: 'loaded-language',
    explanation:
      'An intensifier that turns up a judgement ("deeply unfair", "truly sad"). Stacking emphasis tells you how strongly to feel instead of showing why.',
    question: 'Without the "very" or "deeply", what is the plain fact, and does it earn the emphasis?',
    confidence: 0.45,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens } = facts.doc;
    const out: Candidate[] = [];
    // Only the intensifiers, in text order (rule-starts.ts); an index loop, cheaper than for-of before V8 optimises it.
    const at = facts.starts[INTENSIFIER_START];
    for (let n = 0; n < at.length; n++) {
      const i = at[n];
      const next = i + 1;
      if (!inSentence(facts, next, tokens[i].sentence) || !isGradedJudgement(facts, i, next)) continue;
      if (PLAIN.has(facts.forms[next].lemma) || PLAIN.has(facts.forms[next].lower) || isNegated(facts, i)) continue;
      if (describesStance(facts, i, next)) continue;
      const [first, end] = grow(facts, i, next + 1, 'noun-phrase');
      out.push(matchOf(this.info, first, end, [i, next + 1]));
    }
    return out;
  },
};

/**
 * "Highly critical of the police", "highly sceptical of the plan": the reporter's formal measure of how firmly a
 * report or a person takes a side, said with its object; it grades no one. "Extremely critical of" turns the
 * volume up and stays.
 */
const STANCES = wordSet('critical sceptical skeptical supportive');

/** "highly" + a stance adjective + "of" ("highly critical of"), the register of a report, not an exaggeration. */
function describesStance(facts: TextFacts, intensifier: number, i: number): boolean {
  return (
    facts.forms[intensifier].lower === 'highly' &&
    STANCES.has(facts.forms[i].lower) &&
    facts.forms[i + 1]?.lower === 'of'
  );
}

const PARTICIPLE_ENDING = /(?:ed|en)$/;

/** A participle of feeling after an intensifier, used as an adjective ("deeply shaken"). */
function isParticiple(facts: TextFacts, intensifier: number, i: number): boolean {
  const f = facts.forms[i];
  if (!FEELING_PARTICIPLES.has(f.lower)) return false;
  return !PLAIN_BEFORE_PARTICIPLE.has(facts.forms[intensifier].lower);
}

/**
 * A word after the intensifier that the rule reads: an adjective, or a participle of feeling. wink tags many
 * participles as adjectives ("very damaged", "deeply frozen"), so an "-ed"/"-en" adjective must be a feeling or a
 * judging word too.
 */
function isGradedJudgement(facts: TextFacts, intensifier: number, i: number): boolean {
  const f = facts.forms[i];
  if (f.lower.length >= 5 && PARTICIPLE_ENDING.test(f.lower))
    return JUDGING_ED.has(f.lower) || isParticiple(facts, intensifier, i);
  return facts.doc.tokens[i].pos === 'ADJ';
}
