/**
 * Decides what kind of source a speaker phrase is: a name, a document, an unnamed person, a vague group, or a
 * pronoun. The head word decides, not capital letters: "British counter-terror experts" names nobody, and the signs
 * that a phrase means one person (an agreeing verb, an age) live in one-person.ts.
 */
import { DOCUMENT_NOUNS, DOCUMENT_SPECIFIERS, HEARSAY_NOUNS, NOT_DOCUMENTS_BEFORE_OF, RECORD_NOUNS } from '../../lexicon/sources-documents.ts';
import { VAGUE_QUANTIFIERS } from '../../lexicon/sources-agentless.ts';
import { type VerbKind, WORDS_ONLY_VERBS } from '../../lexicon/sources-verbs.ts';
import type { ParsedText, Token } from '../../nlp.ts';
import { analysePhrase, isGroupHead, type NameKind, type PhraseParts } from '../../names/analyse.ts';
import { type Phrase, phraseText } from '../../names/phrase.ts';
import { isStateAfterTown } from '../../names/places.ts';
import { isAcronym, isCapitalised, isPossessive, SUBJECT_PRONOUNS } from '../../names/tokens.ts';
import { GROUP_NOUNS, INSTITUTIONS, PERSON_ROLES, PLURAL_ROLES, PROPER_GROUPS, SHARED_ROLES, SPOKES_ROLES } from '../../names/words.ts';
import type { SourceType } from '../../types.ts';
import { describedCrowd, loneCount } from './described-crowd.ts';
import { describedOpener, describedTail } from './described-opener.ts';
import type { Discourse } from './memory.ts';
import { causeName, namesABody, partyWing } from './plural-body.ts';
import { agedPerson, isSingularVerb, singularAfter, verbAfter } from './one-person.ts';
import { crowdBeforeSpeech, surnameBeforeSpeech } from './plural-surname.ts';
import { examplesInPhrase } from './named-examples.ts';
import { seriesTest } from './series-test.ts';
import { isShareOfThem } from './share-of-them.ts';
import { isUnnamedBody } from './unnamed-body.ts';
import { agreesWithPlural, commonWordAtStart, generationNamed, isCommonPlural, isShareHead, pluralSpeaks, shareGuess } from './unknown.ts';

/** The detector's verdict on a speaker phrase. */
export interface SourceGuess {
  source: SourceType;
  rule: string;
  confidence: number;
  sourceName?: string;
  /** For named sources: whether the name is a person or an organisation (for pronoun resolution). */
  nameKind?: NameKind;
  /** For anonymous sources: the reason the text gives for not naming them. */
  reason?: string;
}

/** Classifies a pronoun speaker and resolves it to the nearest earlier named source where it can. */
function classifyPronoun(pronoun: string, sentence: number, memory: Discourse): SourceGuess | undefined {
  if (pronoun === 'i' || pronoun === 'we' || pronoun === 'you') {
    return { source: 'pronoun', rule: 'attribution/first-person', confidence: 0.45 };
  }
  const found = memory.resolvePronoun(pronoun, sentence);
  const confidence = pronoun === 'it' ? 0.55 : 0.8;
  return { source: 'pronoun', rule: 'attribution/pronoun', confidence, ...(found ? { sourceName: found.name } : {}) };
}

/**
 * True for a lone capitalised word that may be capitalised only because it opens the sentence: not a name seen
 * before, not an acronym, and never capitalised inside a sentence elsewhere ("Fans shouted", "Play continued").
 */
function capitalOnlyAtStart(doc: ParsedText, k: number): boolean {
  const t = doc.tokens;
  if (doc.sentences[t[k].sentence]?.firstToken !== k || isAcronym(t[k])) return false;
  return !capitalisedInside(doc).has(t[k].lower);
}

/** Per text: the words it capitalises somewhere inside a sentence (names, not sentence openers). */
const CAPITALISED_INSIDE = new WeakMap<ParsedText, Set<string>>();

/** The words `doc` capitalises inside a sentence, collected once per text: asked per speaker, a scan each time was quadratic. */
function capitalisedInside(doc: ParsedText): Set<string> {
  let words = CAPITALISED_INSIDE.get(doc);
  if (words) return words;
  words = new Set<string>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const o = doc.tokens[i];
    if (doc.sentences[o.sentence]?.firstToken !== i && isCapitalised(o)) words.add(o.lower);
  }
  CAPITALISED_INSIDE.set(doc, words);
  return words;
}

/**
 * True for a lone sentence-opening word no earlier name explains and that is no speaker: "Play continued" (a verb to
 * wink), "Villages further north reported" (a plural common noun). A surname wink also knows as a plural ("Sanders")
 * is lost here only when no earlier full name explains it and no verb agreeing with one subject follows ("Sanders
 * says"); a surname wink reads as a verb ("Lynch") speaks before a finite words-only verb ("Lynch told") or a refusal
 * to use one ("Cook declined to say").
 */
