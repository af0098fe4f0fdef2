/**
 * Finds who is speaking for a report verb: the subject before it ("Kirby said"), through an appositive or a
 * relative clause ("Hill, who will testify Thursday, said"; "officials who asked not to be named said"),
 * after it ("said Mr. Kirby"), or in a passive "by" phrase ("was criticised by Democrats").
 * Every walk is bounded, so finding a speaker costs O(1) tokens.
 */
import type { ParsedText, Token } from '../../nlp.ts';
import { type Phrase, phraseEndingAt, phraseStartingAt, ROLE_MODIFIERS } from '../../names/phrase.ts';
import { PERSON_ROLES } from '../../names/words.ts';
import { STANCE_ADJECTIVES } from '../../lexicon/sources-verbs.ts';
import { isMark, isNounLike, QUOTE_MARKS, SUBJECT_PRONOUNS } from '../../names/tokens.ts';
import { asideBetweenCommas, isDash, openingDash, openingParenthesis } from './asides.ts';
import { isAspectVerb } from './cues.ts';
import { INVERTIBLE, inverted, speakerFollows } from './inversion.ts';
import { labelBefore, labelledThing } from './labelled.ts';
import { isPassive } from './passive.ts';
import { quotedName } from './quoted-name.ts';
import { relativeClause, throughRelative } from './relatives.ts';
import { shareOfThem } from './share-of-them.ts';

/** A speaker found for a cue: the source phrase and, when there is one, the clause between it and the verb. */
export interface Speaker {
  phrase: Phrase;
  /** "before" when the speaker precedes the verb, "after" when it follows ("said Mr. Kirby", "according to X"). */
  order: 'before' | 'after';
  /** An appositive or relative clause attached to the speaker ("speaking on condition of anonymity"). */
  clause?: Phrase;
  /** A second phrase naming the same speaker: "said another witness, former adviser Fiona Hill". */
  appositive?: Phrase;
  /**
   * How sure the grammar is that the phrase speaks, for phrases the word lists do not know: "described" when a
   * participle describes the subject ("Families living along the river said"), "inverted" when it follows the
   * verb after a quotation or a comma ('"Rain again," sighed the groundsman').
   */
  reading?: 'described' | 'inverted';
}

/** Words that may stand between a subject and its report verb: "has also said", "would later tell". */
const SKIP_WORDS = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may',
  'might', 'should', 'must', 'not', "n't", 'been', 'being', 'be', 'also', 'on',
  // "The chef Lucia Ferro herself admitted": a reflexive only stresses the subject before it.
  'himself', 'herself', 'themselves', 'itself',
  'further', // "She further argued": an adverb wink tags as a verb.
]);
/** Verbs that can govern an infinitive report verb: "declined to comment", "went on to say". */
const GOVERNING_VERBS = new Set([
  'decline', 'refuse', 'go', 'continue', 'want', 'expect', 'appear', 'seem', 'try', 'use', 'hasten', 'rush',
  'begin', 'start', 'plan', 'intend', 'fail', 'choose', 'prepare', 'hesitate', 'move', 'come', 'get', 'take',
  // Habits of saying: "critics like to cite", "fans tend to say".
  'tend', 'like', 'love',
]);
/** Habits whose talking reports nothing: "she tends to speak at rallies" says how she works, not what she said. */
const HABITS = new Set(['tend', 'like', 'love']);
/** Adjectives of readiness or reluctance that take an infinitive of their subject: "quick to note", "reluctant to say". */
const READINESS = new Set([
  'quick', 'eager', 'keen', 'careful', 'happy', 'ready', 'willing', 'unwilling', 'reluctant', 'hesitant', 'anxious',
  'loath', 'loth', 'glad', 'proud', 'prepared', 'determined', 'swift', 'slow', 'first', 'last', 'able', 'unable',
  'likely', 'unlikely',
]);

/**
 * The verb "take" of "took to Twitter to say", "took to the airwaves to warn", when the medium ends at `end`; else
 * `end` itself. A medium is a noun after "to", with a determiner or none, no more than three words.
 */
