/**
 * Where a claim's information comes from: an attribution in its own sentence, a link inside it, the
 * attribution that introduced reported speech continuing from the sentence before ("X said:"), or the speaker of
 * a direct quotation that runs over several sentences.
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
import type { Span } from '../../quotes.ts';
import type { LinkSpan, Sourcing } from '../../types.ts';
import type { AttributionDraft } from '../context.ts';

/** A claim's sourcing and the attribution behind it. */
export interface ClaimSource {
  sourcing: Sourcing;
  sourcedBy?: AttributionDraft;
}

/** How an attribution's source type reads as a claim's sourcing. */
function sourcingOf(a: AttributionDraft): Sourcing {
  switch (a.source) {
    case 'named':
    case 'document':
    case 'anonymous':
    case 'vague':
      return a.source;
    case 'agentless':
      return 'vague';
    case 'pronoun':
      // "he said" points back to someone the reader met; a quotation with no speaker anywhere does not.
      return a.rule === 'attribution/unattributed-quotation' ? 'anonymous' : 'named';
  }
}

/**
 * Attributions that source nothing by themselves: an echo repeats an earlier source, it adds none; the writer's
 * own view ("I think the plant will close") is the claim itself, not a source for it.
 */
const PASSIVE_RULES = new Set(['attribution/echo', 'attribution/first-person']);

/** Picks the attribution that governs a sentence: the author's own attribution first, then any. */
function governing(inSentence: readonly AttributionDraft[]): AttributionDraft | undefined {
  const usable = inSentence.filter((a) => !PASSIVE_RULES.has(a.rule) && a.rule !== 'attribution/link');
  return usable.find((a) => !a.inQuote) ?? usable[0];
}

/**
 * A report that closes the sentence after a comma ("The minister is reluctant, officials said.") is the writer's
 * source for all of it: what stands before is its content, even when that content names a person or a stance.
 */
function clauseFinal(inSentence: readonly AttributionDraft[], text: string, s: Sentence): AttributionDraft | undefined {
  const last = inSentence[inSentence.length - 1];
  if (inSentence.length < 2 || last.inQuote || PASSIVE_RULES.has(last.rule) || last.rule === 'attribution/link') return undefined;
  let k = last.start - 1;
  while (k > s.start && text[k] === ' ') k--;
  if (text[k] !== ',' || s.end - last.end > 60) return undefined;
  // Only the sentence's end may follow: a further clause ("..., officials said, and the vote...") is its own.
  for (let j = last.end; j < s.end; j++) if (text[j] === ',' || text[j] === '"' || text[j] === '”') return undefined;
  return last;
}

/** A moving cursor over sorted attributions and links: sentences are visited in order, so lookups stay linear. */
export class SourceFinder {
  private a = 0;
  private l = 0;
  private previous: AttributionDraft | undefined;
  private q = 0;
  /** The quotation whose speaker is remembered in `speaker` (-1: none yet). */
  private runQuote = -1;
  private speaker: AttributionDraft | undefined;
  /** The speaker of a block set off on its own line after "X added:"; it runs to the end of that paragraph. */
  private block: AttributionDraft | undefined;
  private lastEnd = 0;

  constructor(
    private readonly doc: ParsedText,
    private readonly attributions: readonly AttributionDraft[],
    private readonly links: readonly LinkSpan[],
    private readonly quotes: readonly Span[] = [],
  ) {}

