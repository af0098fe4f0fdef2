/**
 * Last words of newspapers' and magazines' names: "the Harbour Post", "the Daily Ledger", "Field Weekly", "the Kelby
 * Echo". One list, so every rule that tells a paper's masthead from another capitalised title reads the same words.
 */

/** Words that end a newspaper's or magazine's name. */
export const PAPER_WORDS = new Set([
  ...['times', 'post', 'news', 'journal', 'herald', 'tribune', 'guardian', 'telegraph', 'review', 'magazine'],
  ...['gazette', 'daily', 'weekly', 'monitor', 'chronicle', 'observer', 'ledger', 'inquirer', 'bulletin', 'courier'],
  ...['dispatch', 'sentinel', 'examiner', 'globe', 'mail', 'express', 'standard', 'star', 'economist', 'register'],
  ...['echo', 'mirror', 'record', 'argus', 'advertiser', 'clarion', 'leader', 'press'],
]);

/** Nouns for a paper that may stand before its name: "the journal Nature", "the magazine Field". */
export const PAPER_KINDS = new Set(['journal', 'newspaper', 'magazine', 'paper', 'tabloid', 'weekly', 'daily', 'broadsheet']);
