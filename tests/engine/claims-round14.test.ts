/**
 * Round 14's claims: acts of office on the record (orders, reversals, measures adopted) against their family and
 * word-order senses, and the precision of an amount as a detail that ranks a claim. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { judge } from '../../src/engine/detectors/claims/judge.ts';
import { checkable, featuresOf } from './claims-checks.ts';

describe('an order given, a decision reversed, a measure adopted are acts on the record; a bereavement is not', () => {
  test.each([
    'The governor ordered an inquiry into the prison.',
    'I have ordered a review of the contract.',
    'The court reversed the ruling on the harbour.',
    'The new minister reversed the decision within a week.',
    'The council adopted a budget for the coming year.',
    'Parliament adopted the new rules in March.',
    'The party lost two seats in the north.',
  ])('on record: %s', (text) => {
    expect(featuresOf(text).record).toBe(true);
  });

  test.each([
    'I have ordered an investigation.',
    'The council adopted a new plan for the harbour.',
    'The board reversed its decision on the pool.',
  ])('a claim to check: %s', (text) => {
    expect(checkable(text)).toBe(true);
  });

  test.each([
    'They adopted a baby girl from the orphanage.',
    'My sister adopted two children last year.',
    'We adopted him when he was three.',
    'Families are waiting to adopt.',
    'The names are listed in alphabetical order.',
    'She lost her husband in the flood.',
    'We lost a baby that winter.',
    'She ordered a coffee and sat by the window.',
    'We ordered pizza for the whole team.',
  ])('no act of office: %s', (text) => {
    expect(featuresOf(text).record).toBe(false);
  });
});

describe('the precision of an amount is one more detail to check when claims share a cent', () => {
  const verdict = (text: string) => judge(featuresOf(text));

  /** The part of a claim's confidence below its cent, in twentieths of a cent. */
  const belowCent = (text: string) => {
    const w = verdict(text)?.worthiness ?? 0;
    return Math.round((w * 100 - Math.floor(w * 100 + 1e-9)) * 20);
  };

  test('"nearly 40 percent" carries one detail more than "40 percent" below the cent', () => {
    expect(belowCent('In the valley, nearly 40 percent of the homes flooded.')).toBe(
      belowCent('In the valley, 40 percent of the homes flooded.') + 1,
    );
  });

  test('"at least 200 homes" carries one detail more than "200 homes"', () => {
    expect(belowCent('The storm destroyed at least 200 homes in the valley.')).toBe(
      belowCent('The storm destroyed 200 homes in the valley.') + 1,
    );
  });
});

describe('a number whose unit is time, a word or two on, is a span of time, not a counted figure', () => {
  test.each([
    'I lived in Leeds for 18 wonderful years.',
    'The mayor asked the voters for four more years.',
    'She played for the club for 12 long years.',
  ])('a span: %s', (text) => {
    const f = featuresOf(text);
    expect(f.numbers).toBe(0);
    expect(f.dates).toBeGreaterThan(0);
  });

  test.each([
    'The council built 18 new homes last year.',
    'The plant made 40 more cars this year than last.',
    'Prices rose 4 percent in two years.',
    'The factory cut 300 jobs over four more years.',
  ])('still a figure: %s', (text) => {
    expect(featuresOf(text).numbers).toBeGreaterThan(0);
  });
});

describe('"zero" stated as an amount is a figure, as "not a single" is; a policy named with it is not', () => {
  test.each([
    'The company paid zero in taxes last year.',
    'Growth in the region was zero in the second quarter.',
    'The town went from zero charging points to forty.',
  ])('a figure: %s', (text) => {
    expect(featuresOf(text).numbers).toBeGreaterThan(0);
  });

  test.each(['The school has a zero tolerance policy on phones.', 'Many of the cleaners are on zero-hour contracts.'])(
    'no figure: %s',
    (text) => {
      expect(featuresOf(text).numbers).toBe(0);
    },
  );
});

describe('incomes, benefits, loans and medicines are public matters policy moves', () => {
  test.each([
    'Household incomes in the county fell last year.',
    'The plan cuts benefits for people out of work.',
    'Student loans now cost more than rent.',
    'The price of prescription medicines rose again.',
  ])('a public matter: %s', (text) => {
    expect(featuresOf(text).publicMatters).toBeGreaterThan(0);
  });

  test.each(['She met the head of Income Data Services.', 'The Benefits Street crew filmed in Leeds.'])(
    'a name, not a matter: %s',
    (text) => {
      expect(featuresOf(text).publicMatters).toBe(0);
    },
  );
});

