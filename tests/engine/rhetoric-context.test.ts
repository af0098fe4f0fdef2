/**
 * Context decides whether a charged word persuades: quotation, negation, topic, names, headlines. Each
 * behaviour gets the sentences that must be flagged and the near misses that must not.
 */
import { describe, expect, test } from 'vitest';
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';
import { isClauseLevel } from '../../src/engine/detectors/rhetoric/clause.ts';

/** The word-level findings whose text contains `words` (a claim-level finding may cover a whole clause around them). */
const findingsOn = (text: string, words: string) =>
  rhetoricOf(text).filter((f) => f.text.includes(words) && (!isClauseLevel(f.technique) || f.text === words));

type Row = [text: string, words: string];

/** The house table: rows whose words must be flagged, and near misses whose words must not. */
function flagsAndMisses(flags: Row[], misses: Row[]): void {
  describe('flags', () => {
    test.each(flags)('%s', (text, words) => expect(findingsOn(text, words).length).toBeGreaterThan(0));
  });
  describe('does not flag', () => {
    test.each(misses)('%s', (text, words) => expect(findingsOn(text, words)).toEqual([]));
  });
}

describe('quotation', () => {
  test.each([
    ['He said: “This is a disgraceful decision.”', 'disgraceful', true],
    ['“The plan is a scheme to enrich donors,” the senator said.', 'scheme', true],
    ['This is a disgraceful decision, he said.', 'disgraceful', false],
  ])('%s -> inQuote of "%s" is %s', (text, words, inQuote) => {
    const found = findingsOn(text, words);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.inQuote).toBe(inQuote);
  });

  test('scare quotes are the writer’s own marks, not a quotation', () => {
    const [f] = rhetoricOf('The “reform” cuts pensions by a third.');
    expect(f?.rule).toBe('rhetoric/loaded-language/scare-quotes');
    expect(f?.inQuote).toBe(false);
  });
});

describe('negation', () =>
  flagsAndMisses(
    [
      ['It is a farming disaster.', 'farming disaster'],
      ['It is not only brutal but illegal.', 'brutal'],
      ['The timing is no coincidence.', 'The timing is no coincidence'],
      ['This was not a probe but a disgraceful attack.', 'disgraceful'],
      ['He has never criticised the fascist president.', 'fascist'],
      ['They will not follow your unconstitutional laws.', 'unconstitutional'],
    ],
    [
      ['It is not a disaster for farmers.', 'disaster'],
      ['The crackdown was never brutal, officials said.', 'brutal'],
      ['Nobody here is hostile to the plan.', 'hostile'],
      ['The decision was hardly outrageous.', 'outrageous'],
      ['The report does not paint a terrifying picture.', 'terrifying'],
    ],
  ));

describe('topic', () =>
  flagsAndMisses(
    [
      ['The senator launched a vicious attack on the plan and crushed his rivals.', 'crushed'],
      ['Critics say the policy will bleed the middle class dry.', 'bleed'],
      ['The senator launched a vicious attack on the plan.', 'vicious'],
      ['The chessboard of Middle East politics has shifted.', 'chessboard'],
      // A few police words in a long opinion piece do not make the whole text a crime report.
      [
        'Police arrested two men at the march on Sunday. ' +
          'Thousands walked from the park to the square, singing and waving flags in the spring sunshine. ' +
          'Families brought picnics, and the organisers handed out water to anyone who asked for it. ' +
          'A detective later said the two men had been released without charge that evening. ' +
          'Bands played on a stage by the fountain, and children chalked pictures on the paving stones. ' +
          'Several shops along the route stayed open late and sold out of cold drinks by mid-afternoon. ' +
          'The speeches went on for hours, and most of them were about schools, rents and the price of bread. ' +
          'One speaker said the new budget was nothing less than the murder of the public library. ' +
          'The crowd cheered, and the march ended peacefully at six. ' +
          'Volunteers stayed behind to sweep the square and stack the chairs outside the town hall. ' +
          'Local radio played interviews with marchers through the evening, and the phone lines stayed busy. ' +
          'Organisers thanked the bus drivers who had added extra services from the outlying villages. ' +
          'The council will debate the budget again next month, when more marches are planned across the city. ' +
          'The suspect in an unrelated burglary was named on Monday.',
        'murder',
      ],
    ],
    [
      ['United crushed the league leaders 4-0 and the striker scored twice in the match.', 'crushed'],
      ['The wound began to bleed again, and the patient returned to the hospital for surgery.', 'bleed'],
      ['The striker made a vicious tackle in the match against the league leaders.', 'vicious'],
      ['The grandmaster studied the chessboard, saw the checkmate and resigned the game.', 'chessboard'],
    ],
  ));

