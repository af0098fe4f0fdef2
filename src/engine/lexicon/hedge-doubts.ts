/**
 * Doubt or blame with nobody behind it ("questions have been raised", "concerns were voiced", "the council has come
 * under fire for the delays"): the passive leaves out who doubts or blames, so a reader cannot weigh them. Kept apart
 * from rhetoric-hedge.ts to keep each file short.
 */
import type { LexiconGroup } from './types.ts';

/** Doubts, worries or criticism said to exist, with no one named who holds them. */
export const UNOWNED_DOUBT: LexiconGroup = {
  id: 'unowned-doubt',
  technique: 'hedge',
  explanation:
    'Doubt or blame reported with nobody holding it ("questions have been raised", "has come under fire"). It sounds like a row is going on, but the sentence never says who is asking or blaming, or how many.',
  question: 'Who raised these questions, and what exactly did they say?',
  confidence: 0.6,
  examples: {
    flags: [
      '[Questions have been raised] about the cost of the new bridge.',
      '[Concerns were voiced] over the closing of the ward.',
      'The council [has come under fire for] the bin delays.',
    ],
    ignores: [
      'Questions have been raised by the auditor about the cost.',
      'The convoy came under fire near the border.',
      'The club came under fire from rival fans.',
      'The convoy came under fire for two hours.',
      'No objections were raised at the meeting.',
      'She raised questions about the cost at the meeting.',
      'The questions were raised in parliament on Monday.',
    ],
  },
  grow: 'none',
  terms: [
    // "Questions have been raised", "doubts were cast", "fears have also been expressed": up to one adverb between.
    'question|questions|concern|concerns|doubt|doubts|fear|fears|objection|objections have|has|had|were|was {adv}? been? {adv}? raised|voiced|expressed|cast|aired',
    // Blame with no blamer ("came under fire for the delays", "has come under criticism"). Only "under fire for":
    // a convoy that comes "under fire" near a border is shot at.
    'come|came {adv}? under fire for', 'come|came {adv}? under {adj}? criticism|scrutiny',
  ],
  // Whoever raised them named after "by" or "from" ("raised by the auditor", "under fire from rival fans") is a
  // source the reader can weigh, for attribution to read.
  except: [
    'question|questions|concern|concerns|doubt|doubts|fear|fears|objection|objections have|has|had|were|was {adv}? been? {adv}? raised|voiced|expressed|cast|aired by',
    'come|came {adv}? under {adj}? criticism|scrutiny from|by',
    // Doubts already told of ("the questions were raised in parliament", "these fears were voiced last year") point
    // back to whoever the text named before.
    'the|these|those|such|his|her|their|its|our|my|your question|questions|concern|concerns|doubt|doubts|fear|fears|objection|objections have|has|had|were|was',
    // Doubts denied ("no objections were raised", "not a single concern was voiced"): the sentence says there were
    // none, so there is nobody to name.
    'no {adj}? {adj}? question|questions|concern|concerns|doubt|doubts|fear|fears|objection|objections have|has|had|were|was',
    'not a|one {adj}? question|concern|doubt|fear|objection have|has|had|were|was',
    // The askers named after a place, a time or a listener ("raised in the Commons by three MPs", "voiced at the
    // hearing by the union", "raised with the landlord by tenants"): one short phrase, then "by". A verb after the
    // phrase ("over a loan approved by") starts a clause of its own, so its "by" names no asker.
    'question|questions|concern|concerns|doubt|doubts|fear|fears|objection|objections have|has|had|were|was {adv}? been? {adv}? raised|voiced|expressed|cast|aired in|at|during|on|over|about|after|before|with|to {det}? {adj}? {noun} {noun}? by',
    "question|questions|concern|concerns|doubt|doubts|fear|fears|objection|objections have|has|had|were|was {adv}? been? {adv}? raised|voiced|expressed|cast|aired in|at|during|on|over|about|after|before {propn} 's {adj}? {noun} by",
    // Doubts "cast aside" or "cast off" are dismissed: the sentence says they are gone, not that someone holds them.
    'doubt|doubts|fear|fears have|has|had|were|was {adv}? been? {adv}? cast aside|off|away',
    // Gunfire that lasts ("came under fire for two hours", "for over an hour") or comes again ("for the second
    // time"): a span of time after "for", no fault blamed on anyone. Only when a time noun ends the span: "for
    // several remarks", "for much of her spending" or "for the day care cuts" blame someone for something.
    'come|came {adv}? under fire for {num}|several|many|few {adj}? hour|hours|day|days|minute|minutes|week|weeks|month|months|night|nights .|,|;|!|and|but|as|before|after|in|on|at|during|while|this|last|from|near|outside|until|when|since|overnight|with|by',
    'come|came {adv}? under fire for hours|days|minutes|weeks|months|nights .|,|;|!|and|but|as|before|after|in|on|at|during|while|this|last|from|near|outside|until|when|since|overnight|with|by',
    'come|came {adv}? under fire for the|a|an {adj}? time|hour|minute|night|week|while|spell|moment .|,|;|!|and|but|as|before|after|in|on|at|during|while|this|last|from|near|outside|until|when|since|overnight|with|by',
    'come|came {adv}? under fire for over|almost|nearly|about|around|roughly|more|less|up|well {any}? {num}|an|a|half {any}? hour|hours|day|days|minute|minutes|week|weeks|night|nights .|,|;|!|and|but|as|before|after|in|on|at|during|while|this|last|from|near|outside|until|when|since|overnight|with|by',
  ],
};
