/**
 * Speakers the word lists do not know. Survey shares ("half of voters said", "6 in 10 say") are a poll's
 * findings. Any other noun phrase in front of a verb that only ever reports words ("the front-runner said",
 * "environmentalists say") is someone speaking, so it is read by its grammar: "the X" points back to someone
 * met before, plural "Xs" is a group nobody can check.
 */
import type { VerbKind } from '../../lexicon/sources-verbs.ts';
import { isKnownWord, type ParsedText, parse, type Token } from '../../nlp.ts';
import type { PhraseParts } from '../../names/analyse.ts';
import { isNameInWinkVocabulary } from '../../names/known-names.ts';
import { type Phrase, phraseText } from '../../names/phrase.ts';
import { DETERMINERS, isCapitalised, isMark, isPossessive } from '../../names/tokens.ts';
import { GENERATIONS, GROUP_NOUNS, INSTITUTIONS, isPeoplePlural, PERSON_ROLES, PLURAL_ROLES, SHARE_WORDS } from '../../names/words.ts';
import { isDoerPlural } from './plural-surname.ts';
import type { SourceGuess } from './classify.ts';

/**
 * "Exercise supports heart health", "Coffee protects the liver": one word opening the sentence that wink's
 * vocabulary knows as a common word, that no list knows as a name ("Apple", "Trump") and that the text capitalises
 * nowhere else (`onlyAtStart`), takes no side and holds no view: before a verb of stance or thought it is a thing,
 * not a source. A verb of saying keeps it a name ("Baker said": only a person speaks); plurals are the crowds'.
 */
export function commonWordAtStart(doc: ParsedText, parts: PhraseParts, verbKind: VerbKind, onlyAtStart: boolean): boolean {
  const name = parts.name;
  if (!name || name.end - name.first !== 1 || (parts.nameKind ?? 'unknown') !== 'unknown') return false;
  if (verbKind === 'speech' || !onlyAtStart) return false;
  const word = doc.tokens[name.first];
  return !word.lower.endsWith('s') && !isNameInWinkVocabulary(word) && isKnownWord(word.lower);
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'both', 'all']);

/** True when the head is a share of people: "half", "a third", "79 percent", "6 in 10". */
export function isShareHead(doc: ParsedText, parts: PhraseParts): boolean {
  const t = doc.tokens;
  const head = t[parts.head];
  if (SHARE_WORDS.has(head.lower)) return !ofAThing(t, parts.head);
  // "a majority of voters expect": the larger or smaller part of a group that was asked.
  if ((head.lower === 'majority' || head.lower === 'minority') && t[parts.head + 1]?.lower === 'of') return true;
  // "6 in 10 voters", "four out of five", "eight of 10": a count out of a whole (the phrase may hold only its last number).
  const next = t[parts.head + 1];
  const whole = next?.lower === 'out' ? t[parts.head + 3] : t[parts.head + 2];
  if (isCount(head) && OUT_OF.has(next?.lower ?? '') && whole !== undefined && isCount(whole)) return true;
  const before = t[parts.head - 1]?.lower === 'in' ? 2 : t[parts.head - 1]?.lower === 'of' && t[parts.head - 2]?.lower === 'out' ? 3 : 0;
  return before > 0 && isCount(head) && t[parts.head - before] !== undefined && isCount(t[parts.head - before]);
}

/**
 * "half of the budget", "a third of the money": a share of one thing, not of people who were asked. The word
 * after "of" ends in a singular common noun that names no group of people.
 */
function ofAThing(t: Token[], share: number): boolean {
  if (t[share + 1]?.lower !== 'of') return false;
  let k = share + 2;
  while (t[k] && (t[k].pos === 'DET' || t[k].pos === 'ADJ' || t[k].pos === 'NUM')) k++;
  while (t[k + 1]?.pos === 'NOUN') k++;
  const noun = t[k];
  if (noun?.pos !== 'NOUN' || noun.lemma !== noun.lower || noun.lower.endsWith('s')) return false;
  return !GROUP_NOUNS.has(noun.lower) && !PERSON_ROLES.has(noun.lower) && !INSTITUTIONS.has(noun.lower) && !PEOPLE_WHOLES.has(noun.lower);
}

