/**
 * Dire predictions: "may not be a probe but a full-scale offensive", "could trigger a catastrophe", "the
 * disease will spread". A possible disaster written as a looming one is an appeal to fear.
 */
import type { Candidate } from './candidate.ts';
import { grow } from './grow.ts';
import { inSentence, isClauseBreak, matchOf, type PatternRule, wordSet } from './rule.ts';
import { fileStartTest } from './rule-starts.ts';
import { inDomain, type TextFacts } from './text-facts.ts';

const MODALS = wordSet('may might could will would');
/** Every match starts at a modal: the rule visits only those words (rule-starts.ts). */
const MODAL_START = fileStartTest((f) => MODALS.has(f.lower));
const SCALE = wordSet('scale out');
const DOOM = wordSet(
  'catastrophe catastrophic disaster disastrous war collapse bloodbath chaos devastating ' +
    'devastate destroy destruction annihilate annihilation extinction famine meltdown offensive invasion ' +
    'massacre ruin doom apocalypse nightmare bloodshed carnage genocide holocaust cataclysm calamity ' +
    'catastrophically irreversible irreparable unstoppable spiral spread spill kill die death deaths deadly ' +
    'lethal fatal violence violent bloody terror outbreak epidemic pandemic plague contamination radioactive ' +
    'untreatable incurable overwhelm overrun wipe perish shatter cripple escalate explode erupt',
);
/** Verbs that make the prediction a hope, not a threat: "could reduce deaths", "may prevent a war". */
const MITIGATION = wordSet('reduce prevent lower cut avoid stop end curb limit ease halt slow save protect stem');
const MODAL_TO_DOOM = 8;
/** Where a dire forecast is a finding's plain wording ("the virus could spread"): a constant, not a list per modal. */
const SCIENCE = ['science'] as const;

/** The dire-prediction rule. */
export const fearPrediction: PatternRule = {
  examples: {
    flags: [
      'The next incursion [may not be a probe but a full-scale offensive].',
      'Unless we act, [the unrest will spread] to every city.',
    ],
    ignores: [
      'The new drug could reduce deaths from the disease.',
      'Researchers in the laboratory found the molecule could collapse under heat.',
      'The victims may have been killed by the blast.',
    ],
  },
  info: {
    rule: 'rhetoric/fear-appeal/dire-prediction',
    technique: 'fear-appeal',
    explanation:
      'A prediction of disaster ("could spiral into war", "may be a full-scale offensive"). It makes the worst case feel likely without evidence of how likely it is.',
    question: 'How likely is this, and who says so? What would have to happen first?',
    confidence: 0.6,
  },
  find(facts: TextFacts): Candidate[] {
    const { tokens } = facts.doc;
    const out: Candidate[] = [];
    // Only the tokens that pass MODAL_START, in text order (rule-starts.ts); an index loop, cheap before V8 optimises it.
    const at = facts.starts[MODAL_START];
    for (let n = 0; n < at.length; n++) {
      const i = at[n];
      const t = tokens[i];
      if (t.pos !== 'AUX' && t.pos !== 'VERB') continue;
      if (inDomain(facts, t.sentence, SCIENCE) || aboutThePast(facts, i)) continue;
      const doom = findDoom(facts, i + 1);
      if (doom < 0 || mitigates(facts, i + 1, doom)) continue;
      const [, end] = grow(facts, doom, doom + 1, 'noun-phrase');
      out.push(matchOf(this.info, i, end));
    }
    return out;
  },
};

/**
 * The doom word after a modal; "full-scale" is written as three tokens, so its last part is checked too. One
 * walk over the window findAhead reads (same clause, MODAL_TO_DOOM words): a doom word wins wherever it is, and
 * only without one does the first "scale" or "out" count.
 */
function findDoom(facts: TextFacts, from: number): number {
  const { tokens } = facts.doc;
  const s = tokens[from]?.sentence ?? -1;
  let scale = -1;
  for (let i = from, seen = 0; seen < MODAL_TO_DOOM && inSentence(facts, i, s); i++) {
    if (isClauseBreak(facts, i)) break;
    const f = facts.forms[i];
    if (DOOM.has(f.lower) || DOOM.has(f.lemma)) return i;
    if (scale < 0 && (SCALE.has(f.lower) || SCALE.has(f.lemma))) scale = i;
    if (tokens[i].type === 'word') seen++;
  }
  const before = facts.forms[scale - 2]?.lower;
  return scale >= 0 && tokens[scale - 1]?.text === '-' && (before === 'full' || before === 'all') ? scale : -1;
}

/** True when a hopeful verb stands between the modal and the disaster word. */
function mitigates(facts: TextFacts, from: number, doom: number): boolean {
  for (let i = from; i < doom; i++) if (MITIGATION.has(facts.forms[i].lemma)) return true;
  return false;
}

/** Words that may stand between a modal and its "have": "may well have", "could not have", "might already have". */
const BEFORE_HAVE = wordSet('not never well also already still possibly probably');

/**
 * True when the modal at `i` opens a perfect ("may have died", "could have been killed"): a guess about what
 * already happened, a hedge, not a prediction of harm to come.
 */
function aboutThePast(facts: TextFacts, i: number): boolean {
  let j = i + 1;
  while (j < facts.forms.length && j - i <= 3 && BEFORE_HAVE.has(facts.forms[j].lower)) j++;
  return facts.forms[j]?.lower === 'have' && facts.doc.tokens[j].sentence === facts.doc.tokens[i].sentence;
}
