/**
 * Loaded words in a literal or borrowed sense, read from a few words around them: a watch "stolen from the car"
 * is a plain theft (only an election, votes or someone's future "stolen" is the charge of a trick); "Bonanza" as a
 * show's or a firm's name cheers nothing; "Grouse numbers" are birds, not grumbling; a "tongue-in-cheek" event
 * described so by its organisers is their own account of its tone, not the writer's wink.
 */
import type { ParsedText } from '../nlp.ts';

const startsUpper = (text: string) => text.length > 0 && text[0] !== text[0].toLowerCase();

/**
 * What a charge of stealing takes: a result, a right or a share of the public ("stole the election", "stealing
 * our jobs", "steal from taxpayers"). A thing with no such object (a watch, a car, cash) is theft, a crime report.
 */
const STOLEN_ABSTRACT = new Set([
  'election', 'elections', 'vote', 'votes', 'ballot', 'ballots', 'win', 'victory', 'seat', 'seats', 'race',
  'credit', 'idea', 'ideas', 'future', 'futures', 'jobs', 'job', 'land', 'lands', 'country', 'nation', 'democracy',
  'freedom', 'freedoms', 'rights', 'childhood', 'dream', 'dreams', 'taxpayers', 'taxpayer', 'workers', 'poor',
  'public', 'people', 'voters', 'families', 'citizens', 'americans', 'pensioners', 'savers', 'presidency', 'mandate',
  'power', 'identity', 'culture', 'heritage', 'money', 'show', 'limelight', 'spotlight', 'thunder', 'headlines', 'house',
  'senate', 'kids', 'children', 'us', 'them', 'medicare', 'pensions', 'benefits', 'wages',
]);

/** Words after which a bare "steal" charges a way of acting ("to loot and steal", "lie and steal."). */
const BARE_AFTER = new Set(['and', 'or', 'but']);

/** Parts of speech that start the object of an active "steal" ("stole a car", "stealing his hat", "stole $5"). */
const OBJECT_POS = new Set(['DET', 'NOUN', 'PRON', 'NUM', 'ADJ', 'PROPN', 'SYM']);

/**
 * True when "steal"/"stolen" at `i` takes a concrete thing: no abstract object within four words on either side,
 * no people or programme robbed ("from Medicare", "from Cubans"), and an object at all: a bare "steal" ("lie and
 * steal", "loot and steal after the verdict") charges a way of acting, as the lexicon means it.
 */
export function stealsAThing(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  if (token.lemma !== 'steal' && !token.lower.startsWith('stol') && !token.lower.startsWith('steal')) return false;
  const s = token.sentence;
  const next = t[i + 1];
  const taken = next?.sentence === s && OBJECT_POS.has(next.pos) && !BARE_AFTER.has(next.lower);
  if (!taken && token.lower !== 'stolen') return false;
  // "Georgia stolen", "the seat stolen": a place or a name taken is a state or a race, not a thing.
  if (token.lower === 'stolen' && t[i - 1]?.sentence === s && t[i - 1].pos === 'PROPN') return false;
  for (let k = i + 1; k <= i + 4 && k < t.length && t[k].sentence === s; k++) {
    if (STOLEN_ABSTRACT.has(t[k].lower)) return false;
    if (t[k].lower === 'from' && startsUpper(t[k + 1]?.text ?? '')) return false;
    if (t[k].type === 'punctuation') break;
  }
  for (let k = i - 1; k >= i - 4 && k >= 0 && t[k].sentence === s; k--) {
    if (STOLEN_ABSTRACT.has(t[k].lower)) return false;
    if (t[k].type === 'punctuation') break;
  }
  return true;
}

/** Nouns that name a work or a firm in apposition ("Bonanza, the long-running western,"). */
const TITLE_NOUNS = new Set([
  'western', 'series', 'show', 'film', 'movie', 'drama', 'sitcom', 'novel', 'musical', 'album', 'programme',
  'program', 'game', 'company', 'firm', 'brand', 'band', 'play', 'comedy', 'soap', 'franchise',
]);

/**
 * True when the capitalised noun at `i` is a name: inside a sentence, before another capitalised word ("Bonanza
 * Creek Energy"), or opening a sentence in apposition with a work or a firm ("Bonanza, the long-running western").
 */
export function capitalisedTitle(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  if (!startsUpper(token.text)) return false;
  const next = t[i + 1];
  if (next?.sentence === token.sentence && startsUpper(next.text) && next.type === 'word') return true;
  if (doc.sentences[token.sentence]?.firstToken !== i) return true;
  if (next?.text !== ',') return false;
  for (let k = i + 2; k <= i + 6 && k < t.length && t[k].sentence === token.sentence; k++) {
    if (TITLE_NOUNS.has(t[k].lower)) return true;
    if (t[k].text === ',') break;
  }
  return false;
}

/**
 * True when a speech verb opens its sentence with a capital before a noun ("Grouse numbers rose"): a verb there
 * would be an order with its object after it; before a noun the word is itself a noun (a bird, a grievance).
 */
export function speechWordAsNoun(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  const next = t[i + 1];
  if (doc.sentences[token.sentence]?.firstToken !== i || !startsUpper(token.text)) return false;
  return next?.sentence === token.sentence && next.pos === 'NOUN';
}

/** Verbs by which people name the tone of their own event or work ("billed as a tongue-in-cheek contest"). */
const DESCRIBE = new Set(['describe', 'bill', 'intend', 'mean', 'present', 'pitch', 'advertise', 'promote', 'call']);

/**
 * True when "tongue-in-cheek" at `i` is how someone described their own thing: a describing verb, then "as", then
 * the tone word, all in one clause ("described the event as a tongue-in-cheek ...", "billed as tongue-in-cheek").
 * Ironic praise ("the much-vaunted reform") stays the writer's, whoever is described nearby.
 */
export function toneDescribed(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!t[i].lower.startsWith('tongue')) return false;
  const s = t[i].sentence;
  let seenAs = false;
  for (let k = i - 1; k >= i - 7 && k >= 0 && t[k].sentence === s; k--) {
    if (t[k].type === 'punctuation') return false;
    if (t[k].lower === 'as') seenAs = true;
    else if (seenAs && DESCRIBE.has(t[k].lemma) && t[k].pos === 'VERB') return true;
  }
  return false;
}
