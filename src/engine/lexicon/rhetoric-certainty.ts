/**
 * Unearned certainty and presupposition: wording that presents a contested conclusion as settled, so the
 * reader never sees that it needed evidence. Written by the project; the ideas come from research on
 * presupposition and framing in biased language (e.g. Recasens et al. 2013 on factive verbs, described in our
 * own words) and from the "thought-terminating" phrases of the propaganda taxonomy of Da San Martino et al.
 * "X is clear" predicates are found by a rule (detectors/rhetoric/rule-clear-predicate.ts).
 */
import type { LexiconGroup } from './types.ts';

/** Words that make a conclusion sound settled. */
export const CERTAINTY: readonly LexiconGroup[] = [
  {
    id: 'no-coincidence',
    technique: 'certainty',
    explanation:
      'Saying something is "no coincidence" or "no accident" hints at a hidden plan without showing any evidence for it. It is an insinuation dressed up as a fact.',
    question: 'What evidence connects the two events, beyond their timing?',
    examples: {
      flags: ['The timing of the raid is [no coincidence].'],
      ignores: ['The two events fell on the same day by coincidence, officials said.'],
    },
    confidence: 0.85,
    negationProof: true,
    terms: [
      'no coincidence', 'not a coincidence', 'hardly a coincidence', 'not coincidental', 'no accident',
      'not an accident', 'hardly an accident', 'not by accident', 'not by chance', 'no mere coincidence',
      'not accidental', 'far from accidental', 'far from a coincidence',
    ],
  },
  {
    id: 'obviously',
    technique: 'certainty',
    explanation:
      'A word that declares a point obvious or beyond doubt ("clearly", "undeniably", "of course"). If something needs saying, it is not obvious to everyone; the word asks you to skip checking.',
    question: 'Obvious according to what evidence? Would someone who disagrees find it obvious?',
    examples: {
      flags: ['The minister is [clearly] out of her depth.', 'The story about the mayor is [patently untrue].'],
      ignores: [
        'The exit signs were clearly visible from the road.',
        'Police said the wrong man was found dead.',
        'The keeper had patently little to do all afternoon.',
      ],
    },
    confidence: 0.65,
    negationProof: false,
    terms: [
      'clearly', 'obviously', 'undoubtedly', 'undeniably', 'unquestionably', 'indisputably', 'irrefutably',
      'unmistakably', 'evidently', 'plainly', 'surely', 'doubtless', 'no doubt', 'without a doubt',
      'without doubt', 'beyond doubt', 'beyond question', 'without question', 'beyond dispute', 'of course',
      'needless to say', 'it goes without saying', 'make no mistake', "let's be clear", 'let us be clear',
      "let's be honest", "let's face it", 'face it', 'the fact is', 'the fact of the matter', 'the truth is',
      'the reality is', 'the simple truth', 'plain and simple', 'as everyone knows', 'everyone knows',
      'everybody knows', 'we all know', 'it is no secret', 'no secret', 'there is no question', 'no question that',
      'there is no doubt', 'no doubt that', 'it is undeniable', 'self-evident', 'indisputable', 'undeniable',
      // A verdict of false or wrong given as beyond argument.
      'patently false|untrue|wrong|absurd|ridiculous|obvious|unfair|unjust|dishonest',
      'demonstrably false|untrue|wrong', 'dead wrong', 'flat-out wrong|false|lie|lies|lying',
      'irrefutable', 'incontrovertible', 'unquestionable', 'unmistakable', 'undisputed',
    ],
    except: [
      'clearly visible', 'clearly marked', 'clearly labeled', 'clearly labelled', 'clearly defined', 'clearly see',
      'clearly seen', 'clearly audible', 'clearly legible', 'no doubt about it', 'no secret ballot',
    ],
  },
  {
    id: 'inevitability',
    technique: 'certainty',
    explanation:
      'A word that presents the future or a choice as already decided ("inevitable", "the only option", "bound to"). It shuts out the alternatives before you can weigh them.',
    question: 'Are there really no other possibilities? Who benefits from saying so?',
    examples: {
      flags: ['A wider war is now [inevitable].'],
      ignores: ['Delays were not inevitable, the report found.', 'The bridge is bound to the bank by steel cables.'],
    },
    confidence: 0.6,
    terms: [
      'inevitable', 'inevitably', 'bound to', 'destined to', 'only a matter of time', 'there is no alternative',
      'no other choice', 'no other option', 'the only option', 'the only way', 'the only solution',
      'the only answer', 'the only choice', 'will certainly', 'will surely', 'guaranteed to', 'there can be no',
      'mark my words', 'history will show', 'history will judge',
    ],
    // "Bound to the bank by steel cables" is tied to it; only "bound to" before a verb foretells ("bound to fail").
    except: ['bound to {det}'],
  },
  {
    id: 'hidden-truth',
    technique: 'certainty',
    explanation:
      'A phrase that promises to reveal what "they" hide ("the real reason", "what they don\'t want you to know"). It presents the writer\'s theory as the hidden truth, without the evidence a discovery would need.',
    question: 'Who is hiding it, and what is the evidence for this "real" reason?',
    examples: {
      flags: ['Here is [the real reason] they want the law.'],
      ignores: ['The reason for the delay was a broken pump.', 'Police followed the money trail to a bank in Zurich.'],
    },
    confidence: 0.6,
    terms: [
      'the real reason', 'the real agenda', 'the real story', 'the real motive', 'the real goal',
      'the truth about', 'the hidden truth', 'the untold story', "what they don't want you to know",
      'what they do not want you to know', "what they won't tell you", 'what the media won\'t tell you',
      'wake up to', 'open your eyes', 'connect the dots', 'follow the money', 'read between the lines',
      'proof that', 'proves that', 'irrefutable proof', 'smoking gun',
    ],
    // Detectives who follow the money trace a payment; only the slogan, said to the reader, hints at a plot.
    except: ['{noun} follow the money', 'follow the money trail'],
  },
  {
    id: 'presupposing-verbs',
    technique: 'certainty',
    explanation:
      'A verb that treats someone\'s claim or guilt as already established ("revealed", "exposed", "admitted"). Compare "said": the verb quietly decides who is right.',
    question: 'Was this really a revelation or an admission, or just a statement? Would "said" be fairer?',
    examples: {
      flags: ['The senator [admitted] that the plan had failed.', "The report [exposed] the minister's lies."],
      ignores: [
        'Researchers in the laboratory admitted the protein samples were contaminated.',
        'Winds gusting up to 90 kilometres per hour are forecast for exposed hills.',
        'Gales are likely along exposed coasts on Friday.',
        'He was admitted to hospital with a broken leg.',
        'The team conceded a penalty in the final minute.',
        'The defendant admitted three counts of theft.',
        'The university admitted more women than men this year.',
        'The mayor has refused to concede.',
        'Nurses were exposed to the virus on the ward.',
      ],
    },
    confidence: 0.45,
    pos: ['VERB'],
    // A bare "reveal" counts only before a clause of its own (senses/disclosure.ts): "revealed he had lied".
    terms: ['expose', 'admit', 'confess', 'concede', 'unmask', 'lay bare', 'debunk', 'reveal that|how', 'reveal'],
    neutralIn: ['science', 'medicine', 'crime'],
    // "Exposed" after a preposition or an article describes a place or a surface ("on exposed hills", "the
    // exposed beams"): open to the weather, not a secret laid bare. Patients and pupils are admitted to places.
    except: [
      'on|in|for|across|over|at|from|to|the|an|its|their|of|along|near|around|beside|by|off|onto|through|with expose {noun}',
      'admit|admitted to {det}? hospital|school|university|college',
      'admitted into {det}? hospital|care',
      // A plea is on the court's record ("admitted three counts of theft", "admitted a charge of"); a count of
      // people let in is an intake ("admitted more women than men", "admitted 40 patients").
      'admit|confess {any}? {adj}? count|counts|charge|charges|offence|offences|offense|offenses',
      'admit more|fewer|{num}',
      // In sport and at the polls a side concedes what the other scored or won ("conceded two goals", "conceded
      // a penalty", "conceded defeat"): a result, not a truth given up.
      'concede {any}? {adj}? goal|goals|penalty|penalties|try|tries|run|runs|point|points|set|sets|game|games|wicket|wickets|corner|corners|seat|seats|defeat|election|race',
      // Conceding with nothing after it gives up a race ("has refused to concede."); "conceded on Tuesday that"
      // still gives up a truth, so only the clause's end counts.
      'concede .|;',
      // Exposed "to" a risk, a virus or the weather is made open to it: no secret is laid bare ("workers exposed
      // to asbestos", "the job exposed him to danger"); "exposed failures to protect children" lays failures bare.
      'exposed|exposes|expose|exposing to', 'expose|exposed|exposes|exposing {pron} to',
    ],
  },
  {
    id: 'truth-marker',
    technique: 'certainty',
    explanation:
      'A phrase that stamps a statement as the truth ("in fact", "in reality", "as a matter of fact"). It sets the writer\'s view against a belief it calls mistaken, without showing who holds it or why it is wrong.',
    question: 'What evidence makes this the fact? Who believes otherwise, and why?',
    confidence: 0.3,
    examples: {
      flags: ['The tax [in fact] hurts the poor.', 'The plan [in reality] costs more.'],
      ignores: [
        'The tax hurts the poor, the study found.',
        'In fact, the study came later.',
        'The film is a reality show.',
        'She starred in reality shows before politics.',
      ],
    },
    grow: 'none',
    terms: ['in fact', 'in actual fact', 'in reality', 'as a matter of fact', 'in truth'],
    // Set off by a comma ("In fact, the law..."), the phrase mostly links two sentences of an argument;
    // inside the clause ("it does in fact cure") it insists on the truth of that very claim.
    // "In reality shows" is television, not insistence.
    except: [
      'in fact|reality|truth ,',
      'as a matter of fact ,',
      'in reality show|shows|tv|television|series|star|stars|programme|programmes|program|programs',
    ],
  },
];
