import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

describe('display names spelled by their e-mail address', () => {
  it('takes a display name in any case when the address spells a word of it', () => {
    const text = [
      'From: "callum blackwood" <callumblackwood62@ziggo.nl>',
      'Cc: "Oosting, Derk" <derk.oosting@t-online.de>, Divya Krishnamurthy <divya.k@example.in>',
      'From: małgorzata jankowski <m.jankowski@gmx.de>',
      'Reply-To: "Şükrü Yılmaz" <sukru.yilmaz@hotmail.com>',
    ].join('\n');
    expect(valuesOf('person_name', text)).toEqual([
      'callum blackwood',
      'Oosting, Derk',
      'Divya Krishnamurthy',
      'małgorzata jankowski',
      'Şükrü Yılmaz',
    ]);
  });

  it('leaves role mailboxes, organisations and names the address does not spell alone', () => {
    const text = [
      'Cc: "support desk" <support@example.nl>, "Polderlink Noord" <polderlink.noord@polderlink.nl>',
      'From: "eemsvezel billing" <facturatie@eemsvezel.nl>; "acme b.v." <acme.orders@shop.nl>',
      'To: "jan 2 jansen" <jan.jansen@x.nl>; "de klant" <k.devries@x.nl>; <only@x.nl>',
    ].join('\n');
    expect(valuesOf('person_name', text)).toEqual([]);
  });

  it('does not take an organisation sending from a role mailbox or its own domain for a person after From:', () => {
    const text = [
      'From: Mergelweb Planning <planning@mergelweb.nl>',
      'From: Mergelweb Technical Support <klantenservice@mergelweb.nl>',
      'From: Mail Delivery System <MAILER-DAEMON@mx.mergelweb.nl>',
      'From: Kees Akkerboom <kees@akkerboom.nl>',
      'From: Anouk Zwanenburg <anouk.z@ziggo.nl>',
    ].join('\n');
    // A known given name still makes a person of a sender on a family's own domain.
    expect(valuesOf('person_name', text)).toEqual(['Kees Akkerboom', 'Anouk Zwanenburg']);
  });
});
