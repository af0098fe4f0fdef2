/**
 * Finds lexicon terms in a text. Every term is filed under the words its first slot accepts (lexicon-index.ts),
 * so each token costs a map lookup or three: no regular expression per entry over the whole text.
 */
import type { LexiconGroup, SpanGrowth } from '../../lexicon/types.ts';
import type { Candidate } from './candidate.ts';
import { grow } from './grow.ts';
import { readsInPlainSense } from './plain-senses.ts';
import { groupInfo, type IndexedTerm, type LexiconBucket, LexiconIndex } from './lexicon-index.ts';
import { claimsClause } from '../../senses/rhetoric-claim-clause.ts';
import { coveredByException } from './exception-index.ts';
import { matchTerm, type TokenForms } from './term-pattern.ts';
import { inDomain, inTitleCase, isNegated, looksLikeName, type TextFacts } from './text-facts.ts';
import { toneFits } from './tone-fit.ts';

const NO_TERMS: readonly IndexedTerm[] = [];

const indexes = new WeakMap<readonly LexiconGroup[], LexiconIndex>();

/** Rule info shared by every term of a group (kept here for the tools and tests that read it). */
export { groupInfo };

/** The index of a lexicon (built once per lexicon; each word's terms are compiled when a text first needs them). */
export function indexLexicon(groups: readonly LexiconGroup[]): LexiconIndex {
  let index = indexes.get(groups);
  if (!index) {
    index = new LexiconIndex(groups);
    indexes.set(groups, index);
  }
  return index;
}

/**
 * What a token's forms start, whatever the next token: the terms of every key, and the second words of the
 * buckets that also look ahead (all of them in one set, so the next token's keys are each looked up once).
 */
interface Starts {
  anyNext: readonly IndexedTerm[];
  /** Undefined when no bucket looks ahead: most words, answered without reading the next token. */
  nextWords: { has(word: string): boolean } | undefined;
  /**
   * startsWithNext's answers by the next token's forms (one object per distinct word, formsOf): one lookup where
   * the test looks up each of the next word's keys; an answer depends on the two forms objects alone.
   */
  byNextForms: Map<TokenForms, boolean> | undefined;
}

const NOTHING_STARTS: Starts = { anyNext: NO_TERMS, nextWords: undefined, byNextForms: undefined };
/** Answers kept per start before its memo is emptied: a bound on memory over a long-running process. */
const NEXT_MEMO_LIMIT = 10_000;

/**
 * The terms a token's forms start regardless of the next word, kept on the forms object (formsOf shares one
 * per distinct word, so a text's repeated words are answered without a lookup per key).
 */
function startsOf(index: LexiconIndex, forms: TokenForms): Starts {
  if (forms.startsIn === index) return forms.starts as Starts;
  const anyNext: IndexedTerm[] = [];
  const lookAhead: LexiconBucket[] = [];
  for (const key of forms.keys) {
    const bucket = index.get(key);
    if (!bucket) continue;
    for (const e of bucket.anyNext) if (!anyNext.includes(e)) anyNext.push(e);
    if (bucket.byNext.size > 0) lookAhead.push(bucket);
  }
  const starts =
    anyNext.length === 0 && lookAhead.length === 0
      ? NOTHING_STARTS
      : { anyNext, nextWords: nextWordsOf(lookAhead), byNextForms: undefined };
  forms.startsIn = index;
  forms.starts = starts;
  return starts;
}

/** The terms that may start at token `i`: those filed under its forms, narrowed by the next token's forms. */
function termsAt(index: LexiconIndex, facts: TextFacts, i: number): readonly IndexedTerm[] {
  const starts = startsOf(index, facts.forms[i]);
  const next = facts.forms[i + 1];
  // Most words start no term that looks at the next word, or the next word is none of those terms' second words.
  if (!next || !startsWithNext(starts, next)) return starts.anyNext;
  // Keys in order, each one's terms then its look-ahead terms: the order the candidates were always found in.
  const out: IndexedTerm[] = [];
  for (const key of facts.forms[i].keys) {
    const bucket = index.get(key);
    if (!bucket) continue;
    for (const e of bucket.anyNext) if (!out.includes(e)) out.push(e);
    if (bucket.byNext.size === 0) continue;
    for (const nextKey of next.keys)
      for (const e of bucket.byNext.get(nextKey) ?? []) if (!out.includes(e)) out.push(e);
  }
  return out;
}

/** The second words of these buckets' look-ahead terms: one bucket's own map, or the union of several. */
function nextWordsOf(lookAhead: readonly LexiconBucket[]): Starts['nextWords'] {
  if (lookAhead.length === 0) return undefined;
  if (lookAhead.length === 1) return lookAhead[0].byNext;
  const words = new Set<string>();
  for (const bucket of lookAhead) for (const word of bucket.byNext.keys()) words.add(word);
  return words;
}

