/**
 * "Collapse" said of a person's body: "the singer collapsed on stage", "the runner collapsed near the finish",
 * "he collapsed and died". A person who falls down ill is the plain report of what happened to them; only
 * prices, support or a system that "collapse" are the dramatic picture of a change ("house prices collapsed").
 * The body is read from the subject (a person's role or a pronoun for one) or from what follows the verb
 * ("collapsed and died", "collapsed unconscious", "collapsed on stage").
 */
import type { ParsedText } from '../nlp.ts';
import { PERSON_ROLES } from '../names/words.ts';

/** People news names by what they do, beyond the roles of sources: sport, stage, family, age. */
const BODIES = new Set([
  'runner',
  'marathon',
  'boxer',
  'cyclist',
  'rider',
  'jockey',
  'swimmer',
  'footballer',
  'cricketer',
  'golfer',
  'batsman',
  'bowler',
  'defender',
  'forward',
  'winger',
  'climber',
  'hiker',
  'walker',
  'dancer',
  'performer',
  'rapper',
  'drummer',
  'guitarist',
  'star',
  'comic',
  'fan',
  'fans',
  'pensioner',
  'teenager',
  'boy',
  'girl',
  'child',
  'baby',
  'toddler',
  'mother',
  'father',
  'son',
  'daughter',
  'husband',
  'wife',
  'brother',
  'sister',
  'grandmother',
  'grandfather',
  'passenger',
  'prisoner',
  'inmate',
  'tourist',
  'horse',
  'dog',
  'groom',
  'bride',
  'he',
  'she',
  'i',
  'we',
  'you',
  'him',
  'her',
]);

/** Words right after "collapsed" that tell of a body falling ("collapsed and died", "collapsed unconscious"). */
const BODY_AFTER = new Set(['unconscious', 'dead', 'exhausted', 'exhaustion', 'heatstroke', 'dehydration']);

/** Places a body falls: "collapsed on stage", "on the pitch", "at his home", "in the street". */
const BODY_PLACES = new Set(['stage', 'pitch', 'field', 'court', 'track', 'street', 'floor', 'ground', 'treadmill']);

/** Words that may stand between the subject and the verb ("she suddenly collapsed", "the runner had collapsed"). */
const BETWEEN = new Set([
  'suddenly',
  'later',
  'then',
  'reportedly',
  'had',
  'has',
  'have',
  'briefly',
  'also',
  'apparently',
]);

/** True when "collapse" at `i` tells of a person (or an animal) falling down, not of a change. */
export function bodyCollapses(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  if (token?.lemma !== 'collapse' || !token.lower.startsWith('collaps')) return false;
  const s = token.sentence;
  let j = i - 1;
  while (j >= 0 && t[j].sentence === s && BETWEEN.has(t[j].lower)) j--;
  const subject = t[j]?.sentence === s ? t[j].lower : '';
  if (isBody(subject) && !insidePhrase(doc, j)) return true;
  // "The 34-year-old", "Smith, 61,": an age stands for the person.
  const hyphenedAge = subject === 'old' && t[j - 1]?.text === '-';
  if (subject.endsWith('-old') || hyphenedAge || namedAge(doc, j)) return true;
  const next = t[i + 1];
  if (!next || next.sentence !== s) return false;
  if (BODY_AFTER.has(next.lower)) return true;
  // "Collapsed and died" of a person; not of a thing that fades ("support for the party collapsed and died away").
  if (next.lower === 'and' && ['died', 'dies', 'die', 'fainted'].includes(t[i + 2]?.lower ?? '')) {
    return !FADING.has(t[i + 3]?.lower ?? '') && !thingSubject(doc, j);
  }
  if (['from', 'with'].includes(next.lower) && BODY_AFTER.has(t[i + 2]?.lower ?? '')) return true;
  if (['on', 'at', 'in', 'onto', 'to'].includes(next.lower)) {
    for (let k = i + 2; k <= i + 4 && k < t.length && t[k].sentence === s; k++) {
      if (BODY_PLACES.has(t[k].lower)) return true;
    }
  }
  return false;
}

/** Particles that make "die" a fading ("died away", "died down", "died out"). */
const FADING = new Set(['away', 'down', 'out', 'off']);

/**
 * True when the subject ending at `j` is a thing, not a person: a common noun that names no person ("support
 * collapsed"), or a noun inside a phrase whose head names none ("support for the party"). Names, pronouns and
 * people ("a fan in the stand") pass.
 */
function thingSubject(doc: ParsedText, j: number): boolean {
  const t = doc.tokens;
  const w = t[j];
  if (w?.pos !== 'NOUN') return false;
  // Back over the subject's phrase, nouns of a compound too ("the rowing club"), to a preposition if any.
  let k = j - 1;
  while (
    k >= 0 &&
    t[k].sentence === w.sentence &&
    (PHRASE_POS.has(t[k].pos) || t[k].pos === 'NOUN' || t[k].lower.endsWith('ing'))
  )
    k--;
  if (k < 0 || t[k].sentence !== w.sentence || t[k].pos !== 'ADP') return !isBody(w.lower);
  // The head before the preposition ("fan" in "a fan in the stand", "support" in "support for the party").
  const head = t[k - 1];
  if (!head || isBody(head.lower)) return false;
  if (head.pos === 'NOUN') return true;
  // The tagger reads a capital at the sentence's start as a name ("Support for the party"); "for" after it ties
  // a stance or a demand to its object, which no name is ("support for", "demand for", "backing for").
  return head.pos === 'PROPN' && head.index === doc.sentences[head.sentence].firstToken && t[k].lower === 'for';
}

/** A person's role, a plural of one, or a word for a person or an animal. */
function isBody(word: string): boolean {
  if (BODIES.has(word) || PERSON_ROLES.has(word)) return true;
  return word.endsWith('s') && (BODIES.has(word.slice(0, -1)) || PERSON_ROLES.has(word.slice(0, -1)));
}

/** "Smith, 61, collapsed": a name with an age between commas, ending at the comma at `j`. */
function namedAge(doc: ParsedText, j: number): boolean {
  const t = doc.tokens;
  return t[j]?.text === ',' && t[j - 1]?.type === 'number' && t[j - 2]?.text === ',' && t[j - 3]?.pos === 'PROPN';
}

/** Words of a noun phrase before its head: "the", "young", "Lee's". */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'PART']);

/**
 * True when the noun at `j` sits after a preposition, inside another phrase ("support for the mayor has
 * collapsed", "the vote among fans collapsed"): the thing that collapsed is the phrase's head, not the person.
 */
function insidePhrase(doc: ParsedText, j: number): boolean {
  const t = doc.tokens;
  let k = j - 1;
  while (k >= 0 && t[k].sentence === t[j].sentence && PHRASE_POS.has(t[k].pos)) k--;
  return k >= 0 && t[k].sentence === t[j].sentence && t[k].pos === 'ADP';
}
