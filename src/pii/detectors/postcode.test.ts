import { describe, expect, it } from 'vitest';
import { found, valuesOf } from '../../../test/helpers/pii.js';

describe('postcode detector', () => {
  it('finds Dutch postcodes with and without the space, in text and query strings', () => {
    expect(valuesOf('postcode', '1234 AB Amsterdam; 3511LX Utrecht; ?postcode=2514GL&huisnummer=68')).toEqual(
      ['1234 AB', '3511LX', '2514GL'],
    );
  });

  it('never takes a postcode starting with 0 or the unissued pairs SA, SD, SS', () => {
    expect(valuesOf('postcode', 'postcode 0123 AB, postcode 1234 SA, postcode 1234 SS')).toEqual([]);
  });

  it('leaves units and years alone unless a place or a postcode cue makes it an address', () => {
    expect(valuesOf('postcode', 'Het bestand is 1024 MB, in 2023 NL groeide het')).toEqual([]);
    expect(valuesOf('postcode', 'Het bestand is 1024 MB groot; adres: 2023 BV Haarlem')).toEqual(['2023 BV']);
  });

  it('takes a unit-like pair when the next cell of an export row is a place', () => {
    expect(valuesOf('postcode', 'K1;Hoofdstraat 317;4337 KM;Middelburg\nK2;Dorpsweg 2;4262BV\tEde')).toEqual([
      '4337 KM',
      '4262BV',
    ]);
    expect(valuesOf('postcode', 'schijf;1024 MB;vrij')).toEqual([]);
  });

  it('takes a lower-case postcode after a house number or before a place in capitals, not a word or unit after a number', () => {
    expect(
      valuesOf(
        'postcode',
        'nw adres koolmeeslaan 19-2 3708 xj zeist. Rozenweg 164, 2721 db. Watererf 38 III\n4819dn BREDA',
      ),
    ).toEqual(['3708 xj', '2721 db', '4819dn']);
    expect(valuesOf('postcode', 'postcode: 4562 ab')).toEqual(['4562 ab']);
    expect(valuesOf('postcode', 'in 2023 en daarna; verbruik 1200 mb; kamer 12 1999 ab; 4562 ab')).toEqual(
      [],
    );
  });

  it('reads a postcode cell after a house-number cell by its column, not as a decimal', () => {
    const csv = 'naam,straat,huisnummer,postcode\nFemke,Kievitstraat,30,2803 RJ\nJan,Dorpsstraat,3,2803 rj';
    expect(valuesOf('postcode', csv)).toEqual(['2803 RJ', '2803 rj']);
    expect(valuesOf('postcode', 'bedrag 30,2803 RJ')).toEqual([]);
  });
});

describe('Belgian and German postcodes after a street address', () => {
  it('takes four or five digits between an address and a capitalised place', () => {
    const text =
      'Klopt het adres Koningin Astridlaan 52 bus 8, 3509 Hasselt nog? Adres: Grote Markt 32/20, 2300 Turnhout\n  Turnhoutsebaan 140\n  3500 HASSELT';
    expect(
      found(text, { types: ['postcode', 'postal_address'] }).filter((f) => f.startsWith('postcode')),
    ).toEqual(['postcode: 3509', 'postcode: 2300', 'postcode: 3500']);
  });

  it("takes the digits after a country's letters", () => {
    const text =
      'Adres: Am Markt 66, D-41180 Mönchengladbach; Kerkstraat 12, B-3500 Hasselt; Hauptstraße 3, DE-52062 Aachen';
    expect(
      found(text, { types: ['postcode', 'postal_address'] }).filter((f) => f.startsWith('postcode')),
    ).toEqual(['postcode: 41180', 'postcode: 3500', 'postcode: 52062']);
  });

  it("takes the postcode in the cell after an address's cells, and a Dutch one typed in lower case", () => {
    const sql = [
      "INSERT INTO k VALUES (1, 'Hoogstraat 68', '6005 lp', 'Weert');",
      "INSERT INTO k VALUES (2, 'Bahnhofstraße 9', '52511', 'Geilenkirchen');",
      "INSERT INTO k VALUES (3, 'Kerkstraat 12', '6211 pc', 'Maastricht');",
    ].join('\n');
    const csv = [
      'K-3742236;Ann;Mertens;Kerkplein;176;;3630;Maasmechelen',
      'K-1835603;Jens;Geerts;Rijksweg;165;;3700;Tongeren',
      'K-2236001;Ann;Peeters;Stationsstraat;140;;3500;Hasselt',
    ].join('\n');
    const postcodes = (text: string) =>
      found(text, { types: ['postcode', 'postal_address'] }).filter((f) => f.startsWith('postcode'));
    expect(postcodes(sql)).toEqual(['postcode: 6005 lp', 'postcode: 52511', 'postcode: 6211 pc']);
    expect(postcodes(csv)).toEqual(['postcode: 3630', 'postcode: 3700', 'postcode: 3500']);
    expect(postcodes('Found in CRM: 30847348 / Gewandeweg 101 / 3536 vp')).toEqual(['postcode: 3536 vp']);
  });

  it('leaves numbers without an address before them, or without a place after them, alone', () => {
    const text = 'Factuur 2024 Hasselt; Kerkstraat 12, 2024 klanten; Kerkstraat 12 en 3509 Hasselt';
    expect(
      found(text, { types: ['postcode', 'postal_address'] }).filter((f) => f.startsWith('postcode')),
    ).toEqual([]);
  });
});
