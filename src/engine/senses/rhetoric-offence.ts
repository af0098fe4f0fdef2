/**
 * A crime word used as the law's name for an offence, not as the writer's charge. A court or police report names
 * what someone is accused of or was found guilty of in the words of the charge sheet: "convicted of conspiring to
 * defraud", "jailed for inciting violence", "wanted for murder", "charged with incitement to racial hatred",
 * "pleaded guilty to looting". The writer judges nobody there: the court or the police did. The same words in the
 * writer's own voice ("the minister conspired to hide it", "the mob looted the city") stay loaded.
 * Officialdom names terrorism as a field or a finding in the same neutral way: an under secretary for terrorism (a
 * title), police who "ruled out terrorism" or are "treating the stabbing as terrorism", a course or an expert on it.
 * (A state sponsor of it is on a legal list too, but writers rank such states by how much they sponsor, so that
 * phrase is left to the lexicon.) "Guilty" is the law's only as a verdict or a plea ("found guilty of"); "is guilty
 * of genocide" is the writer's. A count of people murdered is a crime statistic, unless a state force did it.
 */
import type { ParsedText, Token } from '../nlp.ts';

/** Lemmas of the offences this sense reads (verbs and nouns), as a charge sheet names them. */
const OFFENCES = new Set([
  'murder',
  'rape',
  'torture',
  'terrorism',
  'conspire',
  'conspiracy',
  'incite',
  'incitement',
  'hatred',
  'loot',
  'looting',
  'steal',
  'rob',
  'robbery',
  'extort',
  'extortion',
  'kidnap',
  'kidnapping',
  'fraud',
  'genocide',
  'sabotage',
  'infiltrate',
]);

/** The preposition of a charge and the legal words it follows ("convicted of", "charged with", "jailed for"). */
const CHARGE_FRAMES: Readonly<Record<string, ReadonlySet<string>>> = {
  of: new Set(
    'convicted guilty acquitted cleared suspicion count counts charge charges conviction convictions innocent'.split(
      ' ',
    ),
  ),
  with: new Set(['charged', 'charge', 'charges']),
  for: new Set(
    'jailed sentenced sentence imprisoned arrested wanted tried trial indicted executed detained prosecuted convicted hanged extradited'.split(
      ' ',
    ),
  ),
  to: new Set(['guilty', 'incitement', 'conspiracy']),
  on: new Set(['indicted', 'convicted']),
};

/** Words a court report puts between the charge and the offence ("convicted of two counts of attempted murder"). */
const BETWEEN = new Set(
  'a an the two three four five six attempted first second third degree - conspiracy to and or of counts count aiding abetting racial racially religious religiously aggravated'.split(
    ' ',
  ),
);

/** Words of officialdom that name terrorism as a field or a finding ("secretary for", "ruled out"). */
const OFFICIAL_TERRORISM = [
  ['secretary', 'for'],
  ['ruled', 'out'],
  ['rule', 'out'],
  ['ruling', 'out'],
  ['treating', 'as'],
  ['treated', 'as'],
  ['investigated', 'as'],
  ['investigating', 'as'],
  ['nexus', 'to'],
  ['nexus', 'of'],
  ['nexus', 'with'],
  // A field of study or expertise: "a course on terrorism", "a professor of it".
  ['course', 'on'],
  ['courses', 'on'],
  ['lectures', 'on'],
  ['expert', 'on'],
  ['experts', 'on'],
  ['professor', 'of'],
];

/** How many words may stand between the charge's preposition and the offence. */
const GAP = 4;

/** True when the crime word at `i` names an offence after a charge, a verdict or a police finding. */
export function namesOffence(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const word = t[i];
  if (word === undefined || !(OFFENCES.has(word.lemma) || OFFENCES.has(word.lower))) return false;
  if (wished(doc, i)) return false;
  let j = i - 1;
  // Pass the words of the charge's own wording ("two counts of attempted", "incitement to racial").
  while (j >= 0 && i - j <= GAP && t[j].sentence === word.sentence && BETWEEN.has(t[j].lower)) {
    if (framed(t, j) || official(t, j, word)) return true;
    j--;
  }
  if (j < 0 || t[j].sentence !== word.sentence) return false;
  return framed(t, j) || official(t, j, word) || pleads(t, j, word) || countsVictims(t, i);
}

/** People counted as victims of crime in general, as crime statistics count them ("41 women", "300 people"). */
const PEOPLE = new Set('people persons women men children girls boys adults teenagers residents'.split(' '));

/** Agents that make a killing the act of a state or an armed group, a charge however many died. */
const FORCES = new Set(
  'police army troops soldiers regime forces militia militias government state guards officers security military junta rebels insurgents'.split(
    ' ',
  ),
);

/**
 * True when "murdered" at `i` reports a count of victims of crime in general ("In 2019, 41 women were murdered
 * by a partner", "some 300 people were murdered in the province"): a statistic, not the writer's charge. The
 * victims must be people in general, not a group a power struck ("six protesters", "300 civilians"), and no state
 * force or armed group may follow "by" ("six people were murdered by police" stays a charge).
 */
