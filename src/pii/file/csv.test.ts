import { describe, expect, it } from 'vitest';
import { CsvParser, detectDelimiter } from './csv.js';

function parseAll(chunks: string[], file = 'x.csv') {
  const p = new CsvParser(file);
  const records = chunks.flatMap((c) => p.push(c));
  return [...records, ...p.end()].map((r) => [r.line, ...r.fields]);
}

describe('CsvParser', () => {
  it('reads quoted fields with delimiters, escaped quotes and line breaks, CRLF or LF', () => {
    const csv = 'naam,opmerking\r\n"de Vries, Jan","zei ""hoi""\nen ging"\r\nPiet,kort\n';
    expect(parseAll([csv])).toEqual([
      [1, 'naam', 'opmerking'],
      [2, 'de Vries, Jan', 'zei "hoi"\nen ging'],
      [4, 'Piet', 'kort'],
    ]);
  });

  it('gives the same records when the input arrives one character at a time', () => {
    const csv = 'a;b\r\n"x;""y""";z\r\n1;"2\r\n3"\n';
    expect(parseAll([...csv])).toEqual(parseAll([csv]));
  });

  it('leaves a leading byte-order mark out of the first column name, and says it was there', () => {
    const p = new CsvParser('excel.csv');
    const records = [...p.push('\uFEFFE-mail;Naam\nanna@example.org;Anna\n'), ...p.end()];
    expect(records.map((r) => r.fields)).toEqual([
      ['E-mail', 'Naam'],
      ['anna@example.org', 'Anna'],
    ]);
    expect(p.hadBom).toBe(true);
    expect(parseAll(['\uFEFF', 'a,b\n1,2\n'])).toEqual(parseAll(['a,b\n1,2\n']));
    // Only at the very start: further on it is content.
    expect(parseAll(['a,b\n\uFEFF1,2\n'])[1]).toEqual([2, '\uFEFF1', '2']);
  });

  it('picks the delimiter from the header line', () => {
    expect(detectDelimiter('naam;email;"a,b"')).toBe(';');
    expect(detectDelimiter('naam\temail\tbsn')).toBe('\t');
    expect(detectDelimiter('naam,email')).toBe(',');
  });

  it('names the line of a malformed record', () => {
    expect(() => parseAll(['a,b\n1,"open\n2,3\n'])).toThrow(
      /x\.csv:4: a quoted field opened on line 2 is never closed/,
    );
    expect(() => parseAll(['a,b\n1,x"y\n'])).toThrow(/x\.csv:2: a quote inside an unquoted field/);
    expect(() => parseAll(['a,b\n"1"x,2\n'])).toThrow(/x\.csv:2: text after the closing quote/);
  });
});