function takenTo(t: Token[], end: number): number {
  for (let k = end - 1; k >= 0 && end - k <= 3; k--) {
    if (t[k].lower === 'to') return t[k - 1]?.lemma === 'take' && t[k - 1].pos === 'VERB' && isNounLike(t[end]) ? k - 1 : end;
    if (!isNounLike(t[k]) && t[k].pos !== 'DET') return end;
  }
  return end;
}
/** Words that open an appositive or a relative clause after a speaker's name. */
const CLAUSE_OPENERS = new Set([
  'who', 'which', 'whose', 'a', 'an', 'the', 'speaking', 'citing', 'writing', 'testifying', 'appearing', 'himself',
  'herself', 'themselves', 'also', 'now', 'then', 'once', 'formerly', 'its', 'his', 'her', 'their', 'one',
  'according', 'in', 'asked', 'when', 'after', 'responding', 'reacting', 'referring', 'commenting', 'addressing',
  'including', 'like', 'such', 'especially', 'still', 'already', 'long', 'newly', 'recently', 'by',
  // Where the speaker is from, where, when or through whom they spoke: "The inspectors, from the water board,
  // said", "Okafor, through a spokeswoman, declined to comment", "Hale, at a rally on Monday, said" (wink's
  // lower-case form of "through" is "thru").
  'from', 'thru', 'via', 'at', 'with', 'during', 'on', 'for',
]);
const MAX_CLAUSE = 30;
/** Reflexives that stress a subject: "the chef herself". */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);
/** First words of a partner added to a subject: "as well as", "along with", "together with". */
const COMPANY = new Set(['as', 'along', 'together']);

/** True when token k sits inside a date or time expression ("on Tuesday", "last week"). */
export type DateTest = (k: number) => boolean;

/** Skips auxiliaries, adverbs, dates and one "declined to" chain leftwards from the verb; returns the next index. */
function skipToSubject(doc: ParsedText, verb: number, floor: number, isDate: DateTest): number {
  const t = doc.tokens;
  let j = verb - 1;
  let chained = false;
  while (j >= floor) {
    const tok = t[j];
    if (tok.text === ')' || isDash(t, j)) {
      // "Sen. Ruth Abara (D-Md.) has criticized", "Democrats - especially in New York - said": an aside between
      // subject and verb is skipped.
      const open = tok.text === ')' ? openingParenthesis(t, j, floor) : openingDash(t, j, floor);
      if (open < 0) break;
      j = open - 1;
    } else if (isMark(tok, ',') && asideBetweenCommas(t, j, floor) >= 0) {
      // "Rosa Lind, meanwhile, warned": a comma-fenced adverb is skipped too.
      j = asideBetweenCommas(t, j, floor) - 1;
    } else if (tok.lower === 'to') {
      // An infinitive has a subject only through a governing verb: "declined to comment", not "for NATO to decide".
      // "led Republicans to say": the object of a verb like "lead" or "prompt" is the one who says.
      if (!chained && controlledObject(doc, j, floor)) return j - 1;
      // "went on to argue": the particle of "go on" stands between the verb and its "to".
      // "took to Twitter to say": "take to" a medium governs the infinitive after the medium.
      const governor = t[j - 1]?.lower === 'on' && t[j - 2]?.lemma === 'go' ? j - 2 : takenTo(t, j - 1);
      // "Critics were quick to point out": an adjective of readiness or reluctance governs the infinitive too.
      if (chained || !(GOVERNING_VERBS.has(t[governor]?.lemma ?? '') || READINESS.has(t[governor]?.lower ?? ''))) return floor - 1;
      if (HABITS.has(t[governor].lemma) && (t[verb].lemma === 'speak' || t[verb].lemma === 'talk')) return floor - 1;
      // "The company is expected to announce cuts": a forecast of words not yet said; whoever expects it is unnamed.
      if (t[governor].lower === 'expected' && isPassive(t, governor, floor)) return floor - 1;
      chained = true;
      j = governor - 1;
    } else if (isAspectVerb(tok) && t[j + 1]?.lower.endsWith('ing')) {
      // "Ruiz kept saying": the subject of "kept" says it.
      j--;
    } else if (SKIP_WORDS.has(tok.lower) || (tok.pos === 'ADV' && !isCrowdWord(t, j, floor)) || (tok.pos === 'PART' && tok.lower !== 'to') || isDate(j)) j--;
    else break;
  }
  return j;
}

