/**
 * US states as news datelines and home towns write them after a town and a comma ("of Fairview, N.C.,", "in
 * Dover, Delaware,"). There the state only places the town: it is no speaker, though it is a capitalised name.
 * Written from general knowledge of US postal and newspaper abbreviations, not from any data set.
 */
import type { ParsedText } from '../nlp.ts';
import { isSourceNoun, type Phrase } from './phrase.ts';
import { isCapitalised, isMark } from './tokens.ts';

/** State names and their newspaper abbreviations, in lower case as wink writes them ("mass.", "n.c."). */
const US_STATES: ReadonlySet<string> = new Set([
  ...['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida'],
  ...['georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine'],
  ...['maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska'],
  ...['nevada', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia'],
  ...['washington', 'wisconsin', 'wyoming'],
  ...['ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'ky.'],
  ...['la.', 'md.', 'mass.', 'mich.', 'minn.', 'miss.', 'mo.', 'mont.', 'neb.', 'nev.', 'n.h.', 'n.j.', 'n.m.'],
  ...['n.y.', 'n.c.', 'n.d.', 'okla.', 'ore.', 'pa.', 'r.i.', 's.c.', 's.d.', 'tenn.', 'tex.', 'va.', 'vt.'],
  ...['wash.', 'w.va.', 'wis.', 'wyo.', 'd.c.'],
]);
/** Second words of two-word states: "New Hampshire", "North Carolina", "West Virginia", "Rhode Island". */
const STATE_SECOND_WORDS: ReadonlySet<string> = new Set(['hampshire', 'jersey', 'mexico', 'york', 'carolina', 'dakota', 'virginia', 'island']);
const STATE_FIRST_WORDS: ReadonlySet<string> = new Set(['new', 'north', 'south', 'west', 'rhode']);

/** True for a phrase that is only a state's name or abbreviation. */
function isStateName(doc: ParsedText, p: Phrase): boolean {
  const t = doc.tokens;
  if (p.end - p.first === 1) return US_STATES.has(t[p.first].lower);
  return p.end - p.first === 2 && STATE_FIRST_WORDS.has(t[p.first].lower) && STATE_SECOND_WORDS.has(t[p.first + 1].lower);
}

/** Prepositions that tie a person to their town: "a nurse in Dover", "Ann Lee of Fairview", "a man from Leeds". */
const HOME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'near']);

/**
 * True when the phrase is a state set after a comma and the town of someone the text describes by role, right
 * before the verb ("a nurse in Dover, Delaware, said": the nurse speaks, not Delaware) or closing the sentence after
 * it ('"...," said a nurse in Dover, Delaware.'). A state elsewhere still speaks for itself ("Ohio said it would
 * appeal", "On Monday, Ohio, heading an alliance of four states, sued"), and so does whatever the reading found
 * before ("Lee, at a fair in Elmford, Kansas, said" is left to it).
 */
export function isStateAfterTown(doc: ParsedText, p: Phrase): boolean {
  const t = doc.tokens;
  if (!isMark(t[p.first - 1], ',') || !isStateName(doc, p)) return false;
  // The sentence ends with the state: the town's line closes the speaker after the verb.
  const closes = t[p.end] === undefined || t[p.end].sentence !== t[p.first].sentence || isMark(t[p.end], '.!?;');
  if (!closes && !beforeVerb(doc, p)) return false;
  let k = p.first - 2;
  while (k >= 0 && isCapitalised(t[k]) && p.first - k <= 4) k--;
  if (k === p.first - 2 || k < 1 || !HOME_PREPOSITIONS.has(t[k].lower)) return false;
  return isSourceNoun(t[k - 1].lower);
}

/** True when a comma and a finite verb follow the state: "a nurse in Dover, Delaware, said". */
function beforeVerb(doc: ParsedText, p: Phrase): boolean {
  const t = doc.tokens;
  const after = t[p.end + 1];
  return isMark(t[p.end], ',') && (after?.pos === 'VERB' || after?.pos === 'AUX' || after?.pos === 'ADV') && !after.lower.endsWith('ing');
}
