import { describe, expect, it } from 'vitest';
import { alignRedaction } from './align.js';
import { type CorpusDocument, DocumentBuilder, decoy, pii } from './builder.js';
import { charPrecision, decoyTouchRate, emptyScore, overallRecall, recall, scoreDocument } from './score.js';

function doc(): CorpusDocument {
  const b = new DocumentBuilder();
  b.add`Beste ${pii('person_name', 'Jan van der Berg')}, IBAN ${pii('iban', 'NL91 ABNA 0417 1643 00')}, order ${decoy('order_number', '123456789')}.`;
  return b.build('d', 'email', 'nl');
}

const tag = /\[[A-Z_]+\]/g;

describe('scoreDocument', () => {
  it('counts an item redacted only when all its letters and digits are gone', () => {
    const d = doc();
    // The IBAN replaced group by group still counts: the spaces left behind reveal nothing.
    const output = 'Beste [NAME] van der Berg, IBAN [X] [X] [X] [X] [X], order 123456789.';
    const score = scoreDocument(d, alignRedaction(d.text, output, tag).redacted);
    expect(score.byType.person_name).toEqual({ planted: 1, redacted: 0 });
    expect(score.byType.iban).toEqual({ planted: 1, redacted: 1 });
    expect(recall(score, 'iban')).toBe(1);
    expect(recall(score, 'email')).toBeUndefined();
    expect(overallRecall(score)).toBe(0.5);
  });

  it('measures precision over non-whitespace characters and notices touched decoys', () => {
    const d = doc();
    const output = 'Beste [NAME], IBAN [IBAN], order [DIGITS].';
    const score = scoreDocument(d, alignRedaction(d.text, output, tag).redacted);
    expect(overallRecall(score)).toBe(1);
    // Personal: "JanvanderBerg" (13) + "NL91ABNA0417164300" (18); decoy 9 digits.
    expect(score.chars).toEqual({ redacted: 13 + 18 + 9, redactedPersonal: 31, personal: 31 });
    expect(charPrecision(score)).toBeCloseTo(31 / 40);
    expect(decoyTouchRate(score, 'order_number')).toBe(1);
    expect(decoyTouchRate(score, 'amount')).toBeUndefined();
  });

  it('has no precision when nothing was redacted, and adds up over documents', () => {
    const d = doc();
    const score = emptyScore();
    scoreDocument(d, new Uint8Array(d.text.length), score);
    expect(charPrecision(score)).toBeUndefined();
    scoreDocument(d, new Uint8Array(d.text.length).fill(1), score);
    expect(score.documents).toBe(2);
    expect(score.byType.person_name).toEqual({ planted: 2, redacted: 1 });
    expect(decoyTouchRate(score)).toBe(0.5);
  });
});
