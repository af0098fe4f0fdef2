/** Recognises report-verb tokens ("said", "told", "warned", "found") and marks date tokens to skip over. */
import { VAGUE_QUANTIFIERS } from '../../lexicon/sources-agentless.ts';
import { DOCUMENT_NOUNS } from '../../lexicon/sources-documents.ts';
import {
  NEED_PARTICLE,
  NOUN_LIKE_VERBS,
  REPORT_VERBS,
  type VerbKind,
  WORDS_ONLY_VERBS,
} from '../../lexicon/sources-verbs.ts';
import type { ParsedText, Token } from '../../nlp.ts';
import { headlinePast, headlineProgressive } from './headlines.ts';
import { describesDocumentSubject, documentBeforeOf } from './document-subject.ts';
import { DETERMINERS, isCapitalised, isMark, isPossessive, isTitleCaseSentence } from '../../names/tokens.ts';
import { SHARE_WORDS } from '../../names/words.ts';
import { opensDescription } from './comma-phrase.ts';
import { IDIOM_VERBS, phraseSpeech, speechIdiom } from './speech-idioms.ts';
import { perceivedSpeaking } from './perceived.ts';
import { notReporting } from './other-senses.ts';
import { isCommonPlural } from './unknown.ts';
import { feelingOnly } from './feelings.ts';
import { crowdSaw } from './crowd-saw.ts';
import { keepsUp } from './kept-up.ts';
import { rulesNothing } from './rulings.ts';
import { workReports } from './cited-works.ts';
import { nameBeforeColon, nameEndsInS } from './name-in-s.ts';
import { isStanceAdjective } from './stance-adjective.ts';
import { mayReport } from './verb-triggers.ts';

const VERB_TAGS = new Set(['VERB', 'AUX']);
/** Clearly verbal forms of words that are also nouns: "reported", "claims that" is decided by context. */
const VERBAL_ENDINGS = /(ed|ing)$/;

/** The kind of report verb at token i, or undefined when it is not one (or is used as a noun). */
export function reportVerbAt(doc: ParsedText, i: number): VerbKind | undefined {
  const t = doc.tokens[i];
  // Two set look-ups first: most words are in no list a later check reads, so none of those checks can say yes.
  if (t.type !== 'word' || !mayReport(t)) return undefined;
  if (isStanceAdjective(doc, i) || crowdSaw(doc, i)) return 'cognition';
  const idiom = IDIOM_VERBS.has(t.lemma) ? speechIdiom(doc, i) : (t.lemma === 'put' && putsIt(doc, i)) || phraseSpeech(doc, i) ? 'speech' : undefined;
  const kind = idiom ?? REPORT_VERBS.get(t.lemma) ?? REPORT_VERBS.get(t.lower) ?? participleTaggedNoun(doc, i);
  if (!kind || workReports(doc, i)) return kind;
  // "The team said goodbye to the coach": a greeting or a farewell, no report.
  if (t.lemma === 'say' && FAREWELLS.has(doc.tokens[i + 1]?.lower ?? '')) return undefined;
  // "Simon Says" is a children's game (and a toy's name), nobody called Simon speaking.
  if (t.text === 'Says' && doc.tokens[i - 1]?.text === 'Simon') return undefined;
  if (notReporting(doc, i) || feelingOnly(doc, i) || keepsUp(doc, i) || rulesNothing(doc, i)) return undefined;
  // A capital inside a sentence marks a name ("Will Says", "the Call of Duty"), except in a headline's title case
  // ("Mayor Says Budget Is Out of Reach"), where a verb wink tags as one still reports.
  if (isCapitalised(t) && doc.sentences[t.sentence]?.firstToken !== i && !headlineVerb(doc, i) && !headlinePast(doc, i) && !headlineProgressive(doc, i)) return undefined;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  if (t.lower.endsWith('ing') && !isProgressive(doc, i)) return undefined;
  if (isReducedPassive(doc, i)) return undefined;
  const afterDeterminer = prev !== undefined && (DETERMINERS.has(prev.lower) || isPossessive(prev) || prev.pos === 'ADJ');
  if (NOUN_LIKE_VERBS.has(t.lemma)) {
    // "a report", "his call", "the state of": a determiner, an adjective or "of" makes these nouns.
    // "Many fear that": a quantifier standing for people is the verb's subject, not the noun's determiner.
    const crowd = prev !== undefined && VAGUE_QUANTIFIERS.has(prev.lower) && isThirdPersonVerb(doc, i);
    if (!VERBAL_ENDINGS.test(t.lower) && !crowd && (afterDeterminer || next?.lower === 'of')) return undefined;
    return VERB_TAGS.has(t.pos) || VERBAL_ENDINGS.test(t.lower) || isThirdPersonVerb(doc, i) ? kind : undefined;
  }
  // wink sometimes tags "says" or "warned" as nouns; an inflected form after a subject is still a verb.
  return VERB_TAGS.has(t.pos) || (t.pos === 'NOUN' && (VERBAL_ENDINGS.test(t.lower) || isThirdPersonVerb(doc, i))) ? kind : undefined;
}

