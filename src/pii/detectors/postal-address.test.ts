import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

describe('street-address detector', () => {
  it('finds Dutch streets by their ending, with house number and addition', () => {
    const text =
      'Ik woon aan de Kerkstraat 12A, mijn zus op Stationsweg 3-II en oma aan de Lindenlaan 27 bis.';
    expect(valuesOf('postal_address', text)).toEqual([
      'Kerkstraat 12A',
      'Stationsweg 3-II',
      'Lindenlaan 27 bis',
    ]);
  });

  it('finds multi-word names and streets headed by a street word', () => {
    const text =
      'Prins Hendrikkade 104, Burgemeester de Monchyplein 14, Laan van Meerdervoort 52, Van Baerlestraat 5';
    expect(valuesOf('postal_address', text)).toEqual([
      'Prins Hendrikkade 104',
      'Burgemeester de Monchyplein 14',
      'Laan van Meerdervoort 52',
      'Van Baerlestraat 5',
    ]);
  });

  it('finds a street without a known ending when a postcode follows', () => {
    expect(valuesOf('postal_address', 'Noordeinde 68, 2514 GL Den Haag')).toEqual(['Noordeinde 68']);
    expect(valuesOf('postal_address', 'Lange Voorhout 9\n2514 EA Den Haag')).toEqual(['Lange Voorhout 9']);
  });

  it('finds English addresses, number first or last', () => {
    expect(
      valuesOf('postal_address', 'I live at 221B Baker Street, near 10 Downing St. and 12 Main Rd'),
    ).toEqual(['221B Baker Street', '10 Downing St.', '12 Main Rd']);
  });

  it('leaves city names with numbers, article numbers and sentence words alone', () => {
    const text = 'Vergadering in Rotterdam 3 maart. Artikel 12 geldt. Versie 2 komt. Spring 2024 release.';
    expect(valuesOf('postal_address', text)).toEqual([]);
  });
});
