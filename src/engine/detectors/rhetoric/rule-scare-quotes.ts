/**
 * Scare quotes: one or two words put in quotation marks by the writer, not quoted from a speaker
 * ('the "reform"', 'so-called "experts"'). The marks say "they call it this, but it is not", without arguing it.
 * A capitalised word in such marks is a mocking title ('our "Leader"', 'their "Experts"') right after "our",
 * "their", "your" or "my", where it stands for a person or group, and names no work or product: not before a
 * noun ('our "Galaxy" phones'). After "the", "her" or "its" a quoted capital is mostly a name: an award, a
 * ship, a nickname ('her first "Oscar"', 'the "Titanic"', 'the "Night Stalker"'). After "so-called",
 * "self-styled" or "self-proclaimed" the quotation is the doubted label whatever its capitals or length (up to
 * five words): the marks and the word say the same thing twice ('the so-called "Peace Council"'). A quoted
 * hyphenated compound right before its noun is a label wherever it stands ('printed "anti-Greek" leaflets', 'the
 * "state-run" paper'; two nouns are a term of art, '"self-checkout" tills'), and one quoted word joined by
 * "and"/"or" to a role is the doubted half ('actor and "comedian" Tom Reyes'; 'coffee and "babka"' mentions a word).
 */
import type { Candidate } from './candidate.ts';
import { namesRole, quotesSpeaker } from './quote-speaker.ts';
import { inSentence, isCapitalised, matchOf, type PatternRule, wordSet } from './rule.ts';
import { inDomain, inTitleCase, type TextFacts } from './text-facts.ts';

const CLOSING = new Map<string, string>([['"', '"'], ['\u201C', '\u201D'], ['\u2018', '\u2019'], ["'", "'"]]);
const MAX_WORDS = 2;
/** A label doubted twice over (a labelling word, then marks) may be a longer name: 'so-called "voice of the people"'. */
const MAX_LABEL_WORDS = 5;
/** The last part of a hyphenated labelling word ("so-called", "self-styled") before a quotation. */
// "self-described" is left out: a person's own chosen name ('a self-described "kitchen scientist"') is not doubted.
const LABELLING_END = wordSet('called styled proclaimed appointed');
/** The first part of each ("so-called" yes, "well-called" no). */
const LABELLING_START = wordSet('so self');
const SPORT = ['sport'] as const;
/** Confidence of a capitalised word in scare quotes (a mocking title), below the rule's own. */
const TITLE_CONFIDENCE = 0.5;
/** Scare quotes mark a name for a thing: a noun or an adjective after a determiner, adjective or preposition. */
const QUOTED_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);
const TAGS_BEFORE = new Set(['DET', 'ADJ', 'ADP', 'PRON', 'NUM']);
/** The owners before a mocking title: the writer's side or the other side, never a named holder. */
const MOCKING_OWNERS = wordSet('our their your my');
/** Words before a quote that show it is a name, a title or a mention of a word, not sarcasm. */
const MENTION_BEFORE = wordSet(
  'say said says tell told call called calls named name dubbed titled entitled word words term phrase slogan ' +
    'motto headline hashtag label labelled labeled nicknamed known as read reads wrote writes chanted shouted',
);

/** Nouns for a measure or a programme, which governments name with quoted compounds. */
const MEASURES = wordSet(
  'order policy rule law scheme plan programme program approach strategy campaign zone deal initiative bill ' +
    'measure tax system model mandate ban guidance regime package lockdown',
);
/**
 * The narrower set of nouns whose quoted name of two words is the measure's own name ('a "wealth tax"', 'the
 * "guardian programme"'); a system, a model or a package is as often the writer's doubted label ('the "broken
 * system"', 'the "rescue package"').
 */
const POLICY_NOUNS = wordSet(
  'tax levy duty ban mandate lockdown curfew tariff charge cap order programme program scheme bill act',
);

/** Conjunctions that join the quoted label to a plain one. */
const COORDINATORS = wordSet('and or');
/** Past participles spelt like their base, which close a compound label as "-controlled" does ("state-run"). */
const BARE_PARTICIPLES = wordSet('run set cut put shut');
/** Nouns that close a compound label of side or stance ('"right-wing"', '"far-right"', '"hard-left"'). */
const STANCE_ENDS = wordSet('wing right left');

