/**
 * Every word the popup shows, in one place. Components hold no English: they read it from here, so that the
 * strings can move to _locales/en/messages.json without touching a component (a test checks it).
 */
import type { ClaimType, Grade, Sourcing, SourceType, Technique } from '../src/engine/types.ts';
import type { Family } from '../src/messaging/protocol.ts';
import type { DismissReason, ExportFormat } from '../src/report/types.ts';

/** "1 claim" / "3 claims": English plural by count. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The popup's UI strings. */
export const strings = {
  appName: 'Sourcelight',
  privacyNote: 'Analysed on your computer. No page text leaves your browser.',

  idle: {
    title: 'This page has not been analysed yet',
    body: 'Sourcelight marks which claims name their source, which rest on anonymous or vague sources, and which wording argues instead of informs.',
    analyse: 'Analyse this page',
  },
  loading: 'Opening Sourcelight…',
  analysing: {
    title: 'Analysing the article…',
    progressLabel: 'Analysis progress',
    percent: (p: number) => `${Math.round(p * 100)}%`,
  },
  notArticle: {
    title: 'This page does not look like a news article',
    body: 'Sourcelight looks for the main article on a page. It could not find one here, but it can still analyse the largest block of text.',
    analyseAnyway: 'Analyse anyway',
  },
  restricted: {
    title: 'Sourcelight cannot read this page',
    body: 'Browsers do not let extensions read their own pages, extension stores or some protected pages. Open a news article and try again.',
  },
  error: {
    title: 'Something went wrong',
    body: 'Sourcelight could not analyse this page. Reload the page and try again.',
    retry: 'Try again',
    stuck: 'The analysis is taking too long. The page may be very large or busy: try again, or reload the page first.',
    noAnswer: 'Sourcelight did not answer. Reload the page, or restart the browser if this keeps happening.',
    noTab: 'Sourcelight could not tell which tab to analyse. Close this popup and open it again on the article.',
    badTabId: (raw: string) =>
      `"${raw}" is not a tab number. Open the popup from the toolbar, or pass ?tabId= with a number.`,
    notFoundOnPage:
      'This passage could not be found on the page any more. The page may have changed: analyse it again.',
  },

  score: {
    heading: 'Sourcing score',
    outOf: 'out of 100',
    announce: (value: number, grade: string) => `Sourcing score ${value} out of 100: ${grade}.`,
    grades: { poor: 'Poor', weak: 'Weak', mixed: 'Mixed', good: 'Good', strong: 'Strong' } satisfies Record<
      Grade,
      string
    >,
  },
  summary: {
    noClaims: 'No checkable claims found',
    unsourced: (none: number, total: number) =>
      `${none} of ${count(total, 'claim', 'claims')} ${none === 1 ? 'has' : 'have'} no source`,
    allSourced: (total: number) => `all ${count(total, 'claim', 'claims')} name a source`,
    weakSources: (n: number) => `${count(n, 'source is', 'sources are')} anonymous or vague`,
    join: '; ',
  },
  breakdown: {
    heading: 'How the score is made',
    points: (earned: number, weight: number) => `${earned} of ${weight} points`,
    basedOn: (n: number) => `Based on ${count(n, 'finding', 'findings')}`,
  },

  families: {
    unsourced: { title: 'Unsourced claims', short: 'Unsourced' },
    'weak-source': { title: 'Anonymous or vague sources', short: 'Weak sources' },
    rhetoric: { title: 'Loaded wording', short: 'Rhetoric' },
    sourced: { title: 'Named sources and documents', short: 'Sourced' },
  } satisfies Record<Family, { title: string; short: string }>,
  groups: {
    heading: 'What Sourcelight found',
    nothing: 'Sourcelight found no claims, sources or loaded wording in this text.',
    allHidden: 'Every kind of finding is hidden. Turn one on with the buttons above.',
    count: (n: number) => count(n, 'finding', 'findings'),
    showMore: (next: number, remaining: number) => `Show ${next} more (${remaining} not shown yet)`,
  },
  filters: {
    heading: 'Show on the page',
  },
  finding: {
    ask: 'Ask:',
    inQuote: 'Inside a quotation: the words are the speaker’s, not the author’s.',
    reveal: 'Show on the page:',
    sourcedBy: (name: string) => `Source: ${name}`,
    claimSourcing: {
      none: 'No source given',
      anonymous: 'Rests on an anonymous source',
      vague: 'Rests on a vague source',
      named: 'Backed by a named source',
      document: 'Backed by a document or link',
    } satisfies Record<Sourcing, string>,
    claimTypes: {
      factual: 'Factual claim',
      statistical: 'Figure',
      causal: 'Cause and effect',
      prediction: 'Prediction',
      opinion: 'Opinion',
      prescription: 'Call to action',
    } satisfies Record<ClaimType, string>,
    sources: {
      named: 'Named source',
      document: 'Document or link',
      anonymous: 'Anonymous source',
      vague: 'Vague source',
      agentless: 'No one named',
      pronoun: 'He, she or they',
    } satisfies Record<SourceType, string>,
    techniques: {
      'loaded-language': 'Loaded language',
      'name-calling': 'Name-calling',
      exaggeration: 'Exaggeration',
      'fear-appeal': 'Appeal to fear',
      certainty: 'Unearned certainty',
      figurative: 'Dramatic metaphor',
      hedge: 'Speculation',
    } satisfies Record<Technique, string>,
    otherTechnique: 'Persuasive wording',
  },
  controls: {
    heading: 'Settings for this page',
    highlights: 'Highlights on the page',
    turnOff: 'Turn off on this page',
    automation: 'Analyse articles on this site automatically',
    automationOn: (origin: string) => `Articles on ${origin} are analysed when you open them.`,
    automationFailed: 'Sourcelight could not change this setting. Try again.',
  },
  exports: {
    heading: 'Take this report with you',
    menu: 'Export',
    formats: {
      jsonld: { name: 'Web Annotation (JSON-LD)', hint: 'For annotation tools; Sourcelight can load it back' },
      md: { name: 'Markdown', hint: 'For notes, lessons and sharing' },
      html: { name: 'Printable page (HTML)', hint: 'The article with its highlights, ready to print' },
      csv: { name: 'Spreadsheet (CSV)', hint: 'One row per finding' },
    } satisfies Record<ExportFormat, { name: string; hint: string }>,
    copy: 'Copy as Markdown',
    copied: 'Copied: the report is on the clipboard as Markdown.',
    copyFailed: (detail: string) =>
      `Sourcelight could not copy to the clipboard (${detail}). Use Export and Markdown to save it as a file instead.`,
    noClipboard:
      'This browser does not let Sourcelight use the clipboard here. Use Export and Markdown to save the report as a file instead.',
    started: (name: string) => `Downloading ${name}`,
    failed: (detail: string) => `The report could not be exported (${detail}). Analyse the page again and retry.`,
    noText:
      'This report cannot be exported because the text it was made from is missing. Analyse the page again, then export.',
  },
  load: {
    button: 'Load report…',
    hint: 'Choose a report exported from Sourcelight as Web Annotation (JSON-LD): its highlights are drawn on this page.',
    inTab: 'Choose the report file to draw on the page.',
    reading: (name: string) => `Loading ${name}…`,
    tooLarge: 'The file is far larger than any Sourcelight report.',
    unreadable: (name: string, detail: string) => `Sourcelight could not read ${name} (${detail}).`,
    notAReport: (name: string, detail: string) =>
      `${name} is not a report Sourcelight can load. ${detail} Choose a file exported from Sourcelight as Web Annotation (JSON-LD).`,
    failed: (detail: string) => `The report could not be drawn on this page. ${detail}`,
  },
  loaded: {
    heading: (name: string) => `Loaded from file ${name}`,
    analysedAt: (date: string) => `Analysed ${date}. The highlights show this report, not a new analysis of the page.`,
    noDate: 'The file does not say when it was made. The highlights show this report, not a new analysis of the page.',
    allFound: (total: number) =>
      total === 1 ? 'Its one annotation was found on this page.' : `All ${total} annotations were found on this page.`,
    unmatched: (missing: number, total: number) =>
      `${missing} of ${count(total, 'annotation', 'annotations')} could not be found on this page:`,
    more: (n: number) => `…and ${n} more`,
    analyseAgain: 'Analyse the page again',
  },
  warnings: { heading: 'Notes about this text' },
  dismiss: 'Dismiss',
  dismissal: {
    open: 'Dismiss…',
    openLabel: (label: string) => `Dismiss this finding (${label})`,
    question: 'Why dismiss this finding?',
    reasons: {
      'not-loaded': 'Not loaded here',
      'named-elsewhere': 'The source is named elsewhere',
      'not-a-claim': 'Not a claim',
      other: 'Another reason',
    } satisfies Record<DismissReason, string>,
    noteLabel: 'Your reason (optional)',
    confirm: 'Dismiss',
    cancel: 'Cancel',
    summary: (n: number) =>
      `${count(n, 'finding', 'findings')} dismissed: not highlighted and not counted in the score`,
    undo: 'Undo',
    undoLabel: (text: string) => `Bring back “${text}”`,
    undoAll: 'Undo all',
  },
  settingsNote: {
    hidden: (n: number) => `Your settings hide ${count(n, 'finding', 'findings')} on this page.`,
    change: 'Change settings',
  },
  links: {
    heading: 'More Sourcelight',
    analyse: 'Analyse any text',
    compare: 'Compare two articles',
    glossary: 'Glossary',
    teach: 'Teach mode',
    settings: 'Settings',
    glossaryEntry: 'What this means',
    glossaryEntryLabel: (label: string) => `What “${label}” means, in the glossary (opens a tab)`,
  },
};
