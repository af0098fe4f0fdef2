/**
 * Verbs that only name a topic someone raised: "the governor mentioned the commission", "the point he brought
 * up", "the bill you talked about". Raising a topic is talk about the talk: no act in the world happened that
 * a fact-checker could look up. What was said about the topic ("he said the commission failed") is a report,
 * read by the report verbs, not here.
 */
import type { Token } from '../../nlp.ts';

/** Nouns that make "raise" a topic raised, not a tax or a wage: "raised the question of", "raised a point". */
const TOPIC_NOUNS = new Set([
  'question',
  'questions',
  'issue',
  'issues',
  'point',
  'points',
  'subject',
  'matter',
  'topic',
]);

/** True when the verb at i names a topic raised: "mentioned", "talked about", "brought up", "referred to". */
export function isTopicMention(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i];
  const next = tokens[i + 1]?.lower;
  switch (verb.lemma) {
    case 'mention':
    case 'allude':
      return true;
    case 'talk':
      return next === 'about';
    case 'bring':
      return next === 'up';
    case 'refer':
      return next === 'to';
    case 'raise':
      return [1, 2].some((k) => TOPIC_NOUNS.has(tokens[i + k]?.lower ?? ''));
    default:
      return false;
  }
}
