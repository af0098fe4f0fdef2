/**
 * Attributions without anyone behind them ("it is believed", "is widely seen as", "reportedly") and vague
 * crowds ("some say", "many believe"). Pattern syntax as in sources-anonymous.ts. Written for Sourcelight.
 */

/** Adverbs that say "someone reported this" without saying who. */
export const AGENTLESS_ADVERBS = new Set([
  'reportedly', 'allegedly', 'purportedly', 'reputedly', 'supposedly', 'rumouredly', 'ostensibly',
]);

const BE = 'is|are|was|were|be|been|being';
const DEGREE = 'widely|generally|commonly|often|broadly|largely|increasingly|universally|popularly|now|still|long|also|sometimes|usually|traditionally|typically|frequently|once|previously';

/** Fixed phrases that attribute to nobody in particular. */
export const AGENTLESS_PHRASES: readonly string[] = [
  'there are|were|have|has been? reports|rumours|rumors|suggestions|claims|allegations|indications that|of',
  'there is|was|has been? speculation|talk|word|suspicion that|about',
  'word is|has it',
  'rumour|rumor|legend has it',
  'it emerged|transpired that',
  'it is|was no secret that',
  'some|many|others would|might argue|say|suggest|claim',
  'it could|can|might be argued|said',
  'by|according to|to many|most|some accounts',
  'by all accounts',
  `${BE} ${DEGREE}? said|rumoured|rumored|thought|believed|reputed|alleged|understood|known|presumed|supposed|feared|estimated|claimed|suspected|considered|deemed|expected|predicted|projected|forecast to`,
  `${BE} ${DEGREE}? reported to have|be`,
  `${BE} ${DEGREE}? seen|regarded|viewed|perceived|described|recognised|recognized|credited|touted|hailed|billed|characterised|characterized|portrayed|considered|acknowledged|accepted|mentioned|floated|tipped as`,
  `${BE} ${DEGREE}? known|famed|renowned|noted for`,
  `${BE} widely|generally|commonly|broadly|universally considered|believed|thought|regarded|acknowledged|accepted|expected|known|recognised|recognized|assumed|held|reported|agreed|seen|viewed|cited`,
  `${BE} well known|documented|established|recognised|recognized`,
];

/** Quantifiers that turn a group into a vague source: "some experts", "many believe", "critics say". */
export const VAGUE_QUANTIFIERS = new Set([
  'some', 'many', 'most', 'several', 'various', 'numerous', 'few', 'certain', 'countless', 'other', 'others',
  'multiple', 'unnamed', 'anonymous', 'unidentified',
]);
