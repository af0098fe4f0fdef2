/**
 * The glossary: one entry for every technique, source type and claim type the engine can emit, and for the
 * idea of an unsourced claim. The words of each entry (term, definition, why it matters, two examples, the
 * question to ask) live in _locales/<language>/messages.json under keys derived here, so a translation of the
 * glossary is part of the one translation file. Pure data: no DOM, no browser API.
 */
import type { ClaimType, SourceType, Technique } from '../engine/types.ts';
import type { Family } from '../messaging/protocol.ts';

/** The four groups of the glossary. */
export type GlossaryKind = 'technique' | 'source' | 'claim' | 'idea';

/** The ideas that are not a subtype of any finding. */
export type GlossaryIdea = 'unsourced-claim';

/** One entry: what it describes and the highlight family it is drawn in (none for claim types, which vary). */
export interface GlossaryEntry {
  kind: GlossaryKind;
  subtype: string;
  family?: Family;
}

// Records rather than arrays: a technique, source type or claim type added to the engine's types is then a
// compile error here until the glossary has an entry for it.
const TECHNIQUES: Record<Technique, Family> = {
  'loaded-language': 'rhetoric',
  'name-calling': 'rhetoric',
  exaggeration: 'rhetoric',
  'fear-appeal': 'rhetoric',
  certainty: 'rhetoric',
  figurative: 'rhetoric',
  hedge: 'rhetoric',
};
const SOURCES: Record<SourceType, Family | undefined> = {
  named: 'sourced',
  document: 'sourced',
  anonymous: 'weak-source',
  vague: 'weak-source',
  agentless: 'weak-source',
  // A pronoun is as good as the name it resolves to: its family depends on the article.
  pronoun: undefined,
};
const CLAIMS: Record<ClaimType, undefined> = {
  factual: undefined,
  statistical: undefined,
  causal: undefined,
  prediction: undefined,
  opinion: undefined,
  prescription: undefined,
};
const IDEAS: Record<GlossaryIdea, Family> = { 'unsourced-claim': 'unsourced' };

function entries(kind: GlossaryKind, table: Record<string, Family | undefined>): GlossaryEntry[] {
  return Object.entries(table).map(([subtype, family]) => (family ? { kind, subtype, family } : { kind, subtype }));
}

/** Every entry, in the order the glossary page shows them: the key idea first, then claims, sources, techniques. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  ...entries('idea', IDEAS),
  ...entries('claim', CLAIMS),
  ...entries('source', SOURCES),
  ...entries('technique', TECHNIQUES),
];

/** The glossary's groups in page order. */
export const GLOSSARY_KINDS: readonly GlossaryKind[] = ['idea', 'claim', 'source', 'technique'];

/** The parts of an entry that have words. */
export const ENTRY_FIELDS = ['term', 'definition', 'why', 'example1', 'example2', 'question'] as const;

/** One of ENTRY_FIELDS. */
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** The messages.json key of one field of an entry, e.g. "glossary_technique_fear_appeal_question". */
export function entryMessageKey(entry: Pick<GlossaryEntry, 'kind' | 'subtype'>, field: EntryField): string {
  // messages.json keys may hold only letters, digits, "_" and "@": hyphens become underscores.
  return `glossary_${entry.kind}_${entry.subtype.replaceAll('-', '_')}_${field}`;
}

/** The entry for a kind and subtype, if the glossary has one. */
export function findEntry(kind: GlossaryKind, subtype: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.kind === kind && e.subtype === subtype);
}
