/**
 * Rhetoric detector: wording that persuades instead of informing (CONTRACT.md techniques). Two kinds of
 * rules feed it: the lexicon (data in ../lexicon/rhetoric-*.ts, matched through a token-indexed map) and a
 * few patterns written in code. Each match is checked against its context (names, negation, topic), one
 * match is kept per phrase, claim-level techniques then cover their clause (rhetoric/clause.ts), and matches
 * inside direct quotations are marked `inQuote`.
 */
import { RHETORIC_LEXICON } from '../lexicon/rhetoric-lexicon.ts';
import type { LexiconGroup } from '../lexicon/types.ts';
import { type ParsedText, parse } from '../nlp.ts';
import { findQuotes, isInside } from '../quotes.ts';
import { customTermCandidates } from '../options/custom-terms.ts';
import type { DetectorContext, RhetoricDraft } from './context.ts';
import { type Candidate, resolveOverlaps } from './rhetoric/candidate.ts';
import { displayRanges } from './rhetoric/clause.ts';
import { lexiconCandidates } from './rhetoric/lexicon-matcher.ts';
import type { PatternRule } from './rhetoric/rule.ts';
import { clearPredicate } from './rhetoric/rule-clear-predicate.ts';
import { epithetRule } from './rhetoric/rule-epithet.ts';
import { fearPrediction } from './rhetoric/rule-fear-prediction.ts';
import { fearThreat } from './rhetoric/rule-fear-threat.ts';
import { credential } from './rhetoric/rule-credential.ts';
import { hostileCompound } from './rhetoric/rule-hostile-compound.ts';
import { mockTitle } from './rhetoric/rule-mock-title.ts';
import { intensified } from './rhetoric/rule-intensified.ts';
import { scareQuotes } from './rhetoric/rule-scare-quotes.ts';
import { shouting } from './rhetoric/rule-shouting.ts';
import { superlative } from './rhetoric/rule-superlative.ts';
import { callToAction } from './rhetoric/rule-call-to-action.ts';
import { censoredSwearing } from './rhetoric/rule-censored.ts';
import { exclamation } from './rhetoric/rule-exclamation.ts';
import { repetition } from './rhetoric/rule-repetition.ts';
import { textFacts } from './rhetoric/text-facts.ts';

/** The rules written in code, in addition to the lexicon. */
export const PATTERN_RULES: readonly PatternRule[] = [
  scareQuotes,
  superlative,
  clearPredicate,
  fearThreat,
  fearPrediction,
  hostileCompound,
  mockTitle,
  credential,
  epithetRule(),
  intensified,
  shouting,
  callToAction,
  censoredSwearing,
  exclamation,
  repetition,
];

/** Rules whose span is the writer's own marks even though it lies between quotation marks. */
const AUTHOR_VOICE_RULES = new Set([scareQuotes.info.rule]);

/** Finds wording that persuades instead of informing. */
export function detectRhetoric(
  doc: ParsedText,
  context: DetectorContext,
  lexicon: readonly LexiconGroup[] = RHETORIC_LEXICON,
  rules: readonly PatternRule[] = PATTERN_RULES,
): RhetoricDraft[] {
  const facts = textFacts(doc);
  // One list filled in the same order as spreading each rule's list into a new one, without the copies.
  const candidates: Candidate[] = [];
  pushAll(candidates, lexiconCandidates(facts, lexicon));
  for (let r = 0; r < rules.length; r++) pushAll(candidates, rules[r].find(facts, context));
  pushAll(candidates, customTermCandidates(doc, context.customTerms));
  const resolved = resolveOverlaps(candidates);
  const ranges = displayRanges(doc, resolved);
  return resolved.map((c) => {
    const [first, last] = ranges.get(c) ?? [c.first, c.end];
    const start = doc.tokens[first].start;
    const end = doc.tokens[last - 1].end;
    // Whether the words are the speaker's is decided by the words that matched, not by the clause around them.
    const inQuote =
      !AUTHOR_VOICE_RULES.has(c.info.rule) &&
      isInside(context.quotes, doc.tokens[c.first].start, doc.tokens[c.end - 1].end);
    const { rule, technique, explanation, question } = c.info;
    return {
      kind: 'rhetoric',
      technique,
      start,
      end,
      text: doc.text.slice(start, end),
      rule,
      confidence: c.confidence,
      explanation,
      question,
      inQuote,
    };
  });
}

/** Appends `items` to `list` one by one: a spread into push can overflow the stack on a long text's list. */
function pushAll<T>(list: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) list.push(items[k]);
}

/** Convenience for tools and tests: parses a text and runs the rhetoric detector alone. */
export function rhetoricOf(text: string): RhetoricDraft[] {
  return detectRhetoric(parse(text), { quotes: findQuotes(text), links: [], attributions: [] });
}
