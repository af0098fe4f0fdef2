/**
 * parse reads wink's tokens straight from its document data (wink-tokens.ts, docData): the result must equal
 * what wink's public API gives, field for field, on every kind of text, and wink's shared `its` object must be
 * left as found.
 */
import { describe, expect, test } from 'vitest';
import { getNlp, parse } from '../../src/engine/nlp.ts';
import { tokenSource } from '../../src/engine/wink-tokens.ts';
import { hostileCases } from './fuzz-hostile.ts';
import { caseRandom } from './fuzz-random.ts';
import { damagedNews, unicodeSoup } from './fuzz-text.ts';
import { sampleText } from './sample-rows.ts';

const prose = 'The mayor said on Monday that the bridge would reopen. "We can\'t wait," a driver told reporters.';

const texts: [string, string][] = [
  ['the sample', sampleText],
  ['contractions', "I'm sure they'll say it isn't so, and we won't, y'all can't, she'd've gone."],
  [
    'non-breaking and typographic spaces',
    'The\u00a0council\u2002voted \u00a0 on\u202fMonday\u205fand\u2009the\u200amayor  \u00a0agreed.',
  ],
  ['a space run longer than wink counts', `The vote${' '.repeat(70_000)}passed.`],
  // The lemma memo keys on word and tag: one word read as noun and as verb keeps a lemma for each.
  ['one word under several tags', 'They saw the saw. The saws saw wood; she records the records, as recorded. Leaves leave.'],
  ['line breaks and tabs', 'Experts say\r\nthe dam\tis unsafe.\n\n\nIt is believed that 40 people died.\t'],
  ['leading and trailing white space', '   \n The report, released Monday, says so.   '],
  ...hostileCases(prose),
  ...Array.from({ length: 30 }, (_, i): [string, string] => [`unicode soup ${i}`, unicodeSoup(caseRandom(7, i), 80)]),
  ...Array.from({ length: 30 }, (_, i): [string, string] => [`damaged news ${i}`, damagedNews(caseRandom(8, i))]),
];

describe('reading wink directly gives what its public API gives', () => {
  test.each(texts)('%s', (_name, text) => {
    expect(parse(text)).toEqual(parse(text, false));
  });
});

describe('the direct route', () => {
  test('is taken with the wink version in use, and gives counts where the public API gives strings', () => {
    const nlp = getNlp();
    const doc = nlp.readDoc('The mayor  said so.');
    const direct = tokenSource(doc, nlp.its);
    expect(direct.route).toBe('direct');
    expect(tokenSource(doc, nlp.its, false).route).toBe('public');
    expect([0, 1, 2, 3].map((i) => direct.spaces(i))).toEqual([0, 1, 2, 1]);
  });

  test('an empty text takes the public route (wink has no token to hand its data to)', () => {
    const nlp = getNlp();
    expect(tokenSource(nlp.readDoc(''), nlp.its).route).toBe('public');
  });

  test("leaves wink's its.value in place, also when reading fails", () => {
    const nlp = getNlp();
    const original = nlp.its.value;
    parse('The mayor said so.');
    expect(nlp.its.value).toBe(original);
    const doc = nlp.readDoc('The mayor said so.');
    const broken = {
      ...doc,
      tokens: () => ({
        length: () => 1,
        itemAt: () => ({
          out: () => {
            throw new Error('boom');
          },
        }),
      }),
    };
    expect(() => tokenSource(broken as unknown as typeof doc, nlp.its)).toThrow('boom');
    expect(nlp.its.value).toBe(original);
  });
});
