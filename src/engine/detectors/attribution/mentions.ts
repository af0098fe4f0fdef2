/** Updates the discourse memory after each sentence: the sources it named, the unverifiable ones, and people. */
import type { ParsedText, Sentence } from '../../nlp.ts';
import { nameKindOf, nameRunsIn } from '../../names/analyse.ts';
import { type Phrase, phraseText, ROLE_MODIFIERS } from '../../names/phrase.ts';
import { DETERMINERS } from '../../names/tokens.ts';
import { PERSON_ROLES } from '../../names/words.ts';
import type { Discourse } from './memory.ts';
import type { Found } from './verbs.ts';

const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** How many tokens into a sentence a name may start and still count as its subject ("Yet Okafor ..."). */
const SUBJECT_WINDOW = 2;

/** Lower-cased content words of a phrase: what a later mention would repeat. */
function contentWords(doc: ParsedText, p: Phrase): string[] {
  const words: string[] = [];
  for (let k = p.first; k < p.end; k++) {
    const t = doc.tokens[k];
    if (t.type === 'word' && CONTENT_TAGS.has(t.pos) && !DETERMINERS.has(t.lower)) words.push(t.lower);
  }
  return words;
}

/** How many role words in front of a name are remembered with it ("former special envoy"). */
const MAX_ROLE_WORDS = 3;

/** The start of the role words right before a name ("former envoy" in "former envoy Kurt Volker"). */
function roleStart(doc: ParsedText, first: number, floor: number): number {
  let k = first;
  while (k - 1 >= floor && first - (k - 1) <= MAX_ROLE_WORDS) {
    const t = doc.tokens[k - 1];
    const modifier = ROLE_MODIFIERS.has(t.lower) || (t.pos === 'ADJ' && !DETERMINERS.has(t.lower));
    if (!PERSON_ROLES.has(t.lower) && !modifier) break;
    k--;
  }
  return k;
}

/** Remembers what this sentence taught the reader about who is who. */
export function rememberMentions(doc: ParsedText, s: Sentence, found: readonly Found[], memory: Discourse): void {
  // Indexed loops: a for-of made an iterator object per loop per sentence.
  const runs = nameRunsIn(doc, s.firstToken, s.endToken);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    const single = run.end - run.first === 1 ? memory.fullNameOf(doc.tokens[run.first].lower) : undefined;
    // A surname met before needs no guess at its kind (only read here, so it is skipped then).
    if (!single && nameKindOf(doc, run) !== 'person') continue;
    // "Former envoy Kurt Volker": the role in front is remembered too, so that "the envoy" finds him later.
    const withRole = { first: roleStart(doc, run.first, s.firstToken), end: run.end };
    // A name among the first words of a sentence is usually its subject, the likeliest referent of a later "he".
    const subject = withRole.first <= s.firstToken + SUBJECT_WINDOW;
    memory.rememberName(single ?? phraseText(doc, withRole), 'person', s.index, contentWords(doc, withRole), subject);
  }
  for (let j = 0; j < found.length; j++) {
    const f = found[j];
    const words = contentWords(doc, f.speaker ?? { first: f.first, end: f.end });
    const g = f.guess;
    if (g.source === 'named' && g.sourceName) memory.rememberName(g.sourceName, g.nameKind ?? 'unknown', s.index, words, true);
    else if ((g.source === 'anonymous' || g.source === 'vague') && g.rule !== 'attribution/echo') {
      memory.rememberUnverifiable(g.source, s.index, words);
    }
  }
}
