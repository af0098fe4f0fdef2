/**
 * Names the reader trusts (settings, issue 7) count as named sources. An attribution the detector could not
 * credit to anyone checkable (a vague group, an agentless phrase) whose words contain such a name becomes
 * `named`: the reader knows who that is, and can look them up. This runs before claims take their sourcing
 * from attributions, so the claims it sources count as named-sourced too.
 */
import type { AttributionDraft } from '../detectors/context.ts';
import type { SourceType } from '../types.ts';
import { PhraseSet, phraseTokens } from './phrases.ts';

/** The rule of an attribution named through the reader's list. */
export const TRUSTED_NAME_RULE = 'attribution/trusted-name';

/** Confidence of such an attribution: the name is the reader's own, found word for word. */
const TRUSTED_CONFIDENCE = 0.9;

const EXPLANATION =
  'This source contains a name you listed in your settings as one you trust, so it counts as a named source: you know who this is and can look them up.';
const QUESTION = 'Is this source in a position to know this, and are these still their words?';

/**
 * Source types the reader's names can lift; named, document and pronoun sources are already checkable. An
 * anonymous source stays anonymous: "a source at the Courier who asked not to be named" is still a person
 * nobody can check, however much the reader trusts the Courier.
 */
const LIFTABLE = new Set<SourceType>(['vague', 'agentless']);

/** Rules that only repeat an earlier source (sourcing skips them by rule): renaming one would make it a source. */
const KEEP_RULES = new Set(['attribution/echo', 'attribution/link', 'attribution/unattributed-quotation']);

/** Returns the attributions with those containing a trusted name turned into named ones (the others untouched). */
export function applyTrustedSources(drafts: AttributionDraft[], names: readonly string[]): AttributionDraft[] {
  if (names.length === 0) return drafts;
  const trusted = new PhraseSet();
  for (const [i, name] of names.entries()) trusted.add(name, i);
  return drafts.map((d) => {
    if (!LIFTABLE.has(d.source) || KEEP_RULES.has(d.rule)) return d;
    const match = trusted.matchTokens(phraseTokens(d.text))[0];
    if (!match) return d;
    return {
      ...d,
      source: 'named',
      sourceName: d.text.slice(match.start, match.end),
      rule: TRUSTED_NAME_RULE,
      confidence: TRUSTED_CONFIDENCE,
      explanation: EXPLANATION,
      question: QUESTION,
    };
  });
}
