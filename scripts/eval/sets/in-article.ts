/**
 * PolNeAR sentences read in their articles, as the extension reads them: each article is analysed once and every
 * sentence collects the attributions that overlap it, plus the attribution the engine credits a claim in it to
 * (`sourceFindingId`, "this claim's information comes from X"). Sentence-by-sentence reading cannot see a
 * quotation's speaker two sentences away, or a sentence the data cut after "Sen."; this reading can.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AttributionFinding, Finding } from '../../../src/engine/types.ts';
import { type Analyzer, analyseAll } from '../analyse.ts';
import { type JsonRecord, readJsonl, stringField } from '../data.ts';
import type { Range } from '../spans.ts';

/** The article file whose texts the sentences were cut from. */
export const ARTICLE_FILE = 'polnear/dev.jsonl';

/** Where one sentence sits: its article's id and its offsets in the article's text. */
export interface Placement extends Range {
  article: string;
}

/** A sentence's placement from its `split_group` and `doc_offset`, or undefined when the record lacks them. */
export function placement(record: JsonRecord): Placement | undefined {
  const article = record.split_group;
  const offset = record.doc_offset as JsonRecord | undefined;
  if (typeof article !== 'string' || !offset) return undefined;
  const { start, end } = offset;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  return { article, start: start as number, end: end as number };
}

/** Article texts by id, or a reason why the sentences cannot be read in their articles. */
export function readArticles(
  dir: string,
  sentences: { text: string; place?: Placement }[],
): Map<string, string> | string {
  if (!existsSync(join(dir, ARTICLE_FILE))) return `${ARTICLE_FILE} is missing`;
  const texts = new Map(readJsonl(dir, ARTICLE_FILE).map((r) => [stringField(r, 'id'), stringField(r, 'text')]));
  for (const s of sentences) {
    // A sentence that is not where its record says would credit findings to the wrong words.
    if (!s.place) return 'a sentence has no split_group or doc_offset';
    const text = texts.get(s.place.article);
    if (text === undefined) return `no article "${s.place.article}" in ${ARTICLE_FILE}`;
    if (text.slice(s.place.start, s.place.end) !== s.text)
      return `a sentence of "${s.place.article}" is not at its offsets`;
  }
  return texts;
}

/**
 * A finding moved into its sentence's coordinates (cut at the sentence's edges), so that error listings bracket
 * the right words of the sentence.
 */
function inSentence<F extends Finding>(f: F, place: Placement): F {
  const clamp = (at: number) => Math.min(Math.max(at - place.start, 0), place.end - place.start);
  return { ...f, start: clamp(f.start), end: clamp(f.end) };
}

/**
 * An attribution as credited to a claim in the sentence: it stands on the claim's words and keeps its own
 * confidence (a claim's confidence is how check-worthy it is, not how sure its sourcing is).
 */
function credited(a: AttributionFinding, claim: Finding, place: Placement): AttributionFinding {
  const moved = inSentence({ ...a, start: claim.start, end: claim.end }, place);
  return { ...moved, rule: `${a.rule} (credited to a claim)` };
}

/** The attribution findings each placed sentence gets from its article's analysis, in the sentence's coordinates. */
export function findingsInArticles(
  places: Placement[],
  articles: Map<string, string>,
  analyzer?: Analyzer,
): { findings: Finding[][]; failures: string[] } {
  const ids = [...new Set(places.map((p) => p.article))];
  const analysed = analyseAll(
    ids.map((id) => ({ id, text: articles.get(id) ?? '' })),
    analyzer,
  );
  const byArticle = new Map(
    ids.map((id, i) => {
      const all = analysed.findings[i];
      return [id, { all, byId: new Map(all.map((f) => [f.id, f])) }];
    }),
  );
  const findings = places.map((place) => {
    const { all, byId } = byArticle.get(place.article) ?? { all: [], byId: new Map<string, Finding>() };
    const overlaps = (f: Finding) => f.start < place.end && f.end > place.start;
    const own = all.filter((f) => f.kind === 'attribution' && overlaps(f));
    const seen = new Set(own.map((f) => f.id));
    const out: Finding[] = own.map((f) => inSentence(f, place));
    for (const claim of all) {
      if (claim.kind !== 'claim' || !claim.sourceFindingId || !overlaps(claim)) continue;
      const source = byId.get(claim.sourceFindingId);
      if (source?.kind !== 'attribution' || seen.has(source.id)) continue;
      seen.add(source.id);
      out.push(credited(source, claim, place));
    }
    return out;
  });
  return { findings, failures: analysed.failures };
}
