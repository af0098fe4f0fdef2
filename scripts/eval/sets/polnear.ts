/**
 * PolNeAR articles: a human-marked Source (or Cue) of an attribution is hit when an attribution finding overlaps
 * any of its pieces. Precision: the share of attribution findings that overlap some gold source, cue or content.
 */
import type { Finding } from '../../../src/engine/types.ts';
import { analyseAll } from '../analyse.ts';
import { arrayField, idAndText, type JsonRecord, readJsonl, spanField } from '../data.ts';
import { HIGH_CONFIDENCE, isAttribution, selectFindings } from '../findings.ts';
import { ratio } from '../metrics.ts';
import { snippet } from '../snippet.ts';
import { overlapsAny, type Range } from '../spans.ts';
import type { ErrorItem, Precision } from '../types.ts';
import type { EvalSet } from './set.ts';

interface GoldAttribution {
  silver: string;
  source: Range[];
  cue: Range[];
  content: Range[];
}

function readAttribution(a: JsonRecord, owner: JsonRecord): GoldAttribution {
  const pieces = (key: string) => arrayField(a, key).map((s) => spanField(s, owner));
  return {
    silver: String(a.source_class_silver ?? 'none'),
    source: pieces('source'),
    cue: pieces('cue'),
    content: pieces('content'),
  };
}

/** Share of attribution findings overlapping any gold span, counting only those at `minConfidence` or above. */
function attributionPrecision(golds: GoldAttribution[][], findings: Finding[][], minConfidence: number): Precision {
  let right = 0;
  let all = 0;
  findings.forEach((fs, i) => {
    const spans = golds[i].flatMap((g) => [...g.source, ...g.cue, ...g.content]);
    for (const f of selectFindings(fs, isAttribution, minConfidence)) {
      all++;
      if (overlapsAny(f, spans)) right++;
    }
  });
  return { value: ratio(right, all), predictions: all };
}

/** The PolNeAR article set. */
export const polnear: EvalSet = {
  name: 'polnear',
  file: 'polnear/dev.jsonl',
  run({ dir, analyzer }) {
    const articles = readJsonl(dir, this.file).map((r) => ({
      ...idAndText(r),
      gold: arrayField(r, 'attributions').map((a) => readAttribution(a, r)),
    }));
    const { findings, failures } = analyseAll(articles, analyzer);
    const tally = { source: { hit: 0, all: 0 }, cue: { hit: 0, all: 0 } };
    const errors: ErrorItem[] = [];
    articles.forEach((article, i) => {
      const found = selectFindings(findings[i], isAttribution);
      for (const g of article.gold) {
        for (const part of ['source', 'cue'] as const) {
          if (g[part].length === 0) continue;
          tally[part].all++;
          if (g[part].some((piece) => overlapsAny(piece, found))) tally[part].hit++;
          else if (part === 'source') {
            const piece = g.source[0];
            errors.push({
              type: 'fn',
              group: `source: ${g.silver}`,
              record: article.id,
              snippet: snippet(article.text, piece.start, piece.end),
            });
          }
        }
      }
      const goldSpans = article.gold.flatMap((g) => [...g.source, ...g.cue, ...g.content]);
      for (const f of found.filter((f) => !overlapsAny(f, goldSpans))) {
        errors.push({ type: 'fp', group: f.rule, record: article.id, snippet: snippet(article.text, f.start, f.end) });
      }
    });
    const golds = articles.map((a) => a.gold);
    return {
      set: this.name,
      records: articles.length,
      figures: [
        {
          id: 'polnear/source-hit-recall',
          value: ratio(tally.source.hit, tally.source.all),
          detail: `${tally.source.hit} of ${tally.source.all}`,
        },
        {
          id: 'polnear/cue-hit-recall',
          value: ratio(tally.cue.hit, tally.cue.all),
          detail: `${tally.cue.hit} of ${tally.cue.all}`,
        },
      ],
      bands: [
        {
          set: this.name,
          metric: 'attribution spans',
          all: attributionPrecision(golds, findings, 0),
          high: attributionPrecision(golds, findings, HIGH_CONFIDENCE),
        },
      ],
      errors,
      notes: [],
      failures,
    };
  },
};
