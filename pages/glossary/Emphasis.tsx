/** Example sentences mark the words Sourcelight would flag between asterisks: "The *extremist* mayor". */

/** The text split at asterisks: even parts plain, odd parts the flagged words. */
export function splitEmphasis(text: string): Array<{ text: string; flagged: boolean }> {
  return text
    .split('*')
    .map((part, i) => ({ text: part, flagged: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}

/** The sentence with its flagged words in <mark>, rendered as text only. */
export function Emphasis({ text }: { text: string }) {
  return (
    <>
      {splitEmphasis(text).map((part, i) =>
        part.flagged ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
