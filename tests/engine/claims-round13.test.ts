/**
 * Round 13's claims: facts put forward in questions, frames that forecast nothing, stances and acts on record
 * against personal life, figures and changes that measure nothing; each with its near misses. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { checkable, featuresOf } from './claims-checks.ts';

describe('a question that only asks whether the listener knows a fact puts the fact forward', () => {
  test.each([
    'Do you know that the county closed four of its six libraries last year?',
    'Did you realize we spend $40 million a year on that bridge?',
    'And do you know the mayor voted against the flood wall twice?',
  ])('asserts: %s', (text) => {
    expect(featuresOf(text).question).toBe(false);
    expect(checkable(text)).toBe(true);
  });

  test.each([
    'Do you know why?',
    'Do you know that?',
    'Do you know what the mayor said about the flood wall last year?',
    'Do you think the county will close its libraries?',
    'Did the county close four of its six libraries last year?',
  ])('still asks: %s', (text) => {
    expect(featuresOf(text).question).toBe(true);
  });
});

describe('"I\'ll tell you" announces the speaker\'s words and forecasts nothing', () => {
  test.each([
    'And I will tell you, the county is raising your water bills.',
    "I'll tell you, the council has cut the bus routes in half.",
  ])('not a prediction: %s', (text) => {
    expect(featuresOf(text).prediction).toBe(false);
  });

  test.each([
    "I'll tell you, the council will cut the bus routes next year.",
    'The minister will tell you that the routes are safe.',
    'They will raise your water bills.',
    "I'll tell you what the council is going to do.",
  ])('still a prediction: %s', (text) => {
    expect(featuresOf(text).prediction).toBe(true);
  });
});

describe('a stance held in the past is a position on the record', () => {
  test.each([
    'The senator was against the bypass.',
    'You were firmly in favor of the toll.',
    "I've always been against the new mine.",
    'The mayor was in favour of closing the pier.',
  ])('on record: %s', (text) => {
    const f = featuresOf(text);
    expect(f.record).toBe(true);
    expect(f.past).toBeGreaterThan(0);
  });

  test.each([
    "I'm against the new mine.",
    'The union is in favor of the deal.',
    'It was against the law to fish there.',
    'The mayor is in favour of closing the pier.',
  ])('not a past stance: %s', (text) => {
    expect(featuresOf(text).record).toBe(false);
  });
});

describe("a group acting in the public world is on record; one person's past stays personal", () => {
  test.each([
    'And we kicked the invaders out of Kuwait.',
    'We have strengthened the patrols along the border.',
    'What we did was organise the allies against Damascus.',
    // A group's act under way, on a public matter.
    'We are closing the border posts at night.',
  ])('checkable: %s', (text) => {
    expect(checkable(text)).toBe(true);
  });

  test.each([
    'We faced tough times before.',
    'We went for a long walk after dinner.',
    "We're building a new shed.",
    // One person's own past, even with a place in it.
    'I kicked the ball out of the yard in Ohio.',
  ])('not checkable: %s', (text) => {
    expect(checkable(text)).toBe(false);
  });
});

describe('record verbs in senses that leave no record', () => {
  test.each([
    'As a boy I grew up fixing engines.',
    'We grew up on a farm near the river.',
    'She spent two long years in the village.',
    'The family spent a summer by the sea.',
  ])('no record: %s', (text) => {
    expect(featuresOf(text).record).toBe(false);
  });

  test.each([
    'The city spent two million on the lake.',
    'The economy grew faster than forecast.',
    'The council spent the surplus on roads.',
    'Exports grew up to 4 percent in May.',
  ])('on record: %s', (text) => {
    expect(featuresOf(text).record).toBe(true);
  });
});

describe('a duty only to know a reported fact prescribes nothing', () => {
  test.each([
    'The mayor should know that the council closed the pier in 2019.',
    'Voters need to remember: a year before the vote, rents had already doubled.',
    'The minister must surely know that the grain came mostly from Ukraine.',
  ])('not a prescription: %s', (text) => {
    expect(featuresOf(text).prescription).toBe(false);
  });

  test.each([
    // Nothing reported to know: the duty is the point.
    'A mayor must know the budget by heart.',
    'Voters should understand what is at stake.',
    // A second duty, to act, stays a prescription.
    'We should remember that the pier closed in 2019, and we must reopen it.',
    'The council should close the pier, as it did in 2019.',
  ])('still a prescription: %s', (text) => {
    expect(featuresOf(text).prescription).toBe(true);
  });
});

describe('a count of none is a figure', () => {
  test.each([
    'Not a single water main was renewed in the town.',
    'Not one of them voted for the levy.',
    'No other county charges a toll on that road.',
    "There isn't a single doctor left in the village.",
    'And no other mayor has closed a school.',
  ])('counts: %s', (text) => {
    expect(featuresOf(text).numbers).toBeGreaterThan(0);
  });

  test.each([
    'The dispute is not one of money but of pride.',
    'She has no other plans for the summer.',
    'It is not a question of cost.',
    // A plea that none be added counts nothing so far.
    'Not one more family should lose its home to the river.',
  ])('no count: %s', (text) => {
    expect(featuresOf(text).numbers).toBe(0);
  });
});

describe("a view denied or contracted is still the speaker's view", () => {
  test.each([
    "I don't think the toll bridge pays for itself.",
    'We do not believe the ferry service will survive.',
    "I'm sure the council knew about the leak.",
    "We're convinced the depot is too small.",
  ])('opinion: %s', (text) => {
    expect(featuresOf(text).opinion).toBe(true);
  });

  test.each([
    "They don't think the toll bridge pays for itself.",
    "I don't know where the depot is.",
    // A belief the speaker once held is reported, not held now.
    "I didn't believe the figures for a second.",
    "I'm going to the depot on Monday.",
  ])("not the speaker's view: %s", (text) => {
    expect(featuresOf(text).opinion).toBe(false);
  });
});

describe('a sentence whose last word keeps its full stop is finished, not a headline', () => {
  test.each([
    'The chain now runs 300 stores in the U.S.',
    'The new line carries 20,000 commuters a day into Washington, D.C.',
  ])('a claim: %s', (text) => {
    expect(checkable(text)).toBe(true);
  });

  test.each(['Chain Opens 300 Stores Across the U.S', 'Mill closes with 300 jobs lost'])('a headline: %s', (text) => {
    expect(checkable(text)).toBe(false);
  });
});

describe('letters then a number name a model or a body; they measure nothing', () => {
  test.each([
    'The old B-52s flew over the base on Sunday.',
    'Leaders met at the G20 summit in the capital.',
    'The firm hired engineers on H-1B visas.',
    'Police arrested a man linked to MS-13.',
  ])('no figure: %s', (text) => {
    expect(featuresOf(text).numbers).toBe(0);
  });

  test.each([
    'The base sent 52 bombers north.',
    'Runners finished the 10km race in the rain.',
    'Factory jobs rose in the 1990s by 400,000.',
  ])('a figure: %s', (text) => {
    expect(featuresOf(text).numbers).toBeGreaterThan(0);
  });
});

describe('a ranking over a whole field, with a qualifier before the field', () => {
  test.each([
    'Our navy is the largest in the entire history of our nation.',
    'It was the wettest May in the whole country.',
  ])('scope: %s', (text) => {
    expect(featuresOf(text).scope).toBe(true);
  });

  test.each(['The children searched the entire park for the dog.', 'We painted the whole house in May.'])(
    'no scope: %s',
    (text) => {
      expect(featuresOf(text).scope).toBe(false);
    },
  );
});

describe('a month and a day with a slash name a day, not an amount', () => {
  test.each(['Security at the port changed after 9/11.', 'Flights fell after the 7/22 attacks in the capital.'])(
    'a date: %s',
    (text) => {
      const f = featuresOf(text);
      expect(f.numbers).toBe(0);
      expect(f.dates).toBeGreaterThan(0);
    },
  );

  test.each(['The levy passed with 2/3 of the vote.', 'The dam holds 3/4 of the water the town uses.'])(
    'a figure: %s',
    (text) => {
      expect(featuresOf(text).numbers).toBeGreaterThan(0);
    },
  );
});

describe("a third party's act under way is observable, like one done", () => {
  test.each([
    'The county is raising your water bills.',
    'Factory jobs are draining away to the coast.',
    'The mill is laying off its night shift.',
  ])('ongoing: %s', (text) => {
    expect(featuresOf(text).ongoing).toBe(true);
  });

  test.each([
    "It's getting late in the season.",
    "I'm building a new school.",
    'He is saying the plan will work.',
    'They are trying to fix the roof.',
    'The council is going to raise the fees.',
    'The singing was lovely.',
  ])('not an ongoing act: %s', (text) => {
    expect(featuresOf(text).ongoing).toBe(false);
  });
});

describe("killing the economy's parts is harm, not a death", () => {
  test.each(['High taxes have killed jobs in the valley.', 'The tariff is killing exports of cheese.'])('no casualty: %s', (text) => expect(featuresOf(text).casualty).toBe(false));
  test.each(['The blast killed three workers in the valley.', 'The fever killed dozens of children.', 'Gunmen killed business leaders and their guards.'])('casualty: %s', (text) => expect(featuresOf(text).casualty).toBe(true));
});

describe("the speaker's own visits, service and having ('I had a lucky run'), and a thing named, are no acts on record", () => {
  test.each(['We run a scheme called Fresh Start in the valley.', 'There is a woman here tonight named Ana Ortiz.', 'I keep a notebook in my coat called the Ledger.'])('no act: %s', (text) => expect(featuresOf(text).past).toBe(0));
  test.each(['The board named Ana Ortiz its new chair.', 'A neighbour called the police at midnight.', 'He called the deal a disaster.'])('an act: %s', (text) => expect(featuresOf(text).past).toBeGreaterThan(0));
  test.each(['I met a baker in Hull about six weeks ago.', 'Last spring I went back to the capital and I met with my party.', 'For nine years I served on the parish council.', 'I have sat down with farmers and fishermen at the start of my term.', 'I have seen two floods in my life.', 'I have had the luck of a fine harbour crew.'])('not checkable: %s', (text) => expect(checkable(text)).toBe(false));
  test.each(['He met the arms dealer in Hull twice last spring.', 'The minister went to the capital and signed the tariff deal.', 'We went into the port city at the request of its government.', 'I met every deadline the board set for the harbour budget.', 'I voted against the harbour budget twice.', 'She has seen the sea wall fail twice.', 'We had a deficit of nine billion.', 'I had voted against it.'])('an act: %s', (text) => expect(featuresOf(text).past).toBeGreaterThan(0));
});

describe('a change aimed at ("to get the deficit down") measures nothing; a reported or foreseen one does', () => {
  test.each(['Our first job is to get the debt down.', "Let's bring the fees down for families.", 'We have to cut spending on the new stadium.'])('no statistic: %s', (text) => expect(featuresOf(text).numbers).toBe(0));
  test.each(['Wages went down last year.', 'Rents began to rise in the spring.', "They don't want to increase the wages of the cleaners.", 'The drought caused food prices to rise.'])('a statistic: %s', (text) => expect(featuresOf(text).numbers).toBe(1));
});

describe('the speaker taking the floor runs the exchange and asserts nothing', () => {
  test.each(['Let me talk about the harbour for a moment.', 'Let me take a minute to comment on the ferry fares.'])('conversation: %s', (text) => expect(featuresOf(text).conversation).toBe(true));
  test.each(['Let me be clear: the council closed the pier in 2019.', 'They talked about the harbour for an hour.'])('not conversation: %s', (text) => expect(featuresOf(text).conversation).toBe(false));
});

describe("a change beside a measured noun in the speaker's own view is a wish, not a measurement", () => {
  test.each(['I think we should keep the rents down.', 'I hope wages go up for the cleaners.'])('no statistic: %s', (text) => expect(featuresOf(text).numbers).toBe(0));
  test.each(['Rents have gone down across the valley.', 'The mayor wants the rents down.'])('a statistic: %s', (text) => expect(featuresOf(text).numbers).toBe(1));
});