describe('names and headlines', () =>
  flagsAndMisses(
    [
      ['Savage attacks on judges must stop.', 'Savage'],
      ['Senator Slams Disgraceful Pension Scheme', 'Disgraceful'],
      ['The savage attack shocked the town.', 'savage'],
    ],
    [
      ['Radio host Michael Savage spoke on Monday.', 'Savage'],
      ['Savage said the hearing would resume.', 'Savage'],
      ['The film starred Emma Stone and Frank Grim.', 'Grim'],
    ],
  ));

describe('part of speech wink gets wrong', () =>
  flagsAndMisses(
    [
      ['Three rare, but awful new live recordings end the record.', 'awful'],
      ['It was a wicked old scheme.', 'wicked'],
      ['the army then began plundering the valley .', 'plundering'],
      ['the army plundered the city .', 'plundered'],
    ],
    [
      ['The tracks were awfully new to the band.', 'awfully'],
      ['The comedian told a gag about the city.', 'gag'],
    ],
  ));

describe('every finding', () => {
  const texts = [
    'The so-called experts, emboldened by a dangerous escalation, slammed the “reform” as a disgraceful scheme.',
    'A flood of migrants? Nonsense: the real reason is clearly greed, and it is no coincidence.',
    '',
    '!!!',
    'Ünïcödé — “quotes” and ‘single quotes’ 😀 with emoji and a savage, brutal, vicious end.',
  ];
  test.each(texts)('has exact offsets; spans are disjoint or nested, never crossing: %s', (text) => {
    const found = rhetoricOf(text);
    for (const f of found) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.kind).toBe('rhetoric');
    }
    for (const a of found) {
      for (const b of found) {
        const cross = a.start < b.start && b.start < a.end && a.end < b.end;
        expect(cross, `${a.text} crosses ${b.text}`).toBe(false);
      }
    }
    // Words (loaded language, labels, metaphors, hedges) never share a character with each other.
    let lastEnd = 0;
    for (const f of found.filter((g) => !isClauseLevel(g.technique))) {
      expect(f.start).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = f.end;
    }
  });

  test('a claim-level finding covers its clause, and stops at the clause’s punctuation', () => {
    const text = 'Officials met on Monday; nobody trusts the government anymore, the survey says.';
    const f = rhetoricOf(text).find((g) => g.technique === 'exaggeration');
    expect(f?.text).toBe('nobody trusts the government anymore');
  });

  // An opener set off by a comma ("Clearly,") qualifies the claim after it; inside a sentence it stays itself.
  test.each([
    ['Clearly, the new bridge was a waste of money.', 'Clearly, the new bridge was a waste of money'],
    ['Of course, the council knew all along, residents say.', 'Of course, the council knew all along'],
    ['But of course, the council knew.', 'But of course, the council knew'],
    ['The council knew all along, of course.', 'The council knew all along, of course'],
    ['The mayor said, of course, that the bridge was safe.', 'of course'],
    ['Clearly.', 'Clearly'],
    // A claim of its own after the comma lends nothing to the opener before it.
    ['From a safety point of view, the risks are clear.', 'the risks are clear'],
  ])('a claim-level qualifier reaches its claim: %s', (text, expected) => {
    const f = rhetoricOf(text).find((g) => g.technique === 'certainty');
    expect(f?.text).toBe(expected);
  });

  test('a claim that opens its sentence keeps its own clause, not the attribution after the comma', () => {
    const f = rhetoricOf('Nobody trusts the council, the mayor said.').find((g) => g.technique === 'exaggeration');
    expect(f?.text).toBe('Nobody trusts the council');
  });
});
