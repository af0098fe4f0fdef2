/** Parsed JSON in test assertions: tests walk exported documents freely, and a wrong path fails the test. */
// biome-ignore lint/suspicious/noExplicitAny: assertions walk parsed JSON whose shape is what is being tested
export type Json = Record<string, any>;
