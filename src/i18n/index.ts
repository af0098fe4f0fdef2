/**
 * Every word Sourcelight's extension pages show comes through `t(key, substitutions)` from
 * _locales/<language>/messages.json, so a translation is one file. Keys are checked at compile time against the
 * English file (MessageKey). Counts go through `plural(key, n)`, which picks key_one / key_other (and the other
 * CLDR forms a language needs) by the language's plural rules, because the browser's i18n has no plurals.
 *
 * Moving the popup's, page's and background's strings here is mechanical: in their strings.ts, each English
 * value `'Try again'` becomes `t('popup_error_retry')` and each function `(n) => \`${n} findings\`` becomes
 * `(n) => plural('popup_groups_count', n)`, with the English text moved to messages.json under that key; the
 * `strings` objects and every component that reads them stay as they are.
 */
import type en from '../../_locales/en/messages.json';
import { extensionSource, type MessageSource } from './source.ts';

export { extensionSource, messagesSource, type MessageSource, type MessagesFile } from './source.ts';

/** A key of _locales/en/messages.json (the English file is the reference every translation follows). */
export type MessageKey = keyof typeof en;

/** What may fill a message's $1..$9: one value or several, in order. */
export type Substitutions = string | number | ReadonlyArray<string | number>;

let source: MessageSource | undefined;

/** Uses `next` for every later t() call (tests pass messagesSource(...); undefined goes back to the browser's). */
export function setMessageSource(next: MessageSource | undefined): void {
  source = next;
}

function current(): MessageSource {
  source ??= extensionSource();
  if (!source)
    throw new Error('No message source: outside the extension, call setMessageSource(messagesSource(file)) first.');
  return source;
}

/** The message for `key`, with $1..$9 filled from `substitutions`; the key itself, marked, if it is missing. */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  const list = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const text = current().getMessage(key, list.map(formatValue));
  // A missing message shows as its key, so the gap is visible on screen instead of an empty label.
  return text === '' ? `⟦${key}⟧` : text;
}

/** The reader's language as a BCP 47 tag ("en", "pt-BR"): the language of the messages on screen. */
export function uiLanguage(): string {
  return current().getMessage('@@ui_locale').replace('_', '-') || 'en';
}

/** A substitution as text: numbers in the reader's own way of writing them ("20,000" in English). */
function formatValue(value: string | number): string {
  return typeof value === 'number' ? new Intl.NumberFormat(uiLanguage()).format(value) : value;
}

/** The plural form of `n` in the reader's language: "one", "other", and for some languages "few", "many"... */
function pluralForm(n: number): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(uiLanguage()).select(n);
  } catch {
    return n === 1 ? 'one' : 'other';
  }
}

/**
 * The message for a count: `plural('pages_findingsCount', 3)` reads pages_findingsCount_other with "3" as $1.
 * A form the language needs but the file lacks falls back to key_other.
 */
export function plural(key: string, n: number, more: ReadonlyArray<string | number> = []): string {
  const form = `${key}_${pluralForm(n)}`;
  const text = current().getMessage(form, [n, ...more].map(formatValue));
  // The key is built at run time, so it is not checked at compile time; a test checks every form exists.
  return text === '' ? t(`${key}_other` as MessageKey, [n, ...more]) : text;
}

/** Sets the page's lang and dir from the reader's language, so screen readers pronounce the text right. */
export function localiseDocument(doc: Document = document, title?: string): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = current().getMessage('@@bidi_dir') || 'ltr';
  if (title !== undefined) doc.title = title;
}
