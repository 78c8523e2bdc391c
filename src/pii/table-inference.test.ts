import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../test/helpers/pii.js';
import { inferHeader } from './table-inference.js';

const customers = [
  '47441811;"Wilma";;Roelofs;Kerkstraat;12;;4336 PG;Middelburg',
  '"714-131-232";Remco;van;"Ommen";Dorpssingel;34;3e verd.;1788 XK;Den Helder',
  '68795723;Yusuf;;Koç;Damrak;27;;3841 CG;Harderwijk',
  'K7493167;Kim;;"Lemmens";Spoorstraat;279;H;9729 pn;Groningen',
].join('\n');

describe('inferHeader: columns of an export without a header row', () => {
  it('names given-name, particle, surname, street, house-number and addition columns from their values', () => {
    expect(inferHeader(customers)?.cells).toEqual([
      '',
      'voornaam',
      'tussenvoegsel',
      'achternaam',
      'straat',
      'huisnummer',
      'toevoeging',
      '',
      '',
    ]);
    expect(inferHeader(customers)?.delimiter).toBe(';');
  });

  it('finds initials and full-name columns, and a surname column by the lexicon', () => {
    const rows = 'x1,A.M.G.,Jansen,1\nx2,S.,De Vries,2\nx3,J.A.,Bakker,3\nx4,P.,Visser,4';
    expect(inferHeader(rows)?.cells).toEqual(['', 'voorletters', 'achternaam', '']);
    const full = '1|Sharon Jagessar|a|b\n2|Emre Şahin|a|b\n3|Wybren Dekker|a|b';
    expect(inferHeader(full)?.cells).toEqual(['', 'volledige naam', '', '']);
  });

  it('reads the cells of an inferred column as names and addresses — a short name, a street without suffix', () => {
    expect(valuesOf('person_name', customers)).toEqual(
      expect.arrayContaining(['Wilma', 'Roelofs', 'Remco', 'van', 'Ommen', 'Yusuf', 'Koç', 'Kim', 'Lemmens']),
    );
    expect(valuesOf('postal_address', customers)).toEqual(
      expect.arrayContaining(['Damrak', '27', '3e verd.', 'H']),
    );
  });

  it('finds birth-date and street-and-number columns, and the given names before a known surname column', () => {
    const rows = [
      '1;Harmke;;Bolhuis;Middenstraat 213;2003-02-27;2024-01-02',
      '2;Jelle;de;Boer;Hoofdweg 101-II;13-09-1993;2023-05-06',
      '3;Tsjalling;;Wiersma;Tjalk 151 zw;1988-06-17;2022-02-02',
      '4;Ute;;Bühler;Oude Ebbingestraat 139;1962-01-16;2021-03-03',
    ].join('\n');
    expect(inferHeader(rows)?.cells).toEqual([
      '',
      'voornaam',
      'tussenvoegsel',
      'achternaam',
      'adres',
      'geboortedatum',
      '',
    ]);
  });

  it('finds given name and surname side by side when the lexicon knows three in ten of them together', () => {
    const rows = [
      '36548|84533437|Sjoerd||Postma|a',
      '62989|36605723|Fien||De Smet|b',
      '53846|K9745736|Uwe||Müller|c',
      '1|2|Harmke||Bolhuis|d',
    ].join('\n');
    expect(inferHeader(rows)?.cells).toEqual(['', '', 'voornaam', 'tussenvoegsel', 'achternaam', '']);
  });

  it('finds the surname after a given-name column across a particle column empty in every row', () => {
    const dump = [
      "INSERT INTO customers_old VALUES (6532, '558703513', 'Florian', NULL, 'Krämer', 'x');",
      "INSERT INTO customers_old VALUES (35486, '53700986', 'Yusuf', NULL, 'Yılmaz', 'y');",
      "INSERT INTO customers_old VALUES (91515, '66740491', 'Hendrik', NULL, 'Latuheru', 'z');",
      "INSERT INTO customers_old VALUES (11512, '53708096', 'Derk', NULL, 'Lubbers', 'w');",
    ].join('\n');
    expect(valuesOf('person_name', dump)).toEqual(
      expect.arrayContaining(['Florian', 'Krämer', 'Yusuf', 'Yılmaz', 'Hendrik', 'Latuheru', 'Lubbers']),
    );
  });

  it('gives no header to logs, prose, too few rows, ragged rows, or rows with nothing it recognises', () => {
    expect(inferHeader('a,b,c,d\ne,f,g,h')).toBeUndefined();
    expect(inferHeader('Beste Jan, dank je, echt, top\nGroet, Piet, en, verder\nok')).toBeUndefined();
    expect(inferHeader('1;2;3;4\n5;6;7;8\n9;10;11;12')).toBeUndefined();
    const ragged = '1;Wilma;;Roelofs\n2;Remco;van;Ommen;x;y\n3;Yusuf\n4;Kim;;Lemmens;1;2;3';
    expect(inferHeader(ragged)).toBeUndefined();
    // A city column directly after the house number is no addition: it is always filled.
    const cities = '1;Kerkstraat;12;Tilburg\n2;Dorpsweg;3;Assen\n3;Molenlaan;5;Breda';
    expect(inferHeader(cities)?.cells).toEqual(['', 'straat', 'huisnummer', '']);
  });
});
