/**
 * The explanation card: a custom-named element holding a shadow root, appended to the page only while a
 * card is open. A custom element name (not a <div>) keeps page selectors such as `div { ... }` off it; the
 * shadow root keeps page CSS out of the card and the card's CSS out of the page; the host's few inline
 * styles are set through CSSOM with !important, which no page stylesheet can override and no
 * Content-Security-Policy blocks.
 */
import { glossaryUrlForFinding } from '../../glossary/url.ts';
import type { Entry } from '../highlight/painter.ts';
import { strings } from '../strings.ts';
import { CARD_CSS } from './card-css.ts';
import { renderSection, titleOf } from './content.ts';
import { openExtensionPage } from './open-page.ts';
import { placeCard } from './position.ts';

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  'z-index': '2147483647',
};

/** Puts the card's CSS into its shadow root in a way a strict page CSP cannot block. */
function adoptStyles(root: ShadowRoot, doc: Document): void {
  try {
    // A constructed stylesheet is not subject to the page's style-src policy.
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Firefox may refuse a sheet built in the content script's compartment: fall through to <style>.
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.append(style);
}

/** The explanation card of one page. */
export class ExplanationCard {
  private host: HTMLElement | undefined;
  private box: HTMLElement | undefined;
  private anchor: Range | undefined;
  private returnFocus: Element | null = null;
  /** A pinned card (opened by a click or reveal) stays until dismissed; a hover card follows the pointer. */
  pinned = false;
  /** The entries the card shows (the first one is the one it is anchored to). */
  entries: readonly Entry[] = [];

  /** Opens a Sourcelight page for the card's glossary button (replaceable in tests). */
  openPage: (path: string) => void = (path) => void openExtensionPage(path, this.doc).catch(() => undefined);

  constructor(private readonly doc: Document) {}

  /** Whether a card is on the page. */
  get isOpen(): boolean {
    return this.host?.isConnected === true;
  }

  /** Whether an event target is the card (events from inside a shadow root are retargeted to its host). */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  private build(): { host: HTMLElement; box: HTMLElement } {
    const host = this.doc.createElement('sourcelight-card');
    for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, this.doc);
    const box = this.doc.createElement('div');
    box.className = 'card';
    box.tabIndex = -1;
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'false');
    root.append(box);
    this.host = host;
    this.box = box;
    return { host, box };
  }

  /** Shows the findings under `anchor` (the first one in full); `pinned` also moves keyboard focus into the card. */
  show(entries: readonly Entry[], anchor: Range, pinned: boolean): void {
    const { host, box } = this.host && this.box ? { host: this.host, box: this.box } : this.build();
    this.entries = entries;
    this.anchor = anchor;
    this.pinned = pinned;
    this.render(box, entries);
    if (!host.isConnected) this.doc.documentElement.append(host);
    this.reposition();
    if (pinned) {
      if (!this.returnFocus) this.returnFocus = this.doc.activeElement;
      box.focus({ preventScroll: true });
    }
  }

  /** One finding in full; the others overlapping here as buttons that bring theirs to the front. */
  private render(box: HTMLElement, entries: readonly Entry[]): void {
    const [first, ...others] = entries;
    if (!first) return;
    box.dataset.family = first.family;
    box.setAttribute('aria-labelledby', 'sourcelight-card-title');
    const close = this.button(strings.close, '×', 'close', () => this.hide());
    const glossary = () => this.openPage(glossaryUrlForFinding(first.finding));
    const parts: HTMLElement[] = [close, renderSection(this.doc, first, 'sourcelight-card-title', glossary)];
    if (others.length > 0) {
      const also = this.doc.createElement('div');
      also.className = 'also';
      also.append(this.note(strings.alsoHere));
      for (const other of others) {
        also.append(
          this.button(titleOf(other), titleOf(other), 'switch', () => {
            this.render(box, [other, ...entries.filter((e) => e !== other)]);
            this.reposition();
            box.focus({ preventScroll: true });
          }),
        );
      }
      parts.push(also);
    }
    parts.push(this.note(strings.closeHint));
    box.replaceChildren(...parts);
  }

  private button(label: string, text: string, className: string, onClick: () => void): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.className = className;
    button.textContent = text;
    button.setAttribute('aria-label', label);
    button.addEventListener('click', onClick);
    return button;
  }

  private note(text: string): HTMLElement {
    const p = this.doc.createElement('p');
    p.className = 'hint';
    p.textContent = text;
    return p;
  }

  /** Keeps the card next to its words (after scrolling or resizing). */
  reposition(): void {
    if (!this.box || !this.anchor || !this.isOpen) return;
    const rects = this.anchor.getClientRects();
    const anchorBox = rects.length > 0 ? rects[0] : this.anchor.getBoundingClientRect();
    const view = this.doc.defaultView;
    // Measure the card at its natural height, then cap it to the room on the side it goes.
    this.box.style.maxHeight = '';
    const size = { width: this.box.offsetWidth, height: this.box.offsetHeight };
    const place = placeCard(anchorBox, size, { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 });
    this.box.style.maxHeight = `${place.maxHeight}px`;
    this.box.style.left = `${place.left}px`;
    this.box.style.top = `${place.top}px`;
  }

  /** Closes the card and gives keyboard focus back to where it was. */
  hide(): void {
    if (!this.host) return;
    const hadFocus = this.doc.activeElement === this.host;
    this.host.remove();
    this.anchor = undefined;
    this.entries = [];
    this.pinned = false;
    const back = this.returnFocus as HTMLElement | null;
    if (hadFocus && back?.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
    this.returnFocus = null;
    this.onHide?.();
  }

  /** Called after the card closes (the controller clears the "active" highlight). */
  onHide: (() => void) | undefined;
}
