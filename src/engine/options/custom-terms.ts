/**
 * The reader's own loaded terms (settings, issue 7) as rhetoric matches. Each term is literal words matched
 * case-insensitively on word boundaries; it is reported with the reader's technique and explanation under
 * the rule `rhetoric/custom-term`, at a confidence above the lexicon's, since the reader asked for it.
 */
import type { ParsedText } from '../nlp.ts';
import type { Candidate, RuleInfo } from '../detectors/rhetoric/candidate.ts';
import { PhraseSet, phraseTokens } from './phrases.ts';
import type { CheckedTerm } from './validate.ts';

/** The rule id of every custom-term finding. */
export const CUSTOM_TERM_RULE = 'rhetoric/custom-term';

/** Confidence of a custom-term finding: the reader chose the words, so they are shown under every setting. */
export const CUSTOM_TERM_CONFIDENCE = 0.9;

const QUESTION = 'You marked this wording yourself: what does it make you feel, and what would a plain word say?';

/** The reader's terms compiled once per analysis. */
export interface CustomTermMatcher {
  phrases: PhraseSet;
  infos: RuleInfo[];
}

/** Compiles checked custom terms; undefined when there are none, so an analysis without them costs nothing. */
export function compileCustomTerms(terms: readonly CheckedTerm[]): CustomTermMatcher | undefined {
  const phrases = new PhraseSet();
  const infos: RuleInfo[] = [];
  for (const t of terms) {
    const info = {
      rule: CUSTOM_TERM_RULE,
      technique: t.technique,
      explanation: t.explanation,
      question: QUESTION,
      confidence: CUSTOM_TERM_CONFIDENCE,
    };
    if (phrases.add(t.term, infos.length)) infos.push(info);
  }
  return infos.length > 0 ? { phrases, infos } : undefined;
}

/** The custom terms in a parsed text, as candidates over wink's tokens (the span keeps exactly the words). */
export function customTermCandidates(doc: ParsedText, matcher: CustomTermMatcher | undefined): Candidate[] {
  if (!matcher) return [];
  const { tokens } = doc;
  const out: Candidate[] = [];
  let k = 0;
  for (const m of matcher.phrases.matchTokens(phraseTokens(doc.text))) {
    // Matches come in text order, so one cursor finds the wink token where each starts: linear overall.
    while (k + 1 < tokens.length && tokens[k + 1].start <= m.start) k++;
    let first = k;
    if (tokens[first] && tokens[first].end <= m.start) first++;
    let end = first;
    while (end < tokens.length && tokens[end].start < m.end) end++;
    // Where wink reads a different word ("can" in "can't" is its "ca" + "n't"), the match is not the reader's
    // term: the finding would cover more than the words matched, so it is left out.
    if (end <= first || tokens[first].start !== m.start || tokens[end - 1].end !== m.end) continue;
    const info = matcher.infos[m.phrase];
    out.push({ first, end, info, confidence: info.confidence });
  }
  return out;
}
