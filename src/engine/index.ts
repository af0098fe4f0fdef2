/** The engine's public surface: analyze() and the contract's types. */
export { analyze } from './analyze.ts';
export type * from './types.ts';
export { SCHEMA_VERSION } from './types.ts';
export { ENGINE_VERSION } from './version.ts';
