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

  it('takes an abbreviated title that heads the street, and the additions of forms and labels', () => {
    const text = [
      'Kon. Wilhelminaweg 13, 9713 BN',
      'Burg. de Withstraat 95 (2765 KV)',
      'Eikenstraat 99 rd, 1829PH',
      'Koningin Julianalaan 38 B10',
      'Oosterdijk 19/3 (juist)',
      'Jacob van Lennepkade 104 2-hoog.',
      'Schoolweg 32 zw',
    ].join('\n');
    expect(valuesOf('postal_address', text)).toEqual([
      'Kon. Wilhelminaweg 13',
      'Burg. de Withstraat 95',
      'Eikenstraat 99 rd',
      'Koningin Julianalaan 38 B10',
      'Oosterdijk 19/3',
      'Jacob van Lennepkade 104 2-hoog',
      'Schoolweg 32 zw',
    ]);
  });

  it('reads a street in capitals by its street word, and leaves other capitals with numbers alone', () => {
    expect(
      valuesOf('postal_address', 'KIEVITSTRAAT 120 BG 5214 AJ; HUGO DE GROOTSTRAAT 18, 8605 AM'),
    ).toEqual(['KIEVITSTRAAT 120 BG', 'HUGO DE GROOTSTRAAT 18']);
    expect(valuesOf('postal_address', 'Windows NT 10 en IBAN ABNA 0417; Dr. Jansen woont hier')).toEqual([]);
  });

  it('takes a street typed in lower case with a postcode after it or an address cue before it', () => {
    const text =
      'nw adres koolmeeslaan 19-2 3708 xj zeist. Jet | rozenstraat 122b | 6135SV Sittard. Ms Blom\noudegracht 157\n3844 WT';
    expect(valuesOf('postal_address', text)).toEqual([
      'koolmeeslaan 19-2',
      'rozenstraat 122b',
      'oudegracht 157',
    ]);
    expect(valuesOf('postal_address', 'adres: margrietenpark 35!')).toEqual(['margrietenpark 35']);
    expect(valuesOf('postal_address', 'we rijden de hoofdweg 12 keer; zie hoofdstraat 5')).toEqual([]);
  });
});
