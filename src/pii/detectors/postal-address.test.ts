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

  it('reads floors and entrances as additions, in any case, also in an export cell', () => {
    expect(
      valuesOf(
        'postal_address',
        'Zeedijk 114 3-hoog, Koolmeesveld 160 3e verd., ORCHIDEEËNSTRAAT 21 1-HOOG en Berkenstraat 23 bv, 8604 ZB',
      ),
    ).toEqual([
      'Zeedijk 114 3-hoog',
      'Koolmeesveld 160 3e verd.',
      'ORCHIDEEËNSTRAAT 21 1-HOOG',
      'Berkenstraat 23 bv',
    ]);
    const dump = "INSERT INTO c (email, address, pc) VALUES ('koen@ziggo.nl','Windsingel 20 A08','1812GT');";
    expect(valuesOf('postal_address', dump)).toEqual(['Windsingel 20 A08']);
  });

  it('reads a house number on its own after its key, a cue or a postcode', () => {
    expect(valuesOf('postal_address', 'GET /adrescheck?postcode=3046VB&huisnummer=144 HTTP/1.1')).toEqual([
      '144',
    ]);
    expect(valuesOf('postal_address', 'msg="address changed" House_Number=12 postcode=2726CH')).toEqual([
      '12',
    ]);
    expect(
      valuesOf('postal_address', 'adrescheck ok (pc+hnr 13 A). opm: bellen bij 2-H\nnote: ring at 25 boven'),
    ).toEqual(['13 A', '2-H', '25 boven']);
    expect(valuesOf('postal_address', '07:13  Klant: 9728 WL nr 5\n07:14  Klant: 4001 EJ, 17-H\n')).toEqual([
      '5',
      '17-H',
    ]);
    // A number after a postcode that goes on is something else: a date, a count.
    expect(valuesOf('postal_address', 'Postcode 1234 AB 12 maart verhuisd; bestelling=12')).toEqual([]);
  });

  it('reads lower-case streets after titles, and streets headed by korte, lange, achter', () => {
    expect(valuesOf('postal_address', 'new addr adm. de ruijterweg 20 1504 ka zaandam')).toEqual([
      'adm. de ruijterweg 20',
    ]);
    expect(valuesOf('postal_address', 'per post naar van speijkstraat 363 zw, 7424 GC')).toEqual([
      'van speijkstraat 363 zw',
    ]);
    expect(valuesOf('postal_address', 'nw adres korte poten 87-1hg 5709 mm helmond')).toEqual([
      'korte poten 87-1hg',
    ]);
    expect(
      valuesOf('postal_address', 'De monteur komt naar Lange Voorhout 91. Burgem. Jansenstraat 16, 8939 DD'),
    ).toEqual(['Lange Voorhout 91', 'Burgem. Jansenstraat 16']);
    // A particle alone does not join: "naar de kerkstraat".
    expect(valuesOf('postal_address', 'naar de kerkstraat 12, 1234 ab')).toEqual(['kerkstraat 12']);
  });
});

describe('additions written together or in two parts, and streets without a street word', () => {
  it('reads additions glued to the number and a letter with a further part', () => {
    expect(
      valuesOf(
        'postal_address',
        'Stationsweg 209hs; Molenerf 120B rd; Noorderstraat 235c-rd; Rode Weeshuisstraat 189II; De Wieken 176Azw, 9713KJ',
      ),
    ).toEqual([
      'Stationsweg 209hs',
      'Molenerf 120B rd',
      'Noorderstraat 235c-rd',
      'Rode Weeshuisstraat 189II',
      'De Wieken 176Azw',
    ]);
  });

  it('reads a floor number where the cell ends, not a number that goes on', () => {
    expect(
      valuesOf('postal_address', 'Bezorgadres: Noorderstraat 162 2; Kerkstraat 12 3 keer; Hoofdweg 8 12th'),
    ).toEqual(['Noorderstraat 162 2', 'Kerkstraat 12', 'Hoofdweg 8']);
  });

  it('takes any name and number before a lower-case postcode or after an address cue', () => {
    expect(
      valuesOf(
        'postal_address',
        'Philippa\nZuiderdiep 50, 2570 tp Den Haag; wonende De Wieken 145 te Utrecht.',
      ),
    ).toEqual(['Zuiderdiep 50', 'De Wieken 145']);
  });

  it('leaves a version or a date near an address cue alone', () => {
    expect(
      valuesOf(
        'postal_address',
        'Versie 12, 2019 en later. Vorig adres: (tot February 6, 2024). Adres: Sinds 15-09-2023 stuk. Ons adres is gewijzigd; Windows 10 ook',
      ),
    ).toEqual([]);
  });
});

describe('street names of the north, across the border, and after a street’s namesake', () => {
  it('reads the initials and title of a street’s namesake, the side of a canal, and entrance letters', () => {
    expect(
      valuesOf(
        'postal_address',
        'Klopt het adres Dr. A.F. Philipsweg 52B 2, 6541 TN nog? Vaart ZZ 230B, 3042 tp; J. P. Coenstraat 4; Wilhelminakade 82c A',
      ),
    ).toEqual(['Dr. A.F. Philipsweg 52B 2', 'Vaart ZZ 230B', 'J. P. Coenstraat 4', 'Wilhelminakade 82c A']);
  });

  it('reads German streets, canal streets and a street whose postcode line is indented', () => {
    expect(
      valuesOf(
        'postal_address',
        'Bezorgen op:\n\n  Turfschip 155III\n  3515RJ Utrecht\nof Hauptstraße 51a, Emden; Ubbo-Emmius-Straße 32; Zuiderdiep 191',
      ),
    ).toEqual(['Turfschip 155III', 'Hauptstraße 51a', 'Ubbo-Emmius-Straße 32', 'Zuiderdiep 191']);
  });

  it('leaves a label before the street, a lone side of the water and initials before a non-street alone', () => {
    expect(
      valuesOf(
        'postal_address',
        '[21:52] Aansluitadres Zuiderdiep 43 (1881MT); lees NZ 12 keer; A.F. Jansen 12 keer',
      ),
    ).toEqual(['Zuiderdiep 43']);
  });
});

describe('streets headed by a preposition, and colour additions', () => {
  it('reads "In de Kamp", "Op de Berg" as the street, but not a sentence before a street word', () => {
    expect(
      valuesOf(
        'postal_address',
        'I live at In de Kamp 196 and; Op de Berg 12, 6211 AB; In de Kerkstraat 12 woont; Wilhelminasingel 227 zwart',
      ),
    ).toEqual(['In de Kamp 196', 'Op de Berg 12', 'Kerkstraat 12', 'Wilhelminasingel 227 zwart']);
  });
});