/** Verbs whose object does what the infinitive says: "led Republicans to say", "prompted critics to warn". */
const OBJECT_CONTROL = new Set(['lead', 'prompt', 'force', 'cause', 'push', 'urge', 'encourage', 'invite', 'spur', 'drive', 'compel', 'move']);

/** True when the phrase before the "to" at `to` is the object of an object-control verb. */
function controlledObject(doc: ParsedText, to: number, floor: number): boolean {
  const object = phraseEndingAt(doc, to - 1, floor);
  if (!object || object.end !== to) return false;
  const verb = doc.tokens[object.first - 1];
  return verb !== undefined && object.first - 1 >= floor && OBJECT_CONTROL.has(verb.lemma) && verb.pos === 'VERB';
}

/** Quantifiers that stand for people on their own ("most said", "many believe"); wink may tag them as adverbs. */
const CROWD_WORDS = new Set(['most', 'many', 'few', 'some', 'others', 'several', 'all']);

/** True when the word at j is a quantifier opening its clause, so it is the subject and no adverb: "...; most said". */
function isCrowdWord(t: Token[], j: number, floor: number): boolean {
  if (!CROWD_WORDS.has(t[j].lower)) return false;
  const before = t[j - 1];
  return j === floor || before === undefined || before.type === 'punctuation' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/** True when token k, at or after `floor`, is "who" or "which" (a function, not a closure made per speaker search). */
function isWhoAt(t: Token[], k: number, floor: number): boolean {
  return k >= floor && (t[k].lower === 'who' || t[k].lower === 'which');
}

/** The speaker of the report verb at token `verb` within the sentence [floor, ceiling), if one is found. */
export function findSpeaker(doc: ParsedText, verb: number, floor: number, ceiling: number, isDate: DateTest): Speaker | undefined {
  const t = doc.tokens;
  const v = t[verb];
  // "rebels funded by the Harbour Trust": a participle with "by" is passive even without a form of "be".
  const adjective = STANCE_ADJECTIVES.has(v.lower);
  if (!adjective && (isPassive(t, verb, floor) || (v.lower.endsWith('ed') && agentBy(t, verb) > 0))) {
    return passiveAgent(doc, verb, ceiling);
  }
  const j = skipToSubject(doc, verb, floor, isDate);
  if (j >= floor) {
    const tok = t[j];
    if (SUBJECT_PRONOUNS.has(tok.lower) && tok.pos === 'PRON') return { phrase: { first: j, end: j + 1 }, order: 'before' };
    const share = shareOfThem(doc, j, floor);
    if (share) return { phrase: share, order: 'before' };
    const left = phraseEndingAt(doc, j, floor, isDate);
    if (left && left.end === j + 1) {
      if (labelBefore(t, left.first) >= 0) return labelledThing(doc, left.first, j, floor, isDate);
      // "One aide who heard the call said": after a verb, the phrase is that verb's object.
      // "Opponents who moved into the U.S. cite": after a verb's preposition, the phrase is that preposition's object.
      const governor = t[left.first - 1]?.pos === 'ADP' ? left.first - 2 : left.first - 1;
      // "Fans who support the team say", "Voters who back the mayor say": a word between "who" and a determiner is the
      // clause's verb, whatever wink tags it, so the phrase is its object ("who the police say" keeps its subject).
      const verbInPhrase = isWhoAt(t, left.first - 1, floor) && t[left.first].pos !== 'DET' && t[left.first + 1]?.pos === 'DET';
      const objectOf = (governor >= floor && (t[governor].pos === 'VERB' || isWhoAt(t, governor - 1, floor))) || verbInPhrase;
      return (objectOf ? throughRelative(doc, j, floor) : undefined) ?? throughParticiple(doc, governor, j, floor, isDate) ?? { phrase: left, order: 'before' };
    }
    // "Families living nearby said": an -ing form and its adverb describe the noun before them.
    const adverbs = j < verb - 1 && t[j + 1].pos === 'ADV';
    const described = adverbs && t[j].pos === 'VERB' && t[j].lower.endsWith('ing') ? throughParticiple(doc, j, j, floor, isDate) : undefined;
    if (described) return described;
    if (isMark(tok, ',') && !isMark(t[j - 1], QUOTE_MARKS)) {
      const apposed = throughClause(doc, j, floor, isDate);
      // "Shame on the weather, joked the groundsman": what fills the clause before the comma is the words said,
      // not a subject, when the verb inverts with a speaker who closes the sentence.
      const wholeClause = apposed && apposed.phrase.first === floor && !apposed.clause && !apposed.appositive;
      if (apposed && !(wholeClause && speakerFollows(doc, verb, ceiling, isDate))) return apposed;
    }
    const relative = relativeClause(doc, j, floor, isDate);
    if (relative) return relative;
  }
  const named = j >= floor ? quotedName(doc, j, floor) : undefined;
  if (named) return { phrase: named, order: 'before' };
  const afterQuote = j >= floor && (isMark(t[j], QUOTE_MARKS) || (isMark(t[j], ',') && isMark(t[j - 1], QUOTE_MARKS)));
  // "plans to counter the floods", "is said to have told colleagues": an infinitive never changes places with its subject.
  const infinitive = t[verb - 1]?.lower === 'to' || (t[verb - 1]?.lower === 'have' && t[verb - 2]?.lower === 'to');
  const canInvert = INVERTIBLE.has(v.lemma) && !v.lower.endsWith('ing') && t[verb + 1]?.lower !== 'that' && !infinitive;
  if (!canInvert) return undefined;
  // '"We won," said': a closing mark after the words' own punctuation, not an apostrophe ("the Harlows’ stated plans").
  const quote = isMark(t[j], QUOTE_MARKS) ? j : j - 1;
  const closesWords = afterQuote && t[quote - 1]?.type === 'punctuation';
  const afterWords = closesWords || speakerFollows(doc, verb, ceiling, isDate);
  return j < floor || afterWords || isMark(t[j], ',') ? inverted(doc, verb, ceiling, afterWords) : undefined;
}

/** "X, a spokesman for Y, said": the comma before the verb closes a clause that follows the speaker. */
function throughClause(doc: ParsedText, comma: number, floor: number, isDate: DateTest): Speaker | undefined {
  const t = doc.tokens;
  for (let c = comma - 1; c >= floor && comma - c < MAX_CLAUSE; c--) {
    if (isMark(t[c], QUOTE_MARKS)) return undefined;
    if (!isMark(t[c], ',')) continue;
    const clauseStart = c + 1;
    // "Inspector Duarte, too, who had toured ..., said": a comma-fenced adverb between the name and its clause is skipped.
    const aside = asideBetweenCommas(t, c, floor);
    if (aside >= 0) c = aside;
    // "Rep. Jane Roe (D-Md.), chair of the panel, said": a parenthesis after the name belongs to it.
    // "Lind herself, and also her staff, said": a reflexive only stresses the name before it.
    const nameEnd = t[c - 1]?.text === ')' ? openingParenthesis(t, c - 1, floor) : REFLEXIVES.has(t[c - 1]?.lower ?? '') ? c - 1 : c;
    const phrase = nameEnd > floor ? phraseEndingAt(doc, nameEnd - 1, floor, isDate) : undefined;
    if (!phrase || phrase.end !== nameEnd) return undefined;
    // "Marley Anderson, 21, a junior, said": an age between commas belongs to the name before it.
    if (phrase.end - phrase.first === 1 && t[phrase.first].type === 'number') continue;
    // "The agency's director, Maria T. Lund, told": the part between the commas is the speaker's name.
    const inner = phraseStartingAt(doc, clauseStart, comma);
    if (inner && inner.first === clauseStart && inner.end === comma) return { phrase, order: 'before', appositive: inner };
    if (!opensClause(t, clauseStart)) return undefined;
    return { phrase, order: 'before', clause: { first: clauseStart, end: comma } };
  }
  // "Lind and Senators Okafor and Moss, criticized the tariff": a subject that fills the clause start.
  const whole = phraseEndingAt(doc, comma - 1, floor, isDate);
  return whole && whole.first === floor && whole.end === comma ? { phrase: whole, order: 'before' } : undefined;
}

/**
 * True for the first word of an appositive or relative clause: "who", "a", a participle ("gasping", "appointed"),
 * a role without an article ("director general of the agency"), an age ("Smith, 45, said"), or a US lawmaker's
 * party and state ("McConnell, R-Ky., said").
 */
function opensClause(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (CLAUSE_OPENERS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || PERSON_ROLES.has(t.lower) || t.type === 'number') return true;
  // "Okafor, as well as the union, has maintained": a partner added to the subject ("along with", "together with").
  if (COMPANY.has(t.lower) && (tokens[k + 1]?.lower === 'with' || (t.lower === 'as' && tokens[k + 1]?.lower === 'well'))) return true;
  return (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower)) || isPartyTag(tokens, k);
}