describe('raising a topic ("mentioned", "brought up", "talked about") is talk about the talk, not a past act', () => {
  test.each([
    'The governor mentioned the commission.',
    'You brought up the harbour first.',
    'The plan you talked about is in the drawer.',
    'He raised the question of the mine.',
    'The senator referred to the report.',
  ])('no past act: %s', (text) => {
    expect(featuresOf(text).past).toBe(0);
  });

  test.each([
    'The council raised taxes on shops.',
    'The mayor raised the parking fees twice.',
    'The firm brought in new rules for drivers.',
    'The minister talked to the union leaders for hours.',
  ])('still a past act: %s', (text) => {
    expect(featuresOf(text).past).toBeGreaterThan(0);
  });

  test.each(['The governor mentioned the commission.', 'You brought up the harbour first.'])(
    'no claim to check: %s',
    (text) => {
      expect(checkable(text)).toBe(false);
    },
  );
});

describe("a third party's stance held now is a position on the record, as one held before is", () => {
  test.each([
    'The senator opposes the new runway.',
    'The union now supports the pay deal.',
    'He says he backs the mayor on the bypass.',
  ])('on record now: %s', (text) => {
    expect(featuresOf(text).ongoing).toBe(true);
  });

  test.each([
    'I support the new runway.',
    'You oppose the pay deal.',
    'It supports the weight of the roof.',
    'The mayor sold political favors to donors.',
  ])("not a third party's stance: %s", (text) => {
    expect(featuresOf(text).ongoing).toBe(false);
  });
});

describe('a bare "zero" reached, started from or named as a place or target is no figure (audit of 80d2fa5)', () => {
  test.each([
    'The countdown reached zero.',
    'Rescuers searched ground zero for hours.',
    'The council wants to reach net zero by 2040.',
    'After the fire they started again from zero.',
    'Visibility on the pass fell to near zero.',
  ])('no figure: %s', (text) => {
    expect(featuresOf(text).numbers).toBe(0);
  });

  test.each([
    'Inflation hit zero in March.',
    'The firm went from zero stores to forty in a year.',
    'The airline paid zero in fuel duty.',
    'The bank held interest rates at zero.',
    'The plant cut its emissions to zero.',
  ])('still a figure: %s', (text) => {
    expect(featuresOf(text).numbers).toBeGreaterThan(0);
  });
});

describe('time added that is compared, spread as a rate or summed past a life is an amount, not a span (audit of 95993c9)', () => {
  test.each([
    'Hospitals lost 12,000 more days to delayed discharges.',
    'Patients waited 4 more hours on average than last year.',
    'The strike lasted 40 extra days compared with the last one.',
    'The theatre will open 2 more days a week.',
  ])('a figure: %s', (text) => {
    expect(featuresOf(text).numbers).toBeGreaterThan(0);
  });

  test.each(['The theatre will open 2 more days a week.', 'Patients waited 4 more hours on average than last year.'])(
    'a claim to check: %s',
    (text) => {
      expect(checkable(text)).toBe(true);
    },
  );

  test.each(['The mayor asked the voters for 4 more years.', 'She stayed on for 3 extra years after the merger.'])(
    'still a span: %s',
    (text) => {
      expect(featuresOf(text).numbers).toBe(0);
    },
  );
});

describe('ordering, reversing, adopting are acts of office only with a measure or an office (audit of 9ed6316)', () => {
  test.each([
    'The family adopted a rescue greyhound.',
    'They adopted a stray last winter.',
    'Fans ordered pints at the bar.',
    'She ordered a taxi home after the match.',
    'The lorry reversed into a lamp post.',
    'The trend reversed in the spring.',
    'The side adopted a more defensive style after the break.',
  ])('no act of office: %s', (text) => {
    expect(featuresOf(text).record).toBe(false);
  });

  test.each([
    'The ban was reversed on appeal.',
    'The court ordered the firm to pay damages.',
    'The health board ordered a full review of the ward.',
    'Ministers adopted a tougher stance on the strike.',
    'Most of the schemes that were adopted under the last government failed.',
  ])('on record: %s', (text) => {
    expect(featuresOf(text).record).toBe(true);
  });
});

describe('a referral on record (passive, or "referred X to") is an act, not a topic named (audit of 66c1f4d)', () => {
  test.each([
    'The file was referred to the prosecutors in June.',
    'The patient was referred to a specialist.',
    'The council referred the complaint to the police.',
  ])('a past act: %s', (text) => {
    expect(featuresOf(text).past).toBeGreaterThan(0);
    expect(checkable(text)).toBe(true);
  });

  test.each(['The senator referred to the report.', 'The bridge is often referred to as the old crossing.'])(
    'a topic or a name: %s',
    (text) => {
      expect(featuresOf(text).past).toBe(0);
    },
  );
});

describe('"the benefits of" are advantages, not welfare paid (audit of ed9a039)', () => {
  test.each([
    'The benefits of the new pitch are clear, the coach said.',
    'She listed the benefits of cycling to work.',
  ])('no public matter: %s', (text) => {
    expect(featuresOf(text).publicMatters).toBe(0);
  });

  test.each(['Ministers froze benefits for two years.', 'The cut to disability benefits starts in April.'])(
    'still a public matter: %s',
    (text) => {
      expect(featuresOf(text).publicMatters).toBeGreaterThan(0);
    },
  );
});