/** True when a term filed under the token's forms and one of the next token's forms may start here. */
function startsWithNext(starts: Starts, next: TokenForms): boolean {
  const words = starts.nextWords;
  if (words === undefined) return false;
  let memo = starts.byNextForms;
  const known = memo?.get(next);
  if (known !== undefined) return known;
  let found = false;
  const keys = next.keys;
  for (let k = 0; k < keys.length && !found; k++) found = words.has(keys[k]);
  if (memo === undefined || memo.size >= NEXT_MEMO_LIMIT) {
    memo = new Map();
    starts.byNextForms = memo;
  }
  memo.set(next, found);
  return found;
}

/** All lexicon matches in the text that survive the context checks (part of speech, name, negation, topic). */
export function lexiconCandidates(facts: TextFacts, groups: readonly LexiconGroup[]): Candidate[] {
  const index = indexLexicon(groups);
  const { tokens, sentences } = facts.doc;
  const out: Candidate[] = [];
  // Index loops: they run once per text, mostly before V8 optimises them, where for-of costs ten times as much.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'word' && token.type !== 'number') continue;
    const limit = sentences[token.sentence]?.endToken ?? tokens.length;
    const terms = termsAt(index, facts, i);
    for (let k = 0; k < terms.length; k++) {
      const entry = terms[k];
      const end = matchTerm(entry.term, tokens, facts.forms, i, limit);
      if (end < 0 || !fits(facts, entry, i, end)) continue;
      const [first, grownEnd] = grow(facts, i, end, growthOf(entry.group));
      out.push({ first, end: grownEnd, info: entry.info, confidence: entry.info.confidence, core: [i, end] });
    }
  }
  return out;
}

/** The context checks: the wording is used in its charged sense here. */
function fits(facts: TextFacts, entry: IndexedTerm, first: number, end: number): boolean {
  const { group } = entry;
  const token = facts.doc.tokens[first];
  if (!posFits(facts, group, first) && !modifierMistagged(facts, group, first, end)) return false;
  if (readsInPlainSense(facts.doc, group, first, end)) return false;
  if (!group.capitalised && (looksLikeName(facts, first) || adjectiveAsSubject(facts, group, first))) return false;
  if (!group.negationProof && group.technique !== 'hedge' && isNegated(facts, first)) return false;
  if (inDomain(facts, token.sentence, group.neutralIn) || !toneFits(facts, group, first, end)) return false;
  // "Claimed the pension fund was safe": the noun a claim to an entitlement would read begins a clause claimed.
  if (claimsClause(facts.doc, first)) return true;
  return !coveredByException(entry.except, facts.doc.tokens, facts.doc.sentences, facts.forms, first, end);
}

/**
 * True when a word of an adjective group opens its sentence with a capital right before a verb ("Coy scored twice",
 * "Meek was appointed"): an adjective alone is no subject, so the word is a surname. "-ly" adverbs ("Grudgingly
 * accepted") and nouns ("Chaos reigned") are left alone.
 */
function adjectiveAsSubject(facts: TextFacts, group: LexiconGroup, first: number): boolean {
  const { tokens } = facts.doc;
  const token = tokens[first];
  if (group.pos?.length !== 1 || group.pos[0] !== 'ADJ' || facts.firstWord[token.sentence] !== first) return false;
  if (token.text === token.lower || token.lower.endsWith('ly')) return false;
  const next = tokens[first + 1];
  return next?.sentence === token.sentence && (next.pos === 'VERB' || next.pos === 'AUX') && next.text === next.lower;
}

/**
 * True when a term of several words that ends in a noun starts with a word wink tagged as an adverb: a noun
 * modifier after a participle ("a self-taught piano master"), so the phrase is still the noun the group wants.
 */
function modifierMistagged(facts: TextFacts, group: LexiconGroup, first: number, end: number): boolean {
  const { tokens } = facts.doc;
  return (
    end > first + 1 &&
    tokens[first].pos === 'ADV' &&
    !tokens[first].lower.endsWith('ly') &&
    tokens[end - 1].pos === 'NOUN' &&
    group.pos?.includes('NOUN') === true
  );
}

const VERB_FORM_ENDING = /[a-z]{3}(?:ing|ed)$/;
/** Words after which a base form is a verb: modals, the infinitive's "to", "go" ("go whine"). */
const VERB_BEFORE = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'might',
  'may',
  'shall',
  'go',
  'did',
]);

