/**
 * Judges a sentence from its features: is it a claim, of which type, under which rule, and how much would
 * a fact-checker want to check it (the `confidence` of a claim ranks check-worthiness)?
 */
import type { ClaimType } from '../../types.ts';
import type { SentenceFeatures } from './features.ts';
import { plainClaimDiscount } from './plain-rank.ts';

/** The verdict on one sentence. */
export interface ClaimVerdict {
  claimType: ClaimType;
  rule: string;
  /** 0..1: how check-worthy the sentence is. */
  worthiness: number;
}

/**
 * Below this check-worthiness a factual sentence is left alone: it is too vague, too routine or too personal
 * to be worth checking ("I'm very proud of him", "Thanks to everyone who came").
 */
export const CHECKABLE_FLOOR = 0.46;

/** Each feature's pull on check-worthiness. Published here so the weights can be read and argued with. */
export const WORTHINESS_WEIGHTS = {
  base: 0.3,
  figure: 0.25,
  count: 0.06,
  date: 0.06,
  pastAction: 0.2,
  /** "The county is raising taxes": a third party's act under way, observable though not yet on record. */
  ongoing: 0.1,
  /** "She is cutting the police budget": another's act under way on public business weighs as a done one. */
  ongoingPublic: 0.2,
  /** "I grew up learning", "we faced tough problems": one's own past, with no record or figure to look up. */
  personalPast: 0.1,
  /** "Her neighbour ordered a taxi": a private person's errand is no one's record (a figure or an office rescues it). */
  privateAct: 0,
  /** "Crime is down 14 percent", "unemployment is at a 20-year low": a figure for how things stand now is on record. */
  measuredState: 0.1,
  namePerMention: 0.03,
  namesMax: 0.09,
  comparative: 0.06,
  /** On top of comparative: "the biggest ferry firm in Europe" ranks something, and rankings can be checked. */
  superlative: 0.06,
  cause: 0.05,
  /** "has been failing for years", "have been rescued": a result that holds up to now is a record to look up. */
  perfect: 0.08,
  /** "in the world", "in our history": a statement over a whole field reaches far, and records of it exist. */
  scope: 0.05,
  /** On top of scope and superlative: "the lowest rate in our history" names a record, and records get looked up. */
  fieldRecord: 0.1,
  /**
   * "nearly 40 percent", "at least 200 people": an amount given with its precision is presented as measured, and
   * someone who says how close a figure is invites the check; among figures, these are the ones checkers pick most.
   */
  estimate: 0.3,
  /** "almost all", "nearly everyone" with no figure: an approximated whole, weaker evidence of a measurement. */
  wholeEstimate: 0.1,
  /** "NATO", "the FBI", "NAFTA": initials name one public body, agreement or programme whose record exists. */
  initials: 0.1,
  /** Per mention of a public matter ("taxes", "the border"), at most two: policy and its effects get checked. */
  publicMatter: 0.03,
  publicMattersMax: 0.06,
  contestable: 0.12,
  /** "Thank you all", "we are delighted to welcome": an occasion marked, nothing asserted to check. */
  ceremony: -0.15,
  /** "You have two minutes", "let me ask you": the exchange is being run, nothing is asserted. */
  conversation: -0.15,
  conditional: -0.1,
  record: 0.08,
  vagueContent: -0.08,
  modal: -0.06,
  opinion: -0.25,
  prescription: -0.2,
  prediction: -0.12,
  firstPersonView: -0.1,
  secondPerson: -0.06,
  evaluativeEach: -0.07,
  /** Under seven words, unless it carries a figure ("We're up 400,000 jobs" is as checkable as it gets). */
  short: -0.1,
} as const;