/** What a reported clause or its hearer may open with after an -ing form: "warning that", "warning residents that". */
const REPORTED_OPENERS = new Set(['that', 'of', 'against']);

/**
 * ", warning that the river would rise": wink reads "warning" as the noun (lemma "warning"), but after a comma and
 * before what is reported it is the verb's participle. Its base is found by undoing the -ing ("warn", "argue",
 * "admit"); "Traffic was heavy, warning signs flashed" has no clause after it and stays a noun.
 */
function participleTaggedNoun(doc: ParsedText, i: number): VerbKind | undefined {
  const t = doc.tokens;
  const word = t[i].lower;
  if (t[i].pos !== 'NOUN' || !word.endsWith('ing') || !isMark(t[i - 1], ',')) return undefined;
  let reported = REPORTED_OPENERS.has(t[i + 1]?.lower ?? '');
  for (let k = i + 2; !reported && k < t.length && k - i <= 4 && t[k - 1].type === 'word'; k++) {
    reported = t[k].lower === 'that';
  }
  if (!reported) return undefined;
  const stem = word.slice(0, -3);
  const doubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  for (const base of [stem, `${stem}e`, doubled]) if (WORDS_ONLY_VERBS.has(base)) return REPORT_VERBS.get(base);
  return undefined;
}

/** Words before a speaker that make "put it" a way of saying: "as she put it", "how the mayor put it". */
const PUT_IT_OPENERS = new Set(['as', 'how', 'way']);

/**
 * "As the coach put it, ...", "as Ruiz put it bluntly:": "put it" after "as" or "how", ending its clause, reports
 * someone's words; "she put it on the shelf" and "he put it down" (no "as" before) do not.
 */
function putsIt(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i + 1]?.lower !== 'it') return false;
  const after = t[i + 2];
  if (!isMark(after, ',:.;—–') && !(after?.pos === 'ADV' && isMark(t[i + 3], ',:.;—–'))) return false;
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) if (PUT_IT_OPENERS.has(t[k].lower)) return true;
  return false;
}

/**
 * "Marta Kolb Says Fares Will Rise": a headline's present-tense verb (wink tags it as one) right after its
 * subject. Headline participles are left alone: "Residents Told To Leave" and "Ferry Accused Of Delays" are passives.
 */
function headlineVerb(doc: ParsedText, i: number): boolean {
  const t = doc.tokens[i];
  const s = doc.sentences[t.sentence];
  const subject = doc.tokens[i - 1];
  if (t.pos !== 'VERB' || !t.lower.endsWith('s') || !subject || !['PROPN', 'NOUN'].includes(subject.pos)) return false;
  // "Hospital Admits 40 Patients", "Messi Adds Third Goal": a count after "admits"/"adds" is what was let in or scored.
  if (COUNTING_ACTS.has(t.lemma) && countFollows(doc, i + 1)) return false;
  return s !== undefined && isTitleCaseSentence(doc.tokens, s);
}