function noSpeakerAtStart(doc: ParsedText, name: Phrase, full: string | undefined): boolean {
  const word = doc.tokens[name.first];
  if (name.end - name.first !== 1 || full || !capitalOnlyAtStart(doc, name.first)) return false;
  // "Rangers said" where the text also writes "Rangers manager Tom Bell": the plural names a club.
  if (namesABody(doc, word)) return false;
  const verb = verbAfter(doc, name.end);
  if (word.pos !== 'PROPN' && word.pos !== 'NOUN') return !isWordsOnlyReport(verb) && !refusesToReport(doc, verb);
  return isCommonPlural(word.lower) && !isSingularVerb(verb) && !(singularAfter(doc, name.end) && !agreesWithPlural(verb)) && !surnameBeforeSpeech(doc, word, verb);
}

/** The guess for a crowd nobody named: firmer when it speaks than when it holds a view. */
function vagueGroup(verbKind: VerbKind): SourceGuess {
  return { source: 'vague', rule: 'attribution/vague-group', confidence: verbKind === 'speech' ? 0.8 : 0.65 };
}

/**
 * "Lynch said", "Cook told reporters": a verb that only reports words, in a finite form, cannot follow a verb
 * or a thing that speaks for nobody, so the word before it is a surname ("Play continued" stays no speaker:
 * play can continue without a word; "Go tell them" is a bare imperative).
 */
function isWordsOnlyReport(verb: Token | undefined): boolean {
  return verb !== undefined && verb.pos === 'VERB' && WORDS_ONLY_VERBS.has(verb.lemma) && verb.lemma !== verb.lower;
}

/** "Cook declined to say", "Lynch refused to comment": a finite refusal, its "to" and a verb that only reports words. */
function refusesToReport(doc: ParsedText, verb: Token | undefined): boolean {
  const t = doc.tokens;
  if (!verb || !REFUSALS.has(verb.lemma) || verb.lemma === verb.lower || t[verb.index + 1]?.lower !== 'to') return false;
  const report = t[verb.index + 2];
  return report?.pos === 'VERB' && WORDS_ONLY_VERBS.has(report.lemma);
}
const REFUSALS = new Set(['decline', 'refuse']);

/** A named speaker: a person or organisation (a lone surname is expanded to the full name seen earlier). */
function classifyName(doc: ParsedText, p: Phrase, parts: PhraseParts, verbKind: VerbKind, memory: Discourse): SourceGuess | undefined {
  const name = parts.name as Phrase;
  const single = name.end - name.first === 1 ? doc.tokens[name.first].lower : undefined;
  const full = single ? memory.fullNameOf(single) : undefined;
  // "Farmers in the valley said": a tail after the lone word does not make it a name.
  if (parts.coreEnd - p.first === name.end - name.first && (noSpeakerAtStart(doc, name, full) || (!full && commonWordAtStart(doc, parts, verbKind, capitalOnlyAtStart(doc, name.first))))) {
    // "Hikers said the trail was closed": a crowd of people nobody named still speaks.
    const verb = verbAfter(doc, name.end);
    return crowdBeforeSpeech(doc.tokens[name.first], verb) || pluralSpeaks(doc.tokens[name.first], verb) ? vagueGroup(verbKind) : undefined;
  }
  const kind = full ? 'person' : (parts.nameKind ?? 'unknown');
  const confidence = kind === 'unknown' ? 0.75 : 0.9;
  return { source: 'named', rule: 'attribution/named-source', confidence, sourceName: full ?? phraseText(doc, p), nameKind: kind };
}

/** Activities whose reports are periodic filings: "lobbying reports", "fund-raising reports". */
const ACCOUNTED_ACTIVITIES = new Set(['fundraising', 'raising', 'spending', 'lobbying', 'lending', 'hiring', 'trading', 'shipping', 'funding']);

/** A document speaker ("the report", "a 2019 study by X") or hearsay ("field reports", "media reports"). */
function classifyDocument(doc: ParsedText, p: Phrase, parts: PhraseParts, head: string): SourceGuess {
  // "fundraising reports", "spending reports": reports that account for an activity are filings, not hearsay
  // ("alarming reports", "conflicting reports" stay hearsay: those describe the telling).
  const accounts = parts.head > p.first && ACCOUNTED_ACTIVITIES.has(doc.tokens[parts.head - 1].lower);
  // "Recent studies show": a describing word capitalised only because it opens the sentence names nobody.
  const opener = describedOpener(doc, p);
  const otherName = opener && parts.otherName?.first === p.first && parts.otherName.end === p.first + 1 ? undefined : parts.otherName;
  const specific = (parts.determiner && DOCUMENT_SPECIFIERS.has(parts.determiner)) || otherName || parts.name || accounts;
  if (HEARSAY_NOUNS.has(head) && !specific) return { source: 'vague', rule: 'attribution/hearsay', confidence: 0.8 };
  if (!specific && !RECORD_NOUNS.has(head) && onlyDescribed(doc, p, parts.head, opener)) {
    // "Studies show", "recent research suggests": documents nobody could find, so no better than "experts say".
    return { source: 'vague', rule: 'attribution/hearsay', confidence: 0.7 };
  }
  const sourceName = otherName ? phraseText(doc, p) : undefined;
  return { source: 'document', rule: 'attribution/document', confidence: 0.8, ...(sourceName ? { sourceName } : {}) };
}

