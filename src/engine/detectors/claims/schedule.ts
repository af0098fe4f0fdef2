/**
 * A timetable put in the future tense: "The library will host a book sale on Saturday", "The court will hear the
 * case in May", "The bridge will close from March". An organiser's arranged act on a named day is a notice anyone
 * can check against the calendar, not a forecast: "Prices will rise on Monday" (a change) and "The plan will fail"
 * (no day) still predict.
 */
import type { Sentence, Token } from '../../nlp.ts';
import { WEEKDAYS } from '../../names/words.ts';

/** Acts that are arranged and put on a calendar: hosting, opening, meeting, voting, hearing a case. */
const ARRANGED_ACTS = new Set([
  ...['host', 'hold', 'open', 'close', 'reopen', 'meet', 'launch', 'begin', 'start', 'resume', 'stage', 'visit'],
  ...['perform', 'play', 'broadcast', 'air', 'publish', 'collect', 'unveil', 'convene', 'vote', 'hear', 'sentence'],
  ...['run', 'leave', 'depart', 'arrive', 'screen', 'present', 'sit', 'debate', 'consider', 'celebrate', 'mark'],
]);

/** Named days and months, and the near days a notice gives: "on Saturday", "from March", "tomorrow". */
const CALENDAR_DAYS = new Set([
  ...WEEKDAYS,
  ...['tomorrow', 'tonight'],
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november'],
  ...['december', 'weekend'],
]);

/** Directions a market moves in: "Shares will open lower on Monday" forecasts a price, not a timetable. */
const MOVES = new Set(['lower', 'higher', 'up', 'down', 'flat', 'sharply', 'steady']);

/** Words that may stand between "will" and the act: "will be held", "will also host", "will not open". */
const BETWEEN = new Set(['be', 'also', 'again', 'then', 'now', 'not', 'formally', 'officially', 'only']);

/** True when the sentence sets an arranged act on a named day: a timetable, not a forecast. */
export function isTimetable(t: readonly Token[], s: Sentence): boolean {
  let act = false;
  let day = false;
  for (let i = s.firstToken; i < s.endToken; i++) {
    // "May" is a month only with a capital; "may" is a hedge.
    if (CALENDAR_DAYS.has(t[i].lower) || t[i].text === 'May') day = true;
    if (t[i].lower !== 'will' && t[i].lower !== "'ll") continue;
    let k = i + 1;
    while (k < s.endToken && BETWEEN.has(t[k].lower)) k++;
    // "will start to rise", "will begin falling", "will open lower": the onset or the size of a change, forecast.
    const next = t[k + 1];
    const onset =
      next?.lower === 'to' || (next?.pos === 'VERB' && next.lower.endsWith('ing')) || MOVES.has(next?.lower ?? '');
    if (k < s.endToken && ARRANGED_ACTS.has(t[k].lemma) && !onset) act = true;
  }
  return act && day;
}

/** An hour of the clock in words or digits: "nine", "9", "9.30", "10:15". */
const HOUR = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(1[0-2]|[1-9])([.:][0-5]\d)?)$/;
/** Words that may follow a bare clock hour: "at nine every morning", "at 7 on Friday", "at six sharp". */
const AFTER_HOUR_TAGS = new Set(['DET', 'ADP', 'ADV', 'PUNCT', 'CCONJ', 'SCONJ']);

/**
 * True when the number from token `first` to `end` is a time of day: "leaves at nine every morning", "opens at 9
 * and closes at 5". A clock hour after "at", with no unit after it ("at 12 metres" is a measure).
 */
export function isClockHour(t: readonly Token[], first: number, end: number): boolean {
  if (end - first !== 1 || t[first - 1]?.lower !== 'at' || !HOUR.test(t[first].lower)) return false;
  const next = t[end];
  return next === undefined || AFTER_HOUR_TAGS.has(next.pos);
}
