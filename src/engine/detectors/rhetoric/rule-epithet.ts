/**
 * Epithets fixed to a name: "Crooked Hillary", "Sleepy Joe". A loaded adjective written with a capital
 * right before a name is a nickname meant to stick, which the lexicon pass skips as "part of a name". Put in
 * quotation marks ('"Crooked" Hillary') it is the same nickname, quoted from whoever coined it.
 */
import { RHETORIC_LEXICON } from '../../lexicon/rhetoric-lexicon.ts';
import type { LexiconGroup } from '../../lexicon/types.ts';
import type { Candidate } from './candidate.ts';
import { isKnownWord } from '../../nlp.ts';
import { indexLexicon } from './lexicon-matcher.ts';
import { isCapitalised, matchOf, type PatternRule } from './rule.ts';
import { fileStartTest } from './rule-starts.ts';
import { inTitleCase, type TextFacts } from './text-facts.ts';

const ARTICLES = new Set(['the', 'a', 'an']);
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', "'", '\u2018', '\u2019']);
/** Groups whose words do not describe a person: puffery praises products, exclamations stand alone ("Jeez County"). */
const NOT_EPITHETS = new Set(['puffery', 'exclamation']);

/**
 * Nouns that make a capitalised label the name of a state, party or era ("Nazi Germany", "the Marxist Party"),
 * which carries the word as a fact; before a person's name ("Commie Bernie") it is still a nickname.
 */
const INSTITUTIONS = new Set([
  'germany',
  'party',
  'parties',
  'regime',
  'era',
  'state',
  'republic',
  'union',
  'movement',
  'government',
  'army',
  'empire',
]);

/**
 * Lexicon words that are also given names: before a surname they are the person's own name ("Rob Hale",
 * "Karen Ellis"), whatever the word means in lower case.
 */
const GIVEN_NAMES = new Set(['karen', 'rob', 'chad', 'becky', 'sue', 'frank', 'rich', 'grant']);

/**
 * Common nouns that end the name of a work, a paper, an era, an event or a place ("Vanity Fair", "the Great
 * Recession", "Bloody Sunday", "the Magnificent Mile", "Great Britain"): after one of them the capitalised pair is a title, while a
 * nickname's second word is a person's name ("Crooked Hillary").
 */
const TITLE_HEADS = new Set([
  'fair', 'recession', 'depression', 'war', 'wars', 'revolution', 'purge', 'scare', 'famine', 'crisis', 'awakening',
  'sunday', 'monday', 'friday', 'times', 'post', 'journal', 'magazine', 'review', 'gazette', 'herald', 'tribune',
  'chronicle', 'show', 'hour', 'games', 'society', 'club', 'league', 'festival', 'mile', 'street', 'road', 'square',
  'bridge', 'hill', 'valley', 'river', 'lake', 'island', 'bay', 'city', 'hall', 'house', 'theatre', 'theater',
  'awards', 'act', 'deal', 'leap', 'age', 'years', 'decade',
  // Places whose own name opens with a word of praise ("Great Britain", "the Great Lakes").
  'britain', 'lakes', 'plains', 'reef', 'wall',
]);

/** Possessive endings before a prize's name ("the club's Cavalier Trophy"). */
const POSSESSIVE = new Set(["'s", '\u2019s']);
/** Nouns for a prize an owner gives, which end its name ("Trophy", "Cup"). */
const PRIZES = new Set(['trophy', 'cup', 'award', 'prize', 'shield', 'medal', 'stakes', 'plate', 'bowl']);

/**
 * True for a work's title after "of" ("a revival of Blithe Spirit": its second word a common noun wink knows in
 * lower case, with no surname after it, where a nickname's is a person's name, "Crooked Hillary"), or a prize after
 * an owner's "'s" ("the club's Cavalier Trophy"; "Facebook's Unholy Alliance" stays a label).
 */
function namesWork(facts: TextFacts, before: number, name: number): boolean {
  const { tokens } = facts.doc;
  const mark = facts.forms[before].lower;
  if (POSSESSIVE.has(mark)) return PRIZES.has(facts.forms[name].lower);
  if (mark !== 'of' || !isKnownWord(tokens[name].lower)) return false;
  const after = tokens[name + 1];
  return !(after && after.sentence === tokens[name].sentence && isCapitalised(facts, name + 1));
}

