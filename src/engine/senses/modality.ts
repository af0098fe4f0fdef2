/**
 * A modal before a passive says what is allowed or can be done ("the dough may be frozen", "tickets may be
 * bought at the door"): a rule or a recipe, not a guess about what happened. A participle that names a link or
 * a cause still guesses ("the two attacks may be linked", "the fire could be caused by a fault"), and so does
 * what is going on now ("the gunman may be hiding") or a state ("the players may be tired"). Exported so any
 * detector reading a modal can tell the senses apart.
 *
 * Tried and left out: "may have" + a noun after a bare plural of things as what a kind has ("cords may have
 * twist-locking features"). In the news the same shape forecasts ("hospitals may have no beds left by Friday",
 * "prices may have a further fall"), a hedge a reader needs.
 */
import type { ParsedText, Token } from '../nlp.ts';
import { skipAdverbs } from '../names/tokens.ts';
import { grantsPoint } from './hedge-concession.ts';
import { grantedByRule, grantsPermission } from './hedge-permission.ts';
import { offersOption } from './hedge-possible.ts';
import { asksIndirectly } from './hedge-question.ts';
import { statesPurpose } from './hedge-purpose.ts';
import { guessesSource } from './hedge-source.ts';
import { variesAcrossClass } from './hedge-variation.ts';

const MODALS = new Set(['may', 'might', 'could']);
/**
 * Participles that name a link or a cause between things: a relation is true or not, so a modal before one
 * can only guess ("may be linked"), never allow or say what can be done.
 */
const LINK_PARTICIPLES = new Set([
  'linked',
  'connected',
  'related',
  'tied',
  'associated',
  'caused',
  'triggered',
  'sparked',
  'prompted',
  'explained',
  'attributed',
  'involved',
  'driven',
  'fuelled',
  'fueled',
  'motivated',
  // An origin or an influence is a relation too ("the style may be influenced by folk music", "the name may be
  // derived from a river"): true or not, never allowed.
  'influenced',
  'inspired',
  'derived',
  'descended',
  // A conclusion reached, or only assumed ("it may be inferred that", "may reasonably be conjectured"): the modal
  // softens the writer's own reasoning, it allows nothing.
  'conjectured',
  'inferred',
  'deduced',
  'surmised',
  'presumed',
  'assumed',
]);
/**
 * Participles of a mishap that befalls ("trains may be delayed", "homes could be flooded", "crops may be
 * damaged"): nobody allows a delay or a flood, so a modal before one can only forecast, a guess a reader needs.
 * ("Closed", "covered" and "lost" are left out: "the road may be closed for the parade", "the cost may be
 * covered by the fund", "marks may be lost for late work" say what can be done or what a rule allows.)
 */
const MISHAP_PARTICIPLES = new Set([
  'delayed',
  'disrupted',
  'damaged',
  'destroyed',
  'flooded',
  'injured',
  'killed',
  'hurt',
  'harmed',
  'wounded',
  'infected',
  'contaminated',
  'poisoned',
  'affected',
  'stranded',
  'trapped',
  'stolen',
  'overwhelmed',
  'exposed',
]);
/**
 * Participles of a decision someone takes ("the match may be postponed by the referee", "flights may be cancelled
 * free of charge", "the licence may be cancelled if the landlord fails to register"): a rule says who may call it
 * off, so the modal allows. Only a named cause outside anyone's choice makes it a forecast ("the match may be
 * postponed because of snow"); an "if" clause reads either way and stays quiet.
 */
const DECISION_PARTICIPLES = new Set(['cancelled', 'canceled', 'postponed']);
/**
 * Participles of a state a place or a thing is left in ("the road may be closed", "the field may be covered"):
 * a plan or a use allowed ("closed for the parade", "covered by the fund") until a cause outside anyone's choice
 * is named ("closed because of snow", "covered in mud owing to the thaw"), which makes it a forecast.
 */
const STATE_PARTICIPLES = new Set(['closed', 'shut', 'blocked', 'covered', 'submerged']);
/** Participles that always forecast or guess, whatever the subject: a mishap or a link ("delayed", "linked"). */
const FORECASTS: ReadonlySet<string> = new Set([...MISHAP_PARTICIPLES, ...LINK_PARTICIPLES]);
/** Words that name a cause after the participle ("because of snow", "due to the strike", "amid the storm"). */
const CAUSE_WORDS = new Set(['because', 'due', 'owing', 'amid', 'amidst']);

