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

/**
 * The clause of every token, as [start, end) token indexes, computed in two passes over the text: a clause
 * runs between breaks (clause punctuation, quotation marks, line breaks, sentence ends).
 */
export function clauseBounds(doc: ParsedText): { start: Int32Array; end: Int32Array } {
  const { tokens } = doc;
  const n = tokens.length;
  // Whether each token breaks, read once into a byte per token: both passes ask it of every token, and a set
  // look-up per ask cost twice the passes themselves. Line breaks (wink's tabCRLF tokens) end a clause too: a
  // heading or a paragraph is never part of it.
  const breaks = new Uint8Array(n);
  const sentence = new Int32Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  // The forward pass reads each token once, filling the two arrays the backward pass reads.
  for (let i = 0; i < n; i++) {
    const token = tokens[i];
    // Every break is one character: the length test spares the set look-up for the words.
    breaks[i] = token.type === 'tabCRLF' || (token.text.length === 1 && CLAUSE_BREAK.has(token.text)) ? 1 : 0;
    sentence[i] = token.sentence;
    const joinsPrevious = i > 0 && breaks[i - 1] === 0 && sentence[i - 1] === sentence[i];
    start[i] = joinsPrevious ? start[i - 1] : i;
  }
  for (let i = n - 1; i >= 0; i--) {
    const joinsNext = i + 1 < n && breaks[i + 1] === 0 && sentence[i + 1] === sentence[i];
    end[i] = joinsNext ? end[i + 1] : i + 1;
  }
  return { start, end };
}

/**
 * Final token ranges for resolved candidates: claim-level ones grow to their clause unless a more confident
 * claim-level finding already covers that clause (then they keep their own words). A clause may contain
 * word-level findings: the two answer different questions (which claim, which word).
 */
export function displayRanges(doc: ParsedText, resolved: readonly Candidate[]): Map<Candidate, [number, number]> {
  const ranges = new Map<Candidate, [number, number]>();
  const bounds = clauseBounds(doc);
  // Clauses already given to a finding, by their first token (clauses never overlap, so this is exact).
  const claimed = new Set<number>();
  const byConfidence = [...resolved].sort((x, y) => y.confidence - x.confidence || x.first - y.first);
  for (const c of byConfidence) {
    let range: [number, number] = [c.first, c.end];
    if (isClauseLevel(c.info.technique)) {
      let first = Math.min(bounds.start[c.first], bounds.start[c.end - 1]);
      let end = Math.max(bounds.end[c.first], bounds.end[c.end - 1]);
      // A clause that is nothing but the qualifier ("Clearly,", ", of course.") lends it the claim beside it.
      if (onlyQualifier(doc, first, end, c)) {
        end = openerReach(doc, bounds, first, end);
        first = tagReach(doc, bounds, first, end);
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
function openerReach(doc: ParsedText, bounds: { end: Int32Array }, first: number, end: number): number {
  const { tokens } = doc;
  const comma = tokens[end];
  const next = end + 1;
  if (comma?.text !== ',' || next >= tokens.length || tokens[next].sentence !== tokens[first].sentence) return end;
  // Only a true opener: the clause starts its sentence (or follows a line break), so "X said, clearly, ..." is left alone.
  const before = tokens[first - 1];
  if (before && before.sentence === tokens[first].sentence && before.type !== 'tabCRLF') return end;
  return tokens[next].type === 'word' ? bounds.end[next] : end;
}

const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * The same qualifier as a tag after the claim ("They knew all along, of course."): a clause of its own that ends
 * its sentence, after a comma, reaches back to the clause before the comma.
 */
function tagReach(doc: ParsedText, bounds: { start: Int32Array }, first: number, end: number): number {
  const { tokens } = doc;
  const comma = tokens[first - 1];
  const after = tokens[end];
  const endsSentence = !after || after.sentence !== tokens[first].sentence || SENTENCE_END.has(after.text);
  if (comma?.text !== ',' || !endsSentence || first < 2 || tokens[first - 2].sentence !== tokens[first].sentence)
    return first;
  return tokens[first - 2].type === 'word' ? bounds.start[first - 2] : first;
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
