// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { ExplanationCard } from '../../src/page/card/card.ts';
import type { Entry } from '../../src/page/highlight/painter.ts';

const hostile = '<img src=x onerror="window.__pwned=1">';
function entry(extra: Partial<Finding>, family: Entry['family']): Entry {
  document.body.textContent = 'anchor';
  const range = document.createRange();
  range.selectNodeContents(document.body);
  const finding = { id: 'f1', start: 0, end: 6, text: hostile, rule: 'rhetoric/loaded', confidence: 0.8, explanation: 'It argues.', inQuote: false, ...extra } as Finding;
  return { finding, family, range };
}
beforeAll(() => {
  // jsdom has no layout: give ranges a box so the card can be placed.
  const box = { left: 10, top: 10, right: 60, bottom: 30, width: 50, height: 20 } as DOMRect;
  Range.prototype.getClientRects = () => [box] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => box;
});

const shadow = () => document.querySelector('sourcelight-card')?.shadowRoot;

describe('the explanation card', () => {
  test('shows what was flagged, why, a question, the rule and the confidence', () => {
    const card = new ExplanationCard(document);
    const e = entry({ kind: 'rhetoric', technique: 'loaded-language', question: 'Neutral words?' } as Partial<Finding>, 'rhetoric');
    card.show([e], e.range, false);
    const text = shadow()?.textContent ?? '';
    expect(text).toContain('Loaded language');
    expect(text).toContain('It argues.');
    expect(text).toContain('Neutral words?');
    expect(text).toContain('rhetoric/loaded');
    expect(text).toContain('80% confident');
    card.hide();
  });

  test('page text stays text: markup in a flagged passage is never parsed', () => {
    const card = new ExplanationCard(document);
    const e = entry({ kind: 'rhetoric', technique: 'hedge' } as Partial<Finding>, 'rhetoric');
    card.show([e], e.range, false);
    expect(shadow()?.querySelector('img')).toBeNull();
    expect(shadow()?.querySelector('.flagged')?.textContent).toContain('<img src=x');
    card.hide();
  });

  test('falls back to a question per family when the engine gives none', () => {
    const card = new ExplanationCard(document);
    const e = entry({ kind: 'claim', sourcing: 'none', claimType: 'factual' } as Partial<Finding>, 'unsourced');
    card.show([e], e.range, false);
    expect(shadow()?.textContent).toContain('Who says so');
    card.hide();
  });

  test('a pinned card takes focus and gives it back when closed; closing removes it from the page', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const card = new ExplanationCard(document);
    const e = entry({ kind: 'attribution', source: 'anonymous' } as Partial<Finding>, 'weak-source');
    document.body.append(button);
    button.focus();
    card.show([e], e.range, true);
    expect(document.activeElement?.localName).toBe('sourcelight-card');
    expect(shadow()?.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe('sourcelight-card-title');
    card.hide();
    expect(document.querySelector('sourcelight-card')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  test('lists other findings overlapping here, and a click on one brings it to the front', () => {
    const card = new ExplanationCard(document);
    const a = entry({ kind: 'attribution', source: 'vague' } as Partial<Finding>, 'weak-source');
    const b = { ...a, finding: { ...a.finding, kind: 'claim', sourcing: 'vague', claimType: 'statistical' } as Finding };
    card.show([a, b], a.range, true);
    const switcher = shadow()?.querySelector<HTMLButtonElement>('button.switch');
    expect(switcher?.textContent).toBe('Claim resting on a vague source');
    switcher?.click();
    expect(shadow()?.querySelector('h2')?.textContent).toBe('Claim resting on a vague source');
    shadow()?.querySelector<HTMLButtonElement>('button.close')?.click();
    expect(card.isOpen).toBe(false);
  });
});
