/**
 * "May" granting a point before "but ... still": "the club may be small but is still a force", "the league may be
 * amateur but is still fiercely fought", "the team may have lost but remains top". The writer concedes the first
 * clause as true to set up the second; nothing is guessed. Only a state ("may be", "may have") with the same
 * subject going on after "but" (a verb, then "still" or "nevertheless"; or a pronoun for it, "but it is still top")
 * concedes: "the suspect may be in Spain, but police still have no lead" starts a new subject, and "prices may rise
 * but will still be low" forecasts twice; both stay guesses. A past act is granted only when it is a result or a
 * change of fortune the reader already knows ("may have lost", "may have been relegated"); "the gunman may have
 * fled abroad but is still armed" guesses at an act nobody saw. So does an amount or a date given with the result
 * ("may have lost as much as $5m", "up to 2,000 jobs", "won the cup in 1958"): the figure is the guess. A change that
 * is also a bodily act ("fallen", "slowed", "changed") is granted bare only ("sales may have slowed, but"); with an
 * object or a phrase after it it is an act ("the lorry may have slowed before the crash", "may have fallen from the
 * ridge", "may have changed his appearance"). Read by senses/modality.ts.
 */
import type { ParsedText, Token } from '../nlp.ts';

/** Words after "but" that keep what was granted in force: "but is still", "but remains", "but nevertheless". */
const YET = new Set(['still', 'nonetheless', 'nevertheless', 'remains', 'remain', 'remained']);
/** Verbs of the same subject between "but" and "still" ("but is still", "but has still"); no modal of a forecast. */
const SAME_SUBJECT_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did']);
/**
 * Pronouns after "but" that take up the granted subject ("the team may have lost, but it is still top"), with the
 * number of the subject each agrees with: "the gunman may be dead, but they are still searching" is others at work.
 */
const SAME_SUBJECT_PRONOUNS = new Map([
  ['it', 'one'],
  ['he', 'one'],
  ['she', 'one'],
  ['they', 'many'],
]);
/**
 * Words after "it is still" that leave a question open, so "it" is no subject: "but it is still unclear whether",
 * "but it still isn't clear why".
 */
const OPEN_AFTER = new Set([
  ...['unclear', 'uncertain', 'unknown', 'possible', 'likely', 'too', 'not', "n't", 'hard', 'early', 'clear', 'known'],
]);
/**
 * Past acts a writer grants as known, results and changes of fortune ("may have lost", "may have faded", "may have
 * been relegated"). Any other act after "may have" is a guess ("may have fled", "may have crossed into France").
 */
const CONCEDED_RESULTS = new Set(
  (
    'lost won failed flopped slipped fallen fell dropped declined faded aged shrunk struggled stumbled missed ' +
    'retired changed grown sunk dipped cooled weakened suffered stalled slowed finished ended conceded relegated ' +
    'beaten defeated sacked overtaken lagged trailed ' +
    // Gains and a career's turns, granted the same way ("may have scored twice, but he is still not happy").
    'scored earned gained risen rose climbed improved recovered rallied doubled halved resigned quit'
  ).split(' '),
);
/** Granted changes that are also acts of a body or a person, granted only with nothing but adverbs after them. */
const ALSO_ACTS = new Set(['changed', 'slowed', 'fallen', 'fell', 'dropped', 'slipped', 'sunk', 'climbed', 'stumbled']);
/** Words that give an amount with a result ("as much as", "up to", "by 30 percent"). */
const AMOUNT_WORDS = new Set(['much', 'many', 'up', 'percent', '%', '$', '£', '€']);
/** The most words read from the modal to its "but" ("may have strict rules about kit but ..."). */
const REACH = 12;

/** The index of the first "but" within reach of `i` in its clause, or -1 (a semicolon or a full stop ends it). */
function butAfter(t: Token[], i: number): number {
  for (let j = i + 1; j <= i + REACH && t[j]?.sentence === t[i].sentence; j++) {
    if (t[j].lower === 'but') return j;
    if (t[j].lower === ';') return -1;
  }
  return -1;
}

/**
 * True when "have" at `have` grants a possession ("may have little money") or a known result ("may have lost",
 * "may have been relegated"); false for any other act ("may have fled abroad"). An "-ed" word wink reads as an
 * adjective ("may have retired") is an act too.
 */
