import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

// ICAO 9303 specimens (part 4 and 5) and a Dutch specimen with its check digits.
const td3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';
const td1 = 'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<';

describe('MRZ detector', () => {
  it('finds a passport zone (TD3) with all check digits verified', () => {
    expect(valuesOf('mrz', `Scan:\n${td3}\nEinde`)).toEqual([td3]);
  });

  it('finds an identity-card zone (TD1) of three lines', () => {
    expect(valuesOf('mrz', td1)).toEqual([td1]);
  });

  it('finds a zone that OCR joined into one line or split elsewhere', () => {
    const joined = td3.replace('\n', '');
    expect(valuesOf('mrz', `x ${joined} y`)).toEqual([joined]);
    const split =
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<\n<<<<<<<<<<<L898902C36UTO7408122F1204159\nZE184226B<<<<<10';
    expect(valuesOf('mrz', split)).toEqual([split]);
  });

  it('finds a lone data line, as a line-by-line scan sees it', () => {
    expect(valuesOf('mrz', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10')).toEqual([
      'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
    ]);
  });

  it('does not report a data line whose check digits fail', () => {
    // Birth-date check digit 2 changed to 3.
    expect(valuesOf('mrz', 'L898902C36UTO7408123F1204159ZE184226B<<<<<10')).toEqual([]);
  });
});