/** True when a cause is named after the participle at `i`, in its sentence. */
function namesCause(t: Token[], i: number): boolean {
  for (let j = i + 1; t[j]?.sentence === t[i].sentence; j++) if (CAUSE_WORDS.has(t[j].lower)) return true;
  return false;
}

/**
 * Participles of reading that take "as" ("may be understood as a reaction", "could be read as a threat"): an
 * interpretation offered, not a use allowed ("the room may be used as an office" stays a use). "Seen",
 * "regarded", "viewed", "considered" and "described as" are left out: attribution already marks them as a
 * judgement with no judge, and a second finding on the same words would only repeat it.
 */
const READING_PARTICIPLES = new Set(['understood', 'interpreted', 'read']);

/**
 * True for a passive's participle: wink's verb that is no "-ing" form ("used", "cut"). "May be hiding" guesses
 * about now; "-ed" words wink reads as adjectives ("may be tired", "may be injured") describe a state, a guess too.
 */
function passiveParticiple(w: Token | undefined): boolean {
  // A plural noun wink reads as a verb ("may be delays", "could be showers") is no participle: none ends in "-s".
  return (
    w?.pos === 'VERB' &&
    !w.lower.endsWith('ing') &&
    !w.lower.endsWith('s') &&
    !LINK_PARTICIPLES.has(w.lower) &&
    !MISHAP_PARTICIPLES.has(w.lower)
  );
}

/** "May be understood as", "could be read as": a reading offered (the participle at `i`, then "as"). */
function offersReading(t: Token[], i: number): boolean {
  return READING_PARTICIPLES.has(t[i]?.lower ?? '') && t[skipAdverbs(t, i + 1)]?.lower === 'as';
}

/**
 * "Fit" before "for", "to", "again" or "enough" is the adjective of a player's or a patient's state ("the striker
 * may be fit for Saturday", "may be fit to play"): a guess, though wink reads "fit" as a participle. "May be fit
 * with a new engine" (fitted) is a passive and still allows.
 */
function fitAsState(t: Token[], i: number): boolean {
  return t[i]?.lower === 'fit' && ['for', 'to', 'again', 'enough'].includes(t[i + 1]?.lower ?? '');
}

/** Who is addressed or stands for the audience ("you may have heard", "readers may have noticed"). */
const AUDIENCE = new Set(['you', 'readers', 'viewers', 'listeners']);
/** Participles of taking in news or a sight: an aside about what the audience knows, not a guess about events. */
const TAKEN_IN = new Set(['heard', 'seen', 'noticed', 'read', 'spotted', 'wondered', 'guessed', 'gathered', 'missed']);

/**
 * "You may have heard", "as readers may have noticed": a courtesy to the audience about what it already knows, no
 * guess about the news ("you may have caught the bug at the party" still guesses).
 */
function addressesAudience(t: Token[], i: number, have: number): boolean {
  if (!AUDIENCE.has(t[i - 1]?.lower ?? '') || t[have]?.lower !== 'have') return false;
  return TAKEN_IN.has(t[skipAdverbs(t, have + 1)]?.lower ?? '');
}

/** Words for whoever it concerns, before "who" in an appeal ("anyone who may have seen", "those who might know"). */
const WHOEVER = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'those', 'whoever', 'any']);

/**
 * "Anyone who may have information should call", "any witnesses who might have seen the crash": an appeal that
 * picks out its addressees by what they may know, no guess about events. "The men who may have fled" still guesses.
 */
function appealsToWhoever(t: Token[], i: number): boolean {
  if (t[i - 1]?.lower !== 'who') return false;
  for (let b = i - 2; b >= Math.max(0, i - 4) && t[b].sentence === t[i].sentence; b--) {
    if (WHOEVER.has(t[b].lower)) return knowsOrIsAsked(t, i, b);
  }
  return false;
}

