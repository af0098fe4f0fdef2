/**
 * Phrases that say a source is deliberately unnamed. Pattern syntax (see detectors/attribution/patterns.ts):
 * words separated by spaces, `a|b` for alternatives, a trailing `?` for an optional word.
 * Written for Sourcelight.
 */

/** People who can be a hidden source: "a person familiar with", "officials close to". */
const PEOPLE =
  'source|sources|person|people|someone|official|officials|aide|aides|insider|insiders|ally|allies|friend|friends|' +
  'diplomat|diplomats|officer|officers|adviser|advisers|advisor|advisors|staffer|staffers|member|members|' +
  'lawmaker|lawmakers|executive|executives|employee|employees|associate|associates|confidant|confidants';

/** Phrases that mark a source as anonymous on purpose. */
export const ANONYMITY_PHRASES: readonly string[] = [
  'speaking|spoke|speak on|under condition|conditions of anonymity',
  'on|under the? condition|conditions of anonymity',
  'on condition that he|she|they not be named|identified',
  'who|which asked|requested|demanded|insisted not to be named|identified',
  'asked|requested|demanded not to be named|identified',
  'who|which declined|refused to be named|identified',
  'declined|refused to be named|identified',
  'who|which did|would not want to be named|identified',
  'who|which was|were|is|are not authorised|authorized|permitted|allowed to speak|comment|talk|discuss',
  'not authorised|authorized|permitted|allowed to speak|comment|talk|discuss publicly|on?',
  'did|does|do|would not|n\'t|n’t want|wish to be named|identified|quoted',
  'did|does|do|would not|n\'t|n’t want|wish to speak|talk|comment on the record|publicly',
  // Not "on background" alone: "voted on background checks".
  'speaking|spoke|speak|talking|talked|talk|briefed|briefing on background',
  'off the record',
  'not|without for? attribution',
  'requested|requesting|granted|given|demanded|demanding anonymity',
  'asked|asking for anonymity',
  `${PEOPLE} familiar with`,
  `${PEOPLE} briefed on`,
  `${PEOPLE} involved in`,
  `${PEOPLE} privy to`,
  `${PEOPLE} with direct|firsthand|first-hand|intimate|detailed? knowledge of`,
  `${PEOPLE} close to`,
  `anonymous|unnamed|unidentified|un-named ${PEOPLE}|expert|experts|analyst|analysts|witness|witnesses|caller|callers`,
];

/** Words that introduce the stated reason for anonymity ("because they were not authorised to speak"). */
export const REASON_MARKERS = new Set(['because', 'since', 'as', 'citing', 'for']);

/** Phrases that are themselves a reason: being unauthorised to speak, or fear of reprisal. */
export const REASON_PHRASES: readonly string[] = [
  'not authorised|authorized|permitted|allowed to',
  'for fear of',
  'fearing',
  'to protect',
  'citing the sensitivity',
  'due to the sensitivity',
];
