/** Every sentence the page shows or reports (explanation card, extraction outcomes): one object, to move to _locales later. */
import type { AttributionFinding, ClaimFinding, Technique } from '../engine/types.ts';
import type { Family } from '../messaging/protocol.ts';

/** The reader-facing words of the content script. */
export const strings = {
  cardLabel: 'Sourcelight explanation',
  close: 'Close',
  closeHint: 'Esc closes',
  whyHeading: 'Why it matters',
  askHeading: 'Ask yourself',
  ruleLabel: 'Rule',
  confidence: (share: number) => `${Math.round(share * 100)}% confident`,
  inQuote: 'inside a quotation: the speaker’s words, not the author’s',
  alsoHere: 'Also flagged here:',
  glossaryLink: 'What this means (glossary)',
  familyTitle: {
    unsourced: 'Unsourced claim',
    'weak-source': 'Source you cannot check',
    rhetoric: 'Wording that argues',
    sourced: 'Checkable source',
  } satisfies Record<Family, string>,
  claimTitle: {
    none: 'Claim with no source',
    anonymous: 'Claim resting on an anonymous source',
    vague: 'Claim resting on a vague source',
    named: 'Claim with a named source',
    document: 'Claim backed by a document or link',
  } satisfies Record<ClaimFinding['sourcing'], string>,
  sourceTitle: {
    anonymous: 'Anonymous source',
    vague: 'Vague source',
    agentless: 'Information with no one behind it',
    named: 'Named source',
    document: 'Document or link',
    pronoun: 'Source named earlier',
  } satisfies Record<AttributionFinding['source'], string>,
  techniqueTitle: {
    'loaded-language': 'Loaded language',
    'name-calling': 'Name-calling',
    exaggeration: 'Exaggeration',
    'fear-appeal': 'Appeal to fear',
    certainty: 'Certainty the text has not earned',
    figurative: 'Dramatic metaphor',
    hedge: 'Speculation presented as information',
  } satisfies Record<Technique, string>,
  /** The question shown when the engine gives none: one per family. */
  defaultQuestion: {
    unsourced: 'Who says so, and how would they know?',
    'weak-source': 'Why is this source not named, and could anyone check what they said?',
    rhetoric: 'What would this sentence say in neutral words, and would it still convince you?',
    sourced: 'Is this source in a position to know, and do they have a stake in it?',
  } satisfies Record<Family, string>,
  notArticle: 'This page does not look like a news article: it has little running text. You can still analyse it anyway.',
  articleTooShort: 'The article on this page is too short to analyse. You can still analyse the whole page anyway.',
  noText: 'There is no readable text on this page.',
  articleInFrame:
    'The article on this page seems to be inside an embedded frame. Sourcelight reads only the page itself, not frames embedded in it (they can come from other sites). Copy the article\'s text and use "Analyse text" instead.',
  articleInShadowRoot:
    'The text on this page is inside web components (shadow DOM), which Sourcelight cannot read yet. Copy the text and use "Analyse text" instead.',
  noSelection: 'No text is selected on the page. Select the passage you want analysed, then choose "Analyse selected text".',
  noHighlightApi: 'This browser cannot draw highlights without changing the page (it lacks the CSS Custom Highlight API).',
  staleReport: 'The page changed since it was read: analyse it again.',
  badReport: 'The report to draw is not a Sourcelight report.',
  badVisibility: 'Expected true or false and a list of families.',
} as const;
