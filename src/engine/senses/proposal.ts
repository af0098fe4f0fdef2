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

/**
 * Nouns of a thing put forward to be adopted ("suggested a new route", "suggests a compromise"): as the object of
 * "suggest" they make it "propose". Nouns of a finding ("a link", "a rise", "a change in habits") are left out:
 * after "suggest" they are a conclusion drawn, the hedge.
 */
const PROPOSALS = new Set(
  'name names title route routes plan plans compromise deal date venue meeting alternative alternatives remedy fix menu design designs amendment amendments swap truce ceasefire'.split(
    ' ',
  ),
);
/** Words of evidence that "suggests": before the verb, the object is a conclusion, whatever its noun. */
const EVIDENCE = new Set(
  'data study studies evidence result results finding findings figure figures survey surveys poll polls research report reports analysis test tests record records number numbers statistics sign signs trend trends model models estimate estimates'.split(
    ' ',
  ),
);
/** Pronouns of someone who can put a plan forward ("we suggested a new route", "she suggests a swap"). */
const PROPOSER_PRONOUNS = new Set('i we you he she they who someone somebody one'.split(' '));
/**
 * People and bodies who put plans forward. A thing cannot propose: after "leaked emails", "the timing" or
 * "satellite images" a plan or a route suggested is a conclusion drawn from evidence, the hedge.
 */
const PROPOSERS = new Set(
  (
    'council committee board government ministry minister official engineer planner expert adviser advisor ' +
    'doctor resident campaigner critic union party club manager coach mayor president chairman chair leader ' +
    'member councillor senator lawyer negotiator mediator panel group agency authority department office ' +
    'company firm owner director chief boss spokesman spokeswoman spokesperson fan supporter voter parent teacher ' +
    'architect consultant analyst economist scientist researcher author writer reader listener viewer user ' +
    'customer player captain officer police judge court commission inspector regulator partner friend'
  ).split(' '),
);
/** Words between a subject and its "suggest" ("has also suggested", "could then suggest"). */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/** True when the subject right before "suggest" at `i` is a person or a body ("we", "Ruiz", "the council"). */
function proposerBefore(t: Token[], i: number): boolean {
  let b = i - 1;
  while (b >= 0 && t[b].sentence === t[i].sentence && BETWEEN.has(t[b].pos)) b--;
  const head = t[b];
  if (head?.sentence !== t[i].sentence) return false;
  // A capital that opens the sentence may be a plural noun, which a bare "suggest" agrees with ("Documents
  // suggest a plan"); a name takes "suggests" ("Ruiz suggests a truce").
  const opens = b === 0 || t[b - 1].sentence !== t[i].sentence;
  if (head.pos === 'PROPN' && !(opens && t[i].lower === 'suggest')) return true;
  const word = head.lower;
  return PROPOSER_PRONOUNS.has(word) || PROPOSERS.has(head.lemma) || PROPOSERS.has(word.replace(/s$/, ''));
}

/** The longest object read before its head ("a new bus route": opener, two describing words, the head). */
const MAX_OBJECT = 4;

/**
 * True when "suggest" at `i` has a proposal as its object ("Engineers suggested a new route"): a plan put forward,
 * not a conclusion. Evidence as the subject ("the figures suggest a compromise is near") and a verb after the noun
 * (a clause: "suggested a deal was close") keep the hedge.
 */
function proposesThing(t: Token[], i: number): boolean {
  for (let b = i - 1; b >= Math.max(0, i - 3) && t[b].sentence === t[i].sentence; b--)
    if (EVIDENCE.has(t[b].lower)) return false;
  if (!proposerBefore(t, i)) return false;
  for (let j = i + 1; j <= i + MAX_OBJECT && t[j]?.sentence === t[i].sentence; j++) {
    if (PROPOSALS.has(t[j].lower)) {
      const after = t[j + 1];
      return !(after?.sentence === t[i].sentence && (after.pos === 'AUX' || after.pos === 'VERB'));
    }
    if (!OPENERS.has(t[j].pos) && t[j].pos !== 'NOUN') return false;
  }
  return false;
}

/** True when "suggest" at `i` proposes: (that) + a singular subject + a bare verb, or a plan as its object. */
export function suggestsProposal(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  if (t[i]?.lemma !== 'suggest') return false;
  if (proposesThing(t, i)) return true;
  const from = t[i + 1]?.lower === 'that' ? i + 2 : i + 1;
  // The subject: openers ("the", "her new"), then its head right before the bare verb.
  for (let v = from + 1; v <= from + MAX_SUBJECT && t[v]?.sentence === t[i].sentence; v++) {
    if (singularHead(t[v - 1]) && bareVerb(t, v)) return true;
    if (!OPENERS.has(t[v - 1].pos) || SINGULAR_PRONOUNS.has(t[v - 1].lower)) return false;
  }
  return false;
}