/** Check-worthiness from features, clamped to 0.01..0.99. */
export function worthiness(f: SentenceFeatures): number {
  const W = WORTHINESS_WEIGHTS;
  let w = W.base;
  if (f.numbers > 0) w += W.figure;
  else if (f.counts > 0) w += W.count;
  if (f.dates > 0) w += W.date;
  // "If the levy passes, fares rise 12 percent": a figure under a condition is a projection someone computed, and
  // the computation can be checked; without a figure the sentence only imagines.
  if (f.conditional && f.numbers === 0) w += W.conditional;
  if (f.record) w += W.record;
  if (f.vague) w += W.vagueContent;
  if (f.modal) w += W.modal;
  if (f.past > 0) w += isPersonalPast(f) ? W.personalPast : isPrivateErrand(f) ? W.privateAct : W.pastAction;
  // An act under way counts where a past one would: not the speaker's own, nor one aimed at the listener.
  else if (f.ongoing && !f.secondPerson && !isPersonalPast(f)) w += (f.record || f.publicMatters > 0) && !f.firstPersonSingular ? W.ongoingPublic : W.ongoing;
  else if (isMeasuredState(f)) w += W.measuredState;
  w += Math.min(W.namesMax, W.namePerMention * f.names);
  // "Scientists discovered", "Police arrested": an institution, a profession or a crowd acting is an actor one can
  // identify, as a name is; a first word is no name (common-start.ts), so it is credited here.
  if (f.publicActor && f.names === 0) w += W.namePerMention;
  if (f.comparative) w += W.comparative;
  if (f.superlative) w += W.superlative;
  if (f.causal) w += W.cause;
  if (f.scope) w += W.scope;
  // "I'm the proudest mayor in the land" ranks oneself, and a ranking inside a view is the view: neither is a record.
  if (f.scope && f.superlative && !f.firstPersonSingular && !f.opinion) w += W.fieldRecord;
  // "Almost all of the neighbours", "nearly everyone": a whole approximated in words measures nothing one can look up.
  if (f.estimate) w += f.numbers > 0 && isPublicFigure(f) ? W.estimate : W.wholeEstimate;
  if (f.initials) w += W.initials;
  if (f.perfect) w += W.perfect;
  if (f.ceremony) w += W.ceremony;
  if (f.conversation) w += W.conversation;
  w += Math.min(W.publicMattersMax, W.publicMatter * f.publicMatters);
  if (f.casualty || f.accusation || isMotiveOfOthers(f)) w += W.contestable;
  // A figure inside a view ("I want to spend 20 percent more") is still a figure someone can check.
  if (f.opinion) w += f.numbers > 0 ? W.opinion / 2 : W.opinion;
  if (f.prescription) w += W.prescription;
  if (f.prediction && f.past === 0) w += W.prediction;
  if (f.firstPerson && f.past === 0 && f.numbers === 0 && !isGroupStanding(f)) w += W.firstPersonView;
  if (f.secondPerson) w += W.secondPerson;
  w += W.evaluativeEach * Math.min(2, f.evaluative);
  // "The senator opposes the new runway": a third party's position on record is whole in six words.
  if (f.words < 7 && f.numbers === 0 && !(f.stance && f.record && !f.firstPerson && !f.secondPerson)) w += W.short;
  return Math.min(0.99, Math.max(0.01, Math.round(w * 100) / 100));
}

/**
 * "I grew up learning", "we faced tough times": one's own past with no record verb or figure. A group's act in
 * the public world ("we kicked them out of Kuwait", "we have strengthened the border") is on record like anyone
 * else's: a "we" with a name or a public matter speaks for a government, a firm, a country.
 */
function isPersonalPast(f: SentenceFeatures): boolean {
  if (!f.firstPerson || f.record || f.numbers > 0) return false;
  // "We thank Ana Ortiz, who rebuilt the library": a name in thanks marks an occasion, not the group's act.
  return f.firstPersonSingular || f.ceremony || (f.names === 0 && f.publicMatters === 0);
}

/**
 * "Crime is down 14 percent", "the deficit is 3 percent of output": a figure stated as how things stand now, with
 * no act in the past. It is as much on record as a past act (a statistics office publishes it); a figure that is
 * forecast, wished, imagined, judged or only possible is not, nor the speaker's own ("I have 3 sisters") or one
 * put to the listener ("you see, your crew loses 9 games in 10").
 */
function isMeasuredState(f: SentenceFeatures): boolean {
  if (f.numbers === 0 || f.routine || !isPublicFigure(f)) return false;
  return !f.firstPersonSingular && !f.secondPerson && !f.prediction && !f.conditional && !f.opinion && !f.modal && !f.prescription;
}

