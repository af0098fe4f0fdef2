/**
 * BASIL: lexical bias in mainstream news. Recall of `lexical_bias` spans hit by a non-hedge rhetoric finding.
 * Unmarked words are not negatives in BASIL, so instead of precision the set reports flags per 1,000 words.
 */
import { analyseAll } from '../analyse.ts';
import { arrayField, idAndText, readJsonl, spanField } from '../data.ts';
import { isLoadedRhetoric, selectFindings } from '../findings.ts';
import { ratio } from '../metrics.ts';
import { snippet } from '../snippet.ts';
import { overlapsAny } from '../spans.ts';
import type { ErrorItem } from '../types.ts';
import type { EvalSet } from './set.ts';

/** The BASIL set. */
export const basil: EvalSet = {
  name: 'basil',
  file: 'basil/dev.jsonl',
  run({ dir, analyzer }) {
    const articles = readJsonl(dir, this.file).map((r) => ({
      ...idAndText(r),
      spans: arrayField(r, 'spans').map((s) => ({ ...spanField(s, r), inQuote: s.in_quote === true })),
    }));
    const { findings, words, failures } = analyseAll(articles, analyzer);
    let gold = 0;
    let hits = 0;
    let flags = 0;
    const errors: ErrorItem[] = [];
    articles.forEach((a, i) => {
      const loaded = selectFindings(findings[i], isLoadedRhetoric);
      flags += loaded.length;
      for (const span of a.spans.filter((s) => s.label === 'lexical_bias')) {
        gold++;
        if (overlapsAny(span, loaded)) hits++;
        else {
          const group = span.inQuote ? 'lexical_bias in a quote' : 'lexical_bias in the author voice';
          errors.push({ type: 'fn', group, record: a.id, snippet: snippet(a.text, span.start, span.end) });
        }
      }
      // Not wrong for certain (BASIL leaves words unmarked), but the flags worth reading first.
      for (const f of loaded.filter((f) => !overlapsAny(f, a.spans))) {
        errors.push({ type: 'fp', group: f.rule, record: a.id, snippet: snippet(a.text, f.start, f.end) });
      }
    });
    const totalWords = words.reduce((a, b) => a + b, 0);
    const perThousand = ratio(flags * 1000, totalWords);
    return {
      set: this.name,
      records: articles.length,
      figures: [
        { id: 'basil/hit-recall', value: ratio(hits, gold), detail: `${hits} of ${gold} spans` },
        { id: 'basil/flags-per-1000', value: perThousand, detail: `${flags} flags in ${totalWords} words` },
      ],
      bands: [],
      errors,
      notes: ['basil: false positives listed by --errors are flags outside any marked span, not certain errors.'],
      failures,
    };
  },
};
