/**
 * Invented news prose for the benchmark and the fuzz test, written for this project (no dataset text).
 * It mixes what the engine looks for — named, anonymous and vague sources, documents, statistics,
 * direct quotes, hedges and loaded words — so that timing covers the detectors' real work, not only parsing.
 */

/** Paragraphs of invented, news-like prose; the places, people and figures are fictional. */
export const INVENTED_PARAGRAPHS: readonly string[] = [
  'The city council of Harwick voted 7 to 2 on Tuesday to close the Eastgate water treatment plant by March, ' +
    'according to minutes published on the council website. Mayor Irene Castellano said the plant had ' +
    '“outlived every repair we could afford” and that residents would see no change in their bills. ' +
    'Two council members who voted against the plan said the vote was rushed.',
  'Officials familiar with the negotiations, who were not authorised to speak publicly, said the regional ' +
    'utility had offered to absorb the plant’s 46 employees. A spokesperson for the utility, Daniel Okafor, ' +
    'declined to confirm the figure. “We are talking to everyone involved, and we will say more when there is ' +
    'something to say,” he said in a statement on Wednesday.',
  'Critics say the closure is a disastrous giveaway that will leave the east side at the mercy of a private ' +
    'monopoly. Many residents believe the decision was made long before the public hearing. It is widely seen ' +
    'as the first step towards selling the city’s water network, although no such proposal has been filed.',
  'A 2023 report by the state Environmental Quality Board found that the plant exceeded its permitted ' +
    'nitrate levels on 14 of 365 days. The board’s chair, Dr. Miriam Feld, told reporters that the findings ' +
    '“do not suggest any risk to drinking water today” but that the equipment was nearing the end of its life.',
  'Prices for bulk water in the region rose 3.2 percent last quarter, the Harwick Chamber of Commerce said. ' +
    'Experts warn that the closure could push prices higher still, and some analysts predict shortages within ' +
    'two summers. The utility will hold an open meeting at the Eastgate library on Thursday at 6 p.m.',
  '“This is a betrayal, plain and simple,” said Rosa Lindqvist, who has lived near the plant for thirty ' +
    'years. “Nobody asked us. They will clearly ignore us again.” Her neighbour, a retired engineer who asked ' +
    'not to be named because he still consults for the utility, said the plant “may have a few good years ' +
    'left, if anyone were willing to pay for them.”',
  'The closure is expected to save the city about $4.1 million a year, according to a budget memo seen by ' +
    'The Harwick Ledger. The memo, dated October 2, says the savings would pay for new pipes on 22 streets. ' +
    'It has been reported that the state may challenge the plan in court. Observers say the dispute reflects ' +
    'a deeper crisis of trust between the council and the neighbourhoods it serves.',
];
