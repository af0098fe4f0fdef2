/**
 * A modal before two kinds joined by "or", said of a whole class ("symptoms may be mild or severe", "charging leads
 * may be either coiled or straight"): the members of the class differ, some one way and some the other. That is
 * the "can be" of a description, not a guess about one case. A single thing or a known group ("the fire may be
 * accidental or deliberate", "the victims may be Syrian or Iraqi") is a guess, and so are a change to come ("prices
 * may be higher or lower next year"), a mishap ("results may be delayed or cancelled") and a verdict on a case
 * ("hostages may be alive or dead"). So are a mood or an attitude ("investors may be nervous or relieved") and any
 * pair tied to a time or a cause ("roads may be icy or treacherous overnight", "delegates may be absent or late
 * because of the strike"): the class is the one at hand, at that moment. Read by senses/modality.ts.
 */
import { isPossessive } from '../names/tokens.ts';
import type { Token } from '../nlp.ts';

/** Words before a class's name that make it one thing or a known group ("the", "these", "its", "two"). */
const PICKS_OUT = new Set(['DET', 'NUM', 'PRON']);
/** Comparatives that forecast a change rather than describe a kind ("higher or lower"). */
const CHANGES = new Set(['more', 'less', 'better', 'worse', 'higher', 'lower', 'bigger', 'smaller']);
/**
 * States that settle what befell one case or what is true of it ("hostages may be alive or dead", "the claims may be
 * true or false", "suspects may be guilty or innocent"): a guess about a case, even after a bare plural.
 */
const VERDICTS = new Set(
  (
    'alive dead missing safe guilty innocent true false right wrong real fake genuine accidental deliberate ' +
    // Whether a thing is there at all is a fact about one place ("wolves may be present or absent in the valley").
    'responsible present absent'
  ).split(' '),
);
/**
 * Moods and attitudes of a group towards what comes ("investors may be nervous or relieved", "ministers may be
 * reluctant", "markets may be calm or jittery"): how the group at hand will take an event, a guess.
 */
const MOODS = new Set(
  (
    'nervous relieved calm jittery anxious worried hopeful optimistic pessimistic cautious wary confident reluctant ' +
    'willing unwilling eager keen hesitant angry happy unhappy upset disappointed pleased volatile ' +
    'bullish bearish sceptical skeptical supportive hostile'
  ).split(' '),
);
/**
 * Words that open a time, an occasion or a cause right after the pair ("this week", "overnight", "when trading
 * opens", "because of the strike", "after the results"): the pair is said of one moment's case.
 */
