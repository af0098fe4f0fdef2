/** The test pages and what the tests expect of them (see tests/fixtures/pages/README.md). */

/** An article page: a phrase from its body (must be extracted) and one from around it (must not be). */
export interface ArticlePage {
  path: string;
  inside: string;
  outside: string;
}

/** Five invented news sites' articles. */
export const ARTICLE_PAGES: readonly ArticlePage[] = [
  { path: '/pages/harbour-daily-port-strike.html', inside: 'the first strike at the container terminal in eleven years', outside: 'Worked nights there for six years' },
  { path: '/pages/meridian-times-water-report.html', inside: 'who spoke on condition of anonymity because they were not authorised', outside: 'You have read 3 of 3 free articles' },
  { path: '/pages/northern-ledger-opinion-energy.html', inside: 'The timing is no coincidence.', outside: 'The dinner story needs a source' },
  { path: '/pages/capital-wire-budget-vote.html', inside: 'It is understood that the governing coalition', outside: 'Wheat harvest forecast cut' },
  { path: '/pages/lumen-science-sleep-study.html', inside: 'The sleep result is robust.', outside: 'We use cookies' },
];

/** A shop's front page: not an article. */
export const NON_ARTICLE_PAGE = '/pages/shop-front-page.html';

/** The canonical sample rendered as a news page. */
export const SAMPLE_PAGE = '/pages/sample.html';

/** A generated article of about `words` words (performance tests). */
export const longPage = (words: number): string => `/generated/long.html?words=${words}`;

/** The sample's phrases that the engine must highlight, with the family each belongs to (the sample's expected.md). */
export const SAMPLE_EXPECTED: readonly { phrase: string; families: readonly string[] }[] = [
  { phrase: 'According to field reports', families: ['weak-source'] },
  { phrase: 'speaking on condition of anonymity', families: ['weak-source'] },
  { phrase: 'Pakistani surveillance drones have been jammed near the border', families: ['unsourced'] },
  { phrase: 'Logistics lanes used by NATO for evacuation are now vulnerable.', families: ['unsourced'] },
  { phrase: 'dangerous escalation', families: ['rhetoric'] },
  { phrase: 'hostile state actors', families: ['rhetoric'] },
  { phrase: 'The raid’s timing is no coincidence.', families: ['rhetoric'] },
  { phrase: 'strategic blunder', families: ['rhetoric'] },
  { phrase: 'The chessboard has shifted.', families: ['rhetoric'] },
];

/** A short article above a data table of `rows` rows (hostile-suite.ts). */
export const hugeTable = (rows: number): string => `/generated/table.html?rows=${rows}`;

/** Pages written to be hard on Sourcelight (tests/fixtures/pages/README.md says what each one does). */
export const HOSTILE_PAGES = {
  markupInText: '/pages/hostile-markup-in-text.html',
  editable: '/pages/hostile-editable.html',
  shadowDom: '/pages/hostile-shadow-dom.html',
  frames: '/pages/hostile-frames.html',
  framedOnly: '/pages/hostile-framed-only.html',
} as const;
