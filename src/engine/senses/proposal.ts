/**
 * "Suggest" meaning "propose": "The doctor suggested that the patient change his diet", "she suggested he
 * resign". The verb after the singular subject is bare (the subjunctive: "change", not "changes"), so it says
 * what someone should do, not what the evidence hints at. "The data suggest that the drug works" and "the
 * survey suggested that turnout fell" still draw a conclusion from evidence. Exported so any detector reading
 * "suggest" can tell the two senses apart.
 */
import type { ParsedText, Token } from '../nlp.ts';

/** Singular subject pronouns, after which a bare verb can only be a subjunctive ("that he resign"). */
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);
/** Words a subject's noun phrase may open with ("the President", "her new doctor"). */
const OPENERS = new Set(['DET', 'ADJ', 'PRON', 'NUM']);
/** Verbs whose past is their bare form ("the drug cut deaths"): after them the sentence may report a past fact. */
const SAME_IN_PAST = new Set(
  'cut put set hit hurt cost let shut spread quit split burst cast read beat bet upset'.split(' '),
);
/** The longest subject read (opener, two describing words, the noun). */
const MAX_SUBJECT = 4;

/**
 * True for a singular subject head: "he", or a noun whose form is its own lemma ("president", not "presidents");
 * wink reads some nouns after "the" as adjectives ("the patient change"), so an adjective may stand as the head.
 */
function singularHead(t: Token): boolean {
  if (t.pos === 'PRON') return SINGULAR_PRONOUNS.has(t.lower);
  return (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') && t.lower === t.lemma;
}

/** True when the word at `v` is a bare verb: "be", or its own lemma as a verb (or a noun before its object). */
function bareVerb(t: Token[], v: number): boolean {
  const verb = t[v];
  if (verb.lower === 'be') return true;
  // wink reads some bare verbs before their object as nouns ("that the council review its rules"): a
  // determiner or an owner after the word shows the verb. A past that looks bare ("cut") is left alone.
  const object = t[v + 1];
  const verbLike = verb.pos === 'VERB' || (verb.pos === 'NOUN' && (object?.pos === 'DET' || object?.pos === 'PRON'));
  return verbLike && verb.lower === verb.lemma && verb.lemma !== 'be' && !SAME_IN_PAST.has(verb.lower);
}

/** True when "suggest" at `i` proposes an act: (that) + a singular subject + a bare verb. */
export function suggestsProposal(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lemma !== 'suggest') return false;
  const from = t[i + 1]?.lower === 'that' ? i + 2 : i + 1;
  // The subject: openers ("the", "her new"), then its head right before the bare verb.
  for (let v = from + 1; v <= from + MAX_SUBJECT && t[v]?.sentence === t[i].sentence; v++) {
    if (singularHead(t[v - 1]) && bareVerb(t, v)) return true;
    if (!OPENERS.has(t[v - 1].pos) || SINGULAR_PRONOUNS.has(t[v - 1].lower)) return false;
  }
  return false;
}