/** Document words used without an article for a whole field rather than one paper: "research shows". */
const MASS_DOCUMENTS = new Set(['research', 'evidence', 'science', 'literature', 'scholarship']);

/**
 * True when nothing before the head picks out one document: no determiner, only adjectives ("recent studies"), and
 * a plural or a mass noun. A bare singular ("poll finds", "according to poll") is headline style for one poll.
 */
function onlyDescribed(doc: ParsedText, p: Phrase, head: number, opener: boolean): boolean {
  const word = doc.tokens[head].lower;
  if (!word.endsWith('s') && !MASS_DOCUMENTS.has(word)) return false;
  for (let k = opener ? p.first + 1 : p.first; k < head; k++) if (doc.tokens[k].pos !== 'ADJ') return false;
  // "Studies in animals have shown": a described tail still picks out no document.
  return describedTail(doc, p, head);
}

/** A singular unnamed person ("an official", "the spokesman"): a back-reference to a name, or anonymous. */
function classifyRole(doc: ParsedText, p: Phrase, parts: PhraseParts, head: string, memory: Discourse, sentence: number): SourceGuess {
  if (SPOKES_ROLES.has(head) && parts.otherName) {
    // A spokesperson speaks on the record for a named organisation: the organisation can be held to it.
    return { source: 'named', rule: 'attribution/spokesperson', confidence: 0.8, sourceName: phraseText(doc, p), nameKind: 'organisation' };
  }
  const owned = parts.otherName && parts.otherName.end <= parts.head && hasPossessive(doc, parts.otherName.end, parts.head) && !SHARED_ROLES.has(head);
  // "DNC chair", "the White House chief of staff": a role only one person holds in a named body.
  const unique = parts.otherName && parts.otherName.end <= parts.head && UNIQUE_ROLES.has(head) && !INDEFINITE.has(parts.determiner ?? '');
  if (owned || unique) {
    // "the senator's campaign manager": one identifiable person, named through whose role it is.
    return { source: 'named', rule: 'attribution/named-role', confidence: 0.7, sourceName: phraseText(doc, p), nameKind: 'person' };
  }
  if (parts.determiner && DEFINITE.has(parts.determiner)) return definiteReference(head, head, memory, sentence);
  return { source: 'anonymous', rule: 'attribution/unnamed-person', confidence: 0.75 };
}

/** Roles one person holds at a time in an organisation: naming the organisation names the person. */
const UNIQUE_ROLES = new Set([
  'chair', 'chairman', 'chairwoman', 'president', 'director', 'head', 'leader', 'chief', 'founder', 'owner',
  'commander', 'governor', 'mayor', 'speaker', 'minister', 'ambassador', 'editor', 'coach',
]);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'some', 'any']);

/** Determiners that make a role point back to someone already introduced ("the senator", "her editor"). */
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'these', 'those']);

/** True when a possessive mark sits in the token range [from, to). */
function hasPossessive(doc: ParsedText, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPossessive(doc.tokens[k])) return true;
  return false;
}

/** Plural words for organisations: "the groups said" points back to the groups the article named. */
const BODIES = new Set(['groups', 'agencies', 'governments', 'parties', 'countries', 'nations', 'sides', 'organisations', 'organizations', 'companies', 'unions']);

/** Roles that are unnamed by nature: "the source said" never points back to a name. */
const UNNAMED_ROLES = new Set(['source', 'insider']);

/**
 * "the senator said": the role points back to someone named earlier, and then it is that name. "The official
 * said" after "an official, who asked not to be named" points back to that unnamed person, and stays unnamed.
 */
function definiteReference(role: string, written: string, memory: Discourse, sentence: number): SourceGuess {
  const earlier = memory.resolveRole(role, sentence);
  if (earlier) return { source: 'named', rule: 'attribution/back-reference', confidence: 0.7, sourceName: earlier.name, nameKind: earlier.kind };
  const unverifiable = memory.findUnverifiable([written], sentence);
  if (unverifiable) return { source: unverifiable.source, rule: 'attribution/unnamed-back-reference', confidence: 0.7 };
  if (UNNAMED_ROLES.has(role)) return { source: 'anonymous', rule: 'attribution/unnamed-back-reference', confidence: 0.7 };
  return { source: 'pronoun', rule: 'attribution/definite-reference', confidence: 0.6 };
}

