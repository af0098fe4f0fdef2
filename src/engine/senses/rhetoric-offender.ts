/**
 * "Killer", "murderer" and "fraudster" as the plain name of the person who did the crime, not a label thrown in
 * argument.
 * A court or police report names the doer of a known crime: "the killer was jailed for life", "police are hunting
 * her killer", "a convicted murderer escaped". Name-calling throws the word at a person or a group to win an
 * argument: "these killers in Congress", "the senator is a murderer", "killers and thieves run the city".
 * The plain sense needs both a pointer to one doer (a determiner or a possessive, never "these"/"those", and
 * not after "is a") and a sign of the crime itself (a word of the courts or police in the sentence, or a word
 * like "convicted" or "serial" in front of the noun). "Mass murderer" is left a label: news says "gunman".
 */
import type { ParsedText, Token } from '../nlp.ts';

/** The nouns this sense reads: doers a court report names by their crime ("the fraudster was jailed"). */
const DOER_NOUNS = new Set(['killer', 'killers', 'murderer', 'murderers', 'fraudster', 'fraudsters']);

/** Words in front of the noun that place the doer in a crime report by themselves ("a convicted killer"). */
const CRIME_QUALIFIERS = new Set([
  'convicted',
  'serial',
  'suspected',
  'alleged',
  'confessed',
  'self-confessed',
  'double',
  'triple',
  'contract',
  'teenage',
  'knife',
  'axe',
  'gun',
  'escaped',
]);

/**
 * Qualifiers that state a court's or the police's finding ("a convicted killer", "a suspected murderer"): they keep
 * a description after "is a" ("the mayor is a convicted killer"), where "serial" or "teenage" do not excuse a label.
 */
const COURT_STATUS = new Set(['convicted', 'suspected', 'alleged', 'confessed', 'self-confessed', 'escaped']);

/** Verbs that hang a name on someone ("called the minister a killer"); forms too, as "branded" keeps its own lemma. */
const NAMING_VERBS = new Set([
  'call',
  'brand',
  'branded',
  'branding',
  'label',
  'labelled',
  'labeled',
  'labelling',
  'labeling',
  'dub',
  'dubbed',
  'dubbing',
]);

/** How far back a naming verb is read before the label's own phrase ("called the prime minister a killer"). */
const NAMING_WINDOW = 6;

/** Words that point to one doer of one crime ("the killer", "her killer", "whose murderer"). */
const POINTERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'whose', 'my', 'our', 'your', "'s", '’s']);

/**
 * Lemmas and forms of the courts and police: a sentence with one of them tells of a crime and its aftermath
 * ("was jailed", "police said", "the victim's family", "the trial heard").
 */
const CRIME_WORDS = new Set([
  'jail',
  'jailed',
  'prison',
  'imprison',
  'imprisoned',
  'sentence',
  'sentenced',
  'convict',
  'convicted',
  'arrest',
  'arrested',
  'charge',
  'charged',
  'police',
  'detective',
  'detectives',
  'officer',
  'officers',
  'court',
  'trial',
  'jury',
  'judge',
  'prosecutor',
  'prosecutors',
  'victim',
  'victims',
  'manhunt',
  'hunt',
  'hunting',
  'parole',
  'plead',
  'pleaded',
  'guilty',
  'confess',
  'confessed',
  'murder',
  'murdered',
  'stab',
  'stabbed',
  'strangle',
  'strangled',
  'shoot',
  'shot',
  'kill',
  'killed',
  'body',
  'inquest',
  'execute',
  'executed',
  'escape',
  'escaped',
  'flee',
  'fled',
  'identify',
  'identified',
  'catch',
  'caught',
  // "Her killer has never been found", "was traced through his phone": the hunt for the doer.
  'found',
  'traced',
]);

/** How far back the noun's own phrase is read for a pointer or a qualifier ("the 24-year-old killer"). */
const PHRASE_WORDS = 4;

/** True when "killer"/"murderer" at `i` names the doer of a crime the sentence reports, as a court report does. */
export function namesCrimeDoer(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  if (!token || !DOER_NOUNS.has(token.lower)) return false;
  let pointed = false;
  let qualified = false;
  let status = false;
  for (let j = i - 1; j >= 0 && j >= i - PHRASE_WORDS && t[j].sentence === token.sentence; j--) {
    const w = t[j].lower;
    if (CRIME_QUALIFIERS.has(w)) qualified = true;
    if (COURT_STATUS.has(w)) status = true;
    // "These killers", "those murderers": a group pointed at in argument.
    if (w === 'these' || w === 'those') return false;
    if (POINTERS.has(w)) {
      // "is a killer", "called him a murderer": the label is the predicate, said of someone; only a court's
      // finding ("is a convicted killer") keeps it a description.
      if ((w === 'a' || w === 'an' || w === 'the') && (isBe(t[j - 1], token) || namedBefore(doc, j))) return status;
      pointed = true;
      break;
    }
    // The phrase ends at a word that cannot stand inside it ("and", a verb, punctuation).
    if (!['ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV'].includes(t[j].pos) && t[j].text !== '-') break;
  }
  // A bare plural in a list of names ("serial fraudsters and thieves run this city") is a crowd labelled in
  // argument unless a crime is told; alone ("serial killers often target strangers") it names a kind of offender.
  const listed = !pointed && token.lower.endsWith('s') && inList(doc, i);
  if (qualified && !listed) return true;
  return (pointed || (qualified && listed)) && crimeWordNear(doc, token.sentence, i);
}

/** The noun at `i` joined by "and"/"or" to another noun ("fraudsters and thieves", "thieves and murderers"). */
function inList(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const joined = (c: number, n: number) =>
    ['and', 'or'].includes(t[c]?.lower ?? '') && t[n]?.pos === 'NOUN' && t[n].sentence === t[i].sentence;
  return joined(i + 1, i + 2) || joined(i - 1, i - 2);
}

/** A naming verb ("called", "branded") before the article at `a`, in its clause: "called the minister a killer". */
function namedBefore(doc: ParsedText, a: number): boolean {
  const t = doc.tokens;
  for (let j = a - 1; j >= 0 && j >= a - NAMING_WINDOW && t[j].sentence === t[a].sentence; j--) {
    if (NAMING_VERBS.has(t[j].lemma) || NAMING_VERBS.has(t[j].lower)) return true;
    if (t[j].pos === 'PUNCT' || t[j].pos === 'VERB' || t[j].pos === 'AUX') return false;
  }
  return false;
}

/** A form of "to be" in the same sentence just before the noun phrase. */
function isBe(prev: Token | undefined, noun: Token): boolean {
  return prev !== undefined && prev.sentence === noun.sentence && prev.lemma === 'be';
}

/**
 * Words of the courts or police near the noun, in its sentence: the report's own clause ("the killer was jailed",
 * "police are hunting her killer"). A word far off in a long sentence belongs to another clause ("the killer
 * walks free while honest drivers pay every fine, and the courts do nothing" argues, it reports no case).
 */
const CRIME_WINDOW = 6;

/** A word of the courts or police within CRIME_WINDOW tokens of the noun, in its sentence. */
function crimeWordNear(doc: ParsedText, s: number, noun: number): boolean {
  const sentence = doc.sentences[s];
  const from = Math.max(sentence.firstToken, noun - CRIME_WINDOW);
  const to = Math.min(sentence.endToken, noun + CRIME_WINDOW + 1);
  for (let k = from; k < to; k++) {
    if (k === noun) continue;
    const tok = doc.tokens[k];
    if (CRIME_WORDS.has(tok.lower) || CRIME_WORDS.has(tok.lemma)) return true;
  }
  return false;
}
