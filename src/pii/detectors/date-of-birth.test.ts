import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

describe('date-of-birth detector', () => {
  it('finds dates after a birth cue, in Dutch and English forms', () => {
    const text =
      'Geboren op 12 maart 1985. Geboortedatum: 03-02-1965. DOB 1985-03-12. Born March 12, 1985. geb. 1/2/1970.';
    expect(valuesOf('date_of_birth', text)).toEqual([
      '12 maart 1985',
      '03-02-1965',
      '1985-03-12',
      'March 12, 1985',
      '1/2/1970',
    ]);
  });

  it('leaves plain dates alone: invoice dates, deadlines, log times', () => {
    expect(
      valuesOf('date_of_birth', 'Factuurdatum 12-03-2024, betalen voor 1 april 2024. [12/Mar/2024:10:11:12]'),
    ).toEqual([]);
  });

  it('a cue belongs to the first date after it only', () => {
    expect(valuesOf('date_of_birth', 'Geboren 1985. Factuur 12-03-2024.')).toEqual([]);
  });

  it('reads a birth-date column of a table', () => {
    expect(valuesOf('date_of_birth', 'naam;geboortedatum;klant_sinds\nJan;03-02-1965;01-01-2020')).toEqual([
      '03-02-1965',
    ]);
  });

  it('rejects impossible dates', () => {
    expect(valuesOf('date_of_birth', 'geboren 31-02-1985, geboren 13-13-1985, geboren 32-01-1985')).toEqual(
      [],
    );
  });

  it('takes the keys of JSON, XML and key=value records as birth cues', () => {
    const text =
      '{"date_of_birth":"1995-06-07"} <dateOfBirth>1984-03-12</dateOfBirth> geboorte_datum=12-03-1984 birth_date: 1970-01-20 invoice_date=2024-03-12';
    expect(valuesOf('date_of_birth', text)).toEqual(['1995-06-07', '1984-03-12', '12-03-1984', '1970-01-20']);
  });

  it('reads the birth-date column of SQL dumps, whose name stands far from its values', () => {
    const insert =
      "INSERT INTO `klant` (`id`, `email`, `postcode`, `birth_date`, `created_at`) VALUES\n(1,'a@b.nl','7832RZ','1976-10-15','2024-03-12'),\n(2,'c@d.nl','1011AB','12-03-1985','2024-03-13');";
    expect(valuesOf('date_of_birth', insert)).toEqual(['1976-10-15', '12-03-1985']);
    const copy =
      'COPY public.klant (id, geboortedatum, aangemaakt) FROM stdin;\n1\t1990-02-03\t2024-01-01\n\\.\n';
    expect(valuesOf('date_of_birth', copy)).toEqual(['1990-02-03']);
    // Other date columns, and a birth date in the future, are no birth dates.
    expect(valuesOf('date_of_birth', "INSERT INTO t (id, dob) VALUES (1,'2999-01-01');")).toEqual([]);
  });

  it('reads the answer to a birth question in a chat, not the next line’s time stamp', () => {
    const chat =
      '20-10-2024 15:18 - Jasper: Wat is je geboortedatum?\n20-10-2024 15:19 - Klant: 23-12-2001\n' +
      '[18:39:50] Remco: And your date of birth to verify?\n[18:40:08] Customer: 28 January 1940\n';
    expect(valuesOf('date_of_birth', chat)).toEqual(['23-12-2001', '28 January 1940']);
    // An answer that is no date gives nothing, not a date further on.
    expect(valuesOf('date_of_birth', 'Je geboortedatum?\n07:17  Klant: bestelling van 12-03-2024\n')).toEqual(
      [],
    );
  });
});
