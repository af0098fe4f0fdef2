/**
 * Notice that is measured or that an official body paid, not notice made big by a size word. "The video gained
 * significant attention, with two million views", "the campaign won considerable coverage, a monitor that counted
 * 300 articles said": a number or a source gives the size. "The plan received significant attention from the
 * planning committee": a body's attention is its scrutiny of a matter, not the public's acclaim.
 */
import type { ParsedText } from '../nlp.ts';

/** Bodies whose attention is official scrutiny ("attention from the committee", "from regulators"). */
const OFFICIAL_BODIES = new Set(
  'committee committees council councils board boards commission commissions regulator regulators inspectors inspectorate court courts tribunal parliament ministry ministries department agency agencies authorities authority panel auditors police prosecutors lawmakers legislators senate congress'.split(
    ' ',
  ),
);
/** Counts that measure notice ("polls show", "a survey found", "ratings"). */
const MEASURES = new Set('poll polls survey surveys ratings data figures'.split(' '));
/** How far either side of the size word a number or a body still measures the notice (one clause or two). */
const REACH = 25;

/** True when the notice at `first` has a number, a poll, a source ("according to") or an official body beside it. */
export function receptionMeasured(doc: ParsedText, first: number): boolean {
  const { tokens, sentences } = doc;
  const s = sentences[tokens[first].sentence];
  if (!s) return false;
  // A window, not the whole sentence: a text with no full stops stays linear in its length.
  const from = Math.max(s.firstToken, first - REACH);
  const to = Math.min(s.endToken, first + REACH);
  let fromWord = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // A count of views, readers or articles ("2 million views", "400 articles"); a year is no measure.
    if ((t.type === 'number' || t.pos === 'NUM') && !/^(1[89]|20)\d\d$/.test(t.text)) return true;
    if ((t.lower === 'according' && tokens[i + 1]?.lower === 'to') || MEASURES.has(t.lower)) return true;
    if (t.lower === 'from' && i > first) fromWord = true;
    else if (fromWord && OFFICIAL_BODIES.has(t.lower)) return true;
    else if (fromWord && (t.text === ',' || t.text === ';')) fromWord = false;
  }
  return false;
}
