/**
 * "A federal judge ruled Monday that the count must go on", "a judge ordered the files released": a judge who goes
 * unnamed still speaks for a court, and a ruling is on the public record, so the source is the court (an
 * institution anyone can look up), not an anonymous person hiding behind a role. "An official said" stays anonymous:
 * an official can speak off the record; a judge rules only on it.
 */
import type { ParsedText } from '../../nlp.ts';
import { analysePhrase } from '../../names/analyse.ts';
import { phraseText } from '../../names/phrase.ts';
import type { Found } from './verbs.ts';

/** Roles that speak only from the bench. */
const BENCH = new Set(['judge', 'magistrate']);

/** Turns an unnamed judge's words in `found` into the court's, on the record. */
export function judgesOnRecord(doc: ParsedText, found: Found[]): void {
  for (const f of found) {
    if (f.guess.rule !== 'attribution/unnamed-person' || !f.speaker) continue;
    if (!BENCH.has(doc.tokens[analysePhrase(doc, f.speaker).head].lower)) continue;
    const sourceName = phraseText(doc, f.speaker);
    f.guess = { source: 'named', rule: 'attribution/institution', confidence: 0.65, sourceName, nameKind: 'organisation' };
  }
}
