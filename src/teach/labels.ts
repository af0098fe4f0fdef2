/** Names in teach mode's words (through t(), so a translation covers them): kinds of mark, findings, outcomes. */
import type { Finding } from '../engine/types.ts';
import { entryMessageKey, GLOSSARY, glossaryAnchor, glossaryUrlForFinding } from '../glossary/index.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import type { Outcome } from './match.ts';
import type { MarkKind } from './types.ts';

const KIND_KEYS: Record<MarkKind, MessageKey> = {
  rhetoric: 'label_family_rhetoric',
  'weak-source': 'label_family_weak_source',
  unsourced: 'label_family_unsourced',
};

/** A kind of mark by its family's name, e.g. "Loaded wording". */
export function markKindLabel(kind: MarkKind): string {
  return t(KIND_KEYS[kind]);
}

/**
 * A finding by the term of the glossary entry it links to ("Appeal to fear", "Unsourced claim"). The entry is
 * found through the link itself, so the name and the link can never point at different entries.
 */
export function findingTerm(finding: Finding): string {
  const anchor = glossaryUrlForFinding(finding).split('#')[1];
  const entry = GLOSSARY.find((e) => glossaryAnchor(e) === anchor);
  return entry ? t(entryMessageKey(entry, 'term') as MessageKey) : finding.kind;
}

const OUTCOME_KEYS: Record<Outcome, MessageKey> = {
  all: 'teach_outcome_all',
  most: 'teach_outcome_most',
  some: 'teach_outcome_some',
  none: 'teach_outcome_none',
  nothing: 'teach_outcome_nothing',
};

/** The encouraging sentence for an outcome. */
export function outcomeSentence(outcome: Outcome): string {
  return t(OUTCOME_KEYS[outcome]);
}
