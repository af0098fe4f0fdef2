/**
 * Surnames that are also plural nouns ("Sanders", "Waters", "Rivers", "Woods"): opening a sentence before a verb only
 * a person does with words ("Waters said", "Rivers told reporters"), such a word is a surname, since rivers and
 * woods say nothing. Words for crowds of people keep their crowd reading: the word lists' groups and roles are read
 * before this, and plurals of institutions ("Banks said"), plurals shaped like words for people ("Cyclists",
 * "Migrants", "Visitors", "Teenagers"), plurals the text also writes in lower case, and plurals followed by "they"
 * ("Rivers said they") are left alone, and so are plurals shaped like doers, a verb plus -ers ("Hikers",
 * "Mourners", "Runners"): by their letters a crowd of doers cannot be told from a surname, and a vague crowd read as
 * a named source raises the score. A plural of a tool named by its job ("Sanders": a sander is no person) is no
 * crowd of people, so before a verb only a person does with words it is a surname. The surname still speaks when the text writes it in full or
 * mid-sentence ("Bernie Sanders ... Sanders said"), which classify.ts reads before it asks here.
 */
import { parse, type ParsedText, type Token } from '../../nlp.ts';
import { INSTITUTIONS } from '../../names/words.ts';

/** Verbs of speech that need a person to speak: a thing may "show" or "warn", but it does not "say" or "tell". */
const PERSON_SPEECH = new Set([
  ...['say', 'tell', 'add', 'explain', 'reply', 'insist', 'argue', 'contend', 'concede', 'admit', 'recall'],
  ...['tweet', 'testify', 'remark', 'reiterate', 'acknowledge', 'joke', 'quip'],
]);

/** Endings of plurals for people by what they do or where they are from: "cyclists", "historians", "migrants", "employees". */
const PEOPLE_ENDINGS = /(ists|ians|ants|ents|ees|eers|ors|men|ics)$/;

/** Words for people by age or family tie, none of them a common surname: "Teenagers said", "Mothers told". */
const PEOPLE_BY_AGE_OR_KIN = new Set([
  ...['children', 'kids', 'teenagers', 'teens', 'youngsters', 'youths', 'adults', 'elders', 'pensioners'],
  ...['retirees', 'seniors', 'toddlers', 'infants', 'babies', 'girls', 'boys', 'mothers', 'fathers', 'mums'],
  ...['moms', 'dads', 'sons', 'daughters', 'sisters', 'brothers', 'siblings', 'grandparents', 'grandmothers'],
  ...['grandfathers', 'cousins', 'uncles', 'aunts', 'nephews', 'nieces', 'widows', 'widowers', 'orphans'],
  ...['families', 'couples', 'twins', 'husbands', 'wives', 'spouses', 'strangers', 'foreigners', 'newcomers'],
]);

/**
 * Words for people by calling, faith, side or place whose ending shows no person ("Cooks said", "Guards told",
 * "Rebels insisted"): a crowd nobody named, since no one is called by such a plural alone.
 */
const PEOPLE_BY_CALLING = new Set([
  ...['cooks', 'chefs', 'guards', 'cops', 'scouts', 'vets', 'medics', 'maids', 'nannies', 'cadets', 'recruits'],
  ...['rookies', 'marines', 'troops', 'spies', 'monks', 'nuns', 'imams', 'rabbis', 'pastors', 'vicars', 'deacons'],
  ...['rebels', 'thieves', 'crooks', 'thugs', 'looters', 'rioters', 'inmates', 'convicts', 'hostages', 'captives'],
  ...['allies', 'rivals', 'foes', 'mates', 'neighbours', 'neighbors', 'citizens', 'natives', 'villagers', 'islanders'],
  ...['pupils', 'tenants', 'landlords', 'aides', 'staffers', 'hosts', 'guides', 'jurors', 'witnesses', 'victims'],
]);

/** Pronouns for a crowd: "Rivers said they" is people by a river, not Ms Rivers. */
const CROWD_PRONOUNS = new Set(['they', 'their', 'them', 'themselves']);

/** True when a pronoun for a crowd follows the verb after `k` closely, before the clause ends. */
function crowdAfter(doc: ParsedText, k: number): boolean {
  for (let j = k + 1; j < doc.tokens.length && j <= k + 4; j++) {
    const t = doc.tokens[j];
    if (CROWD_PRONOUNS.has(t.lower)) return true;
    if (t.type === 'punctuation' && t.text !== ',') return false;
  }
  return false;
}

