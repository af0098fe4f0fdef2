/**
 * Where a claim's information comes from: an attribution in its own sentence, a link inside it, or the
 * attribution that introduced reported speech continuing from the sentence before ("X said:").
 */
import type { ParsedText, Sentence } from '../../nlp.ts';
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

/** A moving cursor over sorted attributions and links: sentences are visited in order, so lookups stay linear. */
export class SourceFinder {
  private a = 0;
  private l = 0;
  private previous: AttributionDraft | undefined;

  constructor(
    private readonly doc: ParsedText,
    private readonly attributions: readonly AttributionDraft[],
    private readonly links: readonly LinkSpan[],
  ) {}

  /** The source of the claim in sentence s (sentences must be asked for in order). */
  find(s: Sentence): ClaimSource {
    while (this.a < this.attributions.length && this.attributions[this.a].end <= s.start) this.a++;
    while (this.l < this.links.length && this.links[this.l].end <= s.start) this.l++;
    const inSentence: AttributionDraft[] = [];
    for (let k = this.a; k < this.attributions.length && this.attributions[k].start < s.end; k++) inSentence.push(this.attributions[k]);
    const link = this.l < this.links.length && this.links[this.l].start < s.end;
    const own = governing(inSentence);
    const carried = this.previous;
    this.previous = own && this.introducesSpeech(s) ? own : undefined;
    if (link) {
      const linkDraft = inSentence.find((a) => a.rule === 'attribution/link');
      return { sourcing: 'document', ...(linkDraft ? { sourcedBy: linkDraft } : {}) };
    }
    if (own) return { sourcing: sourcingOf(own), sourcedBy: own };
    if (carried) return { sourcing: sourcingOf(carried), sourcedBy: carried };
    return { sourcing: 'none' };
  }

  /** "The ministry said:" hands its attribution to the sentence that follows. */
  private introducesSpeech(s: Sentence): boolean {
    return this.doc.tokens[s.endToken - 1]?.text === ':';
  }
}