/** Singular nouns for a whole population that a poll samples: "half of the electorate said". */
const PEOPLE_WHOLES = new Set(['electorate', 'country', 'nation', 'population', 'state', 'city', 'party', 'caucus', 'base', 'audience', 'sample', 'class', 'panel', 'board', 'committee', 'congress', 'senate', 'house', 'workforce']);

/** Words between a count and its whole: "6 in 10", "four out of five", "eight of 10". */
const OUT_OF = new Set(['in', 'out', 'of']);

/** True for a number written in digits or a plain number word ("6", "four"). */
function isCount(t: Token): boolean {
  return t.type === 'number' || t.pos === 'NUM';
}

/** A survey share as a source: the poll behind it is a document the reader can look for. */
export function shareGuess(): SourceGuess {
  return { source: 'document', rule: 'attribution/survey-share', confidence: 0.6 };
}

/**
 * Reads an unknown subject of a words-only verb by its grammar; undefined when that says nothing. Things speak
 * too ("an ad says", "a study last year"), so a lone indefinite noun is left alone. `described`: a participle
 * describes the subject ("Families living along the river said"), so a plural opening the sentence is a crowd of
 * people picked out by where they live or what they do, not a surname.
 */
export function classifyUnknown(doc: ParsedText, p: Phrase, parts: PhraseParts, described = false): SourceGuess | undefined {
  const t = doc.tokens;
  const head = t[parts.head];
  // "Two said they saw the car", "only 28 said yes": a bare count of people answering, none of them named. A year
  // is a date, and a count after a verb is its object ("scored 12").
  const bare = p.end - p.first === 1 && (head.pos === 'NUM' || head.type === 'number') && t[p.first - 1]?.pos !== 'VERB';
  if (bare && !/^(1[5-9]|20)\d\d$/.test(head.text)) {
    // "Of the 40 councils asked, 12 said yes": a count out of a whole named first is a survey's tally.
    const outOf = t[doc.sentences[head.sentence]?.firstToken ?? -1]?.lower === 'of';
    return outOf ? shareGuess() : { source: 'vague', rule: 'attribution/vague-group', confidence: 0.55 };
  }
  // "That said, ...": a determiner standing alone is no speaker.
  if ((head.type !== 'word' && head.type !== 'number') || DETERMINERS.has(head.lower)) return undefined;
  if (parts.otherName) {
    // "the party's front-runner said", "the Lind camp said": one identifiable speaker, named through a name.
    return { source: 'named', rule: 'attribution/named-role', confidence: 0.6, sourceName: phraseText(doc, p), nameKind: 'unknown' };
  }
  const owned = parts.head > p.first && isPossessive(t[parts.head - 1]);
  if ((parts.determiner && DEFINITE.has(parts.determiner)) || owned) {
    return { source: 'pronoun', rule: 'attribution/definite-reference', confidence: 0.55 };
  }
  const openingPlural = described && p.end - p.first === 1 && doc.sentences[head.sentence]?.firstToken === head.index && isCommonPlural(head.lower);
  if ((head.pos === 'NOUN' && head.lower.endsWith('s') && head.lemma !== head.lower) || openingPlural) {
    return { source: 'vague', rule: 'attribution/vague-group', confidence: 0.6 };
  }
  return undefined;
}

/**
 * "fans", "villages": a plural wink knows as a common noun (its lemma drops the -s in lower case), unlike "Reuters",
 * "Jones" or "Williams", which it leaves whole. Parsed after "the" so the word is read as a noun.
 */
