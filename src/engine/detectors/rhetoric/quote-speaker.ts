/**
 * Who owns a quoted word: a verb of speech before it makes it the speaker's (a partial quotation), and a noun for a
 * person's role beside it makes a quoted second title the writer's doubt. Split from rule-scare-quotes.ts by job.
 */
import { GROUP_NOUNS, PERSON_ROLES, PLURAL_ROLES } from '../../names/words.ts';
import { wordSet } from './rule.ts';
import type { TextFacts } from './text-facts.ts';

/**
 * Verbs of speech that make the rest of their sentence someone's words: a quoted word after them is most often
 * the speaker's own, quoted in part ('he told the council it was his "duty"', 'she said the plan was "reckless"').
 */
const SPEECH_VERBS = wordSet(
  'say tell describe insist argue warn write add testify explain declare claim state announce vow pledge urge',
);
/**
 * "Suggest" is a verb of speech only with a speaker for its subject ('he suggested the plan was a "gift"'); figures
 * and findings suggest without speaking ('the numbers suggest the "boom" is over'), so the marks stay the writer's.
 */
const SPEAKER_ONLY_VERBS = wordSet('suggest');
/** Pronouns for a speaker (not "it", "this", "that", which stand for things). */
const SPEAKER_PRONOUNS = wordSet('i we you he she they who');

/** How far back a speech verb still governs the quoted word (one clause of ordinary length). */
const SPEECH_REACH = 12;

/** True when a verb of speech earlier in the sentence makes the quoted word the speaker's (a partial quotation). */
export function quotesSpeaker(facts: TextFacts, open: number): boolean {
  const { tokens } = facts.doc;
  const first = facts.doc.sentences[tokens[open].sentence].firstToken;
  const from = Math.max(first, open - SPEECH_REACH);
  for (let j = open - 1; j >= from; j--) {
    if (tokens[j].pos !== 'VERB') continue;
    const lemma = facts.forms[j].lemma;
    if (SPEECH_VERBS.has(lemma) || (SPEAKER_ONLY_VERBS.has(lemma) && speakerBefore(facts, j, first))) return true;
  }
  return false;
}

/** True when the subject right before a verb (past "has", "also", "not") is a person: a pronoun, a name or a role. */
function speakerBefore(facts: TextFacts, verb: number, from: number): boolean {
  const { tokens } = facts.doc;
  let j = verb - 1;
  // At most three such words ('has also not suggested'): the walk stays constant per verb.
  const stop = Math.max(from, verb - 4);
  while (j > stop && (tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV' || tokens[j].pos === 'PART')) j--;
  if (j < from) return false;
  // After a comma the verb opens a clause of the main subject's ('..., suggesting that'): read as its speech.
  if (tokens[j].text === ',') return true;
  const word = facts.forms[j].lower;
  if (tokens[j].pos === 'PRON') return SPEAKER_PRONOUNS.has(word);
  return tokens[j].pos === 'PROPN' || PERSON_ROLES.has(word) || PLURAL_ROLES.has(word) || GROUP_NOUNS.has(word);
}

/**
 * True for a noun for a person's role or calling ('actor', 'builder'): only beside one is the quoted word a doubted
 * second title ('actor and "comedian"'); beside a dish or a dance it is a foreign word mentioned ('coffee and "babka"').
 */
export function namesRole(word: string): boolean {
  return (
    PERSON_ROLES.has(word) ||
    PLURAL_ROLES.has(word) ||
    GROUP_NOUNS.has(word) ||
    (word.length > 5 &&
      (word.endsWith('ist') || word.endsWith('ists') || word.endsWith('ian') || word.endsWith('ians')))
  );
}
