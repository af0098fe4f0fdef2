/** Hostile pages and broken state in Firefox ESR (puppeteer-core over WebDriver BiDi). */
import { hostileSuites } from './suite/hostile-all.ts';

hostileSuites('firefox', 'Sourcelight on hostile pages, in Firefox');
