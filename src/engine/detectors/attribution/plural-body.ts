/**
 * Capitalised plurals that name a body rather than a crowd. A football club ("Rangers", "Wolves") or a party and its
 * wings ("Free Democrats", "Young Republicans", "Social Democrats") is named by a plural, and when it speaks it is
 * an organisation on the record, not people nobody named. Letters alone cannot tell "Rangers said" (the club) from
 * "Hikers said" (a crowd), so each rule asks for a shape only a name takes:
 * - the text writes the plural right before a role in the body ("Rangers manager Tom Bell", "Wolves striker"): a
 *   crowd does not stand before a role without its possessive ("hikers' guide");
 * - a party's plural after a capitalised describing word that names its wing: capitalised inside a sentence ("...,
 *   Free Democrats said"), written so elsewhere in the text, or one of the words party names are made of ("Young",
 *   "Social", "Christian") when the pair opens the sentence. "Moderate Republicans" and "Many Democrats" at the start,
 *   "House Democrats" and "Texas Republicans" (a chamber or a state: a crowd narrowed by place) stay vague groups.
 */
import type { ParsedText, Token } from '../../nlp.ts';
import type { PhraseParts } from '../../names/analyse.ts';
import type { Phrase } from '../../names/phrase.ts';
import { isCapitalised } from '../../names/tokens.ts';
import { PERSON_ROLES, PLURAL_ROLES } from '../../names/words.ts';
import { describes } from './described-crowd.ts';

/** Roles in a team or club written after its name ("Rangers boss", "Wolves striker"), beside the word lists' roles. */
const CLUB_ROLES = new Set([
  ...['boss', 'striker', 'goalkeeper', 'keeper', 'midfielder', 'defender', 'winger', 'forward', 'fans', 'squad'],
]);

/** True when `next` is a role held in a body: "manager", "captain", "players", "striker". */
function isRoleInBody(next: Token | undefined): boolean {
  if (next === undefined || next.text !== next.lower) return false;
  return PERSON_ROLES.has(next.lower) || PLURAL_ROLES.has(next.lower) || CLUB_ROLES.has(next.lower);
}

/** Per text: the capitalised words it writes right before a role in a body ("rangers" of "Rangers manager"). */
const BEFORE_ROLES = new WeakMap<ParsedText, Set<string>>();

/** True when the text writes the capitalised plural `word` right before a role in a body ("Rangers manager"). */
export function namesABody(doc: ParsedText, word: Token): boolean {
  let words = BEFORE_ROLES.get(doc);
  if (!words) {
    // Collected once per text: asked per speaker, a scan each time would be quadratic.
    words = new Set<string>();
    const t = doc.tokens;
    for (let k = 0; k + 1 < t.length; k++) if (isCapitalised(t[k]) && isRoleInBody(t[k + 1])) words.add(t[k].lower);
    BEFORE_ROLES.set(doc, words);
  }
  return words.has(word.lower);
}

