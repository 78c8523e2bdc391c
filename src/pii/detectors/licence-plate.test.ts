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
