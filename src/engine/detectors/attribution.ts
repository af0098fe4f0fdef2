/**
 * Attribution detector: every phrase that says where information comes from, with the kind of source it
 * names (named, document, anonymous, vague, agentless, pronoun). It reads sentence by sentence, remembering
 * names so that "he said" and "the envoy added" resolve to the source named before.
 */
import type { ParsedText } from '../nlp.ts';
import { isInside } from '../quotes.ts';
import { rememberMentions } from './attribution/mentions.ts';
import { dateMask } from './attribution/cues.ts';
import { explain } from './attribution/explain.ts';
import { addSpeechFrames } from './attribution/frames.ts';
import { addSurveyFrame } from './attribution/survey-frame.ts';
import { addReportedIn } from './attribution/reported-in.ts';
import { judgesOnRecord } from './attribution/court-judge.ts';
import { addAgentless, addEchoes, applyAnonymity } from './attribution/extras.ts';
import { Discourse } from './attribution/memory.ts';
import { addLateJudges } from './attribution/late-judge.ts';
import { addSayingsFrom } from './attribution/sayings-from.ts';
import { addOwnedSayings } from './attribution/owned.ts';
import { addViewFrames } from './attribution/in-view.ts';
import { addQuotations, UNCHECKABLE_SOURCES } from './attribution/quotations.ts';
import { cueAttributions, type Found } from './attribution/verbs.ts';
import type { AttributionDraft, DetectorContext } from './context.ts';

/** Turns a found attribution into a draft finding with its explanation. */
function toDraft(doc: ParsedText, context: DetectorContext, f: Found): AttributionDraft {
  const start = doc.tokens[f.first].start;
  const end = doc.tokens[f.end - 1].end;
  const { explanation, question } = explain(f.guess.rule, f.guess.reason);
  return {
    kind: 'attribution',
    start,
    end,
    text: doc.text.slice(start, end),
    rule: f.guess.rule,
    confidence: f.guess.confidence,
    explanation,
    question,
    inQuote: isInside(context.quotes, start, end),
    source: f.guess.source,
    ...(f.guess.sourceName ? { sourceName: f.guess.sourceName } : {}),
    ...(f.guess.reason ? { reason: f.guess.reason } : {}),
  };
}

/** Document attributions for the hyperlinks the page gave us: a link is a source the reader can follow. */
function linkDrafts(context: DetectorContext, text: string): AttributionDraft[] {
  return context.links
    .filter((l) => text.slice(l.start, l.end).trim().length > 0)
    .map((l) => {
      const { explanation, question } = explain('attribution/link');
      return {
        kind: 'attribution' as const,
        start: l.start,
        end: l.end,
        text: text.slice(l.start, l.end),
        rule: 'attribution/link',
        confidence: 0.9,
        explanation,
        question,
        inQuote: isInside(context.quotes, l.start, l.end),
        source: 'document' as const,
        sourceName: l.href,
      };
    });
}

/**
 * True for a vague, agentless or anonymous attribution inside someone's direct quotation ("'people tell me,' she
 * said"). The article's source for those words is the person quoted, who is attributed on their own; the hearsay
 * inside belongs to that speaker and does not make the article's own sourcing vague.
 */
function isQuotedHearsay(d: AttributionDraft): boolean {
  return d.inQuote && UNCHECKABLE_SOURCES.has(d.source) && d.rule !== 'attribution/quotation';
}

/** Finds attribution phrases and classifies their source. */
export function detectAttributions(doc: ParsedText, context: DetectorContext): AttributionDraft[] {
  const memory = new Discourse();
  const dates = dateMask(doc);
  const isDate = (k: number) => dates[k] === 1;
  const perSentence: Found[][] = doc.sentences.map((s) => {
    const found = cueAttributions(doc, s, memory, isDate);
    applyAnonymity(doc, s, found);
    judgesOnRecord(doc, found);
    addAgentless(doc, s, found);
    addLateJudges(doc, s, found, memory);
    addSayingsFrom(doc, s, found, memory);
    addEchoes(doc, s, found, memory);
    addOwnedSayings(doc, s, found, memory);
    addViewFrames(doc, s, found, memory);
    addSpeechFrames(doc, s, found, memory);
    addSurveyFrame(doc, s, found);
    addReportedIn(doc, s, found, memory);
    rememberMentions(doc, s, found, memory);
    // A list of none or one is in order already (sort would only allocate its work space).
    return found.length < 2 ? found : found.sort((a, b) => a.first - b.first);
  });
  addQuotations(doc, context.quotes, perSentence);
  const drafts = perSentence
    .flat()
    .map((f) => ({ f, d: toDraft(doc, context, f) }))
    // An "I think" inside someone's quotation is that speaker hedging, already attributed by the quotation; only
    // the writer's own (a column, a letter) stays, as a first-person view.
    .filter(({ f, d }) => !isQuotedHearsay(d) && !(f.ownView && d.inQuote))
    .map(({ d }) => d);
  return [...drafts, ...linkDrafts(context, doc.text)].sort((a, b) => a.start - b.start || a.end - b.end);
}
