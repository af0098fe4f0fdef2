/**
 * Hedges: speculation presented as information ("reportedly", "suggesting", "may have"). A hedge is honest
 * when the writer marks real uncertainty; it misleads when a guess rides along as news. Written by the
 * project; the idea of hedging cues follows Hyland's work on hedges in academic writing and the CoNLL-2010
 * uncertainty task, described in our own words.
 */
import {
  AMOUNT_CROWDS, BARE_VIEW_HOLDERS, JUDGES_COUNTED, KNOWN_VIEW_HOLDERS, MONEY, MOTION, PEOPLE_CROWD_TERMS, UNNAMED_JUDGES,
  UPKEEP, VIEW_HOLDERS,
} from './hedge-crowds.ts';
import type { LexiconGroup } from './types.ts';
import { VAGUE_QUANTITY } from './rhetoric-vague-quantity.ts';
import { UNSOURCED_ESTIMATE } from './hedge-estimates.ts';
import { OPEN_QUESTION } from './hedge-open-questions.ts';
import { ALLEGED_CAREFUL } from './hedge-alleged.ts';
import { OPEN_POSSIBILITY, VAGUE_KIND } from './hedge-approximate.ts';
import { SPECULATIVE_MODAL } from './hedge-modal.ts';
import { UNOWNED_DOUBT } from './hedge-doubts.ts';
import { APPEARANCE_PLAIN, HEARSAY_PLAIN, POSSIBILITY_PLAIN, SUGGESTION_PLAIN } from './hedge-plain-uses.ts';