  /** The source of the claim in sentence s (sentences must be asked for in order). */
  find(s: Sentence): ClaimSource {
    while (this.a < this.attributions.length && this.attributions[this.a].end <= s.start) this.a++;
    while (this.l < this.links.length && this.links[this.l].end <= s.start) this.l++;
    const inSentence: AttributionDraft[] = [];
    for (let k = this.a; k < this.attributions.length && this.attributions[k].start < s.end; k++) inSentence.push(this.attributions[k]);
    const link = this.l < this.links.length && this.links[this.l].start < s.end;
    const found = clauseFinal(inSentence, this.doc.text, s) ?? governing(inSentence);
    let carried = this.previous;
    const newLine = this.lineBreakBefore(s);
    // "The minister added:" and a line break set off a block of her words: it runs on until its paragraph ends or
    // a sentence names a source of its own.
    if (carried && newLine && !found) this.block = carried;
    else if (this.block && !carried && !newLine && !found) carried = this.block;
    else this.block = undefined;
    this.previous = found && this.introducesSpeech(s) ? found : undefined;
    const run = this.quotationSpeaker(s, inSentence, carried);
    // Words whose speaker this sentence does not give (or only borrows from a neighbour) are the speaker's of the
    // quotation they run on in.
    const borrowed = found?.rule === 'attribution/unattributed-quotation' || found?.rule === 'attribution/quotation';
    const own = run && borrowed ? run : found;
    if (link) {
      const linkDraft = inSentence.find((a) => a.rule === 'attribution/link');
      return { sourcing: 'document', ...(linkDraft ? { sourcedBy: linkDraft } : {}) };
    }
    const by = own ?? carried ?? run;
    return by ? { sourcing: sourcingOf(by), sourcedBy: by } : { sourcing: 'none' };
  }

  /**
   * The speaker of a direct quotation running over several sentences, for each of its sentences: named
   * before the opening mark in its first sentence, or by the speech verb introducing it ("She said:"), or else
   * after the closing mark in its last sentence ("…,” she said). The credit ends with the quotation, and a
   * quotation never runs past a paragraph.
   */
  private quotationSpeaker(s: Sentence, inSentence: readonly AttributionDraft[], carried: AttributionDraft | undefined): AttributionDraft | undefined {
    const quotes = this.quotes;
    while (this.q < quotes.length && quotes[this.q].end <= s.start) this.q++;
    const quote = quotes[this.q];
    if (quote === undefined || quote.start >= s.end) return undefined;
    if (quote.start >= s.start) {
      // The quotation opens here and runs on: find its speaker once, for this sentence and the ones after.
      if (quote.end <= s.end) return undefined;
      this.remember(s, inSentence, quote, carried);
      return this.speaker;
    }
    return this.runQuote === this.q ? this.speaker : undefined;
  }

  /** Finds and keeps the speaker of the quotation that opens in sentence s and runs on past it. */
  private remember(s: Sentence, inSentence: readonly AttributionDraft[], quote: Span, carried: AttributionDraft | undefined): void {
    this.runQuote = this.q;
    const before = governing(inSentence.filter((a) => a.end <= quote.start && !a.inQuote));
    this.speaker = before ?? carried ?? this.after(s, quote);
  }

  /** The speaker named after the closing mark, in the sentence where the quotation ends. */
  private after(s: Sentence, quote: Span): AttributionDraft | undefined {
    const sentences = this.doc.sentences;
    let last = s.index;
    while (last + 1 < sentences.length && sentences[last].end < quote.end) last++;
    const end = sentences[last].end;
    const tail: AttributionDraft[] = [];
    // Each quotation is read once, so this look-ahead walks every attribution at most once per quotation.
    for (let k = this.a; k < this.attributions.length && this.attributions[k].start < end; k++) {
      const a = this.attributions[k];
      if (a.start >= quote.end - 1 && !a.inQuote) tail.push(a);
    }
    return governing(tail);
  }

  /** True when a line break stands between the sentence before and this one (each gap is read once: linear). */
  private lineBreakBefore(s: Sentence): boolean {
    const text = this.doc.text;
    let k = this.lastEnd;
    this.lastEnd = s.end;
    while (k < s.start && text[k] !== '\n') k++;
    return k < s.start;
  }

  /** "The ministry said:" hands its attribution to the sentence that follows. */
  private introducesSpeech(s: Sentence): boolean {
    return this.doc.tokens[s.endToken - 1]?.text === ':';
  }
}