/**
 * A figure of public affairs: one beside a public matter, a public body or an act on record ("the deficit is 3
 * percent"), or a rate or a sum with its magnitude ("up 20 percent", "3 billion"), which counts twice as a figure.
 * A man's age, a house number, a room, a chapter or the length of a walk is a plain number, not a measured state;
 * a price or a timetable is routine.
 */
function isPublicFigure(f: SentenceFeatures): boolean {
  return f.numbers > 1 || f.publicMatters > 0 || f.publicActor || f.initials || f.record;
}

/**
 * "Her neighbour ordered a taxi at midnight": a private person's everyday act. It weighs as a record again with a
 * figure, a public matter, an act of office, initials or a contestable content (a death, an accusation, a motive).
 */
function isPrivateErrand(f: SentenceFeatures): boolean {
  if (!f.privateActor || f.numbers > 0 || f.publicMatters > 0 || f.record || f.initials) return false;
  return !(f.casualty || f.accusation || f.intent);
}

/**
 * "We have the toughest gun laws", "we were the first to impose sanctions": a "we" that ranks speaks for a country
 * or a government, whose standing can be looked up; it is no view of the speaker's own ("I'm the best choice").
 */
function isGroupStanding(f: SentenceFeatures): boolean {
  return f.comparative && !f.firstPersonSingular && !f.opinion && !f.modal && !f.conditional && !f.prescription;
}

/**
 * "He went to the station and called a lawyer": a past act with no public matter, figure, name, office, initials
 * or contestable content is as true or false as any, but a fact-checker reaches it after the acts that touch
 * policy ("he cut the school budget") or a named actor's record ("the West underestimated the Taliban"). It ranks
 * like one's own past (W.personalPast), without leaving the claims.
 */
function offTopicDiscount(f: SentenceFeatures): number {
  if (isOwnAnecdote(f)) return OWN_ANECDOTE;
  // "The pilot ignored the warning light", "Thousands marched": a firm's, a profession's or a crowd's act is on record.
  if (f.publicMatters > 0 || f.names > 0 || f.initials || f.casualty || f.accusation || f.intent || f.publicActor) return 0;
  // A third party's figure ("the vaccine is 95 percent effective") is measured by someone: only the speaker's own tally.
  if (f.numbers > 0) return f.estimate || !f.firstPerson ? 0 : FIGURE_OFF_TOPIC;
  if (f.past === 0 || isPersonalPast(f) || isPrivateErrand(f) || f.record) return 0;
  return WORTHINESS_WEIGHTS.pastAction - WORTHINESS_WEIGHTS.personalPast;
}

/**
 * "I drove to the plant and talked to the night shift", "we flew to Ohio and met the Garcia family": the speaker's
 * own story, with no figure, public matter, act of office or contestable content, stays a claim but ranks after
 * what the record can settle. A "we" with no name already weighs as one's own past (isPersonalPast); a place or a
 * person named in the story makes it no government's act ("we cut taxes" has its public matter and keeps its rank).
 */
function isOwnAnecdote(f: SentenceFeatures): boolean {
  const own = f.firstPersonSingular || (f.firstPerson && f.names > 0);
  if (!own || f.past === 0 || f.numbers > 0 || f.publicMatters > 0 || f.record) return false;
  return !(f.casualty || f.accusation || f.intent);
}

/**
 * How much lower one's own anecdote ranks (as much as other off-topic acts). A name does not lift it: "I met the
 * minister in Lisbon" is still the speaker's story, and only the speaker can say how it went.
 */
const OWN_ANECDOTE = 0.1;

/**
 * "We had 40 guests at the party": the speaker's own tally, tied to no public matter and no name, is an anecdote with
 * a figure and ranks like a third party's plain figure ("the bridge cost 2 billion dollars"), not above it: the
 * anecdote's 0.1 and an off-topic figure's 0.1. One given with its precision ("nearly 300") keeps its rank.
 */
const FIGURE_OFF_TOPIC = 0.2;