/** What an appeal's addressees may have taken in ("information", "seen", "know"). */
const KNOWING = new Set(
  'information info details footage knowledge seen heard witnessed noticed spotted know knows filmed recorded'.split(
    ' ',
  ),
);
/** Words of an appeal in the rest of the sentence ("should call", "contact police", "come forward", "urged"). */
const APPEAL = new Set(
  'should call contact forward urged asked appealed touch ring email hear appeal appealing asking urging'.split(' '),
);
/** The most words read on from the modal for an appeal. */
const APPEAL_REACH = 12;

/**
 * True when whoever the modal at `i` picks out (named at `who`) may know something ("anyone who may have seen",
 * "those who might know"), or the sentence appeals to them ("any witness who may have been there should call",
 * "police want to hear from anyone who"); "police are searching for those who may have fled" and "any gunmen who
 * may have escaped are armed" guess.
 */
function knowsOrIsAsked(t: Token[], i: number, who: number): boolean {
  const next = t[i + 1]?.lower === 'have' ? i + 2 : i + 1;
  if (KNOWING.has(t[next]?.lower ?? '') || KNOWING.has(t[next + 1]?.lower ?? '')) return true;
  for (let b = who - 1; b >= who - 3 && t[b]?.sentence === t[i].sentence; b--) if (APPEAL.has(t[b].lower)) return true;
  for (let j = next; j <= i + APPEAL_REACH && t[j]?.sentence === t[i].sentence; j++)
    if (APPEAL.has(t[j].lower)) return true;
  return false;
}

/** "May well be sold": "is likely to be sold", a guess however the sentence goes on. */
function saysLikely(t: Token[], i: number): boolean {
  return t[i + 1]?.lower === 'well';
}

/**
 * True when "be" at `be` goes before a mishap or a link ("may be stranded", "may be linked"): a state that befalls
 * is granted by no leave, so "refugees may be stranded without a visa" still guesses.
 */
function befalls(t: Token[], be: number): boolean {
  if (t[be]?.lower !== 'be') return false;
  const word = t[skipAdverbs(t, be + 1)]?.lower ?? '';
  return MISHAP_PARTICIPLES.has(word) || LINK_PARTICIPLES.has(word);
}

/**
 * True when the modal at `i` stands before a passive that allows or says what can be done ("may be frozen"), gives
 * leave in its clause ("may have a pet with the landlord's consent", "each team may have five substitutes"), or
 * grants a point that "but ... still" keeps ("may be small but is still a force"), or says a class's members differ
 * ("symptoms may be mild or severe"): none of them guesses. So does a
 * thing "possible" that is on offer, not an outcome ("returns are possible within 28 days", senses/hedge-possible.ts).
 */
export function allowsOrCanBeDone(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (offersOption(doc, i)) return true;
  if (!MODALS.has(t[i]?.lower ?? '')) return false;
  const be = skipAdverbs(t, i + 1);
  if (addressesAudience(t, i, be) || appealsToWhoever(t, i)) return true;
  // "She asked what effect the tariff might have": a question about the unknown, no guess (senses/hedge-question.ts).
  if (asksIndirectly(t, i)) return true;
  // "Widened so that lorries could pass": an aim, no guess (senses/hedge-purpose.ts).
  if (statesPurpose(t, i)) return true;
  if ((grantsPermission(doc, i) && !befalls(t, be)) || grantsPoint(doc, i)) return true;
  // A law's own terms give leave or ban even before a link ("provides that no one may be involved in two").
  if (grantedByRule(doc, i)) return true;
  // "Symptoms may be mild or severe": a class's members differ (senses/hedge-variation.ts).
  if (variesAcrossClass(t, i, FORECASTS)) return true;
  // "There may be delays": a guess that a thing exists, never a passive.
  if (t[be]?.lower !== 'be' || saysLikely(t, i) || t[i - 1]?.lower === 'there') return false;
  const participle = skipAdverbs(t, be + 1);
  if (t[participle]?.sentence !== t[i].sentence || offersReading(t, participle)) return false;
  const word = t[participle].lower;
  if (DECISION_PARTICIPLES.has(word) || STATE_PARTICIPLES.has(word)) return !namesCause(t, participle);
  // "The noise may be generated by a leak": the source of an effect at hand, guessed (senses/hedge-source.ts).
  return passiveParticiple(t[participle]) && !fitAsState(t, participle) && !guessesSource(t, i, participle);
}
