/**
 * What the reader remembers while reading: the named sources and people met so far, so that "he said" or
 * "the envoy added" can be traced back to a name, and the unverifiable sources met so far, so that
 * "the experts' call" is not mistaken for a new, named source.
 */
import type { SourceType } from '../../types.ts';
import type { NameKind } from '../../names/analyse.ts';

/** A source or person the text has named, with where it was last seen. */
export interface Mention {
  name: string;
  kind: NameKind;
  sentence: number;
  /** Lower-cased words of the name and its role ("pentagon", "spokesman", "john", "kirby"). */
  words: ReadonlySet<string>;
  /** The name was a speaker or a sentence's subject: pronouns point back to those first. */
  salient: boolean;
}

/** An unverifiable source seen earlier (vague or anonymous), remembered by its words. */
export interface Unverifiable {
  source: SourceType;
  sentence: number;
  words: ReadonlySet<string>;
}

/** How far back (in sentences) a pronoun or a "the spokesman" may reach. */
const PRONOUN_REACH = 6;
const ROLE_REACH = 25;
/** Only the latest mentions are kept: looking further back than this is guessing, and keeps lookups O(1). */
const MAX_KEPT = 24;

/** The discourse memory of one analysis run. */
export class Discourse {
  private named: Mention[] = [];
  private unverifiable: Unverifiable[] = [];
  private surnames = new Map<string, string>();

  /** Remembers a named source or a person's name. */
  rememberName(name: string, kind: NameKind, sentence: number, words: string[], salient: boolean): void {
    const last = words[words.length - 1];
    // A full personal name teaches us its surname, so a later "Lind said" resolves to the full name.
    if (kind === 'person' && words.length >= 2 && last && !this.surnames.has(last)) this.surnames.set(last, name);
    this.named.push({ name, kind, sentence, words: new Set(words), salient });
    if (this.named.length > MAX_KEPT) this.named.shift();
  }

  /** Remembers an unverifiable source by the words of its phrase. */
  rememberUnverifiable(source: SourceType, sentence: number, words: string[]): void {
    this.unverifiable.push({ source, sentence, words: new Set(words) });
    if (this.unverifiable.length > MAX_KEPT) this.unverifiable.shift();
  }

  /** The full name a lone surname stands for, when the text gave it earlier. */
  fullNameOf(surname: string): string | undefined {
    return this.surnames.get(surname);
  }

  /** The nearest earlier named source a pronoun can refer to ("he" → a person, "it" → an organisation). */
  resolvePronoun(pronoun: string, sentence: number): Mention | undefined {
    const fits = (m: Mention) =>
      pronoun === 'it' ? m.kind === 'organisation' : pronoun === 'they' || m.kind !== 'organisation';
    // Speakers and subjects first: "Okafor corrected his statement ... with Rosa Lind. 'I recall,' he said."
    return this.latest((m) => m.salient && fits(m), sentence) ?? this.latest(fits, sentence);
  }

  /** The most recent remembered name within pronoun reach that passes the test. */
  private latest(test: (m: Mention) => boolean, sentence: number): Mention | undefined {
    for (let i = this.named.length - 1; i >= 0; i--) {
      const m = this.named[i];
      if (sentence - m.sentence > PRONOUN_REACH) return undefined;
      if (test(m)) return m;
    }
    return undefined;
  }

  /** The earlier named source whose name or role contains this role word ("the envoy" → "envoy Kurt Volker"). */
  resolveRole(role: string, sentence: number): Mention | undefined {
    for (let i = this.named.length - 1; i >= 0; i--) {
      const m = this.named[i];
      if (sentence - m.sentence > ROLE_REACH) return undefined;
      if (m.words.has(role)) return m;
    }
    return undefined;
  }

  /** The earlier unverifiable source that shares a content word with these words ("British", "experts"). */
  findUnverifiable(words: readonly string[], sentence: number): Unverifiable | undefined {
    for (let i = this.unverifiable.length - 1; i >= 0; i--) {
      const u = this.unverifiable[i];
      if (sentence - u.sentence > ROLE_REACH) return undefined;
      // An indexed loop, not words.some(...): this runs for every remembered source, and a closure each time added up.
      for (let w = 0; w < words.length; w++) if (u.words.has(words[w])) return u;
    }
    return undefined;
  }

  /**
   * False when findUnverifiable must answer no for any words in this sentence: nothing unverifiable is remembered,
   * or the latest one (they are remembered in reading order) is already beyond reach, as its loop would find first.
   */
  mayFindUnverifiable(sentence: number): boolean {
    const latest = this.unverifiable[this.unverifiable.length - 1];
    return latest !== undefined && sentence - latest.sentence <= ROLE_REACH;
  }
}