/** Words that carry a guess. */
export const HEDGES: readonly LexiconGroup[] = [
  {
    id: 'hearsay',
    technique: 'hedge',
    explanation:
      'A word that passes on something nobody stands behind ("reportedly", "allegedly", "is said to"). The claim arrives in the text without a source you can check.',
    question: 'Reported by whom? Who alleges it, and on what evidence?',
    examples: {
      flags: ['The minister [reportedly] resigned last night.'],
      ignores: ['She reported to the police station on Monday.'],
    },
    confidence: 0.75,
    terms: [
      'reportedly', 'allegedly', 'supposedly', 'purportedly', 'reputedly', 'rumored', 'rumoured', 'rumor has it',
      'is said to', 'are said to', 'was said to', 'were said to', 'is believed to', 'are believed to',
      'was believed to', 'were believed to', 'is thought to', 'are thought to', 'was thought to', 'were thought to',
      'is understood to', 'are understood to', 'is rumored to', 'are rumored to', 'is alleged to', 'are alleged to',
      'is suspected of', 'are suspected of', 'is reported to', 'are reported to', 'was reported to', 'were reported to', 'alleged', 'purported', 'supposed',
      // The same hearsay with the claim in a clause: "it is thought that the talks will resume".
      'it is|was thought|believed|understood|rumoured|rumored|alleged|reported|claimed that',
      // A claim nobody is said to make ("the tonic is claimed to cure colds"); a person's "she claimed to" is theirs.
      'is|are|was|were claimed to',
      // A view put in nobody's mouth: "one could argue that the club overpaid".
      'one could|might|may argue|contend', 'one could|might|may say that',
    ],
    // "Supposed to" is an obligation or a plan, not hearsay.
    // "No one could argue that" denies there is such a view.
    // "Was reported to the police" names who was told: an act of reporting, no hearsay.
    except: [
      'supposed to',
      'no one',
      '{be} reported to {det}|{pron}|{propn}|police|authorities|officials|officers|managers|superiors|regulators',
      // Hearsay needs a verb after "to" ("was reported to be", "to have fled"); a noun there is the listener
      // ("reported to emergency services", "to council staff"), and so is a body of people named after a word
      // wink may read as a verb ("reported to fire crews", "to rescue services"). "Staff" and "officials" are
      // left out: as often a reported act's object ("was reported to fire staff by text").
      '{be} reported to {noun}|{adj}|{num}',
      '{be} reported to {any} crews|service|services|brigade|department|wardens|chiefs|inspectors|investigators',
      // "The alleged attacker", "the alleged fraud": court reporting's careful word (hedge-alleged.ts).
      ...ALLEGED_CAREFUL,
      // A definition ("the term is understood to mean"), hedge-plain-uses.ts.
      ...HEARSAY_PLAIN,
    ],
  },
  {
    id: 'appearance',
    technique: 'hedge',
    explanation:
      'A word that says how things look rather than how they are ("apparently", "appears to", "seems"). The writer is guessing; the guess may be right, but it is not a fact yet.',
    question: 'What is known for sure here, and what is only an impression?',
    examples: {
      flags: ['The leak [appears to] come from inside the ministry.', 'The new rules [appear unworkable].'],
      ignores: [
        'The minister appeared before the committee on Monday.',
        'Her name appears several times in the ledger.',
        'In the video the two men appeared pale and thin.',
        'The new stadium looks like a spaceship.',
      ],
    },
    confidence: 0.6,
    terms: [
      'apparently', 'seemingly', 'ostensibly', 'appear to', 'appears to', 'appeared to', 'seem to', 'seems to',
      'seemed to', 'it seems', 'it appears', 'it would seem', 'appears that', 'seems that', 'looks as if',
      'looks as though', 'looks like', 'appear {adj}', 'seem {adj}',
    ],
    // "The name appears several times in the ledger": wink reads the count word as an adjective, but here
    // "appear" means "occur", not "look".
    except: [
      'appear several|many|numerous|few|countless',
      // How a body looked, seen by the reporter or on camera ("the hostages appeared pale and thin"): what was
      // seen, not a guess. A state of mind read from a face ("appeared nervous") stays an impression.
      'appear {adv}? pale|gaunt|thin|frail|healthy|unwell|unhurt|unharmed|uninjured|bruised|dishevelled|disheveled|sunburned|sunburnt|thinner|older|younger',
      // A thing that looks like another resembles it ("the new stadium looks like a spaceship"): a likeness, not a
      // guess. "It looks like the deal will fail" and "the economy looks like it is slowing" still guess.
      '{noun} look like a|an {adj}? {noun}',
      // Shown before people or a place ("appeared to the crowd from the balcony"): seen, not seeming. An impression
      // goes on to a second "to" ("appears to the naked eye to be small"), which none of these words is.
      'appear to {det} {adj}? {noun} from|on|at|in|before|outside|after|during|with|wearing|for|.|,|;',
      // A place in an order ("appeared first on the ballot"), hedge-plain-uses.ts.
      ...APPEARANCE_PLAIN,
    ],
  },
  {
    id: 'suggestion',
    technique: 'hedge',
    explanation:
      'A verb that lets facts "suggest" or "point to" a conclusion the writer does not state outright. It plants a conclusion without having to prove it.',
    question: 'Does the evidence really show this, or is it one possible reading?',
    examples: {
      flags: [
        'Drones were jammed, [suggesting] outside help.',
        'Early counts [indicate that] turnout fell.',
        'The data [suggest] that the drug works.',
        'The survey [suggested] that the town grew.',
        'The trial [suggested] that the drug cut deaths by a third.',
      ],
      // "Indicate" with an object names what a sign shows ("the arrow indicates the exit"), and "is indicated"
      // is a doctor's "is called for": only "indicate that" draws a conclusion from evidence.
      ignores: [
        'A suggestion box stands by the door.',
        'A green light indicates the lift has arrived.',
        'Surgery is indicated when the drugs fail.',
        'Police arrested two men on suspicion of robbery after a raid on a shop.',
        'The mayor tried to suggest that the fire had been an accident.',
        'The task is harder than Ortiz suggests.',
        'Her doctor suggested that she change her diet.',
        'The club suggested the coach take a break.',
        'The coroner suggested that the council review its safety rules.',
        'Officials suggested the match be moved to Sunday.',
        'Currency speculation drove the peso down by 12%.',
      ],
    },
    confidence: 0.6,
    pos: ['VERB', 'NOUN'],
    terms: [
      'suggest', 'suggesting', 'indicate {adv}? that', 'indicating', 'imply', 'implying', 'hint', 'hinting',
      'point to', 'pointing to', 'raise questions', 'raising questions', 'raise the possibility',
      'raising the possibility', 'fuel speculation', 'fueling speculation', 'speculation', 'speculate', 'suspicion',
      'suspect that',
    ],
    // A person who suggests proposes or puts forward a view ("She suggested a new name"): their own words, for
    // attribution to weigh, not evidence left to speak for itself. Names are left alone, since wink reads a
    // title-case headline's words as names ("New Study Suggests Link"). "Suggested that ministers should
    // resign" is a proposal too; the bare subjunctive ("that the fee be cut") is not told apart, since a
    // term's "be" also matches "is".
    except: [
      'he|she|they|i|we|you {adv}? suggest',
      // So does one who points ("she pointed to the door", "he points to his record"): a gesture or an argument
      // made, not evidence pointing.
      'he|she|they|i|we|you {adv}? point to',
      // And one who raises questions asks them in person ("she raised questions about the cost"), her own act for
      // attribution; a report or a result that "raises questions" still plants a doubt.
      'he|she|they|i|we|you {adv}? raise|raised|raises|raising questions',
      'he|she|they|i|we|you {adv}? raise|raised|raises|raising the possibility',
      // "A hint of lemon" is a trace of it; "hinted at" and "a hint that" still imply.
      'a hint of',
      // "Nothing to suggest the deaths are linked" says there is no such sign: it plants no conclusion.
      'nothing to suggest|indicate',
      // So does one who "tried to suggest" something, and a named person's words a writer measures against
      // ("harder than Ortiz suggests"): an act of speech, not evidence.
      'try|tried|tries|trying|seek|sought|seeks|want|wanted|wants to suggest', 'than {propn} {adv}? suggest',
      'suggest that {det}? {adj}? {noun} should',
      'suggest that {pron} should',
      // An arrest "on suspicion of" a crime is the police's legal ground, reported as such, not a hint dropped.
      'on|under suspicion of',
      // Speculation in a market is trading on a price, not guessing ("property speculation", "speculated in tech
      // stocks", "speculate on the price of oil"); "speculation that the minister will resign" still guesses.
      'property|land|currency|currencies|financial|stock|commodity|commodities|housing|oil|gold|food|grain|price|share|bond speculation',
      'speculate {adv}? in',
      'speculate {adv}? on the|a price|prices|value|markets|market|shares|currency|currencies|commodities|stocks|oil|gold',
      // "The suggested retail price", "the officer pointed to a map" (hedge-plain-uses.ts).
      ...SUGGESTION_PLAIN,
    ],
  },
  {
    id: 'possibility',
    technique: 'hedge',
    explanation:
      'A word of probability ("possibly", "likely", "perhaps"). It marks a guess: fine when it is flagged as one, misleading when the rest of the text treats the guess as fact.',
    question: 'How likely, according to whom? What would settle it?',
    examples: {
      flags: ['The attack was [probably] planned for months.', 'It is [more likely than not] to rain.'],
      ignores: [
        'The attack was planned for months, the court heard.',
        'Young drivers are more likely to crash at night.',
        'Cyclists were twice as likely as walkers to be hurt.',
        'Shares rose sharply on speculative buying.',
        'It is possible to see the comet with the naked eye.',
      ],
    },
    confidence: 0.55,
    terms: [
      'possibly', 'probably', 'perhaps', 'maybe', 'likely', 'presumably', 'conceivably', 'arguably', 'potentially',
      'plausibly', 'in all likelihood', 'it is possible', 'it is also possible', 'it is likely', 'there is a chance', 'may well',
      // "There is a strong likelihood that", "there was some possibility that": "likely" and "possibly" as a noun.
      // ("There is no possibility that" rules it out, and is not written here.)
      'there is|was|remains a|some|every {adj}? likelihood|probability|possibility that',
      'might well', 'could well', 'in theory', 'unconfirmed', 'unverified', 'not yet confirmed', 'speculative',
      'more likely than not',
      // A cause or motive put forward as one candidate ("one possible cause of the outage is a cable").
      'possible cause|causes|explanation|explanations|reason|reasons|motive|motives|link|links|connection|culprit|origin',
    ],
    // "More likely to", "less likely among", "twice as likely": a comparison of two rates, usually measured
    // ("smokers are twice as likely to fall ill"), not a guess; "more likely than not" still is one.
    // ("More likely that the fire started upstairs" weighs two guesses: no rate is compared, so "that" stays.)
    except: [
      'more|less likely to|among|in|for|as|when|if|it|with|at',
      'more|less likely than {det}', 'more|less likely than {noun}', 'more|less likely than {pron}',
      'more|less likely than {adj}', 'more|less likely than {num}',
      'as likely',
      // "A likely story!": a retort of disbelief at someone's account, no forecast.
      'a likely story',
      // "It is possible to see the comet" says it can be done, not that it may be so ("it is possible that").
      'it is {adv}? possible to',
      // Speculative trading bets on a price, and speculative fiction is a genre: neither marks a guess.
      'speculative buying|selling|trading|trade|trades|investment|investments|investor|investors|bubble|attack|attacks|position|positions|capital|money|flows|purchases|activity|demand|boom|mania|frenzy|fever|fiction',
      // "Likely voters", a poll's sample (hedge-plain-uses.ts).
      ...POSSIBILITY_PLAIN,
    ],
  },
  OPEN_QUESTION,
  SPECULATIVE_MODAL,
  {
    id: 'vague-crowd',
    technique: 'hedge',
    // At a sentence's start wink tags "Critics" or "Experts" a proper noun, and the name check would read "Critics
    // say" as "Smith says": the group's words are common nouns and amounts, capitalised only by position.
    capitalised: true,
    explanation:
      'An unnamed crowd offered as support ("some critics", "many experts", "others argue"). It sounds like evidence, but you cannot tell who they are, how many, or whether they are a fringe.',
    question: 'Which critics or experts, exactly? How many, and what did they say?',
    confidence: 0.7,
    examples: {
      flags: [
        '[Some critics] called the film a failure.',
        '[Many believe] the tax will fail.',
        'Dr Lee and [other experts] warned against the plan.',
      ],
      ignores: [
        'Some trains were late.',
        'Many of the rooms face the sea.',
        'Many people attended the funeral.',
        'Two other analysts at the bank resigned.',
      ],
    },
    grow: 'none',
    terms: [
      `some|many|several|numerous|certain|various|countless|few|other {adj}? ${VIEW_HOLDERS.join('|')}`,
      // "Some say", "many would argue", "others have long believed" (hedge-crowds.ts).
      ...AMOUNT_CROWDS, ...UNNAMED_JUDGES,
      // The crowd with no amount at all ("critics say", "a style that experts call lo-fi"), hedge-crowds.ts.
      ...BARE_VIEW_HOLDERS,
      // "Dr Lee, among others, argued that": a named voice with an unnamed crowd behind it, as "others argued" is.
      'among others , {adv}? say|argue|believe|claim|contend|maintain|predict|warn|suggest|propose|insist|hold',
      // "The plan has its critics": a crowd said to exist, with no one in it.
      'has|have|had its|their|his|her critics|detractors|sceptics|skeptics|doubters|defenders',
      // "The move was welcomed in some quarters": people who hold a view, with nobody in them named.
      'in some|certain|many quarters|circles',
    ],
    // "The other experts on the panel", "two other analysts": other members of a group already named or counted.
    // "In some quarters of the old town" are districts, not people.
    except: [
      'the|these|those|his|her|its|their|our|your|my other', '{num} other', 'in some|certain|many quarters of',
      // A firm's quarters of the year ("lost money in some quarters last year") and circles flown ("the birds flew
      // in many circles"): a time or a path, not people, told by the money or motion before or the time after.
      `${MONEY} {det}? {adj}? money|profit|profits|loss|losses|revenue|sales in some|certain|many quarters`,
      'in some|certain|many quarters last|this|next|that|each|every year|season|month|decade|time|quarter',
      `${MOTION} {adv}? in some|certain|many circles`,
      // "The critics on the panel said", "two experts said", "her supporters argued" (hedge-crowds.ts).
      ...KNOWN_VIEW_HOLDERS,
      ...UPKEEP, ...JUDGES_COUNTED,
    ],
  },
  {
    // Vague amounts split by what they stand for: before people who hold a view the amount hides WHO ("many
    // residents oppose"); before things or people only counted ("many buildings were damaged", "many residents
    // were evacuated") it only counts, and stays the weaker vague-quantity hedge.
    id: 'unnamed-people',
    technique: 'hedge',
    explanation:
      'A vague number of unnamed people who hold a view ("many residents oppose", "some voters say"). It sounds like a trend, but you cannot tell who they are or how many.',
    question: 'Which people, and how many of them? Who counted or asked them?',
    confidence: 0.7,
    examples: {
      flags: ['[Many local farmers oppose] the new pipeline.', '[A handful of residents complained] about the noise.'],
      ignores: ['Many residents were evacuated before the flood.', 'Many buildings were damaged in the storm.'],
    },
    grow: 'none',
    terms: PEOPLE_CROWD_TERMS,
  },
  VAGUE_QUANTITY,
  UNSOURCED_ESTIMATE,
  VAGUE_KIND,
  OPEN_POSSIBILITY,
  UNOWNED_DOUBT,
];

