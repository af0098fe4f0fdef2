/**
 * The entry of engine.js: the engine and its model, kept out of background.js so the background starts
 * without them (engine.ts loads this on the first analysis). It leaves its API on the global, under the
 * name engine.ts reads, because a classic script loaded with importScripts has no other way to hand it over.
 */
import { analyze } from '../engine/analyze.ts';
import { ENGINE_GLOBAL, type EngineApi } from './engine.ts';

const api: EngineApi = {
  analyze,
  warm: () => {
    analyze('Sourcelight starts its language model.');
  },
};
(globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = api;
