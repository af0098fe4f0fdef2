/**
 * "Alleged" read by its sense. Before a person or an offence ("the alleged attacker", "the alleged fraud") it is the
 * careful word of court reporting: the charge is not yet proved, and the word protects the presumption of
 * innocence, so a media-literacy tool must not mark it as weasel wording. As a verb with its speaker ("prosecutors
 * alleged that") it reports someone's words, for attribution to weigh. Elsewhere it stays hearsay: "allegedly" on
 * a claim with no source ("the money was allegedly moved offshore"), "his alleged links to the firm", "is alleged
 * to have". Kept apart from rhetoric-hedge.ts to keep that file short.
 */

/** The people a court report names by their part in an offence not yet proved. */
const PEOPLE = [
  'attacker',
  'attackers',
  'assailant',
  'assailants',
  'gunman',
  'gunmen',
  'shooter',
  'bomber',
  'bombers',
  'hijacker',
  'hijackers',
  'killer',
  'killers',
  'murderer',
  'murderers',
  'perpetrator',
  'perpetrators',
  'offender',
  'offenders',
  'abuser',
  'abusers',
  'rapist',
  'thief',
  'thieves',
  'fraudster',
  'fraudsters',
  'robber',
  'robbers',
  'burglar',
  'burglars',
  'smuggler',
  'smugglers',
  'trafficker',
  'traffickers',
  'dealer',
  'dealers',
  'ringleader',
  'ringleaders',
  'accomplice',
  'accomplices',
  'victim',
  'victims',
  'culprit',
  'culprits',
  'mastermind',
  'kidnapper',
  'kidnappers',
  'hacker',
  'hackers',
  'arsonist',
  'stalker',
  'poacher',
  'poachers',
  'spy',
  'spies',
  'member',
  'members',
  'driver',
  'drivers',
  'collaborator',
  'collaborators',
  'conspirator',
  'conspirators',
].join('|');

/** The offences a court report names before they are proved. */
const OFFENCES = [
  'offence',
  'offences',
  'offense',
  'offenses',
  'crime',
  'crimes',
  'fraud',
  'frauds',
  'murder',
  'murders',
  'killing',
  'killings',
  'manslaughter',
  'abuse',
  'rape',
  'rapes',
  'theft',
  'thefts',
  'robbery',
  'robberies',
  'burglary',
  'burglaries',
  'bribery',
  'bribe',
  'bribes',
  'corruption',
  'embezzlement',
  'extortion',
  'kidnapping',
  'kidnap',
  'harassment',
  'misconduct',
  'wrongdoing',
  'negligence',
  'breach',
  'breaches',
  'violation',
  'violations',
  'stabbing',
  'shooting',
  'beating',
  'torture',
  'hacking',
  'smuggling',
  'trafficking',
  'poaching',
  'arson',
  'stalking',
  'plot',
  'conspiracy',
  'incident',
  'incidents',
  'offending',
  'scam',
  'doping',
  'trading',
  'cheating',
  'misuse',
  'espionage',
  'sabotage',
  'vandalism',
  'looting',
  'rigging',
  'racketeering',
  'massacre',
  'atrocities',
  'complicity',
].join('|');

/**
 * An attack a person makes: only after a word that gives it a person's doer ("the alleged attack", "his alleged
 * assault"); "its alleged attack on free speech" is a bill's or a policy's, a figure of speech that stays hearsay.
 */
const ATTACKS = 'attack|attacks|assault|assaults';
const ATTACK_DOERS = 'the|a|an|his|her|their|this|that|these|those';

/**
 * What may follow the offence: anything but a noun, which would make the offence word the first half of a compound
 * that is no offence ("an alleged crime wave", "the alleged shooting star"), save the nouns of a court case ("the
 * alleged fraud case", "an alleged bribery scheme").
 */
const AFTER_OFFENCE =
  '{verb}|{adv}|{det}|{pron}|{adj}|{num}|{be}|in|of|on|at|by|for|with|against|from|to|as|and|or|but|after|during|' +
  'over|near|,|.|;|:|)|case|cases|scheme|schemes|ring|spree|scandal|charges|trial|probe|inquiry|investigation|' +
  'victim|victims';
/**
 * A present-tense verb wink reads as a noun ("the alleged fraud cost the council", "the alleged scam targets
 * pensioners"): a "noun" with an object, a count or an adverb after it is the verb, not a compound's head.
 */
const VERB_READ_AS_NOUN = '{noun} {det}|{num}|{noun}|{adv}|{pron}';

/** A part in a thing: an offence only when the offence is named after it ("his alleged role in the robbery"). */
const PARTS = 'role|involvement|participation';

/**
 * Exceptions for the hearsay group: the careful "alleged" before a person or an offence (one or two words of the
 * phrase may come between: "the alleged getaway driver", "the alleged insider trading"), and the verb with its
 * speaker before it and what was alleged after ("the lawsuit alleged that", "prosecutors alleged the firm hid").
 */
export const ALLEGED_CAREFUL: readonly string[] = [
  `alleged {adj}|{noun}|{propn}? {adj}|{noun}? ${PEOPLE}`,
  `alleged {adj}|{noun}|{propn}? {adj}|{noun}? ${OFFENCES} ${AFTER_OFFENCE}`,
  `alleged {adj}|{noun}|{propn}? {adj}|{noun}? ${OFFENCES} ${VERB_READ_AS_NOUN}`,
  `${ATTACK_DOERS} alleged {adj}|{noun}? ${ATTACKS} ${AFTER_OFFENCE}`,
  `'s alleged {adj}|{noun}? ${ATTACKS} ${AFTER_OFFENCE}`,
  `${ATTACK_DOERS} alleged {adj}|{noun}? ${ATTACKS} ${VERB_READ_AS_NOUN}`,
  // "Role" and "involvement" are no offence: "the supplement's alleged role in preventing heart disease" stays hearsay.
  `alleged ${PARTS} in {det}|{pron}? {adj}|{noun}? {adj}|{noun}? ${OFFENCES}|${ATTACKS}`,
  // The verb with its speaker ("the lawsuit alleged that", "prosecutors have also alleged that"); "it has been
  // alleged that" names nobody and stays hearsay.
  '{noun}|{propn}|he|she|they|we|who|which|i has|have|had? {adv}? alleged that',
  '{noun}|{propn}|he|she|they|we|who|which alleged {det}|{pron}|{propn}',
];