/** Classifies the speaker phrase of an attribution; undefined when the phrase cannot be a source. */
export function classifySpeaker(
  doc: ParsedText,
  p: Phrase,
  verbKind: VerbKind,
  memory: Discourse,
): SourceGuess | undefined {
  const t = doc.tokens;
  const sentence = t[p.first].sentence;
  if (p.end - p.first === 1 && SUBJECT_PRONOUNS.has(t[p.first].lower)) return classifyPronoun(t[p.first].lower, sentence, memory);
  if (isShareOfThem(doc, p)) return verbKind === 'evidence' ? undefined : vagueGroup(verbKind);
  if (isStateAfterTown(doc, p)) return undefined;
  if (generationNamed(doc, p)) return { source: 'named', rule: 'attribution/named-source', confidence: 0.75, sourceName: phraseText(doc, p), nameKind: 'unknown' };
  const parts = analysePhrase(doc, p);
  const head = t[parts.head].lower;
  const lineOfThings = NOT_DOCUMENTS_BEFORE_OF.has(head) && t[parts.head + 1]?.lower === 'of';
  // "The first test showed": a match or a trial in a series, no record.
  if (seriesTest(doc, parts.head)) return undefined;
  if ((DOCUMENT_NOUNS.has(head) || HEARSAY_NOUNS.has(head)) && !lineOfThings) return classifyDocument(doc, p, parts, head);
  if (isShareHead(doc, parts)) return shareGuess();
  // "Local Hikers said": a describing word that opens the sentence and a crowd's plural name nobody.
  const crowd = parts.name && capitalOnlyAtStart(doc, p.first) && (describedCrowd(doc, p, parts.name) || loneCount(doc, p));
  if (crowd) return vagueGroup(verbKind);
  if (parts.name) return classifyName(doc, p, parts, verbKind, memory);
  if (verbKind === 'evidence') return undefined;
  const quantified = parts.determiner !== undefined && VAGUE_QUANTIFIERS.has(parts.determiner);
  // "Free Democrats said", "Young Republicans said": a party or its wing, named by a describing word and a plural;
  // "Citizens for Clean Rivers says": a body named by its people and their cause.
  if (!quantified && (partyWing(doc, p, parts) || causeName(doc, p, parts))) {
    return { source: 'named', rule: 'attribution/institution', confidence: 0.65, sourceName: phraseText(doc, p), nameKind: 'organisation' };
  }
  const roleGroup = PLURAL_ROLES.get(head);
  if (roleGroup && !GROUP_NOUNS.has(head) && parts.determiner && DEFINITE.has(parts.determiner)) {
    // "the senators", "the candidates": a set of people introduced before, not an anonymous crowd.
    return definiteReference(roleGroup, head, memory, sentence);
  }
  const definite = parts.determiner !== undefined && DEFINITE.has(parts.determiner);
  // "the Russians announced", "the Republicans said": the nation's government or the party as one body, unless
  // the same crowd was met before without a name ("Republicans worry ... These same Republicans say").
  if (parts.determiner === 'the' && PROPER_GROUPS.has(head) && !memory.findUnverifiable([head], sentence)) {
    return { source: 'named', rule: 'attribution/institution', confidence: 0.6, sourceName: phraseText(doc, p), nameKind: 'organisation' };
  }
  if (definite && BODIES.has(head)) return definiteReference(head, head, memory, sentence);
  // "Those who said the plan would fail", "Those asked said": people picked out only by what they said or what was
  // done to them, a crowd nobody named.
  const after = t[p.end];
  const pickedOut = after?.lower === 'who' || (after?.pos === 'VERB' && /(ed|en)$/.test(after.lower));
  const peopleWho = head === 'those' && p.end === parts.head + 1 && pickedOut;
  if (isGroupHead(head) || VAGUE_QUANTIFIERS.has(head) || (quantified && PERSON_ROLES.has(head)) || peopleWho) {
    return examplesInPhrase(doc, p, parts.coreEnd) ?? vagueGroup(verbKind);
  }
  // "The defendant, 41, told the court": a word for a side in a case, given an age, is one person, not the side.
  if (PERSON_ROLES.has(head) || agedPerson(doc, parts.head)) return classifyRole(doc, p, parts, head, memory, sentence);
  if (INSTITUTIONS.has(head)) {
    if (isUnnamedBody(doc, p, parts)) return vagueGroup(verbKind);
    const sourceName = phraseText(doc, p);
    return { source: 'named', rule: 'attribution/institution', confidence: 0.65, sourceName, nameKind: 'organisation' };
  }
  return undefined;
}
