/**
 * The rhetoric lexicon's index: terms filed under the words they start with. Filing a term needs only its
 * first word, so the index is built from first words alone and a word's terms are compiled the first time
 * a text contains it: an article meets a few hundred of the lexicon's 3,700 first words, and the first
 * analysis in a process (the reader's first click, cold) compiles only theirs.
 */
import type { LexiconGroup } from '../../lexicon/types.ts';
import { withAdverbs } from './adverbs.ts';
import type { RuleInfo } from './candidate.ts';
import { type ExceptionIndex, indexExceptions } from './exception-index.ts';
import { type CompiledTerm, compileTerm, compileTermVariants, termKeys } from './term-pattern.ts';

/** A compiled term filed in the index, with its group, rule info and compiled exceptions. */
export interface IndexedTerm {
  readonly group: LexiconGroup;
  readonly term: CompiledTerm;
  readonly info: RuleInfo;
  readonly except: ExceptionIndex;
}

/**
 * Terms filed under their first word; a term whose second word is fixed is filed again under that word, so
 * a common first word ("the", "no") costs one more lookup instead of a try of every term that starts with it.
 */
export interface LexiconBucket {
  anyNext: IndexedTerm[];
  byNext: Map<string, IndexedTerm[]>;
}

/** Rule info shared by every term of a group. */
export function groupInfo(group: LexiconGroup): RuleInfo {
  const { technique, explanation, question, confidence } = group;
  return { rule: `rhetoric/${technique}/${group.id}`, technique, explanation, question, confidence };
}

/**
 * A group as filed: its rule info is made when the first of its terms is compiled, its exceptions when a match
 * first reaches the exception check (most matches fail a cheaper check first, and most groups never get there).
 */
interface FiledGroup {
  group: LexiconGroup;
  info?: RuleInfo;
  except?: ExceptionIndex;
}

/** One compiled form of a term as filed; compiled once, however many first words it is filed under. */
interface FiledTerm {
  filedGroup: FiledGroup;
  source: string;
  keepHyphens: boolean;
  entry?: IndexedTerm;
}

/** The look-ahead map of every bucket without look-ahead terms: shared, never written to (addTo replaces it first). */
const NO_NEXT = new Map<string, IndexedTerm[]>();

/** The terms filed under each first word, compiled into buckets on first lookup. */
export class LexiconIndex {
  private readonly filed = new Map<string, FiledTerm[]>();
  private readonly buckets = new Map<string, LexiconBucket>();

  constructor(groups: readonly LexiconGroup[]) {
    for (const group of withAdverbs(groups)) {
      const filedGroup: FiledGroup = { group };
      for (const source of group.terms) {
        this.file({ filedGroup, source, keepHyphens: false });
        // The same order as compileTermVariants: a hyphenated term split, then whole.
        if (source.includes('-')) this.file({ filedGroup, source, keepHyphens: true });
      }
    }
  }

  /** The terms that start with this word (compiled now if this is the first text to contain it), if any. */
  get(key: string): LexiconBucket | undefined {
    const built = this.buckets.get(key);
    if (built) return built;
    const filed = this.filed.get(key);
    if (!filed) return undefined;
    const bucket: LexiconBucket = { anyNext: [], byNext: NO_NEXT };
    for (const term of filed) addTo(bucket, entryOf(term));
    this.buckets.set(key, bucket);
    this.filed.delete(key);
    return bucket;
  }

  private file(term: FiledTerm): void {
    for (const key of termKeys(term.source, term.keepHyphens)) {
      const list = this.filed.get(key);
      if (list) list.push(term);
      else this.filed.set(key, [term]);
    }
  }
}

/** An indexed term whose group's exceptions are compiled on first read, once for the whole group. */
class Entry implements IndexedTerm {
  readonly group: LexiconGroup;
  readonly term: CompiledTerm;
  readonly info: RuleInfo;
  private readonly filedGroup: FiledGroup;

  constructor(filedGroup: FiledGroup, term: CompiledTerm, info: RuleInfo) {
    this.group = filedGroup.group;
    this.term = term;
    this.info = info;
    this.filedGroup = filedGroup;
  }

  get except(): ExceptionIndex {
    const filed = this.filedGroup;
    filed.except ??= indexExceptions((filed.group.except ?? []).flatMap((e) => compileTermVariants(e, false)));
    return filed.except;
  }
}

function entryOf(term: FiledTerm): IndexedTerm {
  if (term.entry) return term.entry;
  const { filedGroup } = term;
  filedGroup.info ??= groupInfo(filedGroup.group);
  term.entry = new Entry(filedGroup, compileTerm(term.source, true, term.keepHyphens), filedGroup.info);
  return term.entry;
}

/** Adds a term to a bucket: to the terms tried whatever the next word, or under each word its second slot accepts. */
function addTo(bucket: LexiconBucket, entry: IndexedTerm): void {
  const { nextKeys } = entry.term;
  if (!nextKeys) {
    bucket.anyNext.push(entry);
    return;
  }
  // Most buckets hold one-word terms only: a bucket gets its own look-ahead map when a term needs one.
  if (bucket.byNext === NO_NEXT) bucket.byNext = new Map();
  for (const next of nextKeys) {
    const list = bucket.byNext.get(next);
    if (list) list.push(entry);
    else bucket.byNext.set(next, [entry]);
  }
}
