// @vitest-environment jsdom
/** The explanation card's link to the glossary: the entry of the finding shown, opened through the card's opener. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { ExplanationCard } from '../../src/page/card/card.ts';
import { strings } from '../../src/page/strings.ts';
import type { Entry } from '../../src/page/highlight/painter.ts';

function entry(extra: Partial<Finding>, family: Entry['family']): Entry {
  document.body.textContent = 'anchor';
  const range = document.createRange();
  range.selectNodeContents(document.body);
  const base = {
    id: 'f1',
    start: 0,
    end: 6,
    text: 'anchor',
    rule: 'r',
    confidence: 0.8,
    explanation: 'e',
    inQuote: false,
  };
  return { finding: { ...base, ...extra } as Finding, family, range };
}

beforeAll(() => {
  const box = { left: 10, top: 10, right: 60, bottom: 30, width: 50, height: 20 } as DOMRect;
  Range.prototype.getClientRects = () => [box] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => box;
});

const glossaryButton = () =>
  document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('button.glossary') as HTMLButtonElement;

describe('the card links to the glossary entry of the finding it shows', () => {
  test.each([
    [{ kind: 'rhetoric', technique: 'hedge' }, 'rhetoric', 'glossary.html#technique-hedge'],
    [{ kind: 'attribution', source: 'anonymous' }, 'weak-source', 'glossary.html#source-anonymous'],
    [{ kind: 'claim', claimType: 'statistical', sourcing: 'none' }, 'unsourced', 'glossary.html#idea-unsourced-claim'],
    [{ kind: 'claim', claimType: 'causal', sourcing: 'named' }, 'sourced', 'glossary.html#claim-causal'],
  ] as const)('%j opens %s', (finding, family, path) => {
    const opened: string[] = [];
    const card = new ExplanationCard(document);
    card.openPage = (p) => void opened.push(p);
    const e = entry(finding as Partial<Finding>, family);
    card.show([e], e.range, true);
    const button = glossaryButton();
    expect(button.textContent).toBe(strings.glossaryLink);
    button.click();
    expect(opened).toEqual([path]);
    card.hide();
  });

  test('the entry followed is the one in front after switching', () => {
    const opened: string[] = [];
    const card = new ExplanationCard(document);
    card.openPage = (p) => void opened.push(p);
    const a = entry({ kind: 'rhetoric', technique: 'hedge' } as Partial<Finding>, 'rhetoric');
    const b = { ...a, finding: { ...a.finding, id: 'f2', kind: 'attribution', source: 'vague' } as Finding };
    card.show([a, b], a.range, true);
    const shadow = document.querySelector('sourcelight-card')?.shadowRoot as ShadowRoot;
    (shadow.querySelector('button.switch') as HTMLButtonElement).click();
    glossaryButton().click();
    expect(opened).toEqual(['glossary.html#source-vague']);
    card.hide();
  });
});
