import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

describe('licence-plate detector', () => {
  it('finds dashed plates of several sidecodes', () => {
    expect(valuesOf('licence_plate', 'Auto XB-12-ZZ, bus 12-XBL-3, scooter GB-123-X, 1-KBT-22.')).toEqual([
      'XB-12-ZZ',
      '12-XBL-3',
      'GB-123-X',
      '1-KBT-22',
    ]);
  });

  it('takes plates without dashes or with vowels only after a licence-plate cue', () => {
    expect(valuesOf('licence_plate', 'code 12XBL3, code AE-12-34')).toEqual([]);
    expect(valuesOf('licence_plate', 'kenteken 12XBL3, kenteken AE-12-34')).toEqual(['12XBL3', 'AE-12-34']);
  });

  it('leaves dates, times and shapes outside the sidecodes alone', () => {
    expect(valuesOf('licence_plate', 'op 12-03-24 om 10-11-12, code ABC-DE-FG, ref XB-1234-ZZ')).toEqual([]);
  });
});

describe('licence plates typed loosely', () => {
  it('takes lower case with dashes and capitals with spaces after a licence-plate cue', () => {
    expect(valuesOf('licence_plate', 'Kenteken (parkeerpas) - 18-sv-vf')).toEqual(['18-sv-vf']);
    expect(valuesOf('licence_plate', 'licence plate: FT DF 50, car 2 VBX 62')).toEqual([
      'FT DF 50',
      '2 VBX 62',
    ]);
    expect(valuesOf('licence_plate', 'naam;leaseauto\nJan;GZDD29')).toEqual(['GZDD29']);
  });

  it('reads a plate column of a comma export, whatever the form', () => {
    const csv =
      'datum,naam,kenteken,mobiel\n5-9-2023,Harm,2 VBX 62,\n5-9-2023,Evi,17-fxb-6,\n5-9-2023,Bo,FT DF 50,';
    expect(valuesOf('licence_plate', csv)).toEqual(['2 VBX 62', '17-fxb-6', 'FT DF 50']);
  });

  it('leaves loose shapes without a cue, mixed separators, vowels and the month "mrt" alone', () => {
    expect(valuesOf('licence_plate', 'order 17-fxb-6, code FT DF 50')).toEqual([]);
    expect(
      valuesOf('licence_plate', 'kenteken 17-fxb 6, kenteken 17-fab-6, auto opgehaald 5-mrt-24'),
    ).toEqual([]);
  });
});
