/** Escaping for HTML exports: page text is only ever text, in element content and in quoted attributes alike. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content or a double- or single-quoted attribute value. NUL becomes U+FFFD,
 * which is what an HTML parser would make of it anyway, so the file stays well-formed.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(/\0/g, '\uFFFD');
}
