/**
 * A strict RFC 4180 reader for tests: records end in CRLF, fields are quoted when they hold commas,
 * quotes or line breaks, and quotes inside are doubled. Anything else (a bare LF between records, a
 * quote inside an unquoted field, text after a closing quote) throws, so a writer that bends the
 * rules fails the test instead of being read leniently.
 *
 * `eol` is the record separator: CRLF as the RFC says, or LF to read what LibreOffice exports on Linux.
 *
 * @example
 *   parseCsv('a,"b ""c"""\r\n'); // → [['a', 'b "c"']]
 */
export function parseCsv(text: string, eol: '\r\n' | '\n' = '\r\n'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not RFC 4180 at offset ${i}: ${why}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote inside an unquoted field');
        field += text[i];
        i++;
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith(eol, i)) {
      records.push(record);
      record = [];
      i += eol.length;
      continue;
    }
    if (i < text.length) fail(`unexpected ${JSON.stringify(text[i])} after a field`);
  }
  if (record.length > 0) fail('last record does not end with a line break');
  return records;
}