/** Headline verbs that also count things in: "Admits 40 Patients", "Adds Third Goal". */
const COUNTING_ACTS = new Set(['admit', 'add']);
const ORDINALS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another|\d+(st|nd|rd|th))$/;

/** True when token k is a number or an ordinal ("40", "Third", "Another"). */
function countFollows(doc: ParsedText, k: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && (t.pos === 'NUM' || ORDINALS.test(t.lower));
}

/** Words "say" takes as a greeting or a parting rather than as something reported. */
const FAREWELLS = new Set(['goodbye', 'good-bye', 'farewell', 'hello', 'grace', 'cheese']);

/**
 * "The candidate claims his ...", "Court records show the ...": a form agreeing with the noun before it (-s after
 * a singular, the bare form after a plural) and followed by a clause is a verb, whatever wink's tag.
 */
function isThirdPersonVerb(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const prev = t[i - 1];
  const next = t[i + 1];
  if (!prev || !next) return false;
  // "Some say the deal is dead": a quantifier standing for people takes the bare form.
  if (VAGUE_QUANTIFIERS.has(prev.lower) && t[i].lemma === t[i].lower) {
    return ['DET', 'PRON', 'VERB', 'AUX'].includes(next.pos) || next.lower === 'that';
  }
  // "4 in 10 say", "Two-thirds say": a number other than one is plural.
  // "A quarter say", "half think": a share of people takes the bare form too, whatever wink tags the share.
  if ((prev.pos === 'NUM' && prev.lower !== 'one' && prev.lower !== '1') || SHARE_WORDS.has(prev.lower)) {
    return t[i].lemma === t[i].lower && (next.lower === 'that' || ['PRON', 'DET', 'PROPN'].includes(next.pos));
  }
  if (!['NOUN', 'PROPN'].includes(prev.pos)) return false;
  // "The minutes of the meeting show the ...": the verb agrees with the document before "of".
  const head = documentBeforeOf(doc, i) ?? prev;
  const plural = head.lower.endsWith('s') || PLURALS_WITHOUT_S.has(head.lower);
  const agrees = nameEndsInS(doc, i, head) || (t[i].lower.endsWith('s') ? !plural : plural && t[i].lemma === t[i].lower);
  // "..., records show." / "records show, the ...": a plural subject and a bare verb before a comma or the end.
  if (agrees && plural && !t[i].lower.endsWith('s') && isMark(next, ',.;')) return true;
  // "the bridge, which drivers say is too narrow": in a relative clause the verb may sit right before the clause's own verb.
  if (agrees && plural && next.pos === 'AUX' && RELATIVES.has(t[i - 2]?.lower ?? '')) return true;
  // "The Harbour News reports: ...": a paper's name and its -s verb before a colon announce what it reports.
  if (agrees && nameBeforeColon(doc, i)) return true;
  // "Union demands minister resign", "pledges to", "points out that", "critics call “Blorp”": a name, "to", a particle.
  return agrees && (next.lower === 'that' || next.lower === 'to' || NEED_PARTICLE.get(t[i].lemma)?.has(next.lower) || ['PRON', 'DET', 'PROPN'].includes(next.pos) || (t[i].lemma === 'call' && isMark(next, '"“‘\'')));
}

const RELATIVES = new Set(['which', 'that', 'what', 'who']);

/** Plural nouns without a final s: "data show", "people say". */
const PLURALS_WITHOUT_S = new Set(['data', 'media', 'people', 'police', 'criteria', 'staff', 'men', 'women', 'children']);

/**
 * An -ing form reports speech after a form of "be" ("is saying") or a comma ("..., adding that"); straight after
 * a noun it describes the noun ("nine witnesses testifying") and attributes nothing.
 */
