/** Shared set-up for the extension pages' unit tests: the real English messages, and small DOM helpers. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { act } from 'preact/test-utils';
import { type MessagesFile, messagesSource, setMessageSource } from '../../src/i18n/index.ts';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** _locales/en/messages.json, parsed. */
export const ENGLISH: MessagesFile = JSON.parse(readFileSync(join(ROOT, '_locales/en/messages.json'), 'utf8'));

/** Makes t() read the English file, as the browser would for an English reader. */
export function useEnglish(): void {
  setMessageSource(messagesSource(ENGLISH));
}

/** Lets pending promises settle and Preact re-render. */
export async function flush(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await act(() => new Promise<void>((done) => setTimeout(done, 0)));
}

/** The one button whose text (or accessible name) contains `name`; throws unless there is exactly one. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((b) => {
    const label = [b.textContent, b.getAttribute('aria-label')].filter(Boolean).join(' ').trim();
    return typeof name === 'string' ? label.includes(name) : name.test(label);
  });
  if (found.length !== 1) throw new Error(`expected one button named ${name}, found ${found.length}`);
  return found[0];
}

/** Clicks an element inside act, then lets what it started finish. */
export async function click(element: Element): Promise<void> {
  act(() => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await flush();
}

/** Types a value into an input or textarea (an input event, as a keyboard would send). */
export async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush(1);
}