/** The claim type a sentence's features point to. */
function typeOf(f: SentenceFeatures, w: number): ClaimType {
  if (f.prescription && f.numbers === 0) return 'prescription';
  if (f.opinion && f.numbers === 0 && f.past === 0) return 'opinion';
  if (f.prediction && f.past === 0 && f.numbers === 0) return 'prediction';
  // A count of the dead is a statistic even in words ("three soldiers were killed").
  if (f.numbers > 0 || (f.counts > 0 && f.casualty)) return 'statistical';
  if (f.causal) return 'causal';
  if (f.evaluative > 0 && f.past === 0 && w < CHECKABLE_FLOOR) return 'opinion';
  return 'factual';
}

/** The rule behind a checkable claim: contestable kinds first, since they weigh most in the score. */
function ruleOf(f: SentenceFeatures, type: ClaimType): string {
  if (type === 'opinion' || type === 'prescription' || type === 'prediction') return `claim/${type}`;
  if (f.casualty && (f.numbers > 0 || f.counts > 0 || f.past > 0)) return 'claim/casualty';
  if (f.accusation) return 'claim/accusation';
  if (isMotiveOfOthers(f)) return 'claim/intent';
  // A price move or a schedule is routine even with a number in it.
  if (f.routine) return 'claim/routine';
  if (type === 'causal') return 'claim/cause';
  if (type === 'statistical') return 'claim/statistic';
  return 'claim/event';
}

/** Judges a sentence; undefined when it is not a claim (a question, a fragment, or not worth checking). */
export function judge(f: SentenceFeatures): ClaimVerdict | undefined {
  // "Murders are up.", "Walls work 100 percent.": three words are enough when they carry a figure.
  if (f.question || f.words < (f.numbers > 0 ? 3 : 4)) return undefined;
  const w = worthiness(f);
  const claimType = typeOf(f, w);
  const checkable = claimType === 'factual' || claimType === 'statistical' || claimType === 'causal';
  if (checkable && w < CHECKABLE_FLOOR && !isContestableAboutOthers(f)) return undefined;
  // An act that touches no public matter is still a claim (it happened or not), but ranks after those that do.
  const placed = w - offTopicDiscount(f) - addressDiscount(f);
  const lowered = placed - plainClaimDiscount(f, placed - CHECKABLE_FLOOR);
  const ranked = (checkable ? Math.max(lowered, CHECKABLE_FLOOR) : w) + detailTiebreak(f);
  // Four decimals: the sum of a cent and twentieths of a cent, without floating-point dust.
  return { claimType, rule: ruleOf(f, claimType), worthiness: Math.round(ranked * 10000) / 10000 };
}

/**
 * "Senator Lane, you voted for the levy", "you called the plan, quote, a disaster": a premise put to someone in an
 * exchange ranks after statements made to the public (addressed.ts), by as much as a past act weighs, never under
 * the floor.
 */
function addressDiscount(f: SentenceFeatures): number {
  return f.addressed || f.readOut ? WORTHINESS_WEIGHTS.pastAction : 0;
}

/** A twentieth of a cent per checkable detail, at most nine: under half a cent, so a two-decimal display keeps its cent. */
const DETAIL_STEP = 0.0005;
const MAX_DETAILS = 9;

/**
 * Many sentences share a cent of worthiness. Among them, the one with more checkable details (figures, dates,
 * names, past actions, public matters) gives a fact-checker more to check, so it ranks first. The step is too
 * small to cross the floor, the 0.7 band or the cent a report shows.
 */
function detailTiebreak(f: SentenceFeatures): number {
  return (
    DETAIL_STEP * Math.min(MAX_DETAILS, f.numbers + f.dates + f.names + f.past + f.publicMatters + (f.estimate ? 1 : 0))
  );
}

/**
 * Deaths, accusations and motives stated about others are claims however plainly they are put: they are the
 * statements DESIGN.md says weigh most, so they are never dropped under the check-worthiness floor.
 */
function isContestableAboutOthers(f: SentenceFeatures): boolean {
  return (f.casualty || f.accusation || isMotiveOfOthers(f)) && !f.firstPerson && !f.secondPerson && !f.opinion;
}

/** "They seek to expand": a claim about someone else's motive. "I want to thank", "if he wants to" are not. */
function isMotiveOfOthers(f: SentenceFeatures): boolean {
  return f.intent && !f.firstPerson && !f.secondPerson && !f.conditional;
}