function isProgressive(doc: ParsedText, i: number): boolean {
  if (perceivedSpeaking(doc, i)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = doc.tokens[k];
    if (t.pos === 'ADV') continue;
    // "The rally featured Petrov vowing a rematch": a name before the -ing form is its subject,
    // speaking; a place is not ("marched in New York demanding a ceasefire").
    if (t.pos === 'PROPN' && isCapitalised(t)) return !afterPlacePreposition(doc, k);
    // "a statement saying", "a tweet warning": a document's -ing form reports what it says.
    // "A petition demanding a new crossing has gathered ...": a subject's describing "-ing" form reports nothing.
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return (DOCUMENT_NOUNS.has(t.lower) && !describesDocumentSubject(doc, i)) || afterWith(doc, k);
    // "was quoted as saying": the one quoted is saying it; "have taken to saying": a new habit of its subject.
    if (t.lower === 'as' && doc.tokens[k - 1]?.lemma === 'quote') return true;
    if (t.lower === 'to' && doc.tokens[k - 1]?.lemma === 'take' && doc.tokens[k - 1].pos === 'VERB') return true;
    // "ended the meeting by announcing": "by" before the -ing form tells how its subject acted.
    return t.pos === 'AUX' || t.type === 'punctuation' || INGS_AFTER.has(t.lower) || isAspectVerb(t);
  }
  return true;
}

/** Words after which an -ing form is a verb of the sentence's subject: "after admitting", "by saying". */
const INGS_AFTER = new Set(['while', 'after', 'before', 'by']);

/** Verbs of keeping on or starting that take an -ing form: "kept saying", "began warning", "continues insisting". */
const ASPECT_VERBS = new Set(['keep', 'continue', 'begin', 'start']);

/** True for a finite verb of aspect before an -ing form ("kept", "began"), the form's own subject before it. */
export function isAspectVerb(t: Token): boolean {
  return ASPECT_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing');
}

/** Prepositions that put the name after them in a place: "in New York", "through London" (wink writes "thru"). */
const PLACE_PREPOSITIONS = new Set(['in', 'through', 'thru', 'at', 'from', 'across', 'into', 'outside', 'near', 'around', 'to', 'toward', 'towards']);

/** True when the name ending at token k stands after a preposition of place. */
function afterPlacePreposition(doc: ParsedText, k: number): boolean {
  let j = k;
  while (j > 0 && doc.tokens[j].pos === 'PROPN') j--;
  return PLACE_PREPOSITIONS.has(doc.tokens[j].lower);
}

