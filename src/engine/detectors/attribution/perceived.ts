/**
 * Someone heard or recorded speaking: "Okafor was overheard saying the plan was doomed", "The striker was caught on
 * camera telling the referee he was blind", "Hale was heard over an open mic telling aides to leave". The one heard
 * is the one speaking, so the -ing report verb takes the sentence's subject, as after a comma.
 */
import type { ParsedText } from '../../nlp.ts';

/** Participles of being heard, seen or recorded. */
const PERCEIVED = new Set(['heard', 'overheard', 'caught', 'filmed', 'recorded', 'videotaped', 'taped', 'seen']);
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'being', "'s"]);
/** How far the -ing form may sit after the participle: "was caught on a hidden camera telling". */
const MAX_GAP = 6;

/** True when the -ing form at i follows a passive of being heard or recorded with only words between them. */
export function perceivedSpeaking(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  for (let k = i - 1; k >= 0 && i - k <= MAX_GAP; k--) {
    if (t[k].type !== 'word') return false;
    if (!PERCEIVED.has(t[k].lower)) continue;
    const be = t[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
    return BE.has(t[be]?.lower ?? '');
  }
  return false;
}
