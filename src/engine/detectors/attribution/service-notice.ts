/**
 * "Commuters: the trains will run hourly from Monday": a headline's crowd before a colon, then a notice of how a
 * service will run. The crowd is the notice's audience: riders cannot set a timetable, so they are no source of it.
 * "Doctors: the new rota is unsafe" (a judgement) and "Commuters: the trains ran late again" (what they saw) still
 * speak, as a notice only says how a service runs, runs from now on, or stops. Only a service's audience is addressed
 * so ("Staff: the store will close" is staff telling), and a reason given after it ("will close because managers
 * ignored safety rules") is someone's account, not a timetable.
 */
import type { ParsedText, Token } from '../../nlp.ts';

/** Things a provider runs for the public and announces changes to. */
const SERVICES = new Set([
  ...['train', 'bus', 'tram', 'ferry', 'flight', 'service', 'line', 'route', 'station', 'timetable', 'bin'],
  ...['collection', 'library', 'pool', 'road', 'bridge', 'tunnel', 'car park', 'surgery', 'clinic', 'office', 'museum'],
  ...['school', 'market', 'delivery', 'parking', 'ticket', 'centre', 'center', 'counter', 'branch', 'shop', 'store'],
]);

/** Crowds a service is run for, whom a notice addresses: riders, residents, parents, shoppers. */
const AUDIENCES = new Set([
  ...['commuters', 'passengers', 'travellers', 'travelers', 'riders', 'drivers', 'motorists', 'cyclists'],
  ...['pedestrians', 'residents', 'locals', 'households', 'tenants', 'homeowners', 'parents', 'pupils', 'students'],
  ...['shoppers', 'customers', 'visitors', 'patients', 'fans', 'readers', 'users', 'members', 'voters', 'tourists'],
]);

/** True when a reason clause follows from k: "because managers ignored", "since the roof leaked". */
function reasonFollows(doc: ParsedText, k: number, to: number): boolean {
  const t = doc.tokens;
  for (let j = k; j < to; j++) {
    if (t[j].lower === 'because') return true;
    // "since Monday" is a time; "since the roof leaked" gives a reason or a start with a clause.
    if (t[j].lower === 'since')
      for (let v = j + 1; v < to; v++) if (t[v].pos === 'VERB' || t[v].pos === 'AUX') return true;
  }
  return false;
}

/** What a service does when it runs, changes or stops: "will run", "reopens", "will be suspended". */
const OPERATIONS = new Set([
  ...['run', 'open', 'reopen', 'close', 'shut', 'resume', 'operate', 'start', 'restart', 'stop', 'depart', 'call'],
  ...['suspend', 'cancel', 'replace', 'divert', 'collect', 'reduce', 'extend', 'move', 'change', 'return', 'end'],
  // A crossing or a flight keeps its hours too: "the ferry will sail at 7am", "the last flight leaves at nine".
  ...['stay', 'remain', 'sail', 'fly', 'leave', 'arrive', 'board', 'land'],
]);

/** Words that put an operation in the future or in a standing arrangement: "will run", "are to close", "will be cut". */
const ARRANGED = new Set(['will', "'ll", 'shall', 'to', 'is', 'are', 'be', 'been', 'being', "'s", "'re"]);
/** Modals of a view or a guess: "the bridge should never close" is the crowd's wish, not a notice. */
const VIEWS = new Set(['should', 'must', 'could', 'might', 'may', 'would', 'ought', 'can']);

/** True when the token is a past-tense form with no auxiliary before it: "the trains ran", "the bus stopped". */
function pastTense(t: readonly Token[], k: number): boolean {
  const w = t[k];
  const aux = t[k - 1]?.pos === 'AUX' || ARRANGED.has(t[k - 1]?.lower ?? '');
  return !aux && w.lower !== w.lemma && !w.lower.endsWith('s');
}

/**
 * True when [from, to) is a notice of how a service runs, addressed to `audience` (the label's last word): a service
 * as the subject of an operation not in the past, with no reason given.
 */
export function serviceNotice(doc: ParsedText, from: number, to: number, audience: string): boolean {
  const t = doc.tokens;
  if (!AUDIENCES.has(audience)) return false;
  for (let k = from; k < to; k++) {
    if (VIEWS.has(t[k].lower)) return false;
    // "will close": wink may tag the verb after a modal as an adjective.
    const verb = t[k].pos === 'VERB' || (t[k].pos === 'ADJ' && OPERATIONS.has(t[k].lemma) && t[k - 1]?.pos === 'AUX');
    if (!verb) continue;
    if (!OPERATIONS.has(t[k].lemma) || pastTense(t, k)) return false;
    // The subject's head: the last noun before the verb group ("the trains will", "all bin collections are to be").
    let j = k - 1;
    while (j >= from && (t[j].pos === 'AUX' || t[j].pos === 'ADV' || t[j].pos === 'PART' || ARRANGED.has(t[j].lower)))
      j--;
    return j >= from && t[j].pos === 'NOUN' && SERVICES.has(t[j].lemma) && !reasonFollows(doc, k + 1, to);
  }
  return false;
}
