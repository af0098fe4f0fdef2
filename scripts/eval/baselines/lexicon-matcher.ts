/**
 * The data README's "Recasens bias lexicon as a word matcher" baseline: every word of the NPOV bias lexicon
 * (data folder lexicons/npov_lexicon.txt, MIT) is a loaded-language finding wherever it occurs.
 */
import type { Analyzer } from '../analyse.ts';
import { readLexicon } from './lexicon-file.ts';
import { baselineReport, draftBase } from './report.ts';
import { findListed, wordsOf } from './words.ts';

/** The baseline as an Analyzer over the lexicon in `dataDir`/lexicons. */
export function biasLexiconMatcher(dataDir: string): Analyzer {
  const lexicon = readLexicon(dataDir, 'npov_lexicon.txt');
  return (text) => {
    const drafts = findListed(wordsOf(text), lexicon).map((hit) => ({
      ...draftBase(text, hit.start, hit.end, 'baseline/bias-lexicon'),
      kind: 'rhetoric' as const,
      technique: 'loaded-language' as const,
    }));
    return baselineReport(text, drafts, 'bias-lexicon');
  };
}
