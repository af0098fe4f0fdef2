/**
 * A charge graded or stated by the writer. Graded: "gross" before a failing ("a gross abuse of power", "gross
 * mismanagement") says how bad it was, as "blatant" and "flagrant" do, before the reader has the facts to judge
 * it. Stated: a breach of a treaty, or a state's killing called an assassination, in the writer's own voice.
 * Written by the project from general knowledge of English and of newsroom style guidance.
 */
import type { LexiconGroup } from './types.ts';

/** Charges graded as gross. */
export const GRADED_CHARGES: readonly LexiconGroup[] = [
  {
    id: 'graded-charge',
    technique: 'loaded-language',
    explanation:
      'A charge with its verdict built in ("a gross abuse of power", "gross mismanagement"). "Gross" tells you how bad it was; the facts of what was done are what would let you judge that yourself.',
    question: 'What exactly was done, and who found it was this bad?',
    confidence: 0.5,
    examples: {
      flags: [
        'It was a [gross abuse] of power.',
        'The board ignored [gross mismanagement] at the trust.',
        'the scheme was a [gross waste] of public money .',
      ],
      ignores: [
        'The firm reported gross profits of 3 million.',
        'The nurse was struck off for gross misconduct.',
        'He was jailed for gross negligence manslaughter.',
        'The gross weight of the lorry was 40 tonnes.',
        "The plant's gross waste output rose by 8 percent.",
        'The board ignored mismanagement at the trust.',
      ],
    },
    pos: ['ADJ'],
    grow: 'none',
    // The law's own grades ("gross negligence", "gross misconduct", "gross indecency", "gross violations of human
    // rights") and sums ("gross profit", "gross domestic product") are not listed.
    terms: [
      'gross abuse|abuses|misuse|mismanagement|mishandling|dereliction|exaggeration|distortion|misrepresentation|waste|overreach|hypocrisy|ineptitude|incompetence',
    ],
    // Waste as a material before the noun it measures is a total ("gross waste output", "gross waste tonnage").
    except: ['gross waste {noun}'],
  },
  {
    id: 'breach-charge',
    technique: 'loaded-language',
    explanation:
      'A wrong stated as fact in the writer\'s own voice ("in violation of international law", "violating its neutrality", "assassinated by the army"). Whether a treaty was broken, or a killing was murder, is what the sides dispute; the plain report says what was done and who calls it a breach.',
    question: 'Who says this broke the law or the agreement, and what did the other side say?',
    confidence: 0.35,
    examples: {
      flags: [
        'The troops crossed the border [in violation of international law].',
        'The fleet sailed through the strait, [violating the island\'s neutrality].',
        'The rebel leader was [assassinated by the army] in May.',
      ],
      ignores: [
        'The court ruled the firm acted in violation of its licence.',
        'The minister was assassinated in 1995.',
        'He was fined for a parking violation.',
        'The panel ruled the blockade was in violation of international law.',
        'The strikes violate international law, the ministers said.',
      ],
    },
    grow: 'none',
    // Only breaches of what nations argue over (treaties, accords, neutrality, sovereignty, international law) and
    // a killing by a state's own forces called an assassination: a licence, a contract or a rule of the road is
    // broken or not as a court or an official finds, and "assassinated" alone is the usual word for the killing
    // of a leader.
    terms: [
      'in violation|breach of international law',
      'in violation|breach of {det}? {any}? {any}? accords|accord|treaty|treaties|neutrality|sovereignty',
      // Conventions only of the law of nations: "fire safety conventions" are a building's rules.
      'in violation|breach of {det}? geneva|international|un conventions|convention',
      'violate international law',
      'violate {det}? {any}? {any}? accords|accord|neutrality|sovereignty',
      'assassinate by {det}? {adj}? army|military|troops|soldiers|police|forces|drone|drones|airstrike|airstrikes',
    ],
    // A charge someone makes ("accused Ruritania of violating its sovereignty") or a breach foreseen ("the plan
    // would violate the accords") is reported, not stated by the writer.
    // "In breach of no treaty" denies the breach.
    except: ['of violating|violated', 'would|could|may|might|will violate', 'in violation|breach of no|none'],
  },
];
