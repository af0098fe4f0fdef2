/**
 * "Killer" naming no person: slang praise of a made thing ("a killer chorus", "killer heels"), where the word
 * stands in front of a thing that cannot kill (before a hazard, "a killer heatwave", it stays dramatic); and a
 * cause of death ranked ("heart disease is the biggest killer of women", "the leading killer of young men"),
 * the health page's plain word. Name-calling throws the word at people: "these killers in Congress",
 * "killer cops", "a killer regime".
 */
import type { ParsedText } from '../nlp.ts';
import { GROUP_NOUNS, PERSON_ROLES } from '../names/words.ts';

/** Ranks in front of "killer" that make it a cause of death among others ("the biggest killer", "number one"). */
const RANKS = new Set([
  'biggest',
  'leading',
  'top',
  'main',
  'greatest',
  'largest',
  'commonest',
  'silent',
  'one',
  '1',
  'no.1',
  'second-biggest',
  'third-biggest',
  'second',
  'third',
  'single',
]);

/** People and bodies of people that "killer" in front labels ("killer cops", "a killer regime"). */
const PEOPLE = new Set([
  'cop',
  'cops',
  'police',
  'policeman',
  'policemen',
  'regime',
  'regimes',
  'government',
  'state',
  'army',
  'troops',
  'soldiers',
  'militia',
  'militias',
  'gang',
  'gangs',
  'clown',
  'clowns',
  'nurse',
  'nurses',
  'mom',
  'moms',
  'mum',
  'mums',
  'dad',
  'husband',
  'wife',
  'teen',
  'teens',
  'kid',
  'kids',
  'squad',
  'squads',
  'elite',
  'elites',
]);

/** True when "killer" at `i` names a thing or a cause of death, not a person or a group of people. */
export function killerNamesNoPerson(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const token = t[i];
  if (token?.lower !== 'killer' && token?.lower !== 'killers') return false;
  const s = token.sentence;
  // "The biggest killer", "the number one killer", "the single biggest killer of women".
  for (let j = i - 1; j >= 0 && j >= i - 2 && t[j].sentence === s; j--) {
    if (RANKS.has(t[j].lower)) return !personBefore(doc, j);
  }
  // "A killer chorus", "killer heels": in front of a thing, the word describes it.
  const next = t[i + 1];
  if (token.lower !== 'killer' || !next || next.sentence !== s || next.pos !== 'NOUN') return false;
  return !isPeople(next.lower) && !HAZARDS.has(next.lower);
}

/**
 * Things that can kill, where "killer" in front paints the danger ("a killer heatwave", "a killer virus"):
 * the dramatic word the old reading flags, kept apart from praise of a made thing ("a killer chorus").
 */
const HAZARDS = new Set([
  'heatwave',
  'heat',
  'storm',
  'storms',
  'hurricane',
  'typhoon',
  'cyclone',
  'tornado',
  'flood',
  'floods',
  'fog',
  'smog',
  'cold',
  'freeze',
  'frost',
  'wave',
  'waves',
  'tsunami',
  'quake',
  'earthquake',
  'avalanche',
  'fire',
  'fires',
  'virus',
  'viruses',
  'bug',
  'bugs',
  'flu',
  'disease',
  'diseases',
  'bacteria',
  'superbug',
  'superbugs',
  'fungus',
  'strain',
  'drug',
  'drugs',
  'pill',
  'pills',
  'robot',
  'robots',
  'drone',
  'drones',
  'asteroid',
  'smog',
  'shark',
  'sharks',
  'snake',
  'snakes',
  'dog',
  'dogs',
  'road',
  'roads',
  'bend',
  'junction',
  'crash',
]);

/** A person's role, a word for people, or a plural of either. */
function isPeople(word: string): boolean {
  if (PEOPLE.has(word) || GROUP_NOUNS.has(word) || PERSON_ROLES.has(word)) return true;
  return word.endsWith('s') && PERSON_ROLES.has(word.slice(0, -1));
}

/** Pronouns for people: "he is the biggest killer in the cabinet" ranks a person, not a cause of death. */
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'you', 'we', 'they', 'who']);

/** A person pronoun or a person's role as the subject, within a few words before the rank at `j`. */
function personBefore(doc: ParsedText, j: number): boolean {
  const t = doc.tokens;
  for (let k = j - 1; k >= 0 && k >= j - 6 && t[k].sentence === t[j].sentence; k--) {
    if (PERSON_PRONOUNS.has(t[k].lower) || isPeople(t[k].lower)) return true;
  }
  return false;
}
