/**
 * "Experts like Lena Okafor say", "Critics, including Tom Reyes, said", "criticism from politicians such as Ana
 * Ruiz": a crowd given with named examples. The examples are on record, and a reader can ask them, so the source
 * is named through them, no longer a crowd nobody can check. Examples that name no one ("critics like me",
 * "experts such as economists") leave the crowd vague, and so do examples that are crowds themselves ("Critics,
 * including Democrats, said": a party) and "people like X", which names a type of person, not who spoke.
 */
import type { Phrase } from '../../names/phrase.ts';
import { phraseText } from '../../names/phrase.ts';
import { nameRunsIn } from '../../names/analyse.ts';
import { PROPER_GROUPS } from '../../names/words.ts';
import type { ParsedText } from '../../nlp.ts';
import type { SourceGuess } from './classify.ts';

/** Words that open a list of examples: "like", "including", "such as", "notably", "especially". */
const OPENERS = new Set(['like', 'including', 'notably', 'especially']);

/** True when the token at k opens a list of examples ("like", "including", "such as"). */
function opensExamples(doc: ParsedText, k: number): boolean {
  const w = doc.tokens[k]?.lower ?? '';
  return OPENERS.has(w) || (w === 'such' && doc.tokens[k + 1]?.lower === 'as');
}

/** Tags of a role before a name: "the former mayor", "the party's deputy leader". */
const TITLE_TAGS = new Set(['DET', 'ADJ', 'NOUN']);

/** True when [from, to) is a short lowercase title before a name: "the former mayor". */
function titled(doc: ParsedText, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++)
    if (!TITLE_TAGS.has(doc.tokens[k].pos) || /^[A-Z]/.test(doc.tokens[k].text)) return false;
  return true;
}

/** True when the example ends where the name does: at the list's end, a comma or "and" ("Tom Reyes, said"). */
function closesExample(doc: ParsedText, k: number, end: number): boolean {
  const w = doc.tokens[k]?.lower;
  return k >= end || w === ',' || w === 'and' || w === 'or';
}

/** Heads of a crowd that "like X" sorts into a type: "people like Tom Reyes say" is anyone of his kind. */
const TYPED_CROWDS = new Set(['people', 'person', 'someone', 'folks', 'those', 'men', 'women', 'guys', 'others']);

/**
 * True when the name run names someone on record, a person or a body ("including USA TODAY"), not a crowd of a
 * party or a people ("Democrats", "Tories", "Britons"), which is as vague as the crowd it stands in.
 */
function onRecord(doc: ParsedText, name: Phrase): boolean {
  return !(name.end - name.first === 1 && PROPER_GROUPS.has(doc.tokens[name.first].lower));
}

/** The named source for a crowd whose examples in [from, end) open with "like"/"including" and hold a name. */
function namedThrough(doc: ParsedText, from: number, end: number): SourceGuess | undefined {
  if (!opensExamples(doc, from)) return undefined;
  if (doc.tokens[from].lower === 'like' && TYPED_CROWDS.has(doc.tokens[from - 1]?.lower ?? '')) return undefined;
  const start = doc.tokens[from].lower === 'such' ? from + 2 : from + 1;
  // The list must begin with the name ("like Lena Okafor"), not a describing phrase that mentions one ("like the
  // Leeds fans"); a role before the name ("including the former mayor Tom Reyes") is its title, when the name
  // closes the example.
  const name = nameRunsIn(doc, start, end)[0];
  if (!name || (name.first !== start && !(titled(doc, start, name.first) && closesExample(doc, name.end, end))))
    return undefined;
  if (!onRecord(doc, name)) return undefined;
  return {
    source: 'named',
    rule: 'attribution/named-source',
    confidence: 0.7,
    sourceName: phraseText(doc, name),
    nameKind: 'unknown',
  };
}

/** A crowd phrase with its examples inside it ("experts like Lena Okafor"): the named guess, or undefined. */
export function examplesInPhrase(doc: ParsedText, p: Phrase, coreEnd: number): SourceGuess | undefined {
  return coreEnd < p.end ? namedThrough(doc, coreEnd, p.end) : undefined;
}

/** A crowd whose examples stand between commas after it ("Critics, including Tom Reyes, said"): the named guess. */
export function examplesInClause(doc: ParsedText, clause: Phrase): SourceGuess | undefined {
  return namedThrough(doc, clause.first, clause.end);
}
