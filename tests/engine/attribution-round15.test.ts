/**
 * Round 14 attribution shapes: a share of a group met before speaking ("Some of them said"), a headline's crowd over
 * a notice of a service ("Commuters: the trains will run hourly") as no source, works narrating their plot ("The
 * film tells the story of"), an app's warning as a document, the holder of a passive likeness or view named after it
 * ("likened to a rocket by critics"), a verdict in a relative clause ("a plan that critics call a disaster"), words
 * of blame "from" someone ("criticism from local farmers"), crowds with named examples ("Critics, including Lena
 * Okafor, said"), comment clauses ("The levy must rise, the panel concluded."), tests as records, and idioms of
 * telling ("took issue with", "made her support clear", "makes no mention of", "touched on"), talk and forecasts
 * nobody holds ("favoured to win", "as predicted", "amid hopes that"), a denied passive ("is not known"), views held
 * "among" a group ("concern among farmers") and habits of saying ("fans tend to say"). Rows in
 * attribution-cases-round14.ts.
 */
import { describe, test } from 'vitest';
import { expectNoAttribution, expectSourceOver } from './attribution-over.ts';
import {
  AGENTLESS_SILENT,
  AGENTLESS_SOURCES,
  CLAUSE_SILENT,
  CLAUSE_SOURCES,
  FROM_SILENT,
  FROM_SOURCES,
  HELD_SILENT,
  HELD_SOURCES,
  IDIOM_SILENT,
  IDIOM_SOURCES,
  SHARE_SILENT,
  SHARE_SOURCES,
  WORK_SILENT,
  WORK_SOURCES,
} from './attribution-cases-round14.ts';

describe('flags', () => {
  test.each([...SHARE_SOURCES, ...WORK_SOURCES, ...FROM_SOURCES, ...CLAUSE_SOURCES, ...IDIOM_SOURCES, ...AGENTLESS_SOURCES, ...HELD_SOURCES])('%s', (text, phrase, source) => {
    expectSourceOver(text, phrase, source);
  });
});

describe('does not flag', () => {
  test.each([...SHARE_SILENT, ...WORK_SILENT, ...FROM_SILENT, ...CLAUSE_SILENT, ...IDIOM_SILENT, ...AGENTLESS_SILENT, ...HELD_SILENT])('%s', (text) => {
    expectNoAttribution(text);
  });
});