function countsVictims(t: Token[], i: number): boolean {
  if (t[i].lower !== 'murdered' || t[i - 1]?.lemma !== 'be' || !PEOPLE.has(t[i - 2]?.lower ?? '')) return false;
  let k = i - 3;
  while (k >= 0 && i - k <= 5 && t[k].sentence === t[i].sentence && t[k].pos === 'ADJ') k--;
  if (k < 0 || t[k].sentence !== t[i].sentence || !(t[k].type === 'number' || t[k].pos === 'NUM')) return false;
  if (t[i + 1]?.lower !== 'by') return true;
  for (let m = i + 2; m < t.length && m - i <= 4 && t[m].sentence === t[i].sentence; m++)
    if (FORCES.has(t[m].lower)) return false;
  return true;
}

/** True when `t[j]` is a charge's preposition after its legal word ("charged with"), or "inciting" before hatred. */
function framed(t: Token[], j: number): boolean {
  const legal = CHARGE_FRAMES[t[j].lower];
  const before = t[j - 1];
  if (legal === undefined || before === undefined || before.sentence !== t[j].sentence) return false;
  // "In charge of torture" runs it: a post, not an accusation.
  if (!legal.has(before.lower) || (before.lower === 'charge' && t[j - 2]?.lower === 'in')) return false;
  return before.lower !== 'guilty' || verdict(t, j - 1);
}

/** Verbs by which a court, a jury or the accused makes someone guilty: "found guilty of", "pleaded guilty to". */
const VERDICTS = new Set(
  'found find finds finding plead pleads pleaded pleading pled declared adjudged judged ruled convicted'.split(' '),
);

/**
 * True when "guilty" at `g` is a court's verdict or a plea, not the writer's: a verdict verb up to three words
 * before it ("was found guilty", "found him not guilty", "pleaded not guilty"). "The president is guilty of
 * genocide" is the writer's own verdict and keeps the charge.
 */
function verdict(t: Token[], g: number): boolean {
  for (let k = g - 1; k >= 0 && g - k <= 3 && t[k].sentence === t[g].sentence; k--)
    if (VERDICTS.has(t[k].lower)) return true;
  return false;
}

/** True when `t[j]` closes a phrase of officialdom before "terrorism" ("secretary for", "ruled out"). */
function official(t: Token[], j: number, word: Token): boolean {
  if (word.lemma !== 'terrorism' && word.lower !== 'terrorism') return false;
  const before = t[j - 1];
  if (before === undefined || before.sentence !== t[j].sentence) return false;
  return OFFICIAL_TERRORISM.some(([a, b]) => before.lower === a && t[j].lower === b) || treatsAs(t, j);
}

/** Police verbs that class an incident under a category of offence ("treating the stabbing as terrorism"). */
const CLASSING = new Set([
  'treat',
  'treats',
  'treating',
  'treated',
  'investigate',
  'investigates',
  'investigating',
  'investigated',
]);

/** Incidents the police investigate and then class ("the stabbing", "Friday's knife attack"). */
const INCIDENTS = new Set(
  'stabbing stabbings attack attacks shooting shootings incident incidents killing killings blast explosion bombing fire crash death deaths assault rampage ramming'.split(
    ' ',
  ),
);

/**
 * True when "as" at `j` closes "treating <an incident> as": the police's category for an event they investigate.
 * The word before "as" must name the incident; "treats peaceful protest as terrorism" brands people's acts, and
 * stays the charge it is.
 */
function treatsAs(t: Token[], j: number): boolean {
  const object = t[j - 1]?.lower ?? '';
  // "Treating it as terrorism": the pronoun stands for the incident the story is about.
  if (t[j].lower !== 'as' || !(INCIDENTS.has(object) || object === 'it')) return false;
  for (let k = j - 2; k >= 0 && j - k <= 5 && t[k].sentence === t[j].sentence; k--)
    if (CLASSING.has(t[k].lower)) return true;
  return false;
}

/**
 * True for a plea or a hate-crime charge right before the word: "denies murder", "admitted manslaughter and
 * rape" (nouns only), and "inciting" or "stirring up" before hatred ("inciting racial hatred").
 */
function pleads(t: Token[], j: number, word: Token): boolean {
  const w = t[j].lower;
  if (word.lemma === 'hatred') return w === 'inciting' || (w === 'up' && t[j - 1]?.lower.startsWith('stir') === true);
  return word.pos === 'NOUN' && (w === 'denies' || w === 'denied' || w === 'admitted' || w === 'admits');
}

/** Closing quotation marks, brackets and spaces after a sentence's last word. */
const TRAILING_CLOSERS = /[\s"'\u201d\u2019)]+$/u;

/** Modals that make a charge one the writer wishes or imagines ("should be charged with treason"). */
const MODALS = new Set(['should', 'would', 'must', 'ought', 'could', 'might']);

/**
 * True when the charge is asked about or wished for, not reported: a question ("could she be charged with
 * murder?") or a modal before it ("they should be jailed for inciting hatred"). The writer then levels the charge.
 */
function wished(doc: ParsedText, i: number): boolean {
  const t = doc.tokens;
  const sentence = doc.sentences[t[i].sentence];
  if (sentence?.text.trimEnd().replace(TRAILING_CLOSERS, '').endsWith('?')) return true;
  for (let j = i - 1; j >= 0 && i - j <= 8 && t[j].sentence === t[i].sentence; j--)
    if (MODALS.has(t[j].lower)) return true;
  return false;
}
