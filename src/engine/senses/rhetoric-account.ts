/**
 * "Claimed to have seen", "claims to have read the memo": a named person's account of what they did or went
 * through, which the reporter cannot check. Reporting it with "claims to have" is the careful form: it neither
 * endorses the account ("saw") nor scorns it. The scornful use sorts a group by what it professes ("healers
 * who claim to have cured thousands", "groups that claim to care"), so a relative "who/that/which" before it
 * keeps the doubt, as does every other "claim".
 */
import type { ParsedText } from '../nlp.ts';

/** Words that open a relative clause describing a group by its claim ("those who claim to have"). */
const RELATIVES = new Set(['who', 'that', 'which', 'whom']);
/**
 * What one went through or did oneself, which only one's own word can tell: what was seen, heard, read or
 * suffered, whom one met or warned ("claimed to have seen the gunman", "claims to have been attacked", "claims to
 * have warned the council"). Anything else claimed done is a feat or a finding to weigh, where "claims" keeps its
 * doubt ("claims to have created 500 jobs", "claims to have found a cure for cancer", "claimed to have built
 * 300,000 homes").
 */
const EXPERIENCED = new Set(
  (
    'seen witnessed heard overheard read met spoken talked been suffered experienced felt received visited known ' +
    'lived watched noticed encountered attended travelled traveled worked warned told asked called phoned written ' +
    'sent emailed texted paid signed'
  ).split(' '),
);
/** How far back a relative word is looked for ("who now claim to have", "who both claim to have"). */
const RELATIVE_WINDOW = 3;

/** True when "claim" at `i` reports someone's own account: "claim(s/ed) (not) to have" + a participle. */
export function reportsOwnAccount(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  if (token?.lemma !== 'claim' || !token.lower.startsWith('claim')) return false;
  let j = i + 1;
  if (t[j]?.lower === 'not') j++;
  if (t[j]?.lower !== 'to' || t[j + 1]?.lower !== 'have') return false;
  const participle = t[j + 2];
  if (!participle || participle.sentence !== token.sentence) return false;
  // A feat or a finding claimed ("the firm claims to have created 500 jobs") is not one's own account.
  if (!EXPERIENCED.has(participle.lower)) return false;
  for (let k = i - 1; k >= 0 && k >= i - RELATIVE_WINDOW && t[k].sentence === token.sentence; k--) {
    if (RELATIVES.has(t[k].lower)) return false;
  }
  return true;
}
