/**
 * Escaping for Markdown exports. Page text goes only into inline positions (after our own "> ", "- " or
 * "**Label:** "), so it is collapsed to one line and every character that could start markup is escaped.
 */

/** Characters that open emphasis, code, links, images, raw HTML, tables or strikethrough anywhere in a line. */
const INLINE_MARKUP = /[\\`*_[\]<>|~]/g;

/**
 * Makes page text inert inside a Markdown line: no link, image, HTML or emphasis it wrote can take effect, and
 * bare URLs are broken ("https\://") so that linkifying renderers do not turn them into links either.
 * Whitespace runs (newlines included) become one space; the ends are kept so pieces can be joined.
 */
export function escapeMarkdownInline(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .replace(INLINE_MARKUP, '\\$&')
      // "&amp;" or "&#60;" would be decoded into a character: escape the ampersand of anything entity-shaped.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      // Linkifiers (GitHub, markdown-it) link "https://…", "www.…" and e-mail addresses in plain text.
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
      .replace(/@/g, '\\@')
  );
}

/** Escapes what only matters at the start of a line: "- ", "+ ", "1. " or "# " would open a list or heading. */
export function guardLineStart(line: string): string {
  return line.replace(/^([-+#=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Page text as a whole value inside a line (after a label, in a table cell): escaped and trimmed. */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text).trim();
}

/** Page text that begins a line of its own: escaped, trimmed, and unable to open a list or heading. */
export function escapeMarkdownLine(text: string): string {
  return guardLineStart(escapeMarkdown(text));
}

/**
 * A Markdown autolink for an http(s) URL, or the escaped text of anything else (a javascript: URL, a file path),
 * so that the only clickable thing in an export is the page's own web address.
 */
export function markdownUrl(url: string): string {
  return /^https?:\/\/[^\s<>"`\\]+$/i.test(url) ? `<${url}>` : escapeMarkdown(url);
}