/** The scare-quotes rule. */
export const scareQuotes: PatternRule = {
  examples: {
    flags: [
      'The [“reform”] cuts pensions by a third.',
      'Readers of the [“right-wing”] paper wrote in.',
      'Once again our [“Leader”] blamed the weather.',
      'The so-called [“Harbour Gang”] bankers met again.',
      'Then the self-styled [“voice of the people”] spoke.',
      'The ad starred actor and [“comedian”] Tom Reyes.',
      'The audit was run by the [“state-controlled”] election board.',
      'The group printed [“anti-Greek”] leaflets.',
    ],
    ignores: [
      'She said “no” twice.',
      'He read “Hamlet” at school.',
      'The “stay-at-home” order ends on Friday.',
      'Ministers unveiled a “zero-tolerance” policy.',
      'She won an award for her role in “Titanic” in 1998.',
      'Fans queued for the new “Galaxy” phones.',
      'Her first “Oscar” came on Sunday.',
      'Divers reached the bow of the “Titanic” at dawn.',
      'Police are hunting the “Night Stalker” after a third attack.',
      'The ship, the “Mary Rose”, sank in 1545.',
      'Earvin “Magic” Johnson scored 30 points.',
      'The storm, dubbed “Eunice”, closed schools.',
      'Fans of the “Red Devils” cheered as the striker scored twice in the second half.',
      'The band, called “The Harbour Lights”, toured in 1985.',
      'A charity called “Hands Across the Water” paid for the repairs.',
      'Her aunt, a self-described “kitchen scientist”, wrote three cookbooks.',
      'The captain told officers it was his “duty” to stay with the ship.',
      'The coach said the referee had made a “shocking” call.',
      'Activists organised street marches and “car caravans” downtown.',
      'He called it a “well-planned” attack.',
      'He spoke on immigration and “sanctuary” policies.',
      'The team won a “must-win” game.',
    ],
  },
  info: {
    rule: 'rhetoric/loaded-language/scare-quotes',
    technique: 'loaded-language',
    explanation:
      'Quotation marks around a single word that nobody is being quoted for ("reform", "experts"). They mock the word and suggest it is false, without saying why.',
    question: 'What is wrong with the word? What would the writer call it, and why?',
    confidence: 0.6,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens } = facts.doc;
    const out: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i].text;
      const close = text.length === 1 ? CLOSING.get(text) : undefined;
      if (close === undefined) continue;
      const doubted = afterLabellingWord(facts, i);
      const end = closingIndex(facts, i, close, doubted ? MAX_LABEL_WORDS : MAX_WORDS);
      if (end < 0) continue;
      if (doubted || isScare(facts, i, end)) {
        const match = matchOf(this.info, i, end + 1);
        // A mocking title is read less surely than a quoted common word: some capitals name a thing.
        out.push(isCapitalised(facts, i + 1) ? { ...match, confidence: TITLE_CONFIDENCE } : match);
      }
      i = end;
    }
    return out;
  },
};

/** Index of the closing mark after 1..maxWords words in the same sentence, or -1. */
function closingIndex(facts: TextFacts, open: number, close: string, maxWords: number): number {
  const { tokens } = facts.doc;
  let words = 0;
  // A hyphen joins the parts of one word ("right-wing"), which wink splits into three tokens: each part after
  // a hyphen is not counted as a word of its own.
  let joins = 0;
  for (let j = open + 1; j < tokens.length && tokens[j].sentence === tokens[open].sentence; j++) {
    if (tokens[j].text === close || (close === '\u2019' && tokens[j].text === "'")) return words > 0 ? j : -1;
    if (tokens[j].text === '-' && tokens[j - 1].end === tokens[j].start) {
      joins++;
      continue;
    }
    if (tokens[j].type !== 'word') return -1;
    if (++words > maxWords + joins) return -1;
  }
  return -1;
}

/** Inside a sentence, lower-case, after no speech or naming word: the writer's own marks. */
function isScare(facts: TextFacts, open: number, close: number): boolean {
  const { tokens } = facts.doc;
  const s = facts.doc.sentences[tokens[open].sentence];
  if (!s || (open === s.firstToken && close === s.endToken - 1)) return false;
  if (inTitleCase(facts, s.index) || (isCapitalised(facts, open + 1) && !isMockTitle(facts, open, close))) return false;
  // A straight apostrophe glued to a word is a possessive or a contraction, not a quotation mark.
  if (tokens[open].text === "'" && tokens[open - 1]?.end === tokens[open].start) return false;
  const before = facts.forms[open - 1];
  if (!before || tokens[open - 1].sentence !== tokens[open].sentence) return false;
  if (MENTION_BEFORE.has(before.lower) || MENTION_BEFORE.has(before.lemma)) return false;
  if (namesCompound(facts, open, close) || quotesSpeaker(facts, open)) return false;
  // A quoted compound before its noun is a label wherever the phrase stands ('printed "anti-Greek" leaflets'),
  // and its last part may be a participle ('the "state-controlled" board').
  if (labelsNoun(facts, open, close)) return true;
  if (!TAGS_BEFORE.has(tokens[open - 1].pos) && !afterCoordinatedNoun(facts, open, close)) return false;
  return QUOTED_TAGS.has(tokens[close - 1].pos);
}

/**
 * True for one quoted word after "and"/"or" joined to a noun or an adjective: it is one of two labels and only
 * it is doubted ('the actor and "comedian" Tom Reyes', 'a builder or "developer"'). Two quoted words there are
 * as often a new coinage ('street marches and "car caravans"'), and a word before a measure names it
 * ('immigration and "sanctuary" policies').
 */
