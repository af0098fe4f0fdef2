/**
 * Functions the hostile-page tests run inside pages (TestPage.evaluate): each is self-contained, because it
 * is serialised and sent to the browser. Some play the page's own scripts (infinite scroll, a single-page
 * app's navigation); the others look for any sign that page-supplied markup ran or became elements.
 */

/** Signs that page-supplied markup ran: the flag the payloads set, the title one rewrites, elements only they would create. */
export function markupTraces(): { flag: unknown; title: string; elements: number; inCard: number } {
  const w = window as unknown as { __sourcelightPwned?: unknown };
  const root = document.querySelector('sourcelight-card')?.shadowRoot;
  return {
    flag: w.__sourcelightPwned ?? null,
    title: document.title,
    // The fixture pages run no scripts and show no images: any of these was made from text.
    elements: document.querySelectorAll('script, img, svg[onload], [onerror], [onload]').length,
    inCard: root ? root.querySelectorAll('script, img, svg, iframe, object, a').length : 0,
  };
}

/** Appends paragraphs to the article, as an infinite-scroll page does when the reader nears the end. */
export function appendParagraphs(texts: readonly string[]): number {
  const article = document.querySelector('article') ?? document.querySelector('main');
  for (const text of texts) {
    const p = document.createElement('p');
    p.textContent = text;
    article?.append(p);
  }
  return article?.querySelectorAll('p').length ?? 0;
}

/** A single-page app's navigation: a new address (history.pushState) and another article in place of the old one. */
export function showAnotherArticle({
  path,
  title,
  paragraphs,
}: {
  path: string;
  title: string;
  paragraphs: readonly string[];
}): string {
  history.pushState({ story: path }, '', path);
  document.title = title;
  const article = document.querySelector('article') ?? document.querySelector('main');
  const heading = document.createElement('h1');
  heading.textContent = title;
  const body = paragraphs.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  });
  article?.replaceChildren(heading, ...body);
  return location.pathname;
}

/** Names of Sourcelight's highlights that still hold ranges in this document. */
export function drawnHighlightNames(): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  return [...(registry ?? [])]
    .filter(([name, h]) => name.startsWith('sourcelight-') && h.size > 0)
    .map(([name]) => name);
}

/** Names of Sourcelight's highlights inside every same-origin frame of the page (there should be none). */
export function highlightsInFrames(): string[] {
  const names: string[] = [];
  for (const frame of document.querySelectorAll('iframe')) {
    try {
      const registry = (frame.contentWindow as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } } | null)
        ?.CSS?.highlights;
      for (const [name] of registry ?? []) if (name.startsWith('sourcelight-')) names.push(name);
    } catch {
      // A cross-origin frame's registry cannot be read from here, and Sourcelight cannot reach it either.
    }
  }
  return names;
}

/** Selects the text of the first element matching `selector` (the reader's selection). */
export function selectText(selector: string): string {
  const element = document.querySelector(selector);
  const selection = getSelection();
  if (!element || !selection) return '';
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  return selection.toString();
}

/** The element that has keyboard focus, described by its class (or tag). */
export function focusedElement(): string {
  const active = document.activeElement;
  return active ? active.className || active.localName : '';
}

/**
 * Plays the page's own scripts that must keep working while Sourcelight reads it: a button that counts its
 * clicks (a listener Sourcelight's capture handlers must not swallow), a 20 ms ticker (the event loop is not
 * held) and an error listener. Returns the button's centre, for a real click.
 */
export function startPageLife(): { x: number; y: number } {
  const life = { clicks: 0, ticks: 0, errors: [] as string[] };
  (window as unknown as { __pageLife?: typeof life }).__pageLife = life;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'page-own-button';
  button.textContent = 'Page button';
  // CSSOM styles, not a style attribute: a strict CSP blocks the one and allows the other.
  Object.assign(button.style, { position: 'fixed', right: '8px', bottom: '8px', zIndex: '5' });
  button.addEventListener('click', () => {
    life.clicks++;
  });
  document.body.append(button);
  setInterval(() => {
    life.ticks++;
  }, 20);
  addEventListener('error', (e) => life.errors.push(e.message));
  const box = button.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** What the page's own scripts have done since startPageLife(). */
export function pageLife(): { clicks: number; ticks: number; errors: string[] } {
  const life = (window as unknown as { __pageLife?: { clicks: number; ticks: number; errors: string[] } }).__pageLife;
  return life
    ? { clicks: life.clicks, ticks: life.ticks, errors: [...life.errors] }
    : { clicks: -1, ticks: -1, errors: ['no page life'] };
}
