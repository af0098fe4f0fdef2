/**
 * "The jury heard that the defendant had lied", "the inquest heard", "..., the court heard.": in a court or inquest
 * report the body that "heard" is where the evidence was given, not who gave it. The jury says nothing; a witness, a
 * lawyer or a document it does not name did. Read as a source nobody names (who told them?), like "was told that".
 * Court reports often drop the "that" ("The court heard the victim was stabbed twice"): a clause with its own
 * finite verb after "heard" is the evidence too, while "the jury heard evidence from a doctor" or "heard the
 * recording" is no report. "Residents heard that the plant would close" is a crowd coming to know, and stays theirs.
 */
import type { ParsedText } from '../../nlp.ts';
import type { Phrase } from '../../names/phrase.ts';
import type { SourceGuess } from './classify.ts';
import { clauseAfter } from './clause-after.ts';

/** Bodies that sit to hear evidence: "the jury", "the court", "Leeds Crown Court", "the inquest", "the tribunal". */
const HEARING_BODIES = new Set(['jury', 'court', 'inquest', 'hearing', 'tribunal', 'trial', 'inquiry', 'magistrates']);

/** The guess for evidence heard in a hearing: somebody told the court, and the sentence does not say who. */
export const HEARD_IN_HEARING: SourceGuess = {
  source: 'agentless',
  rule: 'attribution/agentless-speech',
  confidence: 0.55,
};

/** Words that open the evidence after "heard" as "that" does: "The court heard how the victim was stabbed". */
const CLAUSE_OPENERS = new Set(['that', 'how']);

/**
 * True when the verb at `i` is "heard" and its subject `phrase` ends on a body that hears evidence, with the
 * evidence in a clause after it, with or without "that", or in the clause before it ("..., the court heard.").
 */
export function heardInHearing(doc: ParsedText, i: number, phrase: Phrase): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'hear' || t[i].lower === 'hear' || !HEARING_BODIES.has(t[phrase.end - 1]?.lower ?? ''))
    return false;
  const next = t[i + 1];
  const closesSentence = next === undefined || next.sentence !== t[i].sentence || next.type === 'punctuation';
  return (
    CLAUSE_OPENERS.has(next?.lower ?? '') ||
    (closesSentence && t[phrase.first - 1]?.text === ',') ||
    clauseAfter(doc, i)
  );
}