/** "with analysts saying the rise is near": the noun phrase ending at k follows "with", so its -ing form reports. */
function afterWith(doc: ParsedText, k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const t = doc.tokens[j];
    if (t.lower === 'with') return true;
    if (t.type !== 'word' || !['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos)) return false;
  }
  return false;
}

/** Participles of judging that a comma can attach to the noun before: ", considered the best". */
const JUDGED = new Set(['considered', 'regarded', 'deemed', 'reputed']);
/** What follows such a participle when it describes: "the best", "one of", "among", "to be". */
const JUDGEMENT_FOLLOWERS = new Set(['DET', 'ADJ', 'NUM', 'ADP', 'PART', 'ADV']);

/** Participles of accusing with the preposition that names the charge: "accused of", "charged with". */
const ACCUSED = new Map([['accused', 'of'], ['charged', 'with'], ['suspected', 'of']]);

/** Auxiliaries before a participle: "has written", "was shown", "had been told". */
const PARTICIPLE_AUXILIARIES = new Set(['have', 'has', 'had', "'ve", "'d", 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'got']);

/** What hearsay says of someone after "thought to", "said to": "to be", "to have". */
const HEARSAY_INFINITIVES = new Set(['be', 'have']);
// Read once per report verb, so built once here: a literal would make a new object at every call.
const HEARSAY_PARTICIPLE = /(ed|ght|id|ood)$/;
const ONLY_PARTICIPLE = /(en|wn)$/;
const RELATIVE_WORDS = new Set(['who', 'whom', 'which']);
const NOUN_OPENERS = new Set(['DET', 'ADJ', 'NUM']);

/** True when token k opens a relative clause: "who", "whom", "which", or a "that" not right after a verb. */
function isRelativeAt(doc: ParsedText, k: number): boolean {
  const w = doc.tokens[k]?.lower;
  return RELATIVE_WORDS.has(w ?? '') || (w === 'that' && doc.tokens[k - 1]?.pos !== 'VERB');
}

/**
 * "notes written in the margin", "the number shown on the screen": a participle that only exists as one
 * (-en, -wn) straight after a noun describes that noun; nobody is reported writing or showing anything.
 */
function isReducedPassive(doc: ParsedText, i: number): boolean {
  const t = doc.tokens[i];
  // "He trained Ana Ruiz, considered the finest potter of her generation": a judgement participle after a comma
  // describes the name before it; nobody there is doing the considering.
  // ("Critics, meanwhile, considered the film a failure": after an aside the verb is the subject's own.)
  // ("Measures, deemed unfit by Democrats, failed": with its agent the participle is a passive report.)
  const withAgent = doc.tokens[i + 1]?.lower === 'by' || doc.tokens[i + 2]?.lower === 'by';
  const judged = JUDGED.has(t.lower) && JUDGEMENT_FOLLOWERS.has(doc.tokens[i + 1]?.pos ?? '');
  if (judged && isMark(doc.tokens[i - 1], ',') && !withAgent && doc.tokens[i - 2]?.pos !== 'ADV' && opensDescription(doc, i - 1)) return true;
  // "Lind, thought to be the youngest mayor,": hearsay told of the name before the comma, not Lind's own thought.
  const hearsay = doc.tokens[i + 1]?.lower === 'to' && HEARSAY_INFINITIVES.has(doc.tokens[i + 2]?.lower ?? '');
  if (hearsay && isMark(doc.tokens[i - 1], ',') && HEARSAY_PARTICIPLE.test(t.lower)) return true;
  // "the refugees admitted are women": a participle straight between a noun and its own verb describes the noun.
  const after = doc.tokens[i + 1];
  const noun = doc.tokens[i - 1];
  // ("whom many farmers believed was": after a relative the -ed form is its verb; "said that" is no relative.)
  const afterRelative = isRelativeAt(doc, i - 2) || (isRelativeAt(doc, i - 3) && NOUN_OPENERS.has(doc.tokens[i - 2]?.pos ?? ''));
  if (t.lower.endsWith('ed') && noun?.pos === 'NOUN' && after !== undefined && (after.pos === 'AUX' || after.pos === 'VERB') && !afterRelative) return true;
  // "a visiting engineer accused of spying", "a banker charged with fraud": the noun is the one accused.
  // "Students suspected of cheating": a plural opening a sentence is tagged as a name, but it is the one suspected.
  const described = noun?.pos === 'NOUN' || (noun?.pos === 'PROPN' && isCommonPlural(noun.lower));
  if (described && ACCUSED.get(t.lower) === after?.lower) return true;
  if (!ONLY_PARTICIPLE.test(t.lower) || t.lemma === t.lower || doc.tokens[i + 1]?.lower === 'by') return false;
  let k = i - 1;
  // "Studies have not shown that": "not" between the auxiliary and the participle keeps the perfect.
  while (k >= 0 && (doc.tokens[k].pos === 'ADV' || doc.tokens[k].lower === 'not' || doc.tokens[k].lower === "n't")) k--;
  const prev = doc.tokens[k];
  return prev !== undefined && !PARTICIPLE_AUXILIARIES.has(prev.lower) && prev.pos !== 'PRON';
}

const DATE_TYPES = new Set(['DATE', 'TIME', 'DURATION']);
/** Prepositions that open a time phrase: "in June", "on Monday", "during the summer". */
const DATE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'since', 'until', 'over']);

/** Marks every token inside a date or time entity ("Tuesday", "last week"), for skipping between subject and verb. */
export function dateMask(doc: ParsedText): Uint8Array {
  const mask = new Uint8Array(doc.tokens.length);
  for (const e of doc.entities) {
    if (!DATE_TYPES.has(e.type)) continue;
    for (let k = e.firstToken; k < e.endToken; k++) mask[k] = 1;
    // "Okafor in June criticised": the preposition belongs to the date it introduces.
    if (DATE_PREPOSITIONS.has(doc.tokens[e.firstToken - 1]?.lower ?? '')) mask[e.firstToken - 1] = 1;
  }
  return mask;
}
