/** "Suggest" that proposes an act (a singular subject and a bare verb after it) versus evidence that hints. */
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/engine/nlp.ts';
import { suggestsProposal } from '../../src/engine/senses/proposal.ts';

function atSuggest(text: string): boolean {
  const doc = parse(text);
  const i = doc.tokens.findIndex((t) => t.lemma === 'suggest');
  return suggestsProposal(doc, i);
}

describe('flags (a proposal)', () => {
  test.each([
    'The nurse suggested that the patient change his diet.',
    'Her lawyer suggested she plead guilty.',
    'Officials suggested the match be moved to Sunday.',
    'The coroner suggested that the council review its safety rules.',
  ])('%s', (text) => expect(atSuggest(text)).toBe(true));
});

describe('does not flag (a conclusion from evidence)', () => {
  test.each([
    'The data suggest that the drug works.',
    'Tests suggest that the water is safe to drink.',
    'The trial suggested that the drug cut deaths by a third.',
    'Fossils suggest that the species lived here.',
    'Early results suggest the vaccines work.',
    'The survey suggested that the town grew.',
  ])('%s', (text) => expect(atSuggest(text)).toBe(false));
});
