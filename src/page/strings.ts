/**
 * Every sentence the page shows or reports (explanation card, extraction outcomes), as message keys of
 * _locales/<language>/messages.json read through src/i18n when used (content scripts have the browser's i18n).
 */
import type { AttributionFinding, ClaimFinding, Technique } from '../engine/types.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { localised } from '../i18n/localised.ts';
import type { Family } from '../messaging/protocol.ts';

/** The reader-facing words of the content script. */
export const strings = localised({
  close: 'card_close',
  closeHint: 'card_closeHint',
  whyHeading: 'card_whyHeading',
  askHeading: 'card_askHeading',
  ruleLabel: 'card_ruleLabel',
  confidence: (share: number) => t('card_confidence', Math.round(share * 100)),
  inQuote: 'card_inQuote',
  alsoHere: 'card_alsoHere',
  glossaryLink: 'card_glossaryLink',
  familyTitle: {
    unsourced: 'card_family_unsourced',
    'weak-source': 'card_family_weakSource',
    rhetoric: 'card_family_rhetoric',
    sourced: 'card_family_sourced',
  } satisfies Record<Family, MessageKey>,
  claimTitle: {
    none: 'card_claim_none',
    anonymous: 'card_claim_anonymous',
    vague: 'card_claim_vague',
    named: 'card_claim_named',
    document: 'card_claim_document',
  } satisfies Record<ClaimFinding['sourcing'], MessageKey>,
  sourceTitle: {
    anonymous: 'card_source_anonymous',
    vague: 'card_source_vague',
    agentless: 'card_source_agentless',
    named: 'card_source_named',
    document: 'card_source_document',
    pronoun: 'card_source_pronoun',
  } satisfies Record<AttributionFinding['source'], MessageKey>,
  techniqueTitle: {
    'loaded-language': 'card_technique_loadedLanguage',
    'name-calling': 'card_technique_nameCalling',
    exaggeration: 'card_technique_exaggeration',
    'fear-appeal': 'card_technique_fearAppeal',
    certainty: 'card_technique_certainty',
    figurative: 'card_technique_figurative',
    hedge: 'card_technique_hedge',
  } satisfies Record<Technique, MessageKey>,
  /** The question shown when the engine gives none: one per family. */
  defaultQuestion: {
    unsourced: 'card_question_unsourced',
    'weak-source': 'card_question_weakSource',
    rhetoric: 'card_question_rhetoric',
    sourced: 'card_question_sourced',
  } satisfies Record<Family, MessageKey>,
  notArticle: 'page_notArticle',
  articleTooShort: 'page_articleTooShort',
  noText: 'page_noText',
  articleInFrame: 'page_articleInFrame',
  articleInShadowRoot: 'page_articleInShadowRoot',
  noSelection: 'page_noSelection',
  noHighlightApi: 'page_noHighlightApi',
  staleReport: 'page_staleReport',
  badReport: 'page_badReport',
  badVisibility: 'page_badVisibility',
});
