/**
 * A short invented news story the background analyses a few times after a reader's analysis, while they read
 * (engine.ts, optimise): V8 optimises a function only once it has run hot for a while, so the reader's next
 * article meets optimised code. Written for Sourcelight, like every test text: no page or data-set text. It
 * touches what the detectors look for (named, anonymous and vague sources, a document, quotations, figures,
 * hedges, predictions, loaded and certain wording) so that their code, not only wink's, gets hot. Short enough
 * that one analysis of it holds the background's thread for a few milliseconds once warm (about 15 at most
 * while still cold), so an analysis the reader asks for meanwhile waits little.
 */

/** The practice story: about 160 words (960 characters), plain ASCII but for the curly quotes news pages use. */
export const PRACTICE_TEXT = [
  'The harbour authority said on Friday that freight traffic through the port of Kellmouth fell by 12 percent last year, according to its annual report.',
  '“We expected a dip, not a collapse,” said Tomas Brennan, the authority’s director of operations.',
  'Two dock workers, who asked not to be named because they feared losing their jobs, said the cranes had been idle for weeks.',
  'Experts say the decline could deepen if fuel prices keep rising.',
  'It is widely believed that the new bypass will draw lorries away from the town centre by 2030.',
  'Critics called the plan a reckless gamble with public money, and the opposition leader, Ana Ruiz, told reporters it was “clearly doomed”.',
  'Of course, nobody knows what the winter will bring.',
  'The council will vote on the budget on Tuesday, a spokesperson confirmed.',
  'Shares in the shipping firm rose 3 percent in early trading, while the city’s biggest employer announced 400 job cuts.',
  'Some residents reportedly blamed the mayor.',
].join(' ');