/** Per text: the words it writes in lower case somewhere ("other hikers" makes "Hikers said" a crowd). */
const LOWER_CASE_WORDS = new WeakMap<ParsedText, Set<string>>();

/** The words `doc` writes in lower case, collected once per text. */
function lowerCaseWords(doc: ParsedText): Set<string> {
  let words = LOWER_CASE_WORDS.get(doc);
  if (words) return words;
  words = new Set<string>();
  for (const t of doc.tokens) if (t.type === 'word' && t.text === t.lower) words.add(t.lower);
  LOWER_CASE_WORDS.set(doc, words);
  return words;
}

/**
 * Things, not doers, whose -er looks like a verb plus -er ("flow-er", "riv(e)-er", "sum-m-er"), and tools named by what
 * they do ("sand-er", "mix-er"): a sander is no person, so "Sanders said" is a surname, not a crowd of people.
 */
const THINGS_IN_ER = new Set([
  ...['rivers', 'flowers', 'towers', 'showers', 'summers', 'letters', 'numbers', 'matters', 'corners', 'powers'],
  ...['sanders', 'mixers', 'printers', 'heaters', 'blenders', 'grinders', 'dryers', 'driers', 'washers', 'trimmers'],
  ...['rollers', 'sprinklers', 'staplers', 'toasters', 'boilers', 'chargers', 'containers', 'scanners', 'blowers'],
  ...['lighters', 'erasers', 'binders', 'folders', 'stickers', 'coolers', 'freezers', 'dispensers', 'shredders'],
  ...['hangers', 'fasteners', 'openers', 'cookers', 'slicers', 'strainers', 'sifters'],
]);

/** The verbs an -ers plural may be built on: "hikers" -> hike, "runners" -> run, "walkers" -> walk. */
function doerStems(word: string): string[] {
  const stem = word.slice(0, -3);
  const stems = [stem, `${stem}e`];
  // "runners", "travellers": the consonant doubled before -er.
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) stems.push(stem.slice(0, -1));
  return stems;
}

/** isDoerPlural's answers so far (a wink parse per word; bounded like isCommonPlural's). */
const DOER_PLURALS = new Map<string, boolean>();

/** True for a plural shaped like a verb plus -ers ("hikers", "mourners", "sanders"), by wink's reading of the stem. */
export function isDoerPlural(word: string): boolean {
  if (!word.endsWith('ers') || word.length < 6 || THINGS_IN_ER.has(word)) return false;
  let doer = DOER_PLURALS.get(word);
  if (doer === undefined) {
    doer = doerStems(word).some((stem) => parse(`to ${stem}`).tokens[1]?.pos === 'VERB');
    if (DOER_PLURALS.size >= 10_000) DOER_PLURALS.clear();
    DOER_PLURALS.set(word, doer);
  }
  return doer;
}

/** True when `verb` is a finite verb that only a person does with words ("said", "told", "insisted"). */
function personSpeech(verb: Token | undefined): verb is Token {
  return verb !== undefined && verb.pos === 'VERB' && PERSON_SPEECH.has(verb.lemma) && verb.lemma !== verb.lower;
}

/** True for a plural shaped like a word for people: by what they do or where they are from, their age, kin or calling. */
function peopleShaped(word: string): boolean {
  return PEOPLE_ENDINGS.test(word) || PEOPLE_BY_AGE_OR_KIN.has(word) || PEOPLE_BY_CALLING.has(word) || isDoerPlural(word);
}

/**
 * True when the lone plural at `word` (opening its sentence, known to no word list) is a surname: a finite verb
 * that only a person does with words follows it, its shape is no word for people nor a doer's, and no "they" follows.
 */
export function surnameBeforeSpeech(doc: ParsedText, word: Token, verb: Token | undefined): boolean {
  if (!personSpeech(verb) || peopleShaped(word.lower)) return false;
  // "Banks said": lenders speak as bodies; "Hikers said ... other hikers": the text itself uses the common noun.
  if (INSTITUTIONS.has(word.lower.slice(0, -1)) || lowerCaseWords(doc).has(word.lower)) return false;
  return !crowdAfter(doc, verb.index);
}

/**
 * True when the lone plural at `word`, no surname, is a crowd of people speaking: "Hikers said the trail was
 * closed", "Mourners told reporters", "Teenagers insisted". Its shape is a word for people and the verb one only a
 * person does with words, so the sentence cites people nobody named: a vague group, not no source at all.
 */
export function crowdBeforeSpeech(word: Token, verb: Token | undefined): boolean {
  return personSpeech(verb) && peopleShaped(word.lower);
}
