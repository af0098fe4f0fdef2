/**
 * The shape of the rhetoric lexicon. Entries are DATA, written by the project in its own words: a group of
 * terms shares one technique, one explanation for a reader and one question a careful reader asks.
 *
 * Term syntax (compiled into token matchers when a text first contains the term's first word, see
 * detectors/rhetoric/term-pattern.ts):
 * - words are separated by spaces and match a token's lower-cased form or its lemma ("slam" matches "slammed");
 * - a hyphen inside a word matches a hyphen token, spaced or not ("so-called", "so - called"); write the unhyphenated
 *   spelling as its own term when it is common ("so called"), since "would be" must not match "would-be";
 * - `a|b` offers alternatives for one slot, a trailing `?` makes a slot optional ("bleed {det}? {noun}", "last|final straw");
 * - classes in braces match a kind of token: `{det}` (a, the, this, their...), `{be}` (any form of "to be"),
 *   `{any}` (any one word), `{adj}`, `{adv}`, `{noun}`, `{verb}`, `{pron}` (by part of speech; `{propn}` a name only), `{num}` (a number);
 * - the first slot must be a plain word: it is the key of the token-indexed map, so matching stays linear.
 */
import type { Technique } from '../types.ts';

/** Topics in which some politically loaded words are ordinary vocabulary ("attack" in chess, "bleed" in medicine). */
export type Domain = 'sport' | 'medicine' | 'science' | 'chess' | 'economy' | 'military' | 'crime';

/** Parts of speech (wink's Universal tags) a term's head word may take. */
export type PartOfSpeech = 'ADJ' | 'ADV' | 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'DET' | 'PRON' | 'ADP' | 'PART' | 'INTJ';

/**
 * How a matched span grows to cover the phrase a reader sees as one unit: 'noun-phrase' takes the adjectives
 * and intensifiers in front and the noun after ("a deeply [hostile] state actor" -> "deeply hostile state
 * actor", "strategic [blunder]"); 'none' keeps exactly the matched words.
 */
export type SpanGrowth = 'noun-phrase' | 'none';

/**
 * Example sentences for a rule, kept beside it so that every rule carries its own test table: `flags` must be
 * reported by this rule on the [bracketed] words; `ignores` are near misses (another sense, a negation, a
 * name, a topic where the word is plain) that this rule must not report.
 */
export interface RuleExamples {
  flags: readonly string[];
  ignores: readonly string[];
}

/** A group of lexicon terms that persuade in the same way and share one explanation. */
export interface LexiconGroup {
  /** Short id, unique within its technique; the finding's rule is `rhetoric/<technique>/<id>`. */
  id: string;
  technique: Technique;
  /** One or two plain sentences for a 15-year-old: what this wording is and why it matters. */
  explanation: string;
  /** The question a careful reader asks when they meet this wording. */
  question: string;
  /** 0..1: how often a match is really persuasion, judged from the wording's usual senses. */
  confidence: number;
  /** Sentences this group must flag and near misses it must not (see RuleExamples). */
  examples: RuleExamples;
  /** The terms, in the syntax described at the top of this file. */
  terms: readonly string[];
  /** When set, the head word's part of speech must be one of these (wink's tags are checked, not trusted blindly). */
  pos?: readonly PartOfSpeech[];
  /** Topics where these words are ordinary vocabulary: a match in such a passage is not reported. */
  neutralIn?: readonly Domain[];
  /** Longer phrases in which a term is literal or neutral ("heart attack", "explosive device"). */
  except?: readonly string[];
  /** How the span grows around the match (default: 'noun-phrase', except hedges and certainty: 'none'). */
  grow?: SpanGrowth;
  /** The terms are capitalised by nature ("Nazi", "Antifa"), so a capital letter does not make them a name. */
  capitalised?: boolean;
  /** The wording persuades even when negated ("no coincidence" already contains its negation). */
  negationProof?: boolean;
  /**
   * Whether the adjectives' "-ly" adverbs are matched too (default true): "absurdly" judges as "absurd" does,
   * but "successfully" and "greatly" say nothing about anyone's standing.
   */
  deriveAdverbs?: boolean;
  /** Only a phrase that opens its sentence counts ("Who knew?" said on its own, not "one question: who knew?"). */
  opensSentence?: boolean;
  /** A capital inside the phrase or an all-caps word makes it a name ("Oh Boy Records", "the WOW festival"). */
  notInNames?: boolean;
}
