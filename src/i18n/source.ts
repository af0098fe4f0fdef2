/**
 * Where translated messages come from. In the extension that is the browser's i18n.getMessage, which reads
 * _locales/<the reader's language>/messages.json; in unit tests it is messagesSource() over the same JSON, which
 * follows the browser's rules for placeholders and $1..$9, so a test sees exactly the sentence a reader sees.
 */

/** The browser's i18n.getMessage, or a stand-in with the same rules. */
export interface MessageSource {
  /** The message for `key` with its substitutions filled in; '' when the key is unknown (as browsers answer). */
  getMessage(key: string, substitutions?: string[]): string;
}

/** One entry of a messages.json file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A whole messages.json file. */
export type MessagesFile = Record<string, MessageEntry>;

interface I18nLike {
  i18n?: { getMessage(key: string, substitutions?: string | string[]): string };
}

/**
 * The running extension's i18n.getMessage, found on `browser` (Firefox) or `chrome` (Chromium) without
 * webextension-polyfill: getMessage is synchronous in both, so the polyfill would add nothing but weight.
 * Undefined outside an extension (unit tests, the CLI).
 */
export function extensionSource(scope: object = globalThis): MessageSource | undefined {
  const { browser, chrome } = scope as { browser?: I18nLike; chrome?: I18nLike };
  const i18n = browser?.i18n ?? chrome?.i18n;
  if (typeof i18n?.getMessage !== 'function') return undefined;
  return { getMessage: (key, substitutions) => i18n.getMessage(key, substitutions) };
}

/** Replaces $1..$9 with substitutions (missing ones with '') and $$ with $, as browsers do. */
function fillNumbered(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, mark: string) =>
    mark === '$' ? '$' : (substitutions[Number(mark) - 1] ?? ''),
  );
}

/** A MessageSource over a parsed messages.json, following the browser's substitution rules (for tests and tools). */
export function messagesSource(file: MessagesFile, locale = 'en'): MessageSource {
  const byKey = new Map(Object.entries(file).map(([key, entry]) => [key.toLowerCase(), entry]));
  return {
    getMessage(key, substitutions = []) {
      // Predefined messages the pages read (locale and text direction), answered as an English browser would.
      if (key === '@@ui_locale') return locale;
      if (key === '@@bidi_dir') return 'ltr';
      const entry = byKey.get(key.toLowerCase());
      if (!entry) return '';
      const placeholders = new Map(
        Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
      );
      // Named placeholders ($NAME$) first, each replaced by its content, which may itself say $1..$9.
      const named = entry.message.replace(
        /\$([A-Za-z0-9_@]+)\$/g,
        (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
      );
      return fillNumbered(named, substitutions);
    },
  };
}
