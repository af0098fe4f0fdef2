/** The glossary's public surface: its entries, their message keys, and links to them. */
export {
  ENTRY_FIELDS,
  type EntryField,
  entryMessageKey,
  findEntry,
  GLOSSARY,
  GLOSSARY_KINDS,
  type GlossaryEntry,
  type GlossaryIdea,
  type GlossaryKind,
} from './entries.ts';
export { GLOSSARY_PAGE, glossaryAnchor, glossaryUrl, glossaryUrlForFinding } from './url.ts';
