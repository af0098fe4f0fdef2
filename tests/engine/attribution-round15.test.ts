/**
 * Round 14 attribution shapes: a share of a group met before speaking ("Some of them said"), a headline's crowd over
 * a notice of a service ("Commuters: the trains will run hourly") as no source, works narrating their plot ("The
 * film tells the story of"), an app's warning as a document, the holder of a passive likeness or view named after it
 * ("likened to a rocket by critics"), a verdict in a relative clause ("a plan that critics call a disaster"), words
 * of blame "from" someone ("criticism from local farmers"), crowds with named examples ("Critics, including Lena
 * Okafor, said"), comment clauses ("The levy must rise, the panel concluded."), tests as records, and idioms of
 * telling ("took issue with", "made her support clear", "makes no mention of", "touched on"), talk and forecasts
 * nobody holds ("favoured to win", "as predicted", "amid hopes that"), a denied passive ("is not known"), views held
 * "among" a group ("concern among farmers") and habits of saying ("fans tend to say"); round 15: a claim or a
 * judgement nobody holds ("despite the earlier claim that", "were held to be"), a document described by a
 * participle ("a printed leaflet"), and a speaker before an object relative ("The firm that Lind called said").
 * Rows in attribution-cases-round14.ts.
 */
import { describe, expect, test } from 'vitest';
import { attributionsOf, expectNoAttribution, expectSourceOver } from './attribution-over.ts';
import {
  AGENTLESS_SILENT,
  AGENTLESS_SOURCES,
  AUDIT_SILENT,
  AUDIT_SOURCES,
  CLAUSE_SILENT,
  CLAUSE_SOURCES,
  FROM_SILENT,
  FROM_SOURCES,
  HELD_SILENT,
  HELD_SOURCES,
  IDIOM_SILENT,
  IDIOM_SOURCES,
  NOT_OWNERLESS,
  OWNERLESS_SILENT,
  OWNERLESS_SOURCES,
  RELATIVE_SPEAKERS,
  SHARE_SILENT,
  SHARE_SOURCES,
  WORK_SILENT,
  WORK_SOURCES,
} from './attribution-cases-round14.ts';

describe('flags', () => {
  test.each([
    ...SHARE_SOURCES,
    ...WORK_SOURCES,
    ...FROM_SOURCES,
    ...CLAUSE_SOURCES,
    ...IDIOM_SOURCES,
    ...AGENTLESS_SOURCES,
    ...HELD_SOURCES,
    ...OWNERLESS_SOURCES,
    ...AUDIT_SOURCES,
  ])('%s', (text, phrase, source) => {
    expectSourceOver(text, phrase, source);
  });
});

describe('does not flag', () => {
  test.each([
    ...SHARE_SILENT,
    ...WORK_SILENT,
    ...FROM_SILENT,
    ...CLAUSE_SILENT,
    ...IDIOM_SILENT,
    ...AGENTLESS_SILENT,
    ...HELD_SILENT,
    ...OWNERLESS_SILENT,
    ...AUDIT_SILENT,
  ])('%s', (text) => {
    expectNoAttribution(text);
  });
});

describe('an owned claim is not agentless, and a name in an object relative is not the speaker', () => {
  test.each(NOT_OWNERLESS)('%s', (text, phrase) => {
    const at = text.indexOf(phrase);
    const over = attributionsOf(text).filter((f) => f.start <= at && f.end >= at + phrase.length);
    expect(over.map((f) => f.source)).not.toContain('agentless');
  });
  test.each(RELATIVE_SPEAKERS)('%s', (text, name) => {
    expect(attributionsOf(text).filter((f) => f.text.startsWith(name))).toEqual([]);
  });
});
