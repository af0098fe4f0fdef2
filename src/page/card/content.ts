/**
 * What the card says about one finding: a title, the flagged words, why it matters, a question to ask, and
 * the rule and confidence. Built with createElement and textContent only: page-derived text (the flagged
 * words) and engine text are never parsed as markup.
 */
import type { Entry } from '../highlight/painter.ts';
import { strings } from '../strings.ts';

/** The card title for a finding: as specific as its kind allows. */
export function titleOf(entry: Entry): string {
  const { finding } = entry;
  switch (finding.kind) {
    case 'claim':
      return strings.claimTitle[finding.sourcing];
    case 'attribution':
      return strings.sourceTitle[finding.source];
    case 'rhetoric':
      return strings.techniqueTitle[finding.technique] ?? strings.familyTitle.rhetoric;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Shortens long flagged passages (a whole claim sentence) to keep the card small. */
function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * One finding's section of the card; `headingId` labels the dialog when this is the first section, and
 * `onGlossary` (when given) is what its "what this means" button does.
 */
export function renderSection(doc: Document, entry: Entry, headingId?: string, onGlossary?: () => void): HTMLElement {
  const { finding } = entry;
  const section = el(doc, 'section', undefined, 'section');
  const title = el(doc, 'h2', titleOf(entry));
  if (headingId) title.id = headingId;
  section.append(title, el(doc, 'blockquote', `“${excerpt(finding.text)}”`, 'flagged'));
  section.append(el(doc, 'h3', strings.whyHeading), el(doc, 'p', finding.explanation));
  section.append(el(doc, 'h3', strings.askHeading), el(doc, 'p', finding.question ?? strings.defaultQuestion[entry.family]));
  const meta = [`${strings.ruleLabel}: ${finding.rule}`, strings.confidence(finding.confidence)];
  if (finding.inQuote) meta.push(strings.inQuote);
  section.append(el(doc, 'p', meta.join(' · '), 'meta'));
  if (onGlossary) {
    const more = el(doc, 'button', strings.glossaryLink, 'glossary');
    more.type = 'button';
    more.addEventListener('click', onGlossary);
    section.append(more);
  }
  return section;
}