/** The head word's part of speech is one the group allows, or wink's tag is known to be unreliable there. */
function posFits(facts: TextFacts, group: LexiconGroup, first: number): boolean {
  const { tokens } = facts.doc;
  const pos = tokens[first].pos;
  if (!group.pos || group.pos.includes(pos as never) || capitalisedByPosition(facts, first)) return true;
  // The first part of a hyphenated compound ("far" in "far-right") says nothing about the whole word's role.
  if (tokens[first + 1]?.text === '-') return true;
  // wink often tags an adjective in front of a noun as a noun ("his grotesque appearance"), above all in
  // lower-case text; in that position the word describes the noun after it, as an adjective would.
  const next = tokens[first + 1];
  const nextInSentence = next?.sentence === tokens[first].sentence;
  if (pos === 'NOUN' && group.pos.includes('ADJ') && nextInSentence && next.pos === 'NOUN') return true;
  if (pos === 'NOUN' && group.pos.includes('ADJ') && unknownAdjective(facts, first)) return true;
  // Bare after "is"/"was" at the clause's end, an adjective wink tags an adverb is still what the subject is
  // ("the figures were backwards."); an "-ly" adverb there describes the verb and is left alone.
  if (pos === 'ADV' && group.pos.includes('ADJ') && !tokens[first].text.endsWith('ly') && predicate(facts, first))
    return true;
  // In front of another adjective wink tags one as an adverb ("awful new tracks"); without the adverb's "-ly"
  // the word still describes the noun, as an adjective does ("wicked old man", but "bloody" keeps its sense).
  if (
    pos === 'ADV' &&
    group.pos.includes('ADJ') &&
    !tokens[first].text.endsWith('ly') &&
    nextInSentence &&
    next.pos === 'ADJ'
  )
    return true;
  // An "-ing" form wink tags a verb between an article and a noun describes the noun, as an adjective does ("a
  // begrudging apology"): a verb there would leave the article without its phrase.
  if (pos === 'VERB' && group.pos.includes('ADJ') && tokens[first].lower.endsWith('ing') && nextInSentence) {
    const before = facts.forms[first - 1]?.lower;
    if ((before === 'a' || before === 'an' || before === 'the') && (next.pos === 'NOUN' || next.pos === 'ADJ'))
      return true;
  }
  // A verb's "-ing" or "-ed" form tagged as a noun or an adjective ("set about plundering the city", "the
  // army plundered it" in lower case) still names the action; the base form keeps wink's tag ("a gag").
  const text = facts.forms[first].lower;
  if (group.pos.includes('VERB') && (pos === 'NOUN' || pos === 'ADJ') && VERB_FORM_ENDING.test(text)) return true;
  // After a modal, "to" or "go" a word is a verb in its base form ("go whine to the papers", "will rant"),
  // whatever wink's tag; "to the howl of" keeps its article, and "of" after the word marks a noun.
  if (group.pos.includes('VERB') && pos === 'NOUN' && VERB_BEFORE.has(facts.forms[first - 1]?.lower ?? '')) {
    if (facts.forms[first + 1]?.lower !== 'of') return true;
  }
  // Headline grammar ("Mayor rips council", "Senator slams plan") often gets a verb tagged as a plural noun.
  const subject = tokens[first - 1];
  return (
    pos === 'NOUN' &&
    group.pos.includes('VERB') &&
    tokens[first].text.endsWith('s') &&
    subject?.sentence === tokens[first].sentence &&
    subject.pos === 'PROPN' &&
    nextInSentence &&
    ['PROPN', 'DET', 'PRON'].includes(next.pos)
  );
}

const CLAUSE_GOES_ON = new Set(['and', 'but', 'or']);

/**
 * An adjective wink does not know is tagged a noun. Between "a" and a comma it is the first of two describing
 * words ("a zany, low-budget show"); bare after "is"/"was" and before the clause ends it is what the subject is
 * ("the plan was haphazard."): a noun in either place would leave the article or the verb without its phrase.
 */
function unknownAdjective(facts: TextFacts, first: number): boolean {
  const next = facts.doc.tokens[first + 1];
  const before = facts.forms[first - 1]?.lower;
  if ((before === 'a' || before === 'an') && next?.text === ',') return true;
  return predicate(facts, first);
}

/** The word stands bare after a form of "be" and ends its clause: "the plan was haphazard." */
function predicate(facts: TextFacts, first: number): boolean {
  const { tokens } = facts.doc;
  const next = tokens[first + 1];
  const ends =
    !next ||
    next.sentence !== tokens[first].sentence ||
    next.type === 'punctuation' ||
    CLAUSE_GOES_ON.has(facts.forms[first + 1].lower);
  return ends && facts.forms[first - 1]?.lemma === 'be';
}

/**
 * wink tags most capitalised words as proper nouns, so the part of speech of a headline word or a sentence's
 * first word says nothing; whether it is really a name is checked separately (looksLikeName).
 */
function capitalisedByPosition(facts: TextFacts, index: number): boolean {
  const token = facts.doc.tokens[index];
  if (token.pos !== 'PROPN') return false;
  const sentence = facts.doc.sentences[token.sentence];
  return inTitleCase(facts, token.sentence) || sentence?.firstToken === index;
}

/** Hedges and certainty words qualify a whole clause, so they keep their own span; other words take their phrase. */
function growthOf(group: LexiconGroup): SpanGrowth {
  return group.grow ?? (group.technique === 'hedge' || group.technique === 'certainty' ? 'none' : 'noun-phrase');
}
