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
      // "was referred to the prosecutors", "the patient was referred to a specialist": a referral is an act on
      // record; only the active "referred to the report" names a topic, and "was referred to as" a name.
      return next === 'to' && (tokens[i + 2]?.lower === 'as' || !isPassive(tokens, i));
    case 'raise':
      return [1, 2].some((k) => TOPIC_NOUNS.has(tokens[i + k]?.lower ?? ''));
    default:
      return false;
  }
}

/** True when the participle at i follows a form of "be" or "get" ("was referred", "had been referred"). */
function isPassive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  return tokens[k]?.lemma === 'be' || tokens[k]?.lemma === 'get';
}
