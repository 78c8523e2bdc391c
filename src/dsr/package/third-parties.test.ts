import { describe, expect, it } from 'vitest';
import { OwnIdentifiers, redactOthers } from './third-parties.js';

describe('blacking out other people in the person’s copy (Art. 15(4))', () => {
  const own = new OwnIdentifiers();
  own.add('person_name', 'Hanneke');
  own.add('person_name', "van 't Hof");
  own.add('phone', '+31646725591');
  own.add('email', 'hanneke.vanthof7@example.com');

  it('replaces another person’s name and number and keeps the person’s own', () => {
    const r = redactOthers(
      'Hanneke van ’t Hof hier, bel me op 06-46725591. Mijn buurman Pieter Bakker, 06-41234567, heeft het ook.',
      own,
    );
    expect(r.text).toContain('06-46725591');
    expect(r.text).not.toContain('Pieter Bakker');
    expect(r.text).not.toContain('41234567');
    expect(r.text).toContain('<phone>');
    expect(r.replaced).toBe(2);
  });

  it('also blacks out another person’s number written in parentheses', () => {
    const r = redactOthers('Mijn buurman (06-41234567) heeft dezelfde storing.', own);
    expect(r.text).toBe('Mijn buurman (<phone>) heeft dezelfde storing.');
  });

  it('leaves a text without anyone else in it as it is', () => {
    const text = 'Mijn e-mailadres is nu hanneke.vanthof7@example.com.';
    expect(redactOthers(text, own)).toEqual({ text, replaced: 0 });
  });
});