const OCCASION = new Set(
  (
    'this next last tonight overnight today tomorrow later soon when after before until during because due ' +
    'following amid once while as'
  ).split(' '),
);
/** Days after "on" that make an occasion ("on polling day", "on Monday"); "on the coast" is a place. */
const ON_DAYS = new Set(['day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Times after "at" that make an occasion ("at the weekend", "at night"); "at sea", "at times" are not. */
const AT_TIMES = new Set(['weekend', 'night', 'dawn', 'dusk', 'midnight', 'noon', 'first']);
/**
 * Words after a noun pair that end or go on with a class's description ("donors may be individuals or companies.",
 * "rods may be plates or pins with a steel case", "depending on size").
 */
const DESCRIPTION_ENDS = new Set(['.', ';', 'depending', 'according', 'with', 'of']);
/** Kinds of place that wink does not read as adjectives ("onshore", "offshore", "indoors"). */
const PLACES = new Set(['onshore', 'offshore', 'indoors', 'outdoors', 'inland', 'overseas', 'underground']);
/**
 * Those who did or suffered one event ("protesters may be students or workers", "the culprits may be foxes or
 * badgers"): a known group, even as a bare plural, so a pair guesses who they were.
 */
const EVENT_GROUPS = new Set(
  (
    'protesters demonstrators attackers assailants culprits gunmen rioters looters raiders intruders hijackers ' +
    'kidnappers perpetrators hostages'
  ).split(' '),
);
/** The most words of a class's name before the modal ("older mobile phones"). */
const NAME_REACH = 3;

/** Endings of names that look plural ("Texas", "Paris", "Cyprus", "Laos"), never a plural noun's "-s". */
const NAME_ENDS = /(?:is|as|us|os|ss)$/;

/**
 * True for a plural noun. wink reads a sentence's first word as a name, leaving "Symptoms" unlemmatised, so a name
 * counts only there and not in a name's ending ("Texas may be red or blue" is one place).
 */
function plural(w: Token | undefined, sentenceStart = false): boolean {
  if (w?.pos === 'PROPN') return sentenceStart && w.lower.endsWith('s') && !NAME_ENDS.test(w.lower);
  if (w?.pos !== 'NOUN') return false;
  return w.lower !== w.lemma || (w.lower.endsWith('s') && !w.lower.endsWith('ss'));
}

/** True when the head before the modal at `i` names a whole class: a bare plural ("charging leads", "symptoms"). */
function namesClass(t: Token[], i: number): boolean {
  const head = t[i - 1];
  if (head === undefined || head.sentence !== t[i].sentence || EVENT_GROUPS.has(head.lower)) return false;
  let k = i - 2;
  while (k >= i - 1 - NAME_REACH && t[k]?.sentence === t[i].sentence && ['NOUN', 'ADJ', 'PROPN'].includes(t[k].pos))
    k--;
  const before = t[k];
  const starts = before === undefined || before.sentence !== t[i].sentence;
  if (!plural(head, starts && k === i - 2)) return false;
  if (starts) return true;
  // A name too long to read to its start may hide a determiner ("the tall rusty old brick walls"): no class.
  if (k < i - 1 - NAME_REACH) return false;
  return !PICKS_OUT.has(before.pos) && !isPossessive(before);
}

/**
 * True for a word of kind ("mild", "coiled", "straight"): an adjective or a participle, no comparative or verdict, or
 * a plural noun of a form the members take ("fuel rods may be plates or pins").
 */
function kindWord(w: Token | undefined, mishaps: ReadonlySet<string>): boolean {
  if (w?.pos === 'NOUN' && plural(w)) return true;
  // A place's kind wink reads as a noun or an adverb ("onshore or offshore", "indoors or outdoors").
  if (w !== undefined && PLACES.has(w.lower)) return true;
  if (w === undefined || (w.pos !== 'ADJ' && w.pos !== 'VERB') || w.lower.endsWith('ing')) return false;
  if (CHANGES.has(w.lower) || VERDICTS.has(w.lower) || MOODS.has(w.lower) || mishaps.has(w.lower)) return false;
  return !(w.pos === 'ADJ' && /er$/.test(w.lower) && w.lemma !== w.lower);
}

/**
 * True when the modal at `i` says a class's members differ: "may be (either) A or B" after a bare plural. `mishaps`
 * are participles that always forecast ("delayed", "linked"), passed by senses/modality.ts, which owns them.
 */
export function variesAcrossClass(t: Token[], i: number, mishaps: ReadonlySet<string>): boolean {
  if (t[i + 1]?.lower !== 'be' || !namesClass(t, i)) return false;
  const first = t[i + 2]?.lower === 'either' ? i + 3 : i + 2;
  if (t[first + 1]?.lower !== 'or' || t[first + 2]?.sentence !== t[i].sentence) return false;
  if (!kindWord(t[first], mishaps) || !kindWord(t[first + 2], mishaps)) return false;
  return !saidOfOccasion(t, first + 3) && (t[first + 2].pos !== 'NOUN' || endsDescription(t, first + 3));
}

/** True when the word at `j`, just after the pair, opens a time, an occasion or a cause ("this week", "at night"). */
function saidOfOccasion(t: Token[], j: number): boolean {
  const w = t[j]?.lower ?? '';
  if (OCCASION.has(w)) return true;
  const next = t[j + 1]?.lower === 'the' ? (t[j + 2]?.lower ?? '') : (t[j + 1]?.lower ?? '');
  if (w === 'on') return ON_DAYS.has(next) || ON_DAYS.has(t[j + 2]?.lower ?? '');
  return w === 'at' && AT_TIMES.has(next);
}

/**
 * True when a pair of nouns ends its sentence, goes on to describe the members or says what the kind depends on
 * ("may be plates or pins.", "plates or pins with a steel case", "depending on size"): a description. A source's
 * tail makes it a guess about the case ("buyers may be families or investors, the agent said").
 */
function endsDescription(t: Token[], j: number): boolean {
  if (t[j] === undefined || t[j].sentence !== t[j - 1].sentence) return true;
  return DESCRIPTION_ENDS.has(t[j].lower === ',' ? (t[j + 1]?.lower ?? '') : t[j].lower);
}
