/**
 * Legal acts done with report verbs: a plea ("He pleaded guilty to two counts") and a charge ("She was charged with
 * fraud", "Police charged two men with theft") are steps in a case, not information someone passes on. "He pleaded
 * for calm", "pleaded with the judge" and "critics charged that the count was rigged" still report words.
 */
import type { ParsedText } from '../../nlp.ts';

/** What a plea enters in court: "pleaded guilty", "pleads not guilty", "pleaded no contest", "pleaded innocent". */
const PLEAS = new Set(['guilty', 'innocent']);

/** True when "plead" at i enters a plea in court rather than begging or arguing. */
function entersPlea(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'plead') return false;
  // "pleaded not guilty", "pleaded no contest": the denial or the waiver is the plea.
  const plea = t[i + 1]?.lower === 'not' ? t[i + 2] : t[i + 1];
  return PLEAS.has(plea?.lower ?? '') || (plea?.lower === 'no' && t[i + 2]?.lower === 'contest');
}

/**
 * True when "charge" at i accuses formally of an offence: "was charged with fraud", "charged two men with theft",
 * "charges him with". The "with" comes within a few words and before any "that" opening words reported.
 */
function bringsCharge(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'charge') return false;
  for (let k = i + 1; k <= i + 5 && t[k] && t[k].sentence === t[i].sentence; k++) {
    if (t[k].lower === 'with') return true;
    if (t[k].lower === 'that' || t[k].type === 'punctuation') return false;
  }
  return false;
}

/** True when the report verb at i is a plea or a formal charge: a legal act, no report of information. */
export function isLegalAct(doc: ParsedText, i: number): boolean {
  return entersPlea(doc, i) || bringsCharge(doc, i);
}
