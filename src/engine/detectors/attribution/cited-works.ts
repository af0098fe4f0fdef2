/**
 * "The documentary recounts how the miners lost their jobs", "The podcast revealed that the bank hid losses": a
 * work of fact telling what happened is cited as the source, like a report. Only with a verb of reporting and
 * the content it reports ("that", "how", "why"...): "The documentary follows three miners" and "The film tells the
 * story of a strike" (a plot, told-stories.ts) name no source, and a film is left out, as it may be fiction.
 */
import type { Phrase } from '../../names/phrase.ts';
import type { ParsedText } from '../../nlp.ts';
import type { SourceGuess } from './classify.ts';

/** Works of fact that tell what happened: their account is a source a reader can look up. */
export const FACT_WORKS: ReadonlySet<string> = new Set([
  ...['documentary', 'documentaries', 'docuseries', 'podcast', 'memoir', 'memoirs', 'biography'],
  ...['exposé', 'expose', 'autobiography'],
]);
/** Verbs by which a work reports: "recounts how", "reveals that", "shows why". */
const REPORTING = new Set([
  ...['recount', 'reveal', 'show', 'explain', 'describe', 'detail', 'document', 'expose', 'chronicle', 'claim'],
  ...['allege', 'argue', 'suggest', 'tell', 'report', 'find', 'conclude', 'say', 'state', 'assert', 'charge'],
]);
/** Verbs that take an audience before their content: "shows viewers how", "tells listeners that". */
const AUDIENCE_VERBS = new Set(['show', 'tell']);
/** Words that open the content a work reports: "that", "how", "why". */
const CONTENT = new Set(['that', 'how', 'why', 'what', 'whether', 'when', 'where', 'who']);

/**
 * True when the verb at i is followed by its content clause, directly or after an audience ("shows viewers how",
 * "tells viewers that"): a work telling its audience a clause reports it, like a report does.
 */
function reportsContent(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (CONTENT.has(t[i + 1]?.lower ?? '')) return true;
  // "shows the public how": an audience, then the content.
  for (let k = i + 1; k <= i + 3 && t[k]?.type === 'word'; k++) {
    if (CONTENT.has(t[k].lower)) return AUDIENCE_VERBS.has(t[i].lemma);
    if (t[k].pos !== 'DET' && t[k].pos !== 'NOUN' && t[k].pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * True when the word at i, which wink may tag a noun ("claims", "details"), is the verb of a work of fact before
 * it that reports a clause: "The documentary claims that", "The exposé details how", "A documentary about the
 * strike claims that". "The documentary claims that were aired" (a relative clause) keeps the noun.
 */
export function workReports(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const w = t[i];
  if (!w.lower.endsWith('s') || !REPORTING.has(w.lemma) || !CONTENT.has(t[i + 1]?.lower ?? '')) return false;
  if (t[i + 1].lower === 'that' && (t[i + 2]?.pos === 'VERB' || t[i + 2]?.pos === 'AUX')) return false;
  // The work right before, or before a short phrase of what it is about ("about the strike", "on the fire").
  for (let k = i - 1; k >= 0 && k >= i - 6 && t[k].sentence === w.sentence; k--) {
    if (FACT_WORKS.has(t[k].lower)) return k === i - 1 || t[k + 1].pos === 'ADP';
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM'].includes(t[k].pos)) return false;
  }
  return false;
}

/** A document guess for a work of fact heading the speaker phrase of the reporting verb at `cue`, or undefined. */
export function citedWork(doc: ParsedText, p: Phrase, cue: number): SourceGuess | undefined {
  const head = doc.tokens[p.end - 1];
  if (!FACT_WORKS.has(head.lower) || !REPORTING.has(doc.tokens[cue].lemma) || !reportsContent(doc, cue))
    return undefined;
  return { source: 'document', rule: 'attribution/document', confidence: 0.75 };
}
