/** The extension in Chromium (playwright-core): every e2e suite against the test build. */
import { extensionSuites } from './suite/all.ts';

extensionSuites('chromium', 'Sourcelight in Chromium');
