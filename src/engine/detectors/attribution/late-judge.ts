/**
 * "The tower has been likened to a rocket by critics", "The chief was seen as unfit by the elders": a likeness or a
 * view in the passive whose holder comes after the judgement. The agentless reading steps aside for these
 * (credits.ts); the holder after "by" is the source, read like any speaker ("critics" a vague group, a name named).
 */
import type { Phrase } from '../../names/phrase.ts';
import { phraseStartingAt } from '../../names/phrase.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { classifySpeaker } from './classify.ts';
import { heldToBe, judgeAt, LIKENESS, NAMED_VERDICTS, notAVerdict, VIEWS } from './credits.ts';
import { overlapsAny } from './found-list.ts';
import type { Discourse } from './memory.ts';
import type { Found } from './verbs.ts';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** The "by" of a judge after the passive participle at k, or -1: "likened to X by", "seen as X by". */
function lateBy(doc: ParsedText, s: Sentence, k: number): number {
  const t = doc.tokens;
  let b = k - 1;
  while (b > s.firstToken && t[b].pos === 'ADV') b--;
  // "The inquiry, often labelled as a sham by critics, closed": a participle after a comma or a dash is a passive too.
  const reduced = (t[b]?.text === ',' || t[b]?.text === '—' || t[b]?.text === '–') && /(ed|en|wn)$/.test(t[k].lower);
  if ((!BE.has(t[b]?.lower ?? '') && !reduced) || b < s.firstToken) return -1;
  const word = t[k].lower;
  // "is compared to 45 last year" sets figures side by side; "has been compared to" tells of people who compared.
  if (word === 'compared' && t[b].lower !== 'been' && t[k - 1].pos !== 'ADV') return -1;
  if (LIKENESS.has(word)) return judgeAt(t, k + 1, s.endToken);
  // "was held to be void by the court".
  if (heldToBe(t, k + 3)) return judgeAt(t, k + 3, s.endToken);
  if (VIEWS.has(word) && t[k + 1]?.lower === 'as' && !notAVerdict(t, word, k + 2)) return judgeAt(t, k + 2, s.endToken);
  if (word === 'called') return calledNames(doc, k) ? judgeAt(t, k + 2, s.endToken) : -1;
  return NAMED_VERDICTS.has(word) ? judgeAt(t, k + 1, s.endToken) : -1;
}

/**
 * "was called a charlatan by fellow doctors", "has been called reckless by critics": "called" names a verdict when a
 * lower-case label follows it ("a"/"an" or an adjective). "was called by neighbours" and "was called to the scene
 * by police" are calls made; "was called Ada by her parents" is a name given, not a judgement.
 */
function calledNames(doc: ParsedText, k: number): boolean {
  const next = doc.tokens[k + 1];
  if (!next || WHEN_CALLED.has(next.lower)) return false;
  // "was called a day early by the chairman", "called an hour before the shift": a time the call came, no label.
  if (next.lower === 'a' || next.lower === 'an') return !TIME_UNITS.has(doc.tokens[k + 2]?.lower ?? '');
  return next.pos === 'ADJ' && next.text === next.lower;
}

/** Units of time after "called a/an": when a meeting or a vote was called, not what someone was called. */
const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'fortnight', 'decade', 'moment', 'night']);
/** Words of timing after "called": "called early by the premier", "called off by the union". */
const WHEN_CALLED = new Set(['early', 'late', 'earlier', 'later', 'off', 'again', 'soon', 'once', 'twice']);

/**
 * The participles lateBy can answer for: it reads a judge only after one of these ("held" for "held to be"), so
 * any other word is skipped with one look-up instead of its walk back over adverbs.
 */
const JUDGED_WORDS: ReadonlySet<string> = new Set([...LIKENESS, ...VIEWS, ...NAMED_VERDICTS, 'called', 'held']);

/** Adds the holder of a passive likeness or view named after it, from the participle to the holder. */
export function addLateJudges(doc: ParsedText, s: Sentence, found: Found[], memory: Discourse): void {
  for (let k = s.firstToken + 1; k < s.endToken; k++) {
    if (!JUDGED_WORDS.has(doc.tokens[k].lower)) continue;
    const by = lateBy(doc, s, k);
    if (by < 0) continue;
    const phrase: Phrase | undefined = phraseStartingAt(doc, by + 1, s.endToken);
    if (!phrase || phrase.first !== by + 1) continue;
    const guess = classifySpeaker(doc, phrase, 'cognition', memory);
    if (guess) addJudge(found, { first: k, end: phrase.end, guess, speaker: phrase }, k);
  }
}

/**
 * Adds the judge f of the participle at k. (A function of its own: closures in the loop above, which reads every
 * word, captured its index and so made a new context for every word.)
 */
function addJudge(found: Found[], f: Found, k: number): void {
  // "was described as a waste by opponents": a passive read as agentless gives way to the judge named after it,
  // and so does its subject read as a speaker ("The inquiry was labelled"): what is judged says nothing.
  const passiveSubject = (g: Found) => g.end === k + 1 && g.first < k;
  const agentless = found.filter((g) => f.first < g.end && g.first < f.end && (g.guess.source === 'agentless' || passiveSubject(g)));
  for (const g of agentless) found.splice(found.indexOf(g), 1);
  const from = agentless.filter((g) => g.guess.source === 'agentless').map((g) => g.first);
  if (!overlapsAny(found, f)) found.push({ ...f, first: Math.min(f.first, ...from) });
  else found.push(...agentless);
}