/** "R-Ky.", "D-N.Y.", "I-Vt.": a party initial, a hyphen and a capitalised state abbreviation. */
function isPartyTag(t: Token[], k: number): boolean {
  return /^[DRI]$/.test(t[k].text) && t[k + 1]?.text === '-' && t[k + 1].start === t[k].end && /^[A-Z]/.test(t[k + 2]?.text ?? '');
}

/**
 * "A source talking to the Harbour Post said", "Residents opposing the plan said", "Analysts based in London said":
 * the phrase before the verb is the object of a participle (or of its preposition), so the speaker is the phrase
 * before that participle, and the participle's phrase is a clause describing them. `participle` is the token
 * governing the object. A past participle needs its preposition: "Workers employed at the plant said".
 */
function throughParticiple(doc: ParsedText, participle: number, j: number, floor: number, isDate: DateTest): Speaker | undefined {
  const t = doc.tokens;
  const p = t[participle];
  if (participle - 1 < floor || !p || isMark(p, QUOTE_MARKS)) return undefined;
  const withPreposition = t[participle + 1]?.pos === 'ADP' && participle + 1 < j;
  // "the evening", "the building": a noun in -ing takes a preposition's object only when wink reads it as a verb.
  const present = p.lower.endsWith('ing') && (p.pos === 'VERB' || withPreposition);
  if (!present && !(p.pos === 'VERB' && p.lower.endsWith('ed') && withPreposition)) return undefined;
  // "A study that appeared in the journal found": the participle must follow its noun ("that" makes it a clause's verb).
  if (!present && !isNounLike(t[participle - 1])) return undefined;
  // "a pupil asked for a photo and Okafor said": a second subject joined by "and" means the -ed form was a verb.
  for (let k = participle + 1; k < j; k++) if (t[k].lower === 'and') return undefined;
  const phrase = phraseEndingAt(doc, participle - 1, floor, isDate);
  return phrase && phrase.end === participle ? { phrase, order: 'before', clause: { first: participle, end: j + 1 }, reading: 'described' } : undefined;
}

/** "was criticised by Democrats": the agent of a passive report verb. */
function passiveAgent(doc: ParsedText, verb: number, ceiling: number): Speaker | undefined {
  const by = agentBy(doc.tokens, verb);
  if (by < 0) return undefined;
  const phrase = phraseStartingAt(doc, by + 1, ceiling);
  return phrase ? { phrase, order: 'after' } : undefined;
}

/** The "by" that introduces a passive's agent, right after the participle or after one adjective ("deemed unfit by"). */
function agentBy(t: Token[], verb: number): number {
  if (t[verb + 1]?.lower === 'by') return verb + 1;
  return t[verb + 1]?.pos === 'ADJ' && t[verb + 2]?.lower === 'by' ? verb + 2 : -1;
}
