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
 * Feats one claims to have done for others or a cause: a record to weigh, where "claims" keeps its doubt
 * ("claims to have created 500 jobs", "claims to have cut crime by half"); seeing, reading or suffering is an
 * account ("claimed to have seen the gunman").
 */
const ACHIEVED = new Set(
  (
    'created cured saved raised cut built reduced increased doubled tripled halved delivered solved invented helped ' +
    'won generated secured lifted transformed fixed ended stopped prevented achieved boosted slashed lowered ' +
    'restored rescued eliminated eradicated defeated attracted brought'
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
  if (participle.pos !== 'VERB' && participle.pos !== 'AUX' && !/(?:ed|en)$/.test(participle.lower)) return false;
  // A feat claimed ("the firm claims to have created 500 jobs") is a boast the reader can check, not an account.
  if (ACHIEVED.has(participle.lower)) return false;
  for (let k = i - 1; k >= 0 && k >= i - RELATIVE_WINDOW && t[k].sentence === token.sentence; k--) {
    if (RELATIVES.has(t[k].lower)) return false;
  }
  return true;
}
