/**
 * The attributions that do not hang on a speaker and a verb: anonymity phrases (attached to the speaker they
 * describe, or on their own), agentless attributions, and echoes of an unverifiable source met earlier
 * ("the British experts' call").
 */
import { REPORT_VERBS, SAYING_NOUNS } from '../../lexicon/sources-verbs.ts';
import type { ParsedText, Sentence } from '../../nlp.ts';
import { phraseEndingAt, phraseStartingAt } from '../../names/phrase.ts';
import { DETERMINERS, isMark, isPossessive, QUOTE_MARKS } from '../../names/tokens.ts';
import { findAgentless } from './agentless.ts';
import { findAnonymity } from './anonymity.ts';
import { coversSpan } from './found-list.ts';
import type { Discourse } from './memory.ts';
import type { Found } from './verbs.ts';

/** How many tokens past a speaker an anonymity phrase may start and still describe that speaker. */
const ANONYMITY_REACH = 4;

/** Marks found attributions as anonymous when an anonymity phrase describes their speaker; adds the rest alone. */
export function applyAnonymity(doc: ParsedText, s: Sentence, found: Found[]): void {
  // Indexed loops here and in addAgentless: a for-of made an iterator object per sentence.
  const matches = findAnonymity(doc, s);
  for (let a = 0; a < matches.length; a++) {
    const m = matches[a];
    const owner = found.find((f) => {
      const from = Math.min(f.first, f.speaker?.first ?? f.first);
      const to = Math.max(f.end, f.clause?.end ?? 0, f.speaker?.end ?? 0) + ANONYMITY_REACH;
      return m.first < to && m.end > from;
    });
    const reason = m.reason ? doc.text.slice(m.reason.start, m.reason.end) : undefined;
    const guess = { source: 'anonymous' as const, rule: 'attribution/anonymity-phrase', confidence: 0.9 };
    if (owner) {
      // The first stated reason wins: "asked not to be named because they were not authorised" is one reason.
      const kept = owner.guess.reason ?? reason;
      owner.guess = { ...guess, ...(kept ? { reason: kept } : {}) };
      owner.first = Math.min(owner.first, m.first);
      owner.end = Math.max(owner.end, m.end);
      continue;
    }
    const before = phraseEndingAt(doc, m.first, s.firstToken);
    const after = doc.tokens[m.end - 1].lower === 'with' || doc.tokens[m.end - 1].lower === 'to' ? phraseStartingAt(doc, m.end, s.endToken) : undefined;
    const first = before && before.end === m.first + 1 ? before.first : m.first;
    const end = after ? after.end : m.end;
    if (found.some((f) => first < f.end && f.first < end)) continue;
    found.push({ first, end, guess: { ...guess, ...(reason ? { reason } : {}) } });
  }
}

/**
 * How sure each agentless rule is. A passive speech act ("was announced") or an impression ("appears to") hides
 * who is behind it but often matters little: weaker signals than "reportedly".
 */
const AGENTLESS_CONFIDENCE: Readonly<Record<string, number>> = {
  'attribution/agentless-adverb': 0.85,
  'attribution/agentless-speech': 0.55,
  'attribution/agentless-appearance': 0.5,
  'attribution/agentless-noun': 0.6,
};

/** Sources a reader can go back to: what they report carries its own hedges. */
const CHECKABLE = new Set(['named', 'pronoun', 'document']);
/** Words that end the clause a report verb holds and open the writer's own: "Okafor said X, but it appears Y". */
const CLAUSE_BREAKS = new Set([';', 'but', 'while', 'whereas', 'although', 'though', 'yet']);

/**
 * True when token `first` sits in the words a checkable source reported earlier in the sentence, with no new clause
 * between: "Okafor said the bridge appears to be sound", "Lind said she was asked to resign". The hedge is that
 * source's own, as one inside a quotation is its speaker's; the sentence does not rest on nobody. (Crowds inside a
 * report stay: "Lind says many doubted her" still names a source of its own, if a vague one.)
 */
function reportedBy(doc: ParsedText, found: readonly Found[], first: number): boolean {
  const t = doc.tokens;
  return found.some((f) => {
    if (f.end > first || !CHECKABLE.has(f.guess.source) || f.guess.rule === 'attribution/first-person') return false;
    for (let k = f.end; k < first; k++) if (CLAUSE_BREAKS.has(t[k].lower) || isMark(t[k], QUOTE_MARKS)) return false;
    return true;
  });
}

/** Adds agentless attributions ("it is believed", "reportedly") that do not overlap what was found. */
export function addAgentless(doc: ParsedText, s: Sentence, found: Found[]): void {
  const matches = findAgentless(doc, s);
  for (let a = 0; a < matches.length; a++) {
    const m = matches[a];
    const confidence = AGENTLESS_CONFIDENCE[m.rule] ?? 0.75;
    // "The minister reportedly plans to resign": before a verb of mind, "reportedly" says the plan is hearsay about
    // the minister, not the minister's word; the unnamed reports are the source. ("Lind reportedly told aides"
    // keeps Lind: the telling is hers, only its report is unsourced.)
    const ofMind = m.rule === 'attribution/agentless-adverb' && REPORT_VERBS.get(doc.tokens[m.end]?.lemma ?? '') === 'cognition';
    const told = ofMind ? found.find((f) => f.first < m.first && m.end < f.end && CHECKABLE.has(f.guess.source)) : undefined;
    if (told) {
      Object.assign(told, { first: m.first, end: m.end, speaker: undefined, guess: { source: 'agentless', rule: m.rule, confidence } });
      continue;
    }
    if (found.some((f) => m.first < f.end && f.first < m.end)) continue;
    if (reportedBy(doc, found, m.first)) continue;
    found.push({ first: m.first, end: m.end, guess: { source: 'agentless', rule: m.rule, confidence } });
  }
}

/** Adds echoes: a saying noun whose owner shares words with an unverifiable source met earlier. */
export function addEchoes(doc: ParsedText, s: Sentence, found: Found[], memory: Discourse): void {
  const t = doc.tokens;
  for (let k = s.firstToken + 1; k < s.endToken; k++) {
    if (!SAYING_NOUNS.has(t[k].lower) || t[k].pos === 'VERB') continue;
    // With no unverifiable source in reach, findUnverifiable below can only say no: the owner is not read.
    if (!memory.mayFindUnverifiable(t[k].sentence)) continue;
    const ownerEnd = isPossessive(t[k - 1]) ? k - 2 : k - 1;
    const owner = phraseEndingAt(doc, ownerEnd, s.firstToken);
    if (!owner) continue;
    const words: string[] = [];
    for (let w = owner.first; w < owner.end; w++) if (!DETERMINERS.has(t[w].lower) && t[w].type === 'word') words.push(t[w].lower);
    if (words.length === 0) continue;
    const earlier = memory.findUnverifiable(words, t[k].sentence);
    if (!earlier || coversSpan(found, owner.first, k)) continue;
    found.push({ first: owner.first, end: k + 1, guess: { source: earlier.source, rule: 'attribution/echo', confidence: 0.6 } });
  }
}
