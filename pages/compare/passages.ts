/**
 * When only a report is known and not the text it was made from (a tab analysed before the background kept the
 * text), the text can still be shown in part: every finding carries its own words and offsets, and claims
 * cover whole sentences, so the findings together rebuild most of the article. What no finding covers is
 * left out and shown as a gap.
 */
import type { Finding } from '../../src/engine/types.ts';
import type { Passage } from '../shared/text-view.ts';

/** The rebuilt text (spaces where nothing is known, so offsets still count right) and its known passages. */
export function passagesFromFindings(findings: readonly Finding[]): { text: string; passages: Passage[] } {
  const valid = findings.filter(
    (f) => Number.isInteger(f.start) && f.end > f.start && f.text.length === f.end - f.start,
  );
  const length = valid.reduce((max, f) => Math.max(max, f.end), 0);
  const chars: string[] = new Array(length).fill(' ');
  const known: boolean[] = new Array(length).fill(false);
  for (const finding of valid) {
    for (let i = 0; i < finding.text.length; i++) {
      chars[finding.start + i] = finding.text[i];
      known[finding.start + i] = true;
    }
  }
  const text = chars.join('');
  const passages: Passage[] = [];
  for (let i = 0; i < length; ) {
    if (!known[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end < length && known[end]) end++;
    passages.push({ start: i, text: text.slice(i, end) });
    i = end;
  }
  return { text, passages };
}
