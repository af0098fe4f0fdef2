/**
 * Round 13 attribution shapes: sources after a set-off cue that no list knows ("according to an ad overview"),
 * hyphenated compounds in a source phrase ("a fund-raising document"), and texts pointed to in passing ("As
 * stated in the letter"), collections ("a number of officials"), and subjects described past "into" or "about",
 * speech verbs listed among a subject's acts ("hid the files, admitted it had lost others"), each with near misses
 * that stay silent; a headline's crowd before a colon ("Economists: rates will rise"); participles that borrow a
 * far or unknown subject, or open the sentence ("Noting that the river had risen, Lind closed the road"); headline
 * verbs in the past tense ("Okafor Just Vowed To"); "agree" as a deal or a view; plurals that are surnames or crowds
 * ("Sanders said", "Cooks said"); a relative clause's mis-tagged verb ("Fans who support the team say"); unsourced
 * judgements in the passive ("was panned by critics", "has been likened to") and unnamed documents ("Recent studies
 * show"). Rows in attribution-cases-round13.ts and attribution-cases-weasel.ts.
 */
import { describe, test } from 'vitest';
import { expectNoAttribution, expectSourceOver } from './attribution-over.ts';
import {
  AGREED_SILENT,
  AGREED_SOURCES,
  BORROWED_SILENT,
  BORROWED_SOURCES,
  CUE_SILENT,
  CUE_SOURCES,
  HEADLINE_SILENT,
  HEADLINE_SOURCES,
  LABEL_SILENT,
  LABEL_SOURCES,
  LISTED_SILENT,
  LISTED_SOURCES,
  RELATIVE_SOURCES,
  SUBJECT_SILENT,
  SUBJECT_SOURCES,
  SURNAME_SOURCES,
} from './attribution-cases-round13.ts';
import { WEASEL_SILENT, WEASEL_SOURCES } from './attribution-cases-weasel.ts';

describe('flags', () => {
  test.each([...CUE_SOURCES, ...SUBJECT_SOURCES, ...LISTED_SOURCES, ...LABEL_SOURCES, ...BORROWED_SOURCES, ...HEADLINE_SOURCES, ...AGREED_SOURCES, ...SURNAME_SOURCES, ...RELATIVE_SOURCES, ...WEASEL_SOURCES])('%s', (text, phrase, source) => {
    expectSourceOver(text, phrase, source);
  });
});

describe('does not flag', () => {
  test.each([...CUE_SILENT, ...SUBJECT_SILENT, ...LISTED_SILENT, ...LABEL_SILENT, ...BORROWED_SILENT, ...HEADLINE_SILENT, ...AGREED_SILENT, ...WEASEL_SILENT])('%s', (text) => {
    expectNoAttribution(text);
  });
});
