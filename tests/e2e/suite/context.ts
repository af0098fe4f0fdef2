/** What every e2e suite shares: the browser, the server, and helpers over them. */
import type { Report } from '../../../src/engine/types.ts';
import type { Family } from '../../../src/messaging/protocol.ts';
import { familyOf } from '../../../src/messaging/families.ts';
import { ALL_FAMILY_NAMES, highlightName, layerOf } from '../../../src/page/highlight/styles.ts';
import type { ExtensionBrowser, TestPage, TestServer } from '../harness/index.ts';
import { readHighlights } from '../harness/index.ts';

/** The running browser and server of one test file. */
export interface SuiteContext {
  browser: ExtensionBrowser;
  server: TestServer;
}

/** Text without any whitespace: the page's text nodes and the analysed text differ only in whitespace. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/** Findings of a report that have no highlight range with exactly their text, in their family's highlight. */
export async function findingsWithoutRange(page: TestPage, report: Report): Promise<string[]> {
  const drawn = await page.evaluate(readHighlights, undefined);
  const pool = new Map(Object.entries(drawn).map(([name, texts]) => [name, texts.map(squash)]));
  const missing: string[] = [];
  for (const finding of report.findings) {
    const texts = pool.get(highlightName(familyOf(finding), layerOf(finding))) ?? [];
    const at = texts.indexOf(squash(finding.text));
    if (at < 0) missing.push(`${finding.id} ${finding.kind} "${finding.text}"`);
    else texts.splice(at, 1);
  }
  return missing;
}

/** Total number of ranges across Sourcelight's family highlights. */
export async function rangeCount(page: TestPage): Promise<number> {
  const drawn = await page.evaluate(readHighlights, undefined);
  return Object.entries(drawn)
    .filter(([name]) => ALL_FAMILY_NAMES.includes(name))
    .reduce((sum, [, texts]) => sum + texts.length, 0);
}

/** The texts drawn for a family, both layers (claims and phrases). */
export function familyTexts(drawn: Record<string, string[]>, family: Family): string[] {
  return [...(drawn[highlightName(family, 'claim')] ?? []), ...(drawn[highlightName(family, 'phrase')] ?? [])];
}
