/**
 * Sentences that are not claims whatever their words: headlines, bylines, datelines and throat-clearing
 * ("Here's what we know", "Read more"). A reader does not check a byline.
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { isCapitalised } from '../../names/tokens.ts';
import { compilePatterns, findPatterns } from '../attribution/patterns.ts';

/** Openings that announce rather than assert. Pattern syntax as in the lexicons. */
const THROAT_CLEARING = compilePatterns([
  "here is|are|'s what|how|why", "here's what|how|why", 'read more|also', 'click here', 'sign up', 'follow us', 'subscribe',
  'thank you', 'thanks', 'good evening|morning|afternoon|night', 'welcome to|back', 'let me', 'let us', "let's",
  'this story|article has|was been? updated', 'updated at|on', 'published at|on', 'watch :', 'related :', 'photo :',
  'advertisement', 'share this',
]);
// "..." is one token to wink: a sentence trailing off ("we planted 12,000 trees, so...") still ends.
const TERMINAL = ['.', '!', '?', '…', '...', '"', '”', '’', "'", '»', ')'];
const MAX_HEADLINE_WORDS = 16;

/**
 * True when the sentence ends without terminal punctuation (headlines, captions, list items). A word that keeps
 * its full stop ends a sentence too: wink reads a final "in." as the abbreviation for inches, "V.A." as initials.
 */
function lacksTerminal(doc: ParsedText, s: Sentence): boolean {
  const last = doc.tokens[s.endToken - 1];
  if (last?.type === 'word' && last.text.endsWith('.')) return false;
  return !(last?.type === 'punctuation' && TERMINAL.includes(last.text));
}

/** The small words a title leaves in lower case ("Storm Cuts Power to the Coast"). */
const TITLE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'from', 'with', 'as', 'into', 'over', 'vs']);

/**
 * True when most words are capitalised, as in a title ("Mayor Calls Budget A Disgrace"). Every word counts
 * but a title's small words: "It had been cut by President Gerald Ford" is a sentence that ends in a name.
 */
function isTitleCase(doc: ParsedText, s: Sentence): boolean {
  const tokens = s.endToken - s.firstToken;
  let words = 0;
  let caps = 0;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i];
    if (t.type !== 'word' || TITLE_LOWER.has(t.text)) continue;
    words++;
    if (isCapitalised(t)) caps++;
    // Over 3 in 10 of the sentence's tokens uncapitalised: as words <= tokens, caps / words < 0.7 already (in
    // whole numbers: 10 (words - caps) > 3 tokens >= 3 words), so the rest of the sentence cannot make it a title.
    else if (10 * (words - caps) > 3 * tokens) return false;
  }
  return words >= 3 && caps / words >= 0.7;
}

/** "Reporting by ...", "Editing by ...": a credit line (a module constant: a literal is a new object per sentence). */
const CREDIT_LINE = /^(reporting|additional reporting|editing|writing) by\b/i;
/** The closing credit of wire copy ("Jo Hale in Rome contributed to this report", "... contributed reporting"). */
const CREDIT_TAIL = /\bcontributed (?:reporting|to this (?:report|story|article))\b/i;

/** True when the sentence is a byline or credit line ("By Jane Smith", "Reporting by ..."). */
function isByline(doc: ParsedText, s: Sentence): boolean {
  const first = doc.tokens[s.firstToken];
  const second = doc.tokens[s.firstToken + 1];
  if (first.lower === 'by' && second && isCapitalised(second) && s.endToken - s.firstToken <= 12) return true;
  return CREDIT_LINE.test(s.text) || CREDIT_TAIL.test(s.text);
}

/** Words that only take the floor ("Well, the city owes $3 billion"): what follows them is judged on its own. */
const DISCOURSE_MARKERS = compilePatterns(['well ,?', 'so ,', 'now ,', 'okay ,?', 'ok ,?', 'all right ,?']);

/** The first token after an opening discourse marker, or the sentence's first token. */
function afterDiscourseMarker(doc: ParsedText, s: Sentence): number {
  const marker = findPatterns(doc.tokens, s.firstToken, Math.min(s.endToken, s.firstToken + 3), DISCOURSE_MARKERS)[0];
  return marker && marker.first === s.firstToken ? marker.end : s.firstToken;
}

/** Why a sentence is not a claim, or undefined when it may be one. */
export function nonClaimReason(doc: ParsedText, s: Sentence): string | undefined {
  const words = s.endToken - s.firstToken;
  if (isByline(doc, s)) return 'byline';
  if (lacksTerminal(doc, s) && words <= MAX_HEADLINE_WORDS) return 'headline';
  // Length first: it is free, and most sentences are too long to be a headline, so their words go uncounted.
  if (words <= MAX_HEADLINE_WORDS && isTitleCase(doc, s)) return 'headline';
  const from = afterDiscourseMarker(doc, s);
  const opening = findPatterns(doc.tokens, from, Math.min(s.endToken, from + 4), THROAT_CLEARING)[0];
  if (opening && opening.first === from && words <= 12) return 'throat-clearing';
  return undefined;
}
