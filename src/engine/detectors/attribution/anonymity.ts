/**
 * Anonymity phrases ("speaking on condition of anonymity", "a person familiar with the matter") and the
 * reason the text gives for them ("because they were not authorised to discuss the talks").
 */
import { ANONYMITY_PHRASES, REASON_MARKERS, REASON_PHRASES } from '../../lexicon/sources-anonymous.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { isMark, QUOTE_MARKS } from '../../names/tokens.ts';
import { compilePatterns, findPatterns } from './patterns.ts';

const ANONYMITY = compilePatterns(ANONYMITY_PHRASES);
const REASONS = compilePatterns(REASON_PHRASES);
/** The pattern ids (in ANONYMITY_PHRASES) that are themselves a reason: "not authorised to speak". */
const SELF_REASONS = new Set(
  ANONYMITY_PHRASES.flatMap((p, i) => (/authori[sz]ed|permitted|allowed/.test(p) ? [i] : [])),
);
const MAX_REASON = 25;

/** An anonymity phrase in a sentence, with the reason given for it (as a character span), if any. */
export interface AnonymityMatch {
  first: number;
  end: number;
  reason?: { start: number; end: number };
}

/** The answer of findAnonymity for a sentence with no anonymity phrase (most): shared and frozen, nothing to map. */
const NONE: readonly AnonymityMatch[] = Object.freeze([]);

/** Finds the anonymity phrases of one sentence and their stated reasons. */
export function findAnonymity(doc: ParsedText, s: Sentence): readonly AnonymityMatch[] {
  const matches = findPatterns(doc.tokens, s.firstToken, s.endToken, ANONYMITY);
  if (matches.length === 0) return NONE;
  return matches.map((m) => {
    const reason = SELF_REASONS.has(m.id) ? clauseFrom(doc, m.first, s.endToken) : reasonAfter(doc, m.end, s.endToken);
    return { first: m.first, end: m.end, ...(reason ? { reason } : {}) };
  });
}

/** The reason clause that follows an anonymity phrase ("because ...", "as he was not authorised ..."). */
function reasonAfter(doc: ParsedText, from: number, ceiling: number): AnonymityMatch['reason'] {
  const t = doc.tokens;
  for (let k = from; k < ceiling && k < from + 4; k++) {
    if (REASON_MARKERS.has(t[k].lower) && k + 1 < ceiling) return clauseFrom(doc, k + 1, ceiling);
    const phrase = findPatterns(t, k, Math.min(ceiling, k + 6), REASONS)[0];
    if (phrase && phrase.first === k) return clauseFrom(doc, k, ceiling);
  }
  return undefined;
}

/** The clause starting at token `from`, up to the next comma, semicolon, quote or sentence end. */
function clauseFrom(doc: ParsedText, from: number, ceiling: number): AnonymityMatch['reason'] {
  const t = doc.tokens;
  let end = from;
  while (end < ceiling && end - from < MAX_REASON && !isMark(t[end], `,;:.!?()${QUOTE_MARKS}`)) end++;
  if (end === from) return undefined;
  return { start: t[from].start, end: t[end - 1].end };
}
