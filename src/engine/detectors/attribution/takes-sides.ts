/**
 * Who may take a side with a stance verb ("want", "support", "back"): a person or a body, never an unnamed crowd
 * ("Democrats want" is the writer's summary of many people) and never a common document ("the budget wants").
 */
import { PAPER_WORDS } from '../../names/paper-words.ts';
import type { Phrase } from '../../names/phrase.ts';
import { isCapitalised } from '../../names/tokens.ts';
import type { ParsedText } from '../../nlp.ts';
import type { SourceGuess } from './classify.ts';

/**
 * True when the guessed subject may take a side: a named speaker, a pronoun, a share of people polled ("6 in 10
 * support the ban" is the poll's finding), or a publication by its masthead ("The Harbour Post backs the ferry
 * plan": its editors take the side, as papers do when they endorse). "The report backs" or "the budget wants" stay out.
 */
export function takesSides(doc: ParsedText, guess: SourceGuess, phrase: Phrase): boolean {
  if (guess.source === 'named' || guess.source === 'pronoun' || guess.rule === 'attribution/survey-share') return true;
  return guess.source === 'document' && isMasthead(doc, phrase);
}

/**
 * True when every word of the phrase but a leading "the" is capitalised, there are at least two, and the last is a
 * paper's word ("the Harbour Post"): "The Green Paper backs" and a headline's "The Budget Report Wants" are no papers.
 */
function isMasthead(doc: ParsedText, phrase: Phrase): boolean {
  const t = doc.tokens;
  if (!PAPER_WORDS.has(t[phrase.end - 1].lower)) return false;
  let words = 0;
  for (let k = phrase.first; k < phrase.end; k++) {
    if (t[k].type !== 'word' || (k === phrase.first && t[k].lower === 'the')) continue;
    if (!isCapitalised(t[k])) return false;
    words++;
  }
  return words >= 2;
}
