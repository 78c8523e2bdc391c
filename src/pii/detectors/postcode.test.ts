import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

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
});
