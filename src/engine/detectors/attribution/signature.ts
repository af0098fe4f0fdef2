/**
 * Quotations signed with a dash after their closing mark, as epigraphs, pull quotes and collected readers'
 * comments are: '“We deserve better.” ― Ana Costa'. The name after the dash is the quotation's speaker.
 */
import { analysePhrase } from '../../names/analyse.ts';
import { phraseStartingAt } from '../../names/phrase.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { classifySpeaker } from './classify.ts';
import type { Discourse } from './memory.ts';
import type { Found } from './verbs.ts';

/** The dashes that may sign a quotation. */
export const DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '--']);
const CLOSING_QUOTES = new Set(['”', '"', "'", '»']);

/** True when the name ending before token `end` closes its sentence or line, or is followed by ", role". */
function endsSignature(doc: ParsedText, end: number, sentenceEnd: number): boolean {
  const t = doc.tokens;
  if (end >= sentenceEnd || (t[end].type === 'punctuation' && t[end].text !== ',')) return true;
  // A line break ends a signature in a list of signed comments: wink may keep the break as a token of its own.
  if (t[end].type === 'tabCRLF' || doc.text.slice(t[end - 1].end, t[end].start).includes('\n')) return true;
  if (t[end].text !== ',') return false;
  for (let k = end + 1; k < sentenceEnd; k++) if (t[k].pos === 'VERB' || t[k].pos === 'AUX') return false;
  return true;
}

/** The signature attribution whose dash is token i, or undefined when i signs no quotation with a name. */
export function signatureAt(doc: ParsedText, s: Sentence, i: number, memory: Discourse): Found | undefined {
  const t = doc.tokens;
  if (!DASHES.has(t[i].text) || !CLOSING_QUOTES.has(t[i - 1]?.text ?? '')) return undefined;
  const phrase = phraseStartingAt(doc, i + 1, s.endToken);
  // A signature is a name and nothing else: "― Ana Costa", not "— the day after it"; and it ends the sentence or
  // line, or carries only a role after a comma ("— Ana Costa, engineer"), so "— Ana Costa smiled" is a new clause.
  if (!phrase || phrase.first !== i + 1 || !analysePhrase(doc, phrase).name || !endsSignature(doc, phrase.end, s.endToken)) return undefined;
  const guess = classifySpeaker(doc, phrase, 'speech', memory);
  return guess?.source === 'named' ? { first: i, end: phrase.end, guess, speaker: phrase } : undefined;
}