function grantsKnownResult(t: Token[], have: number): boolean {
  const j = t[have + 1]?.lower === 'been' ? have + 2 : have + 1;
  const word = t[j];
  if (word === undefined) return false;
  // "May have been in Spain", "may have been hiding": a guess at where or what, as "may be" is.
  if (j === have + 2 && (word.pos === 'ADP' || (word.pos === 'VERB' && word.lower.endsWith('ing')))) return false;
  // A participle, told by its form: "may have rules" (wink's verb "rules") is a possession granted.
  const participle = word.pos === 'VERB' && !/(?:s|ing)$/.test(word.lower);
  const act = participle || (word.pos === 'ADJ' && word.lower.endsWith('ed'));
  return !act || CONCEDED_RESULTS.has(word.lower);
}

/**
 * True when the clause after "but" at `but` keeps the granted subject, whose head is `head`, going ("but is still",
 * "but it remains"); a pronoun must agree with it in number.
 */
function sameSubjectStill(t: Token[], but: number, head: Token | undefined): boolean {
  let j = but + 1;
  const pronoun = t[j]?.lower ?? '';
  const number = SAME_SUBJECT_PRONOUNS.get(pronoun);
  if (number !== undefined) {
    if (number !== numberOf(head)) return false;
    j++;
  }
  if (SAME_SUBJECT_VERBS.has(t[j]?.lower ?? '')) j++;
  if (t[j]?.sentence !== t[but].sentence || !YET.has(t[j].lower)) return false;
  if (pronoun !== 'it') return true;
  // A dummy "it" opens a question a few words on ("it still isn't clear why").
  for (let k = j + 1; k <= j + 3 && t[k]?.sentence === t[j].sentence; k++) if (OPEN_AFTER.has(t[k].lower)) return false;
  return true;
}

/** 'many' for a plural head noun or pronoun ("investors", "they"), 'one' for any other head ("the team"). */
function numberOf(head: Token | undefined): string {
  if (head === undefined) return 'one';
  if (head.lower === 'they' || head.lower === 'we') return 'many';
  // wink reads a sentence's first word as a name and leaves it unlemmatised ("Investors"): its "-s" decides.
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return 'one';
  const plural = head.lower !== head.lemma || (head.lower.endsWith('s') && !/(?:is|as|us|ss)$/.test(head.lower));
  return plural ? 'many' : 'one';
}

/** True when the modal at `i` grants a state ("may be", "may have") that "but ... still" then keeps in force. */
export function grantsPoint(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lower !== 'may' && t[i]?.lower !== 'might') return false;
  const aux = t[i + 1]?.lower;
  if (aux !== 'be' && aux !== 'have') return false;
  // "May be easing" and "may be in Spain" guess at now or where, which "but ... still" does not concede
  // ("inflation may be easing but remains high", "the suspect may be in Spain but is still at large").
  const state = t[i + 2];
  if (aux === 'be' && (state?.pos === 'ADP' || (state?.pos === 'VERB' && state.lower.endsWith('ing')))) return false;
  if (aux === 'have' && !grantsKnownResult(t, i + 1)) return false;
  const but = butAfter(t, i);
  if (but < 0 || !sameSubjectStill(t, but, t[i - 1])) return false;
  return aux !== 'have' || !guessesFigureOrAct(t, i + 1, but);
}

/**
 * True when the granted result after "have" at `have` carries an amount or a date before "but" ("may have lost up to
 * 2,000 jobs", "won the cup in 1958"), or is a change that is also an act with more than adverbs after it ("may have
 * fallen from the ridge"): the figure or the act is guessed.
 */
function guessesFigureOrAct(t: Token[], have: number, but: number): boolean {
  const word = t[have + 1]?.lower === 'been' ? have + 2 : have + 1;
  for (let j = word + 1; j < but; j++) {
    if (t[j].pos === 'NUM' || t[j].type === 'number' || AMOUNT_WORDS.has(t[j].lower)) return true;
  }
  if (!ALSO_ACTS.has(t[word]?.lower ?? '')) return false;
  let j = word + 1;
  while (j < but && t[j].pos === 'ADV') j++;
  return j < but && t[j].lower !== ',';
}
