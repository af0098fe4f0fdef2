/**
 * Teach mode's result as Markdown for a teacher: the text's title, the counts and the summary, then the
 * matches, the misses and the marks Sourcelight did not make, each with the words and its glossary entry.
 * Text from the page is escaped as the report exporters escape it (src/report/escape-markdown.ts).
 */
import type { Finding } from '../engine/types.ts';
import { glossaryUrlForFinding } from '../glossary/index.ts';
import { plural, t } from '../i18n/index.ts';
import { escapeMarkdown } from '../report/escape-markdown.ts';
import { displayTimestamp } from '../report/meta.ts';
import { findingTerm, markKindLabel, outcomeSentence } from './labels.ts';
import { outcomeOf } from './match.ts';
import type { StudentMark, TeachResult } from './types.ts';

/** What a teach export holds: the text, its title, the comparison, and where the glossary lives. */
export interface TeachExport {
  text: string;
  title?: string;
  result: TeachResult;
  /** Prefix of glossary links: the extension's root URL, or '' for links relative to the extension's pages. */
  glossaryBase?: string;
}

/** Page words between curly quotes, escaped. */
const quoted = (words: string) => `“${escapeMarkdown(words)}”`;

/** A link to a finding's glossary entry, named by the entry's term. The URL is ours, never the page's. */
function glossaryLink(finding: Finding, base: string): string {
  return `[${escapeMarkdown(findingTerm(finding))}](<${glossaryUrlForFinding(finding, base)}>)`;
}

const markWords = (text: string, mark: StudentMark) => quoted(text.slice(mark.start, mark.end));

/** A section: its heading with the count, then its items, or a line saying there are none. */
function section(heading: string, items: string[]): string[] {
  return [`## ${heading} (${items.length})`, '', ...(items.length > 0 ? items : [`- ${t('teach_md_none')}`]), ''];
}

/** The result as a Markdown document. */
export function teachMarkdown(input: TeachExport, now = new Date()): string {
  const { text, result } = input;
  const base = input.glossaryBase ?? '';
  const { counts } = result;
  const title = input.title ? escapeMarkdown(input.title) : t('teach_untitled');
  const matches = result.matches.map(({ mark, findings }) => {
    const seen = findings.map((f) => `${quoted(f.text)} (${glossaryLink(f, base)})`).join('; ');
    return `- **${escapeMarkdown(markKindLabel(mark.kind))}** · ${markWords(text, mark)} · ${t('teach_md_sourcelight')} ${seen}`;
  });
  const misses = result.misses.map(
    (f) =>
      `- **${escapeMarkdown(findingTerm(f))}** · ${quoted(f.text)} · ${escapeMarkdown(f.explanation)} ${glossaryLink(f, base)}`,
  );
  const extras = result.extras.map(({ mark, otherFinding }) => {
    const other = otherFinding ? ` · ${t('teach_md_other')} ${glossaryLink(otherFinding, base)}` : '';
    return `- **${escapeMarkdown(markKindLabel(mark.kind))}** · ${markWords(text, mark)}${other}`;
  });
  return [
    `# ${t('teach_md_title', title)}`,
    '',
    `- **${t('teach_md_date')}** ${displayTimestamp(now)}`,
    `- **${t('teach_md_found')}** ${t('teach_count_found', [counts.found, counts.findings])}`,
    `- **${t('teach_md_marks')}** ${plural('teach_count_marks', counts.marks)}`,
    '',
    outcomeSentence(outcomeOf(result)),
    '',
    ...section(t('teach_matches_heading'), matches),
    ...section(t('teach_misses_heading'), misses),
    ...section(t('teach_extras_heading'), extras),
  ].join('\n');
}
