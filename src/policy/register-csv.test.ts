import { describe, expect, it } from 'vitest';
import { policyWith } from '../../test/helpers/policy-variants.js';
import { parseCsv } from '../../test/helpers/rfc4180.js';
import { buildRegister } from './register.js';
import { registerToCsv, toCsv } from './register-csv.js';

const BOM = '\uFEFF';

describe('registerToCsv', () => {
  const { policy } = policyWith('example');

  it('writes a byte-order mark, one header row and one CRLF-terminated row per activity', () => {
    const csv = registerToCsv(buildRegister(policy, { lang: 'en' }));
    expect(csv.startsWith(BOM)).toBe(true);
    const records = parseCsv(csv.slice(BOM.length));
    expect(records).toHaveLength(1 + policy.activities.length);
    expect(records[0]?.slice(0, 3)).toEqual(['Activity', 'Purpose', 'Legal basis']);
    expect(records.slice(1).map((r) => r[0])).toEqual(policy.activities.map((a) => a.id));
    for (const record of records) expect(record).toHaveLength(records[0]!.length);
  });

  it('encodes "ë" as UTF-8, so spreadsheets that honour the mark show it intact', () => {
    const bytes = Buffer.from(registerToCsv(buildRegister(policy, { lang: 'nl' })), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = bytes.toString('utf8').split('\r\n')[0]!;
    expect(header).toContain('Categorieën persoonsgegevens');
    expect(bytes.includes(Buffer.from([0xc3, 0xab]))).toBe(true); // ë
  });

  it('joins multi-valued cells with "; " and quotes cells that contain commas', () => {
    const csv = registerToCsv(buildRegister(policy, { lang: 'en' }));
    const records = parseCsv(csv.slice(BOM.length));
    const column = records[0]!.indexOf('Categories of personal data');
    expect(records[1]?.[column]).toBe('First and last name; Address; Email address; Bank account number');
    // The controller's address has commas, so the raw line must carry it quoted.
    expect(csv).toContain('"Bezuidenhoutseweg 98, 2594AZ Den Haag, NL; +31857828878;');
  });

  it('round-trips purposes with commas, quotes and line breaks through an RFC 4180 reader', () => {
    const tricky = 'Pay, then "confirm"\r\nby mail\nor "phone", twice';
    const { policy: variant } = policyWith('example', {
      'activities.0.purpose': { nl: tricky, en: tricky },
    });
    const records = parseCsv(registerToCsv(buildRegister(variant, { lang: 'en' })).slice(BOM.length));
    expect(records).toHaveLength(1 + variant.activities.length);
    expect(records[1]?.[1]).toBe(tricky);
  });

  it('keeps a spreadsheet from running a purpose that looks like a formula', () => {
    const formula = '=HYPERLINK("https://evil.example","pay")';
    const { policy: variant } = policyWith('example', {
      'activities.0.purpose': { nl: formula, en: formula },
    });
    const records = parseCsv(registerToCsv(buildRegister(variant, { lang: 'en' })).slice(BOM.length));
    expect(records[1]?.[1]).toBe(`'${formula}`);
  });
});

describe('toCsv', () => {
  it('quotes exactly the fields that need it and doubles inner quotes', () => {
    expect(toCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', '']])).toBe(
      `${BOM}plain,"a,b","say ""hi""","two\nlines",\r\n`,
    );
  });
});
