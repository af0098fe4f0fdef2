/** The engine's version, reported in every Report (kept equal to package.json's version by a test). */
export const ENGINE_VERSION = '0.1.0';
