import { describe, expect, it } from 'vitest';
import { found } from '../../../test/helpers/pii.js';

describe('names in capitals after a document or form label', () => {
  it('takes the capitals after the labels of an ID card, to the end of the line', () => {
    const ocr =
      'IDENTITY CARD\nNaam / Surname: VAN DER MEER\nVoornamen / Given names: SJOERD\nSURNAME: O’BRIEN\r\n';
    expect(found(ocr, { types: ['person_name'] })).toEqual([
      'person_name: VAN DER MEER',
      'person_name: SJOERD',
      'person_name: O’BRIEN',
    ]);
  });

  it('leaves placeholders, values with digits and capitals without a label alone', () => {
    expect(
      found('name: UNKNOWN\nName: ERROR 404\nSTATUS: ACTIEF\nVAN DER MEER', { types: ['person_name'] }),
    ).toEqual([]);
  });

  it('reads a note in brackets after the label, English "Name:", and register order with a comma', () => {
    const form =
      'NAAM (DOCUMENT): ROELOFS, EMMA\nName (document):\tUIT DEN BOGAARD, ERIK HENDRIK\nName: MALIKA AZZOUZI\n';
    expect(found(form, { types: ['person_name'] })).toEqual([
      'person_name: ROELOFS, EMMA',
      'person_name: UIT DEN BOGAARD, ERIK HENDRIK',
      'person_name: MALIKA AZZOUZI',
    ]);
    // A bracket that is no short note, or a placeholder, keeps the value out.
    expect(
      found('Name (as it appears on the document): JAN\nName: TBD\n', { types: ['person_name'] }),
    ).toEqual([]);
  });
});
