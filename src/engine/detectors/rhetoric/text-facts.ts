/**
 * Facts about the text that decide whether a charged word is really persuading here: the topic of each
 * passage (a word loaded in politics may be plain vocabulary in sport or medicine), headline capitalisation,
 * negation just before a word, and capitalised names ("Savage" the surname is not an insult).
 */
import type { Domain } from '../../lexicon/types.ts';
import { DOMAIN_WORDS } from '../../lexicon/rhetoric-domains.ts';
import { startsWithCapital } from '../../names/tokens.ts';
import { isKnownWord, type ParsedText } from '../../nlp.ts';
import { startLists } from './rule-starts.ts';
import { formsOf, type TokenForms } from './term-pattern.ts';

/** Per-text facts computed once and shared by every rhetoric rule. */
export interface TextFacts {
  doc: ParsedText;
  /** Match forms of every token (same indexes as doc.tokens). */
  forms: TokenForms[];
  /** Per sentence: the topic words counted in it, undefined for most (none); what passageDomains reads. */
  perSentence: readonly (Map<Domain, number> | undefined)[];
  /** The topics of the whole text (dense enough throughout); the passages' topics start from these. */
  wholeText: ReadonlySet<Domain>;
  /** Per sentence: the topics of the passage around it, filled by inDomain when first asked (most never are). */
  domains: (ReadonlySet<Domain> | undefined)[];
  /** Per sentence: title case unknown yet (0), yes (1) or no (2), filled by inTitleCase when first asked. */
  titleCase: Uint8Array;
  /** Per sentence: the index of its first word (or number) token, -1 when it has none. */
  firstWord: number[];
  /** Per start test a pattern rule filed (rule-starts.ts): the tokens whose word passes it, in text order. */
  starts: number[][];
}

const DOMAIN_OF = new Map<string, Domain[]>();
for (const [domain, words] of Object.entries(DOMAIN_WORDS) as [Domain, readonly string[]][]) {
  for (const w of words) DOMAIN_OF.set(w, [...(DOMAIN_OF.get(w) ?? []), domain]);
}

/**
 * A whole text is in a domain when its topic words are this dense (and at least MIN_DOC_HITS of them): a match
 * report or a court report uses them every sentence or two. An opinion piece that mentions the police a few
 * times is not a crime report, so its loaded words are read as loaded outside the passages about the arrests.
 */
const DOC_DENSITY = 1 / 40;
const MIN_DOC_HITS = 4;

/** Computes the facts for a parsed text. Linear in the number of tokens. */
export function textFacts(doc: ParsedText): TextFacts {
  const forms = doc.tokens.map(formsOf);
  // A sentence's counts are made at its first topic word: most sentences have none.
  const perSentence: (Map<Domain, number> | undefined)[] = new Array(doc.sentences.length).fill(undefined);
  const total = new Map<Domain, number>();
  let words = 0;
  // An index loop: it runs once per text, mostly before V8 optimises it, where for-of costs ten times as much.
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i];
    let hit: readonly Domain[] | undefined;
    if (token.type === 'word') {
      words++;
      hit = domainsOf(forms[i]) ?? undefined;
    } else if (token.type === 'number') hit = scoreAfterName(doc, i);
    if (!hit) continue;
    let counts = perSentence[token.sentence];
    if (!counts && token.sentence < perSentence.length) {
      counts = new Map();
      perSentence[token.sentence] = counts;
    }
    for (const d of hit) {
      if (counts) counts.set(d, (counts.get(d) ?? 0) + 1);
      total.set(d, (total.get(d) ?? 0) + 1);
    }
  }
  const wholeText = new Set<Domain>();
  for (const [d, n] of total) if (n >= MIN_DOC_HITS && n >= words * DOC_DENSITY) wholeText.add(d);
  // A passage's topics and a sentence's title case are worked out when a rule first asks (inDomain, inTitleCase):
  // each is a function of the counts above or of the sentence's own tokens, so the order of asking changes nothing,
  // and most sentences hold no charged word and are never asked.
  const domains = new Array<ReadonlySet<Domain> | undefined>(doc.sentences.length).fill(undefined);
  const titleCase = new Uint8Array(doc.sentences.length);
  const firstWord = doc.sentences.map((s) => {
    for (let i = s.firstToken; i < s.endToken; i++)
      if (doc.tokens[i].type === 'word' || doc.tokens[i].type === 'number') return i;
    return -1;
  });
  return { doc, forms, perSentence, wholeText, domains, titleCase, firstWord, starts: startLists(forms) };
}

