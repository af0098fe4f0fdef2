/**
 * The exports of a hostile page, made as the popup makes them (its own exportInput, so the page's byline and
 * title are in them too) and opened in the browser: the HTML file as it is, the Markdown file as a renderer
 * that passes raw HTML and links bare URLs would show it. Nothing the page wrote may run or become an element.
 */
import { expect } from 'vitest';
import MarkdownIt from 'markdown-it';
import { exportInput, renderExport } from '../../../popup/model/export-formats.ts';
import type { TabView } from '../../../src/messaging/protocol.ts';
import type { ExtensionBrowser, TestServer } from '../harness/index.ts';

/** What a rendered export holds that page text could have made: payload elements, script links, the payloads' flag. */
function inertness(): { elements: number; scriptLinks: number; flag: unknown; title: string } {
  return {
    elements: document.querySelectorAll('script, img, svg, iframe, object, embed, [onerror], [onload], [onclick]')
      .length,
    scriptLinks: [...document.querySelectorAll('a[href]')].filter(
      (a) => !/^(#|https?:)/i.test(a.getAttribute('href') ?? ''),
    ).length,
    flag: (window as unknown as { __sourcelightPwned?: unknown }).__sourcelightPwned ?? null,
    title: document.title,
  };
}

/** The exports as files a reader opens: HTML as saved, Markdown through markdown-it with raw HTML allowed. */
function openedExports(view: TabView): [string, string][] {
  const input = exportInput(view);
  if (!input) throw new Error('the view cannot be exported');
  const now = new Date('2026-05-05T09:00:00Z');
  const markdown = renderExport('md', input, now);
  return [
    ['html', renderExport('html', input, now)],
    ['md', new MarkdownIt({ html: true, linkify: true }).render(markdown)],
  ];
}

/** Opens each export in a tab and checks that `payload` shows as words while nothing the page wrote ran. */
export async function expectInertExports(
  browser: ExtensionBrowser,
  server: TestServer,
  view: TabView,
  payload: string,
): Promise<void> {
  // The byline carries a payload of its own: it must be in the exports' input, or this checks less than it says.
  expect(view.page?.byline ?? '').toContain('<svg onload=');
  for (const [format, html] of openedExports(view)) {
    const sheet = await browser.openPage(server.url('/generated/blank.html'));
    await (sheet.raw as { setContent(html: string): Promise<void> }).setContent(html);
    // Give an onload or onerror a moment to fire before looking for its effect.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const text = await sheet.evaluate(() => document.body.textContent ?? '', undefined);
    expect(text, `${format}: the payload is not shown as words`).toContain(payload);
    expect(await sheet.evaluate(inertness, undefined), format).toMatchObject({
      elements: 0,
      scriptLinks: 0,
      flag: null,
    });
    expect((await sheet.evaluate(inertness, undefined)).title, format).not.toMatch(/pwned/);
    await sheet.close();
  }
}
