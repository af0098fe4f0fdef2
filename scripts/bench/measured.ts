/** The result shape every optional measurement uses: a value, or the plain reason it could not be taken. */

/** A measured value, or the reason it could not be measured ("not built", "not available: ..."). */
export type Measured<T> = { ok: true; value: T } | { ok: false; reason: string };