/** The topics of the passage around sentence `s`: the whole text's, and any with two topic words in the passage. */
function passageDomains(facts: TextFacts, s: number): ReadonlySet<Domain> {
  const { perSentence, wholeText } = facts;
  // With no topic word in the passage, the sentence is read in the whole text's topics: one shared, read-only set.
  if (!perSentence[s - 1] && !perSentence[s] && !perSentence[s + 1]) return wholeText;
  const active = new Set(wholeText);
  // A passage (the sentence and its neighbours) with two topic words is read in that sense.
  const passage = new Map<Domain, number>();
  for (let k = s - 1; k <= s + 1; k++) {
    for (const [d, n] of perSentence[k] ?? []) passage.set(d, (passage.get(d) ?? 0) + n);
  }
  for (const [d, n] of passage) if (n >= 2) active.add(d);
  return active;
}

const TITLE_CASE_UNKNOWN = 0;
const TITLE_CASE_YES = 1;
const TITLE_CASE_NO = 2;

/** True when sentence `s` is written In Title Case (a headline), where capitals say nothing about names. */
export function inTitleCase(facts: TextFacts, s: number): boolean {
  // No such sentence (a token past the last one): never title case.
  if (!(s >= 0 && s < facts.titleCase.length)) return false;
  if (facts.titleCase[s] === TITLE_CASE_UNKNOWN) {
    const sentence = facts.doc.sentences[s];
    facts.titleCase[s] = isTitleCase(facts.doc, sentence.firstToken, sentence.endToken) ? TITLE_CASE_YES : TITLE_CASE_NO;
  }
  return facts.titleCase[s] === TITLE_CASE_YES;
}

/** The topics a word is a sign of, by its lower form or else its lemma: looked up once per distinct word. */
function domainsOf(forms: TokenForms): readonly Domain[] | null {
  if (forms.domains === undefined) forms.domains = DOMAIN_OF.get(forms.lower) ?? DOMAIN_OF.get(forms.lemma) ?? null;
  return forms.domains;
}

/** A result written as two small numbers ("6-0", "42-7"); years ("1914-18") have longer numbers. */
const SCORE = /^(\d{1,3})[-\u2013](\d{1,3})$/;
const SPORT_RESULT: Domain[] = ['sport', 'sport'];

/**
 * A winner's score right after the beaten side's name ("thrashed Eastport 6-0", "crushed the Falcons 42-7")
 * counts as two sport words: one such line is a match report however few topic words it has, and there
 * "crushed" and "thrashed" are the results pages' plain verbs. A range runs upwards ("ages 16-29", "chapters
 * 3-5") and a vote tally follows a verb ("passed 52-48"), so neither counts.
 */
function scoreAfterName(doc: ParsedText, i: number): Domain[] | undefined {
  const before = doc.tokens[i - 1];
  const score = SCORE.exec(doc.tokens[i].text);
  if (!score || before?.pos !== 'PROPN' || before.sentence !== doc.tokens[i].sentence) return undefined;
  return Number(score[1]) >= Number(score[2]) ? SPORT_RESULT : undefined;
}

function isTitleCase(doc: ParsedText, first: number, end: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let i = first; i < end; i++) {
    const t = doc.tokens[i];
    if (t.type !== 'word' || t.text.length < 4) continue;
    long++;
    if (startsWithCapital(t.text)) capitalised++;
  }
  return long >= 3 && capitalised / long >= 0.7;
}

/** True when the passage around sentence `s` is about one of these topics. */
export function inDomain(facts: TextFacts, s: number, domains: readonly Domain[] | undefined): boolean {
  // No such sentence (a token past the last one): no topic.
  if (!domains || !(s >= 0 && s < facts.domains.length)) return false;
  let active = facts.domains[s];
  if (active === undefined) {
    active = passageDomains(facts, s);
    facts.domains[s] = active;
  }
  // A loop, not .some() with a closure: this is asked for every match and every modal.
  for (let k = 0; k < domains.length; k++) if (active.has(domains[k])) return true;
  return false;
}

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'without',
  'hardly',
  'nor',
  'neither',
  'barely',
  'scarcely',
  'nobody',
  'none',
]);
/** Words that present what follows as known to exist: a negation before them does not deny it. */
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'your', 'my']);
/** "not only brutal" and "no longer just" still assert the word. */
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely', 'simply', 'least']);
/** Tokens that end or separate clauses (, ; : . — ): a set, not a regular expression, as most tokens are tested. */
export const CLAUSE_BREAK = new Set([',', ';', ':', '.', '!', '?', '(', ')', '\u2014', '\u2013']);