function afterCoordinatedNoun(facts: TextFacts, open: number, close: number): boolean {
  const { tokens } = facts.doc;
  if (close !== open + 2 || tokens[open - 1].pos !== 'CCONJ' || !COORDINATORS.has(facts.forms[open - 1].lower))
    return false;
  const joined = tokens[open - 2];
  if (
    joined === undefined ||
    joined.sentence !== tokens[open].sentence ||
    (joined.pos !== 'NOUN' && joined.pos !== 'ADJ') ||
    (joined.pos === 'NOUN' && !namesRole(facts.forms[open - 2].lower) && !namesRole(facts.forms[open + 1].lower))
  )
    return false;
  return !MEASURES.has(facts.forms[close + 1]?.lemma ?? '') && !mentionNear(facts, open);
}

/**
 * True for a hyphenated compound in the marks right before the noun it describes, its last part an adjective,
 * a noun or a past participle ("-controlled", "-backed"): a label of the writer's, not a quoted phrase.
 */
function labelsNoun(facts: TextFacts, open: number, close: number): boolean {
  const { tokens } = facts.doc;
  if (!hasHyphen(facts, open, close) || mentionNear(facts, open)) return false;
  const last = tokens[close - 1];
  const participle =
    last.pos === 'VERB' &&
    (last.lower.endsWith('ed') ||
      last.lower.endsWith('en') ||
      last.lower !== last.lemma ||
      BARE_PARTICIPLES.has(last.lower));
  if (!(QUOTED_TAGS.has(last.pos) || participle)) return false;
  // A compound of two nouns or of verb and noun ('"stop-and-search" powers', '"self-checkout" tills') is a term of
  // art naming a thing; a label's last part grades or takes a side ('"state-run"', '"far-right"', '"pro-gun"').
  if (last.pos === 'NOUN' && close - open > 2 && !STANCE_ENDS.has(last.lower)) return false;
  const next = tokens[close + 1];
  return next !== undefined && next.sentence === last.sentence && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/** True when a hyphen joins two parts of a quoted word (wink keeps "anti-Greek" whole, splits "state-run" in three). */
function hasHyphen(facts: TextFacts, open: number, close: number): boolean {
  const { tokens } = facts.doc;
  for (let j = open + 1; j < close; j++) {
    const text = tokens[j].text;
    if (text === '-' ? j > open + 1 && j < close - 1 : text.length > 2 && text.indexOf('-', 1) > 0) return true;
  }
  return false;
}

/** How many words back a naming verb still makes a quoted label someone's word ('called it a "well-planned" attack'). */
const MENTION_REACH = 3;

/** True when a naming or speech word stands a few words before the quotation. */
function mentionNear(facts: TextFacts, open: number): boolean {
  const s = facts.doc.tokens[open].sentence;
  for (let j = open - 1; j >= open - MENTION_REACH && inSentence(facts, j, s); j--) {
    if (MENTION_BEFORE.has(facts.forms[j].lower) || MENTION_BEFORE.has(facts.forms[j].lemma)) return true;
  }
  return false;
}

/** True when the quotation opens right after "so-called", "self-styled" and their kin (wink splits them in three). */
function afterLabellingWord(facts: TextFacts, open: number): boolean {
  const { tokens } = facts.doc;
  const end = open - 1;
  const hyphen = tokens[end - 1];
  return (
    LABELLING_END.has(facts.forms[end]?.lower ?? '') &&
    hyphen?.text === '-' &&
    hyphen.end === tokens[end].start &&
    LABELLING_START.has(facts.forms[end - 2]?.lower ?? '') &&
    tokens[end - 2].end === hyphen.start
  );
}

/**
 * A capitalised quotation right after "our", "their", "your" or "my", with no noun after it, outside sport
 * (where quoted capitals are the nicknames of teams and players: our “Red Devils”).
 */
function isMockTitle(facts: TextFacts, open: number, close: number): boolean {
  const { tokens } = facts.doc;
  if (!MOCKING_OWNERS.has(facts.forms[open - 1]?.lower ?? '') || inDomain(facts, tokens[open].sentence, SPORT))
    return false;
  const after = tokens[close + 1];
  return !(after && after.sentence === tokens[close].sentence && (after.pos === 'NOUN' || after.pos === 'PROPN'));
}

/**
 * A quoted hyphenated compound right before the word for a measure gives the measure its official name (a
 * “zero-tolerance” policy, the “stay-at-home” order); before other nouns it stays a label (the “right-wing” paper).
 * So does a quoted name that ends in the measure's noun (a “wealth tax”).
 */
function namesCompound(facts: TextFacts, open: number, close: number): boolean {
  const { tokens } = facts.doc;
  let hyphenated = false;
  for (let j = open + 1; j < close; j++) if (tokens[j].text === '-') hyphenated = true;
  const next = facts.forms[close + 1];
  if (hyphenated && tokens[close + 1]?.sentence === tokens[close].sentence && MEASURES.has(next?.lemma ?? ''))
    return true;
  // A name of two or more words ending in a policy's own noun is its name as well ('a "wealth tax"', 'the
  // "payroll tax"'); one quoted word stays doubted ('the new "tax"' on a fee), and so does 'the "broken system"'.
  return close - open > 2 && POLICY_NOUNS.has(facts.forms[close - 1].lemma);
}
