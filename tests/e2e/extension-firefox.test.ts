/** The extension in Firefox ESR (puppeteer-core over WebDriver BiDi): every e2e suite against the test build. */
import { extensionSuites } from './suite/all.ts';

extensionSuites('firefox', 'Sourcelight in Firefox');
