/** Teach mode's entry point (bundled to teach.js): the engine worker, highlighter, mark painter and sessionStorage. */
import { downloadFile } from '../shared/download.ts';
import { workerEngine } from '../shared/engine-client.ts';
import { readerOptions } from '../shared/reader-options.ts';
import { PageHighlighter } from '../shared/highlighter.ts';
import { mountPage } from '../shared/mount.tsx';
import { readArticleFile } from '../analyse/read-file.ts';
import { SAMPLE_TEXT } from '../analyse/sample.ts';
import { MarkPainter } from './mark-painter.ts';
import { createTeachStore } from './store.ts';
import { TeachPage } from './TeachPage.tsx';

const marks = new MarkPainter(document);
// The session's storage: the work survives a reload of the tab, and a shared classroom computer forgets it
// when the browser closes.
const store = createTeachStore({
  engine: workerEngine(undefined, readerOptions()),
  highlighter: new PageHighlighter(document),
  marks,
  storage: sessionStorage,
  sampleText: SAMPLE_TEXT,
  readFile: (file) => readArticleFile(file),
  download: downloadFile,
  glossaryBase: new URL('.', location.href).href,
});
mountPage(<TeachPage store={store} marksSupported={marks.supported} />, 'teach_pageTitle');
// "?sample" starts marking the sample at once (a lesson plan or the popup can link to it).
if (new URLSearchParams(location.search).has('sample') && !store.work.value) {
  store.loadSample();
  store.start();
}
