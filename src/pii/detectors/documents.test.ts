import { describe, expect, it } from 'vitest';
import { found, valuesOf } from '../../../test/helpers/pii.js';

describe('Dutch passport and identity-card numbers', () => {
  it('the cue decides the kind of document', () => {
    expect(found('Paspoortnummer: NW1234563', { types: ['passport_number', 'id_card_number'] })).toEqual([
      'passport_number: NW1234563',
    ]);
    expect(found('ID-kaart IX12K3L45', { types: ['passport_number', 'id_card_number'] })).toEqual([
      'id_card_number: IX12K3L45',
    ]);
    expect(found('identity card no. SPECI2014', { types: ['passport_number', 'id_card_number'] })).toEqual([
      'id_card_number: SPECI2014',
    ]);
  });

  it('a generic document cue is read as an identity card', () => {
    expect(found('documentnummer BX45HJ6K3', { types: ['passport_number', 'id_card_number'] })).toEqual([
      'id_card_number: BX45HJ6K3',
    ]);
    expect(found('Documentnr.: DQNCPW5P0', { types: ['passport_number', 'id_card_number'] })).toEqual([
      'id_card_number: DQNCPW5P0',
    ]);
  });

  it('without any document cue the code is left alone (product codes have the same shape)', () => {
    expect(valuesOf('passport_number', 'Artikel AB1234567 op voorraad')).toEqual([]);
    expect(valuesOf('id_card_number', 'Artikel AB1234567 op voorraad')).toEqual([]);
  });

  it('rejects the letter O, a letter in the last place and wrong lengths', () => {
    const text = 'paspoort NO1234567, paspoort NW123456X, paspoort NW12345678, paspoort NW12345';
    expect(valuesOf('passport_number', text)).toEqual([]);
  });
});
