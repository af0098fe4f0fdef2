/**
 * "Recall" and "unveil" in the sense of a thing handled, not words passed on: "The car maker recalled 12,000
 * vehicles" (withdrew them), "recalled its ambassador" (summoned back), "The company unveiled its latest phone",
 * "The statue will be unveiled by the mayor" (showed it); a poster or a banner "shows" a picture. "She recalled that the road was dark", "unveiled plans
 * to cut fares" and "unveiled a proposal that" still report: a memory, a plan or a document is something said.
 */
import { DOCUMENT_NOUNS } from '../../lexicon/sources-documents.ts';
import { SAYING_NOUNS } from '../../lexicon/sources-verbs.ts';
import { isPossessive } from '../../names/tokens.ts';
import type { ParsedText } from '../../nlp.ts';

/** Goods a maker withdraws from sale, and envoys a state summons home: what is recalled without being remembered. */
const WITHDRAWN = new Set([
  ...['vehicles', 'vehicle', 'cars', 'car', 'trucks', 'vans', 'buses', 'motorcycles', 'bikes', 'scooters', 'models'],
  ...['products', 'product', 'items', 'units', 'devices', 'phones', 'laptops', 'tablets', 'batteries', 'chargers'],
  ...['toys', 'cots', 'prams', 'appliances', 'heaters', 'kettles', 'medicines', 'drugs', 'pills', 'tablets'],
  ...['batches', 'batch', 'packs', 'packets', 'jars', 'bottles', 'cans', 'tins', 'boxes', 'bags', 'meals', 'foods'],
  ...['tyres', 'tires', 'airbags', 'seats', 'ambassador', 'envoy', 'diplomats', 'troops', 'squad', 'officers'],
  ...['reservists', 'parliament'],
]);

/** Plans and statements that are unveiled as words: "unveiled plans to", "unveiled a proposal", "unveiled its budget". */
const PROPOSALS = new Set([
  ...['plan', 'plans', 'proposal', 'proposals', 'strategy', 'budget', 'policy', 'policies', 'scheme', 'bill'],
  ...['manifesto', 'programme', 'program', 'agenda', 'vision', 'blueprint', 'roadmap', 'measures', 'reforms'],
  ...['package', 'details', 'figures', 'findings', 'results', 'forecast', 'forecasts', 'targets', 'pledge'],
]);

/** Tags of the words that may open the object before its head: "12,000 vehicles", "its latest phone". */
const BEFORE_HEAD = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV', 'NOUN', 'PROPN', 'SYM']);

/** The head noun of the object after the verb at i (the last noun of its phrase), or undefined. */
function objectHead(doc: ParsedText, i: number): string | undefined {
  const t = doc.tokens;
  let head: string | undefined;
  for (let k = i + 1; k <= i + 6 && t[k] && t[k].sentence === t[i].sentence; k++) {
    if (!BEFORE_HEAD.has(t[k].pos) && !isPossessive(t[k]) && t[k].type !== 'number') break;
    if (t[k].pos === 'NOUN' || t[k].pos === 'PROPN') head = t[k].lower;
  }
  return head;
}

/** True when a noun of the sentence before the passive verb at i is a plan or a document: "Plans were unveiled". */
function subjectIsSaid(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  for (let k = i - 1; k >= 0 && t[k].sentence === t[i].sentence; k--) {
    if (PROPOSALS.has(t[k].lower) || DOCUMENT_NOUNS.has(t[k].lower) || SAYING_NOUNS.has(t[k].lower)) return true;
  }
  return false;
}

/** Texts made to be looked at, whose "shows" depicts a picture: "The poster shows the lead actor on a beach". */
const DISPLAYS = new Set([
  'poster',
  'posters',
  'banner',
  'banners',
  'placard',
  'placards',
  'billboard',
  'billboards',
  'mural',
  'murals',
]);
/** Verbs of depicting: what a display shows is a picture, not a finding. */
const DEPICTING = new Set(['show', 'feature', 'depict', 'picture', 'portray']);

/** True when the verb at i depicts: its subject, with no verb or comma between, is a display ("The poster for the film shows"). */
function depicts(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!DEPICTING.has(t[i].lemma) || t[i + 1]?.lower === 'that') return false;
  for (let k = i - 1; k >= 0 && t[k].sentence === t[i].sentence && i - k <= 8; k--) {
    if (DISPLAYS.has(t[k].lower)) return true;
    if (t[k].pos === 'VERB' || t[k].pos === 'AUX' || t[k].text === ',') return false;
  }
  return false;
}

/** True when "recall" or "unveil" at i handles a thing (withdraws goods, shows an object), or a display depicts, rather than reports. */
export function handlesThing(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (depicts(doc, i)) return true;
  if (t[i].lemma === 'recall') return WITHDRAWN.has(objectHead(doc, i) ?? '');
  if (t[i].lemma !== 'unveil') return false;
  const prev = t[i - 1]?.pos === 'ADV' ? t[i - 2] : t[i - 1];
  // "will be unveiled by the mayor", "was unveiled on Monday": the thing shown stands before the verb.
  if (prev?.lemma === 'be' || t[i + 1]?.lower === 'by') return !subjectIsSaid(doc, i);
  const head = objectHead(doc, i);
  if (head === undefined || t[i + 1]?.lower === 'that') return false;
  return !PROPOSALS.has(head) && !DOCUMENT_NOUNS.has(head) && !SAYING_NOUNS.has(head);
}
