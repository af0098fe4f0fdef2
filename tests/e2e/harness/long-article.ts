/**
 * A long article of any length for the performance tests, built from sentences written for Sourcelight
 * (invented, like every test page): sourced, unsourced, hedged and loaded ones, with links, so the engine
 * and the highlights have realistic work to do.
 */

const SENTENCES = [
  'The regional water board said on Monday that reservoir levels had fallen to 41 percent, the lowest for the month since records began.',
  'Engineers at the Dunmore treatment works have been working double shifts since the pumps failed, according to a <a href="https://water.example/notices/dunmore">notice on the board\'s website</a>.',
  'Residents in the east of the city were told to boil their water for at least three more days.',
  'Critics say the board ignored warnings about the ageing pumps for years.',
  'It is believed that two of the six pumps were installed in the 1970s.',
  'The board\'s chief executive, Miriam Achebe, said the failure was "regrettable but contained".',
  'This is a disaster that was entirely predictable and utterly avoidable.',
  'Officials who asked not to be named because they were not allowed to speak to the press said repairs could take a fortnight.',
  'Shops near the river reported a run on bottled water by Tuesday afternoon.',
  'The city council has called an emergency meeting for Thursday, a spokesperson said.',
  'Experts warn that similar failures could happen anywhere in the region.',
  'The cost of the repairs is estimated at 3.2 million, according to the <a href="https://council.example/papers/emergency-budget">council\'s emergency budget paper</a>.',
  'Clearly, the board has lost the trust of the people it serves.',
  'Hospitals have their own supply and are not affected, the health authority said in a statement.',
  'Some residents may have fallen ill after drinking unboiled water, reportedly.',
  'The opposition leader called the board\'s handling of the crisis "a shambles from start to finish".',
];

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Article body paragraphs (HTML) of at least `words` words. */
export function longArticleParagraphs(words: number): string[] {
  const paragraphs: string[] = [];
  let count = 0;
  for (let p = 0; count < words; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const sentence = SENTENCES[(p * 5 + s * 3) % SENTENCES.length];
      sentences.push(sentence);
      count += sentence.replace(/<[^>]+>/g, '').split(/\s+/).length;
    }
    // Sentences carry their own links; anything else is plain text, so only the paragraph number needs care.
    paragraphs.push(`<p data-n="${escapeText(String(p))}">${sentences.join(' ')}</p>`);
  }
  return paragraphs;
}
