import { describe, expect, it } from 'vitest';
import { findOnIdDocument } from './readable-text.js';

const items = (text: string) => [...new Set(findOnIdDocument(text, 'ocr').map((f) => f.item))].sort();

describe('findOnIdDocument', () => {
  it('reads MRZ, document number and BSN out of an identity-card MRZ', () => {
    const mrz = [
      'I<NLDSPECI20142999999990<<<<<<',
      '6503101F3103108NLD<<<<<<<<<<<4',
      'DE<BRUIJN<<WILLEKE<LISELOTTE<<',
    ].join('\n');
    expect(items(mrz)).toEqual(['bsn', 'document_number', 'mrz']);
  });

  it('reads the BSN from the personal-number field of a passport MRZ', () => {
    const mrz = 'P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<\nSPECI20142NLD6503101F3103108999999990<<<<<84';
    const found = findOnIdDocument(mrz, 'ocr');
    expect(found.filter((f) => f.item === 'bsn').map((f) => f.detector)).toEqual(['mrz-personal-number']);
  });

  it('treats an MRZ with OCR damage (« for <<, lower case, a broken check digit) as readable', () => {
    expect(items('i<nldSPECI2O14«<<<<<<<<<<<<<')).toContain('mrz');
  });

  it('finds a BSN written with or without dots, but not a number that fails the 11-proof', () => {
    expect(items('PERSOONSNUMMER\n9999.99.990')).toEqual(['bsn']);
    expect(items('Persoonsnummer 999999990')).toEqual(['bsn']);
    expect(items('Factuur 123456789')).toEqual([]);
  });

  it('counts a nine-digit number under a BSN label even when OCR broke its 11-proof', () => {
    expect(findOnIdDocument('PERSOONSNUMMER\n999933330', 'ocr').map((f) => f.detector)).toEqual([
      'bsn-label',
    ]);
  });

  it('finds a Dutch document number, and nothing in ordinary card text', () => {
    expect(items('DOCUMENTNUMMER\nSPECI2014')).toEqual(['document_number']);
    expect(items('KONINKRIJK DER NEDERLANDEN\nIDENTITEITSKAART\nNAAM DE BRUIJN\n10 MAA/MAR 1965')).toEqual(
      [],
    );
  });

  it('never returns the value itself, only a masked preview', () => {
    for (const f of findOnIdDocument('Persoonsnummer 999999990', 'ocr'))
      expect(f.preview).not.toContain('999999990');
  });
});