/**
 * True when one of the three words before token `first` (in its clause) negates it: "not a disaster". A
 * definite article or a possessive in between ends the negation's reach: "the fascist president" in "never
 * criticised the fascist president" is taken as existing, so the label is still the writer's.
 */
export function isNegated(facts: TextFacts, first: number): boolean {
  const { tokens } = facts.doc;
  const sentence = tokens[first].sentence;
  for (let i = first - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const t = tokens[i];
    if (t.sentence !== sentence || CLAUSE_BREAK.has(t.text)) return false;
    if (t.type !== 'word') continue;
    seen++;
    if (NEGATORS.has(facts.forms[i].lower)) return !NOT_NEGATING_NEXT.has(facts.forms[i + 1]?.lower ?? '');
    if (DEFINITE.has(facts.forms[i].lower)) return false;
  }
  return false;
}

const SPEECH_AFTER_NAME = new Set(['say', 'tell', 'write', 'add', 'argue', 'explain', 'note', 'ask', 'reply']);

/**
 * True when the token is most likely part of a name: capitalised inside a sentence that is not a headline
 * ("Michael Savage said"), or a sentence-initial proper noun followed by another name or a speech verb.
 */
export function looksLikeName(facts: TextFacts, index: number): boolean {
  const { tokens, sentences } = facts.doc;
  const t = tokens[index];
  if (!startsWithCapital(t.text) || t.text === t.text.toUpperCase()) return false;
  const s = sentences[t.sentence];
  const next = tokens[index + 1];
  if (s && inTitleCase(facts, s.index)) return namesBeforeVerb(facts, index);
  if (!isSentenceInitial(facts, index))
    return !isPluralCommonNoun(facts, index) || capitalised(tokens[index - 1]) || capitalised(next);
  if (t.pos !== 'PROPN' || !next) return false;
  return startsWithCapital(next.text) || SPEECH_AFTER_NAME.has(facts.forms[next.index].lemma);
}

/**
 * In a sentence of many capitals, two capitalised words, the second a common word, before a lower-case verb of
 * four letters or more are a title ("Blithe Spirit opens at the Playhouse"): a headline would capitalise the verb.
 */
function namesBeforeVerb(facts: TextFacts, index: number): boolean {
  const { tokens } = facts.doc;
  const next = tokens[index + 1];
  const verb = tokens[index + 2];
  if (!next || !verb || verb.sentence !== tokens[index].sentence || !startsWithCapital(next.text)) return false;
  // The second word is a common word ("Spirit"), not a surname ("Molester McCarrick'll vouch" keeps its label).
  if (!isKnownWord(next.lower)) return false;
  return (verb.pos === 'VERB' || verb.pos === 'AUX') && verb.text.length >= 4 && verb.text === verb.lower;
}

const capitalised = (t: { text: string } | undefined) => t !== undefined && startsWithCapital(t.text);

/**
 * A plural of a common noun ("Infidels", "Globalists") written with a capital for emphasis: names are rarely
 * plurals, so alone (no capitalised word beside it) it is not taken for a name.
 */
function isPluralCommonNoun(facts: TextFacts, index: number): boolean {
  const word = facts.forms[index].lower;
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss');
}

const OPENS_INNER_SENTENCE = /^["\u201C\u2018':(]$/;

/** First word of its sentence, allowing opening quotes or brackets before it. */
function isSentenceInitial(facts: TextFacts, index: number): boolean {
  const { tokens, sentences } = facts.doc;
  const s = sentences[tokens[index].sentence];
  if (!s) return true;
  // A quotation or a colon starts a new sentence inside the sentence: 'He said: "Outrageous!"'.
  if (OPENS_INNER_SENTENCE.test(tokens[index - 1]?.text ?? '')) return true;
  const first = facts.firstWord[s.index];
  return first === -1 || first >= index;
}
