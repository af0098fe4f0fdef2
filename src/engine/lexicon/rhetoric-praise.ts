/**
 * Praise words (puffery): loaded language pointing the other way. "Legendary", "renowned" and
 * "award-winning" tell the reader what to admire instead of showing what someone did. Written by the
 * project; the neutrality edits of the Wiki Neutrality Corpus (Pryzant et al. 2020) show how often editors
 * remove exactly this kind of word, an observation described here in our own words.
 */
import type { LexiconGroup } from './types.ts';

/** Words that praise instead of describing. */
export const PRAISE: readonly LexiconGroup[] = [
  {
    id: 'puffery',
    technique: 'loaded-language',
    explanation:
      'A praise word that tells you what to admire ("legendary", "visionary", "world-class"). Praise is loaded language too: the facts about what someone did should earn it.',
    question: 'What did they actually achieve, and who judges it this way?',
    examples: {
      flags: ["The [legendary] singer retired."],
      ignores: ["They celebrated her birthday at home."],
    },
    confidence: 0.45,
    pos: ['ADJ', 'NOUN', 'VERB'],
    grow: 'noun-phrase',
    terms: [
      'legendary', 'iconic', 'renowned', 'world-renowned', 'world-famous', 'world-class', 'acclaimed',
      'critically acclaimed', 'celebrated', 'famed', 'illustrious', 'esteemed', 'eminent', 'distinguished',
      'prestigious', 'award-winning', 'visionary', 'brilliant', 'genius', 'masterful', 'masterpiece', 'stellar',
      'superb', 'outstanding', 'exceptional', 'phenomenal', 'spectacular', 'magnificent', 'breathtaking',
      'groundbreaking', 'ground-breaking', 'pioneering', 'trailblazing', 'cutting-edge',
      'state-of-the-art', 'best-selling', 'beloved', 'cherished', 'heroic', 'noble', 'courageous', 'valiant',
      'selfless', 'inspiring', 'inspirational', 'tireless', 'unwavering', 'indefatigable', 'peerless',
      'unsurpassed', 'impeccable', 'flawless', 'glorious', 'triumphant', 'dazzling', 'wonderful', 'amazing',
      'fantastic', 'terrific', 'awesome', 'stunning', 'remarkable', 'impressive', 'towering', 'greatest',
    ],
    except: ['celebrated {det}? birthday', 'celebrated {det}? anniversary', 'celebrated {det}? victory'],
    neutralIn: ['science'],
  },
];
