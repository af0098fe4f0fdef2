/**
 * Claim-level techniques cover their clause. An exaggeration ("nobody trusts them"), a fear appeal ("the
 * next raid may be a full-scale offensive") or unearned certainty ("clearly, it failed") is a property of the
 * whole claim, not of one word, so the reader sees the claim highlighted; the words that triggered the rule
 * stay the core of the match. Loaded words, labels and metaphors keep their phrase.
 */
import type { ParsedText } from '../../nlp.ts';
import type { Technique } from '../../types.ts';
import type { Candidate } from './candidate.ts';

const CLAUSE_TECHNIQUES = new Set<Technique>(['fear-appeal', 'exaggeration', 'certainty']);
/** Punctuation that ends a clause, including quotation marks, so a clause never leaves or enters a quote (a set: every token is tested). */
const CLAUSE_BREAK = new Set([...',;:.!?()[]\u2014\u2013"\u201C\u201D\u2018\u2019']);

/** True for techniques whose span is the clause they sit in. */
export function isClauseLevel(technique: Technique): boolean {
  return CLAUSE_TECHNIQUES.has(technique);
}

/** True when token `i` breaks clauses: a line break (wink's tabCRLF token, a heading or paragraph end) or clause punctuation. */
function breaks(doc: ParsedText, i: number): boolean {
  const t = doc.tokens[i];
  return t.type === 'tabCRLF' || CLAUSE_BREAK.has(t.text);
}

/**
 * The first token of token `i`'s clause: a clause runs between breaks (clause punctuation, quotation marks, line
 * breaks, sentence ends). Read on demand, back from the token: only claim-level findings need their clause, so
 * a text pays for the few clauses asked for, not for a pass over every token.
 */
export function clauseStart(doc: ParsedText, i: number): number {
  const { tokens } = doc;
  let k = i;
  while (k > 0 && !breaks(doc, k - 1) && tokens[k - 1].sentence === tokens[k].sentence) k--;
  return k;
}

/** One past the last token of token `i`'s clause (as clauseStart, forward). */
export function clauseEnd(doc: ParsedText, i: number): number {
  const { tokens } = doc;
  let k = i;
  while (k + 1 < tokens.length && !breaks(doc, k + 1) && tokens[k + 1].sentence === tokens[k].sentence) k++;
  return k + 1;
}

/**
 * Final token ranges for resolved candidates: claim-level ones grow to their clause unless a more confident
 * claim-level finding already covers that clause (then they keep their own words). A clause may contain
 * word-level findings: the two answer different questions (which claim, which word).
 */
export function displayRanges(doc: ParsedText, resolved: readonly Candidate[]): Map<Candidate, [number, number]> {
  const ranges = new Map<Candidate, [number, number]>();
  // Clauses already given to a finding, by their first token (clauses never overlap, so this is exact).
  const claimed = new Set<number>();
  const byConfidence = [...resolved].sort((x, y) => y.confidence - x.confidence || x.first - y.first);
  for (const c of byConfidence) {
    let range: [number, number] = [c.first, c.end];
    if (isClauseLevel(c.info.technique)) {
      let first = Math.min(clauseStart(doc, c.first), clauseStart(doc, c.end - 1));
      let end = Math.max(clauseEnd(doc, c.first), clauseEnd(doc, c.end - 1));
      // A clause that is nothing but the qualifier ("Clearly,", ", of course.") lends it the claim beside it.
      if (onlyQualifier(doc, first, end, c)) {
        end = openerReach(doc, first, end);
        first = tagReach(doc, first, end);
      }
      if (!claimed.has(first)) {
        range = [first, end];
        claimed.add(first);
      }
    }
    ranges.set(c, range);
  }
  return ranges;
}

/**
 * A clause that is only an opener set off by a comma ("Clearly,", "Of course,", "Needless to say,") qualifies
 * the clause after the comma, which is the claim: the range reaches to that clause's end, in the same sentence.
 */
function openerReach(doc: ParsedText, first: number, end: number): number {
  const { tokens } = doc;
  const comma = tokens[end];
  const next = end + 1;
  if (comma?.text !== ',' || next >= tokens.length || tokens[next].sentence !== tokens[first].sentence) return end;
  // Only a true opener: the clause starts its sentence (or follows a line break), so "X said, clearly, ..." is left alone.
  const before = tokens[first - 1];
  if (before && before.sentence === tokens[first].sentence && before.type !== 'tabCRLF') return end;
  return tokens[next].type === 'word' ? clauseEnd(doc, next) : end;
}

const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * The same qualifier as a tag after the claim ("They knew all along, of course."): a clause of its own that ends
 * its sentence, after a comma, reaches back to the clause before the comma.
 */
function tagReach(doc: ParsedText, first: number, end: number): number {
  const { tokens } = doc;
  const comma = tokens[first - 1];
  const after = tokens[end];
  const endsSentence = !after || after.sentence !== tokens[first].sentence || SENTENCE_END.has(after.text);
  if (comma?.text !== ',' || !endsSentence || first < 2 || tokens[first - 2].sentence !== tokens[first].sentence)
    return first;
  return tokens[first - 2].type === 'word' ? clauseStart(doc, first - 2) : first;
}

/** Parts of speech that may stand beside the qualifier in its clause ("But of course,", "And yet, clearly,"). */
const LINKING = new Set(['CCONJ', 'ADV', 'INTJ', 'PUNCT']);

/** The most words a qualifier set phrase has ("Needless to say", "Without a doubt"). */
const QUALIFIER_WORDS = 3;

/**
 * True when the clause [first, end) holds the candidate's words and nothing but linking words around them, and
 * the candidate is a short set phrase with no auxiliary: "the implications are clear" states its own claim and
 * lends nothing to an opener before it ("From a security perspective, the implications are clear").
 */
function onlyQualifier(doc: ParsedText, first: number, end: number, c: Candidate): boolean {
  let words = 0;
  for (let i = c.first; i < c.end; i++) {
    const token = doc.tokens[i];
    if (token.pos === 'AUX') return false;
    if (token.type === 'word' && ++words > QUALIFIER_WORDS) return false;
  }
  for (let i = first; i < end; i++) {
    if (i >= c.first && i < c.end) continue;
    if (!LINKING.has(doc.tokens[i].pos)) return false;
  }
  return true;
}