export function isCommonPlural(word: string): boolean {
  // "fishermen", "firemen": plurals in -men too.
  if (!/([^su]s|men)$/.test(word)) return false;
  let plural = COMMON_PLURALS.get(word);
  if (plural === undefined) {
    const noun = parse(`the ${word}`).tokens[1];
    plural = noun?.pos === 'NOUN' && noun.lemma !== word;
    // Remembered per word (a parse each time costs a wink pass); bounded, so a long batch cannot grow it forever.
    if (COMMON_PLURALS.size >= 10_000) COMMON_PLURALS.clear();
    COMMON_PLURALS.set(word, plural);
  }
  return plural;
}

/** isCommonPlural's answers so far. */
const COMMON_PLURALS = new Map<string, boolean>();

/** Verbs of telling that only people do: after a plural crowd word they speak for that crowd. */
const CROWD_SPEECH = new Set([
  ...['say', 'tell', 'insist', 'argue', 'contend', 'claim', 'allege', 'complain', 'warn', 'explain', 'admit'],
  ...['concede', 'maintain', 'testify', 'acknowledge', 'recall', 'report', 'predict'],
]);

/**
 * "Bakers insist the flour is fine": a verb of telling in its plain present form agrees with a plural subject, so the
 * common plural before it (known to be no surname: a surname takes "insists") is a crowd speaking, as "Bakers
 * said" is. Asked only for a lone plural opening the sentence that no list knows. The plural must be a word for
 * people (a doer, a role, a "-ists"/"-ians" word): sirens and storms "warn" too, and a club's plural name insists.
 */
export function pluralSpeaks(word: Token, verb: Token | undefined): boolean {
  if (verb === undefined || verb.pos !== 'VERB' || verb.lower !== verb.lemma || !CROWD_SPEECH.has(verb.lemma)) return false;
  return isPeoplePlural(word.lower) || PLURAL_ROLES.has(word.lower) || isDoerPlural(word.lower);
}

/** Forms of "be", "have" and "do" that only a plural subject takes: "Audiences are", "Voters have". */
const PLURAL_AUXILIARIES = new Set(['are', 'were', 'have', 'do', "'re"]);

/**
 * True when the verb agrees only with a plural subject: a plain present form ("Audiences expect her to sing") or
 * "are/were/have/do". A "her" or "him" after it is then someone else, no sign that the word before is a surname.
 */
export function agreesWithPlural(verb: Token | undefined): boolean {
  if (verb === undefined) return false;
  if (verb.pos === 'AUX') return PLURAL_AUXILIARIES.has(verb.lower);
  return verb.pos === 'VERB' && verb.lower === verb.lemma;
}


/** Heads of an appositive that describe a generation as people ("Boomers, the generation after the war,"). */
const AGE_GROUP_HEADS = new Set(['generation', 'generations', 'cohort', 'cohorts', 'group', 'groups']);

/**
 * "Boomers, the local band, said": a capitalised generation word with an appositive after it that calls it a thing
 * or a body (not an age group or people) is that thing's name, not a whole generation speaking.
 */
export function generationNamed(doc: ParsedText, p: Phrase): boolean {
  const t = doc.tokens;
  const word = t[p.first];
  if (p.end - p.first !== 1 || !GENERATIONS.has(word.lower) || !isCapitalised(word) || !isMark(t[p.end], ',')) return false;
  if (!DETERMINERS.has(t[p.end + 1]?.lower ?? '')) return false;
  // The appositive's head: its first noun after the describing words ("the local band", "the generation born").
  let k = p.end + 2;
  while (k < t.length && k <= p.end + 4 && (t[k].pos === 'ADJ' || t[k].pos === 'ADV')) k++;
  if (t[k]?.pos !== 'NOUN') return false;
  const head = t[k].lower;
  return !AGE_GROUP_HEADS.has(head) && !GROUP_NOUNS.has(head) && !PLURAL_ROLES.has(head) && !isPeoplePlural(head);
}