/** True when the word is a one-word loaded-language or name-calling term of the lexicon: a possible epithet. */
function isEpithetWord(groups: readonly LexiconGroup[], lower: string): boolean {
  const entries = indexLexicon(groups).get(lower)?.anyNext ?? [];
  return entries.some(
    (e) =>
      e.term.slots.length === 1 &&
      !NOT_EPITHETS.has(e.group.id) &&
      (e.group.technique === 'loaded-language' || e.group.technique === 'name-calling'),
  );
}

/**
 * The word test, the rule's last check, depends on the word alone: as a start list (rule-starts.ts) the rule visits
 * only the possible epithets. Filed once here: a test filed per rule built would take a new bit each time, for good.
 */
const EPITHET_START = fileStartTest((f) => isEpithetWord(RHETORIC_LEXICON, f.lower));

/** Builds the epithet rule: the lexicon's one-word loaded-language and name-calling terms are the possible epithets. */
export function epithetRule(): PatternRule {
  return {
    examples: {
      flags: [
        'Voters will not forget [Crooked Hillary].',
        'Voters will not forget [Commie Bernie].',
        'Everyone lost out, but not [“Slippery” Sam].',
      ],
      ignores: [
        'Radio host Michael Savage spoke on Monday.',
        'Shops line the Magnificent Mile in Chicago.',
        'Italy fought beside Nazi Germany.',
        'He joined the Marxist Party in 1921.',
        'She grew up in Jeez County, Ohio.',
        'The band “Wicked” Sounds played first.',
        'Councillor Rob Hale chairs the planning panel.',
        'His former partner, Karen Ellis, spoke to reporters.',
        'The theatre staged a revival of Blithe Spirit.',
        "The club's Cavalier Trophy was won by the under-12s.",
        'She wrote for Vanity Fair in 1990.',
        'Jobs vanished during Great Recession years.',
        'Marchers remembered Bloody Sunday in silence.',
      ],
    },
    info: {
      rule: 'rhetoric/name-calling/epithet',
      technique: 'name-calling',
      explanation:
        'A nickname that fixes an insult to a person\'s name ("Crooked Hillary", "Sleepy Joe"). Repeated often enough, the label replaces any thought about what the person did.',
      question: 'What facts, if any, stand behind this nickname?',
      confidence: 0.6,
    },
    find(facts: TextFacts): Candidate[] {
      const { tokens } = facts.doc;
      const out: Candidate[] = [];
      for (const i of facts.starts[EPITHET_START]) {
        if (i < 1 || i + 1 >= tokens.length) continue;
        const t = tokens[i];
        // The word's own capital first: most tokens fail it, before the quote marks and neighbours are read.
        if (!isCapitalised(facts, i)) continue;
        // A quoted epithet ('"Crooked" Hillary') is read across its marks, and only when it is quoted on both sides.
        const quoted = QUOTE_MARKS.has(tokens[i + 1].text) && QUOTE_MARKS.has(tokens[i - 1].text);
        const name = quoted ? i + 2 : i + 1;
        const before = quoted ? i - 2 : i - 1;
        if (before < 0 || name >= tokens.length) continue;
        if (!isCapitalised(facts, name) || inTitleCase(facts, t.sentence)) continue;
        if (tokens[name].pos !== 'PROPN' || tokens[before].sentence !== t.sentence) continue;
        if (tokens[name].sentence !== t.sentence) continue;
        // "Michael Savage" (inside a name) and "the Sinister Six" (a title) are not epithets; after a quoted
        // epithet, the band “Wicked” Sounds has its article before the marks.
        if (isCapitalised(facts, before) || ARTICLES.has(facts.forms[before].lower)) continue;
        const head = facts.forms[name].lower;
        if (INSTITUTIONS.has(head) || TITLE_HEADS.has(head) || (!quoted && GIVEN_NAMES.has(facts.forms[i].lower))) continue;
        if (namesWork(facts, before, name)) continue;
        out.push(matchOf(this.info, quoted ? i - 1 : i, name + 1));
      }
      return out;
    },
  };
}
