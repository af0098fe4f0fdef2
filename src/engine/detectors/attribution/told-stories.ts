/**
 * "The film tells the story of a miners' strike", "The novel recounts how a village was drowned": a work of fiction
 * or performance narrating its plot. Nobody is the source of a claim there; the verb sums up what the work is about.
 * "The documentary tells viewers that the dam was unsafe" still reports (a clause told, not a plot), and a person
 * who "told the story of her escape" is left to the report verb: that is someone's account. A work that may be
 * non-fiction (a book, a documentary) recounting "how" or "of" something reports it ("The book recounts how the
 * minister misled parliament"): only its telling of "the story of" someone is a plot.
 */
import type { ParsedText } from '../../nlp.ts';

/** Works whose telling is a plot: films, plays, books of fiction, shows, songs. */
const WORKS = new Set([
  ...['film', 'movie', 'play', 'musical', 'opera', 'ballet', 'novel', 'novella', 'drama', 'series', 'show', 'sitcom'],
  ...['documentary', 'biopic', 'thriller', 'comedy', 'episode', 'production', 'album', 'song', 'exhibition', 'book'],
  ...['story', 'cartoon', 'animation', 'miniseries', 'saga', 'trilogy', 'sequel', 'prequel', 'poem', 'painting', 'mural'],
]);
/** Works that may be non-fiction: their "how" and "of" are an account of what happened, not a plot. */
const FACTUAL_WORKS = new Set(['documentary', 'book', 'story', 'exhibition', 'series', 'episode']);
/** Verbs of narrating a plot. */
const NARRATING = new Set(['tell', 'recount', 'chronicle', 'narrate', 'relate', 'retell', 'recall']);
/** What a plot is told as: "the story of", "the tale of", "of a strike", "how the village drowned". */
const PLOTS = new Set(['story', 'stories', 'tale', 'tales', 'saga', 'history', 'life', 'lives', 'journey', 'rise', 'fall']);

/** True when the verb at i is a work narrating its plot ("The film tells the story of"). */
export function tellsAPlot(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (!NARRATING.has(t[i].lemma)) return false;
  let s = i - 1;
  while (s >= 0 && t[s].pos === 'ADV') s--;
  if (!WORKS.has(t[s]?.lemma ?? '') || t[s].pos !== 'NOUN') return false;
  const next = t[i + 1];
  if ((next?.lower === 'of' || next?.lower === 'how') && !FACTUAL_WORKS.has(t[s].lemma)) return true;
  // "tells the story of", "recounts the extraordinary life of": a determiner, describing words, then the plot word.
  for (let k = i + 1; t[k] && k - i <= 4; k++) {
    if (PLOTS.has(t[k].lower)) return true;
    if (t[k].pos !== 'DET' && t[k].pos !== 'ADJ' && !(t[k].pos === 'PRON' && t[k].lower !== 'that')) return false;
  }
  return false;
}
