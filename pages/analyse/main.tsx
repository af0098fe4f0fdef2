/** The analyse page's entry point (bundled to analyse.js): the real engine worker, highlighter, settings and sample. */
import { loadSettings } from '../../src/settings/index.ts';
import { workerEngine } from '../shared/engine-client.ts';
import { readerOptions } from '../shared/reader-options.ts';
import { PageHighlighter } from '../shared/highlighter.ts';
import { mountPage } from '../shared/mount.tsx';
import { AnalysePage } from './AnalysePage.tsx';
import { readArticleFile } from './read-file.ts';
import { SAMPLE_TEXT } from './sample.ts';
import { createAnalyseStore } from './store.ts';

const highlighter = new PageHighlighter(document);
const store = createAnalyseStore({
  engine: workerEngine(undefined, readerOptions()),
  highlighter,
  settings: loadSettings(),
  sampleText: SAMPLE_TEXT,
  readFile: (file) => readArticleFile(file),
});
mountPage(<AnalysePage store={store} highlightsSupported={highlighter.supported} />, 'analyse_pageTitle');
// "?sample" opens the page with the sample loaded (links from the popup or a lesson plan can use it).
if (new URLSearchParams(location.search).has('sample')) store.loadSample();
