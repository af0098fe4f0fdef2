/** The i18n helper: the browser's substitution rules (as the test double follows them), t(), plural() and the document's language. */
import { afterEach, describe, expect, test } from 'vitest';
import {
  extensionSource,
  localiseDocument,
  type MessageKey,
  type MessagesFile,
  messagesSource,
  plural,
  setMessageSource,
  t,
} from '../../src/i18n/index.ts';

const FILE: MessagesFile = {
  plain: { message: 'Hello' },
  numbered: { message: 'From $1 to $2' },
  named: { message: '$WHO$ said $WHAT$', placeholders: { who: { content: '$1' }, what: { content: '“$2”' } } },
  literal: { message: 'Costs $$5 for $1' },
  fixedPlaceholder: { message: 'Made by $APP$', placeholders: { app: { content: 'Sourcelight' } } },
  items_one: { message: '$1 item' },
  items_other: { message: '$1 items in $2' },
  files_other: { message: '$1 files' },
};

afterEach(() => setMessageSource(undefined));

describe('messagesSource follows the browser rules', () => {
  const source = messagesSource(FILE);
  test.each<[string, string[], string]>([
    ['plain', [], 'Hello'],
    ['numbered', ['A', 'B'], 'From A to B'],
    ['named', ['Ana', 'yes'], 'Ana said “yes”'],
    ['NAMED', ['Ana', 'yes'], 'Ana said “yes”'],
    ['literal', ['you'], 'Costs $5 for you'],
    ['fixedPlaceholder', [], 'Made by Sourcelight'],
    ['numbered', ['A'], 'From A to '],
    ['numbered', ['$2', 'B'], 'From $2 to B'],
    ['missing', [], ''],
    ['@@ui_locale', [], 'en'],
    ['@@bidi_dir', [], 'ltr'],
  ])('%s with %j gives %j', (key, subs, expected) => {
    expect(source.getMessage(key, subs)).toBe(expected);
  });
});

describe('extensionSource', () => {
  test.each([
    ['browser', { browser: { i18n: { getMessage: (k: string) => `b:${k}` } } }, 'b:x'],
    ['chrome', { chrome: { i18n: { getMessage: (k: string) => `c:${k}` } } }, 'c:x'],
  ])('uses %s.i18n', (_, scope, expected) => {
    expect(extensionSource(scope)?.getMessage('x')).toBe(expected);
  });

  test('is undefined outside an extension', () => {
    expect(extensionSource({})).toBeUndefined();
    expect(extensionSource({ chrome: {} })).toBeUndefined();
  });
});

describe('t', () => {
  test('fills substitutions given as one value or a list, numbers as text', () => {
    setMessageSource(messagesSource(FILE));
    expect(t('numbered' as MessageKey, ['a', 3])).toBe('From a to 3');
    expect(t('named' as MessageKey, 'Ana')).toBe('Ana said “”');
  });

  test('shows a missing key as the key itself, marked, instead of an empty label', () => {
    setMessageSource(messagesSource(FILE));
    expect(t('nothing_here' as MessageKey)).toBe('⟦nothing_here⟧');
  });

  test('says what to do when there is no source at all', () => {
    setMessageSource(undefined);
    expect(() => t('plain' as MessageKey)).toThrow(/setMessageSource/);
  });
});

describe('plural', () => {
  test.each<[string, number, string]>([
    ['en', 1, '1 item'],
    ['en', 0, '0 items in x'],
    ['en', 7, '7 items in x'],
    // Welsh has a "two" form this file lacks: the _other form stands in.
    ['cy', 2, '2 items in x'],
  ])('%s: %i', (locale, n, expected) => {
    setMessageSource(messagesSource(FILE, locale));
    expect(plural('items', n, ['x'])).toBe(expected);
  });

  test('a message with only an _other form serves every count', () => {
    setMessageSource(messagesSource(FILE));
    expect(plural('files', 1)).toBe('1 files');
  });
});

describe('localiseDocument', () => {
  test('sets lang, dir and the title from the messages', () => {
    setMessageSource(messagesSource(FILE, 'pt_BR'));
    const attributes: Record<string, string> = {};
    const doc = { documentElement: attributes, title: '' } as unknown as Document;
    localiseDocument(doc, 'Título');
    expect(attributes).toEqual({ lang: 'pt-BR', dir: 'ltr' });
    expect(doc.title).toBe('Título');
  });
});
