/**
 * "Agree" as reaching a deal, an act and no view stated: "the operator and the union failed to agree on a new
 * rota", "the two sides agreed to a pay deal", "could not agree". "Agreed that the rota was unsafe" and "agreed
 * with the council" still report a view; "agreed to call off the strike" is a pledge and still reports too.
 */
import type { ParsedText } from '../../nlp.ts';

/** Words before "to agree" or "agree" that say no deal was reached: "failed to agree", "cannot agree". */
const NO_DEAL = new Set(['fail', 'failed', 'fails', 'failing', 'unable', 'cannot']);
/** Modals before a "not" that make it a failed deal ("could not agree"); "do not agree" is a view held. */
const COULD = new Set(['could', 'can', 'ca']);
/** Words after a "could not agree" that name what the deal was over: "over pay", "terms", "a deal". */
const DEAL_AFTER = new Set(['over', 'about', 'terms', 'a', 'any', 'on']);
/** Tags of a noun phrase after "agree to": "to a pay deal", "to new terms", "to its demands". */
const PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
/** Words opening a question after "agree on": "agree on who should lead", "on whether to strike". */
const QUESTION_WORDS = new Set(['who', 'what', 'whether', 'how', 'which', 'why', 'when', 'where']);
/** What two sides reach when they agree to it: a deal and its terms. */
const DEAL_NOUNS = new Set([
  ...['deal', 'deals', 'terms', 'settlement', 'contract', 'compromise', 'ceasefire', 'truce', 'merger', 'takeover'],
  ...['demands', 'conditions', 'package', 'offer', 'rise', 'increase', 'cut', 'cuts', 'freeze', 'pact', 'accord'],
  ...['agreement', 'arrangement', 'swap', 'exchange', 'sale', 'loan', 'fee', 'price', 'rota', 'timetable', 'schedule'],
  ...['budget', 'budgets', 'date', 'fixture', 'transfer'],
]);

/** The head noun (the last noun) of the phrase starting at `from`: "a three-year pay deal" gives "deal". */
function phraseHead(doc: ParsedText, from: number): string | undefined {
  const t = doc.tokens;
  let head: string | undefined;
  // Bounded by the text's end: "agreed to" can be its last words, with no phrase after it.
  for (let k = from; k < from + 7 && k < t.length && t[k].sentence === t[from].sentence; k++) {
    // "a three-year pay deal": a hyphen, and a word tagged as a verb before a noun, stay in the phrase.
    if (t[k].text === '-' || (t[k].pos === 'VERB' && t[k + 1]?.pos === 'NOUN')) continue;
    if (!PHRASE_TAGS.has(t[k].pos) && t[k].type !== 'number') break;
    if (t[k].pos === 'NOUN' || t[k].pos === 'PROPN') head = t[k].lower;
  }
  return head;
}

/** True when "agree" at i reaches (or fails to reach) a deal rather than shares a view. */
export function reachesDeal(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i].lemma !== 'agree') return false;
  let k = i + 1;
  while (t[k]?.pos === 'ADV') k++;
  const next = t[k];
  if (next?.lower === 'that' || next?.lower === 'with') return false;
  // "agree on who should lead": a question settled is a view shared; "agree on a new rota" is a deal.
  // Only a deal's terms make it one ("agree on a new rota"); "economists agree on the need for a cut" shares a view.
  if (next?.lower === 'on' || next?.lower === 'upon') {
    return !QUESTION_WORDS.has(t[k + 1]?.lower ?? '') && DEAL_NOUNS.has(phraseHead(doc, k + 1) ?? '');
  }
  // "agreed to a pay deal", "agreed to its demands": a deal's terms after "to"; "agreed to an interview" and "agreed
  // to call off the strike" consent or pledge, and still report.
  if (next?.lower === 'to' && DEAL_NOUNS.has(phraseHead(doc, k + 1) ?? '')) return true;
  // "The council agreed a new budget": a deal as the object, with no verb of a clause after it ("agreed the budget
  // was too small" reports a view).
  if (next && (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NUM') && DEAL_NOUNS.has(phraseHead(doc, k) ?? '')) {
    let end = k;
    while (t[end] && t[end].sentence === t[i].sentence && (PHRASE_TAGS.has(t[end].pos) || t[end].text === '-')) end++;
    return t[end]?.pos !== 'AUX' && t[end]?.pos !== 'VERB';
  }
  // "failed to agree.", "could not agree over pay", "were unable to agree terms": no deal, nothing said ("did not
  // agree the plan was safe" still reports a view, its clause after it).
  const at = t[i - 1]?.lower === 'to' ? i - 2 : i - 1;
  const before = t[at];
  const ends = next === undefined || next.sentence !== t[i].sentence || next.type === 'punctuation' || DEAL_AFTER.has(next.lower);
  const failed = NO_DEAL.has(before?.lower ?? '') || ((before?.lower === 'not' || before?.lower === "n't") && COULD.has(t[at - 1]?.lower ?? ''));
  return ends && before !== undefined && failed;
}
