/** A strict RFC 4180 parser written for the tests, to read exported CSV back. */

/** RFC 4180: records end in CRLF; a field is bare (no quote, comma or line break) or quoted with "" for ". */
export function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < csv.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (csv[i] === '"') {
        i++;
        for (;;) {
          if (i >= csv.length) throw new Error('unterminated quoted field');
          if (csv.startsWith('""', i)) {
            field += '"';
            i += 2;
          } else if (csv[i] === '"') break;
          else field += csv[i++];
        }
        i++;
      } else {
        while (i < csv.length && !/[,\r\n"]/.test(csv[i])) field += csv[i++];
        if (csv[i] === '"' || csv[i] === '\n') throw new Error(`bad character at ${i}`);
      }
      record.push(field);
      if (csv[i] === ',') i++;
      else if (csv.startsWith('\r\n', i)) {
        i += 2;
        break;
      } else throw new Error(`expected , or CRLF at ${i}`);
    }
    records.push(record);
  }
  return records;
}
