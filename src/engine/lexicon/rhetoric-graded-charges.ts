/**
 * A charge graded by the writer: "gross" before a failing ("a gross abuse of power", "gross mismanagement") says
 * how bad it was, as "blatant" and "flagrant" do, before the reader has the facts to judge it. Written by the
 * project from general knowledge of English and of newsroom style guidance.
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
];
