import { describe, expect, it } from 'vitest';
import { found } from '../../../test/helpers/pii.js';
import { canonicalKey } from './keyed-values.js';

const types = { types: ['person_name' as const, 'postal_address' as const] };

describe('values under JSON keys and in XML elements', () => {
  it('reads keys as header labels: camelCase, snake_case and upper case alike', () => {
    for (const key of ['firstName', 'first_name', 'FIRST-NAME', 'first__name_']) {
      expect(canonicalKey(key, 0, key.length)).toBe('first name');
    }
    expect(canonicalKey('houseNumberAddition', 0, 19)).toBe('house number addition');
  });

  it('takes name and address parts of an API payload, also inside an escaped log line', () => {
    const payload =
      '{"customer":{"firstName":"Ruben","lastName":"Bakker","initials":"R.K.L.","infix":"van","houseNumber": 12,"houseNumberAddition":"bis","street":"Rokin"}}';
    expect(found(payload, types)).toEqual([
      'person_name: Ruben',
      'person_name: Bakker',
      'person_name: R.K.L.',
      'person_name: van',
      'postal_address: 12',
      'postal_address: bis',
      'postal_address: Rokin',
    ]);
    const logged =
      '{"msg":"POST /v2/orders","body":"{\\"firstName\\":\\"Tony\\",\\"lastName\\":\\"Zhang\\"}"}';
    expect(found(logged, types)).toEqual(['person_name: Tony', 'person_name: Zhang']);
  });

  it('takes XML elements whose tag names a part, closed by the same tag on the line', () => {
    const xml = [
      '<customerinfo>',
      '  <lastname>Verbeek</lastname>',
      '  <initials>M.</initials>',
      '  <housenr>34</housenr>',
      '  <housenrext>B02</housenrext>',
      '  <companyname/>',
      '  <lastname>Jansen</lastName>',
      '</customerinfo>',
    ].join('\n');
    expect(found(xml, types)).toEqual([
      'person_name: Verbeek',
      'person_name: M.',
      'postal_address: 34',
      'postal_address: B02',
    ]);
  });

  it('reads the holder of an account in a payment log, in capitals too', () => {
    const text = '{"iban":"NL81ASNB0557703823","holder":"OKSANA SAVCHUK"}';
    expect(found(text, types)).toEqual(['person_name: OKSANA SAVCHUK']);
  });

  it('leaves generic name keys, placeholders and values of the wrong shape alone', () => {
    const text =
      '{"name":"Fiber Basic","plan":"Sim Only","lastName":"unknown","houseNumber":"onbekend","initials":"12"} <name>Q3 Report</name>';
    expect(found(text, types)).toEqual([]);
  });

  it('takes the value of a form line by its label: names, address with number, house number, addition', () => {
    const form = [
      'First name:           Mirjam',
      'achternaam : Clarke',
      'Adres: Boompjes 27 II, 4812jm Breda',
      'Huisnummer: 6',
      'Toevoeging: B',
      'Woonplaats: Sneek',
      'Adres: zie boven',
    ].join('\n');
    expect(found(form, types)).toEqual([
      'person_name: Mirjam',
      'person_name: Clarke',
      'postal_address: Boompjes 27 II',
      'postal_address: 6',
      'postal_address: B',
    ]);
  });
});

describe('vCards and directory entries', () => {
  const card = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'N:El Amrani;Bilal;;;',
    'FN:Bilal El Amrani',
    'TEL;TYPE=CELL:06 46882717',
    'ADR;TYPE=WORK:;;Wilhelminakade 160-II;Lelystad;;8215 ML;Nederland',
    'BDAY:1992-07-10',
    'END:VCARD',
  ].join('\r\n');

  it("reads a vCard's name components, formatted name, street and birthday", () => {
    expect(found(card, { types: ['person_name', 'postal_address', 'date_of_birth'] })).toEqual([
      'person_name: El Amrani',
      'person_name: Bilal',
      'person_name: Bilal El Amrani',
      'postal_address: Wilhelminakade 160-II',
      'date_of_birth: 1992-07-10',
    ]);
  });

  it('reads N: and ADR: lines only in a text that holds a vCard', () => {
    const lines = 'N:El Amrani;Bilal;;;\nADR:;;Wilhelminakade 160-II;Lelystad';
    expect(found(lines, types)).not.toContain('person_name: Bilal');
    expect(found(`BEGIN:VCARD\n${lines}\nEND:VCARD`, types)).toContain('person_name: Bilal');
  });

  it('reads the real and display names of chat exports, a display name also in lower case', () => {
    const slack = '{"user_profile": {"real_name": "Sri Nanlohy", "display_name": "Sri N."}}';
    expect(found(slack, types)).toEqual(['person_name: Sri Nanlohy', 'person_name: Sri N.']);
    const handles = '{"display_name": "sri"}, {"display_name": "jan-willem"}, {"display_name": "team42"}';
    expect(found(handles, types)).toEqual(['person_name: sri', 'person_name: jan-willem']);
    expect(found('Deceased: Ewelina Sobczak\nOverledene: Jan de Boer', types)).toEqual([
      'person_name: Ewelina Sobczak',
      'person_name: Jan de Boer',
    ]);
  });
});

describe('street lines of a form', () => {
  it('takes a capitalised street name alone after a street label, not text after it', () => {
    const form = 'Nieuw adres\n  Straat: Molenerf\n  Huisnummer: 204b\nStreet: see above\nAdres: Spui';
    expect(found(form, { types: ['postal_address'] })).toEqual([
      'postal_address: Molenerf',
      'postal_address: 204b',
    ]);
  });
});
