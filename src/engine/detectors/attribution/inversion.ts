/**
 * Speakers after their verb: '"We are ready," said the minister', 'Not today, sighed the coach'. News copy puts a
 * report verb before its subject once the words said have been given, quoted or not.
 */
import type { ParsedText } from '../../nlp.ts';
import { phraseStartingAt } from '../../names/phrase.ts';
import { isMark } from '../../names/tokens.ts';
import { VOICE_VERBS } from '../../lexicon/sources-verbs.ts';
import type { DateTest, Speaker } from './speaker.ts';

/** Verbs whose subject often follows them in news copy: '"We are ready," said the minister.' */
export const INVERTIBLE = new Set([
  'say', 'add', 'write', 'explain', 'note', 'ask', 'continue', 'reply', 'state', 'insist', 'argue', 'recall',
  'warn', 'declare', 'respond', 'answer', 'conclude', 'observe', 'remark', 'comment', 'tweet', 'testify', 'admit',
  'acknowledge', 'tell', 'claim', 'announce', 'predict', 'caution', 'confirm',
  // Manners of saying: '"Shame on the weather," joked the groundsman.'
  'joke', 'quip', 'shout', 'whisper', 'mutter', 'exclaim', 'retort', 'snap', 'scoff', 'boast', 'complain', 'concede',
  'counter', 'muse', 'wonder', 'grumble', 'plead', 'protest', 'interject', 'tease', 'gush', 'lament', 'reason',
  ...VOICE_VERBS,
]);

/** Marks that may close an inverted speaker: 'Not today, sighed the coach.' */
const SPEAKER_CLOSERS = ',.;:!?';

/**
 * 'Not today, sighed the coach.': a verb that inverts, after a comma, followed by a speaker (no date: "said
 * Monday") that ends the sentence or its clause. The words before the comma are what was said, quoted or not.
 */
export function speakerFollows(doc: ParsedText, verb: number, ceiling: number, isDate: DateTest): boolean {
  const t = doc.tokens;
  if (!isMark(t[verb - 1], ',') || !INVERTIBLE.has(t[verb].lemma) || isDate(verb + 1)) return false;
  const phrase = phraseStartingAt(doc, verb + 1, ceiling);
  return phrase !== undefined && (phrase.end >= ceiling || isMark(t[phrase.end], SPEAKER_CLOSERS));
}

/** '"...," said another witness, former adviser Fiona Hill': the speaker after the verb, with its appositive. */
export function inverted(doc: ParsedText, verb: number, ceiling: number, afterWords: boolean): Speaker | undefined {
  const phrase = phraseStartingAt(doc, verb + 1, ceiling);
  if (!phrase) return undefined;
  // "Mayor quits, says the council failed her": a phrase followed by its own verb is the subject of what was said.
  const next = doc.tokens[phrase.end];
  if (!afterWords && (next?.pos === 'VERB' || next?.pos === 'AUX') && next.lower !== next.lemma) return undefined;
  const comma = phrase.end;
  const appositive = isMark(doc.tokens[comma], ',') ? phraseStartingAt(doc, comma + 1, ceiling) : undefined;
  // Only after the words said ('"...," sighed the groundsman') is the verb sure to have changed places.
  return { phrase, order: 'after', ...(afterWords ? { reading: 'inverted' as const } : {}), ...(appositive ? { appositive } : {}) };
}