/** Party plurals that take a wing's or a party's name before them: "Free Democrats", "Young Conservatives". */
const PARTY_PLURALS = new Set([
  ...['democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'tories', 'socialists', 'nationalists'],
]);

/** Words that make a party's or a wing's name before a party plural, whatever opens the sentence. */
const WING_WORDS = new Set(['young', 'free', 'social', 'christian', 'college']);

/** Per text: the pairs it writes as "Modifier plural" with the modifier capitalised inside a sentence. */
const PAIRS_INSIDE = new WeakMap<ParsedText, Set<string>>();

/** True when the text writes `modifier` + `plural` somewhere with the modifier capitalised inside a sentence. */
function writtenInside(doc: ParsedText, modifier: string, plural: string): boolean {
  let pairs = PAIRS_INSIDE.get(doc);
  if (!pairs) {
    pairs = new Set<string>();
    const t = doc.tokens;
    for (let k = 0; k + 1 < t.length; k++) {
      const opens = doc.sentences[t[k].sentence]?.firstToken === k;
      if (!opens && isCapitalised(t[k]) && PARTY_PLURALS.has(t[k + 1].lower))
        pairs.add(`${t[k].lower} ${t[k + 1].lower}`);
    }
    PAIRS_INSIDE.set(doc, pairs);
  }
  return pairs.has(`${modifier} ${plural}`);
}

/**
 * True when the speaker phrase `p` is a party or a wing of one named by a describing word and a party plural:
 * "Free Democrats", "Young Republicans", "the rebel Social Democrats". The plural is capitalised in a party's name.
 */
export function partyWing(doc: ParsedText, p: Phrase, parts: PhraseParts): boolean {
  const t = doc.tokens;
  const [plural, modifier] = [t[parts.head], t[parts.head - 1]];
  if (!PARTY_PLURALS.has(plural.lower) || parts.head - 1 < p.first || !isCapitalised(modifier)) return false;
  // "German conservatives", "Dutch liberals": a leaning written in lower case names no party ("Young Conservatives" does).
  if (!isCapitalised(plural)) return false;
  if (!describes(modifier.lower)) return false;
  const opens = doc.sentences[modifier.sentence]?.firstToken === modifier.index;
  return !opens || WING_WORDS.has(modifier.lower) || writtenInside(doc, modifier.lower, plural.lower);
}

/** Link words that join a cause to the people who stand for it in a body's name: "Citizens for Clean Rivers". */
const CAUSE_LINKS = new Set(['for', 'against', 'without']);
/** Small words a name may hold in lower case: "Parents for the Right to Play". */
const SMALL_WORDS = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'on']);
/**
 * People who act or stand for someone else: "lawyers for Reyes", "staff for the airline", "candidates for Congress",
 * "nominees for Best Actor". Their "for" names a client, an employer or a prize, never a cause, so no body is named.
 */
const ACTING_FOR = new Set([
  'lawyers', 'attorneys', 'solicitors', 'barristers', 'counsel', 'spokesmen', 'spokeswomen', 'spokespeople',
  'spokespersons', 'staff', 'staffers', 'officials', 'candidates', 'nominees', 'workers', 'employees', 'agents',
  'representatives', 'aides', 'advisers', 'advisors', 'negotiators', 'executives', 'managers', 'members', 'envoys',
  'diplomats', 'delegates', 'players', 'sources', 'contractors', 'bidders', 'contenders', 'applicants',
]);

/**
 * True when `p` is a body named by its people and their cause: "Citizens for Clean Rivers", "Mothers Against Reckless
 * Driving", "Parents for the Right to Play". A capitalised plural, "for/against/without", then only capitalised words
 * to the end (small words aside, one may come first) is a name. A capital that only opens the sentence proves
 * nothing, so there the cause needs two capitalised words: "Voters for Smith" and "Protesters against Moreno" (one
 * name: a crowd on a side) stay crowds, as do "Critics in Leeds" (a place word), "campaigners for Scottish
 * independence" (a cause in lower case) and people acting for someone ("Lawyers for Reyes", ACTING_FOR).
 */
export function causeName(doc: ParsedText, p: Phrase, parts: PhraseParts): boolean {
  const t = doc.tokens;
  const link = parts.coreEnd;
  if (parts.head !== link - 1 || !isCapitalised(t[parts.head]) || !CAUSE_LINKS.has(t[link]?.lower ?? '') || link + 1 >= p.end) return false;
  if (ACTING_FOR.has(t[parts.head].lower) || !isCapitalised(t[p.end - 1])) return false;
  const first = SMALL_WORDS.has(t[link + 1].lower) ? link + 2 : link + 1;
  if (first >= p.end || !isCapitalised(t[first])) return false;
  let capitals = 0;
  for (let k = first; k < p.end; k++) {
    if (isCapitalised(t[k])) capitals++;
    else if (!SMALL_WORDS.has(t[k].lower)) return false;
  }
  const opens = doc.sentences[t[p.first].sentence]?.firstToken === p.first;
  return capitals >= 2 || !opens;
}
