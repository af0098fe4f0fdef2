/** Hostile pages and broken state in Chromium (playwright-core). */
import { hostileSuites } from './suite/hostile-all.ts';

hostileSuites('chromium', 'Sourcelight on hostile pages, in Chromium');
