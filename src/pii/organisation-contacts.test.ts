import { describe, expect, it } from 'vitest';
import { organisationMarkEnd } from './organisation-contacts.js';
import { redactText } from './redact.js';
import { scanText } from './scan.js';

const found = (text: string, report = false) =>
  scanText(text, report ? { organisationContacts: 'report' } : {}).map(
    (f) => `${f.type}: ${text.slice(f.start, f.end)}`,
  );

describe('organisation contact points are not personal data', () => {
  it('omits role mailboxes and keeps personal addresses, also on the same line', () => {
    const text =
      'Mail incasso@polderlink.nl of Privacy+avg@acme.nl, of jan.jansen@gmail.com en info2@acme.nl';
    expect(found(text)).toEqual(['email: jan.jansen@gmail.com', 'email: info2@acme.nl']);
    expect(found(text, true)).toHaveLength(4);
  });

  it('omits the number a text asks the reader to call, but not a second number after it', () => {
    expect(found('Liever een regeling? Bel ons op 088-7654300.')).toEqual([]);
    expect(found('Anything else? You can also call us on 0800 0612.')).toEqual([]);
    expect(found('Je kunt ons ook bellen op 088 765 4300.')).toEqual([]);
    const html = '<p>Vragen? Bel <a href="tel:+31887654300">088 765 4300</a></p>';
    expect(found(html)).toEqual([]);
    expect(found('Bel ons op 020-5551234 of mij op 06-12345678.')).toEqual(['phone: 06-12345678']);
    // Asking someone else to call, or giving one's own number, is a person's number.
    expect(found('Bel mijn vrouw op 06-12345678 als ik niet opneem.')).toEqual(['phone: 06-12345678']);
  });

  it('omits addresses, postcodes and IBANs on a line naming a legal person, a creditor or a PO box', () => {
    expect(found('Polderlink B.V. | Europalaan 420 | 3526 KS Utrecht')).toEqual([]);
    expect(found('Polderlink B.V. · Postbus 19044 · 3501 DA Utrecht')).toEqual([]);
    expect(found('Creditor address: Europalaan 420, 3526 KS Utrecht')).toEqual([]);
    expect(found('btw NL123456789B01 | IBAN NL87 INGB 0007 7889 12 | BIC INGBNL2A')).toEqual([]);
    // The mark must come before the finding, on its line; the next line is a person's again.
    expect(found('Europalaan 420, 3526 KS Utrecht (Polderlink B.V.)')).toEqual([
      'postal_address: Europalaan 420',
      'postcode: 3526 KS',
    ]);
    expect(found('Creditor: Polderlink B.V.\nJan Jansen, Kerkstraat 1, 1234 AB Utrecht')).toEqual([
      'person_name: Jan Jansen',
      'postal_address: Kerkstraat 1',
      'postcode: 1234 AB',
    ]);
  });

  it('omits a footer address followed by a KvK or VAT number, a PO box and the postcode on the line after it', () => {
    const footer = 'Eemsvezel · Handelskade 41 · 9934 AR Delfzijl · KvK 71829304 · BTW NL858912044B01';
    expect(found(footer).filter((f) => f.startsWith('postal') || f.startsWith('postcode'))).toEqual([]);
    expect(found('Eemsvezel\nPostbus 2210\n9930 AE Delfzijl')).toEqual([]);
    // A sentence between the address and the number, or a number on another line, leaves the address.
    expect(found('Ik woon op Kerkstraat 12, 1234 AB Utrecht. KvK 12345678 is van mijn zaak.')).toEqual([
      'postal_address: Kerkstraat 12',
      'postcode: 1234 AB',
    ]);
    expect(found('Kerkstraat 12\n1234 AB Utrecht\nKvK 12345678')).toEqual([
      'postal_address: Kerkstraat 12',
      'postcode: 1234 AB',
    ]);
  });

  it("omits the IP addresses of the organisation's own systems, not its customers'", () => {
    const radius = '\tNAS-IP-Address = 193.93.172.17\n\tFramed-IP-Address = 84.1.2.3';
    expect(found(radius)).toEqual(['ip_address: 84.1.2.3']);
    expect(found('DHCPACK on 109.90.251.26 to 3C:A6:2F:69:65:AF via 185.57.10.57 lease 3600')).toEqual([
      'ip_address: 109.90.251.26',
    ]);
    expect(found('Received: from laptop ([84.1.2.3]) by mx2.example.nl (185.57.8.4) with esmtpsa')).toEqual([
      'ip_address: 84.1.2.3',
    ]);
    expect(found('  resolvers: [185.57.8.53, 185.57.9.53]\n  gateway: 10.1.2.3\n  client: 84.1.2.3')).toEqual(
      ['ip_address: 84.1.2.3'],
    );
    expect(found('Volgens speedtest kom ik binnen via 88.193.109.82.')).toEqual([
      'ip_address: 88.193.109.82',
    ]);
    expect(found('next_hop = 10.0.0.1, login from 84.1.2.3', true)).toEqual([
      'ip_address: 10.0.0.1',
      'ip_address: 84.1.2.3',
    ]);
  });

  it('omits a proxy opening a log line that names the client it forwards, and a mail server in brackets', () => {
    const log = [
      '185.104.88.201 - - [05/Oct/2025:19:33:01 +0200] "GET / HTTP/1.1" 200 512 "-" "curl/8" xff="87.197.51.181"',
      '185.104.88.202 - - [05/Oct/2025:19:33:02 +0200] "GET / HTTP/1.1" 200 512 "-" "curl/8" rt=0.4',
      '<maarten@hotmial.com>: host mx.hotmial.com[213.75.95.218] said: 550 5.1.1; user[10.1.2.3]',
    ].join('\n');
    expect(found(log)).toEqual([
      'user_agent: curl/8',
      'ip_address: 87.197.51.181',
      'ip_address: 185.104.88.202',
      'user_agent: curl/8',
      'email: maarten@hotmial.com',
      'ip_address: 10.1.2.3',
    ]);
  });

  it("omits the monitor that asks an access log's health path, not a client asking for a page", () => {
    const log = [
      '185.104.89.20 - - [11/Sep/2025:23:20:24 +0200] "GET /healthz HTTP/1.1" 200 2 "-" "-"',
      '185.104.89.21 - - [11/Sep/2025:23:20:25 +0200] "HEAD /status?full=1 HTTP/1.1" 200 2 "-" "-"',
      '188.233.206.52 - - [28/Feb/2025:05:32:00 +0200] "GET /healthz-report.pdf HTTP/2.0" 200 2342 "-" "-"',
    ].join('\n');
    expect(found(log)).toEqual(['ip_address: 188.233.206.52']);
  });

  it('reads legal forms in their own case: "39 bv" is a house number addition, not a company', () => {
    expect(found('Johan de Wittlaan 39 bv 1360 TT Almere')).toContain('postcode: 1360 TT');
    expect(organisationMarkEnd('Johan de Wittlaan 39 bv 1360 TT')).toBe(-1);
    expect(organisationMarkEnd('Rekenhof BV, Kerkstraat 1')).toBe(11);
    expect(organisationMarkEnd('BV Kerkstraat 1')).toBe(-1); // no name before the form
  });

  it('omits an IBAN paid to a legal person, not one held by a person', () => {
    expect(
      found('Maak het bedrag over naar NL87 INGB 0007 7889 12 t.n.v. Polderlink B.V. o.v.v. 123'),
    ).toEqual([]);
    expect(found('Transfer to NL87 INGB 0007 7889 12 in the name of Acme Ltd quoting 123')).toEqual([]);
    expect(found('Nieuw IBAN NL87 INGB 0007 7889 12 t.n.v. J. de Vries')).toEqual([
      'iban: NL87 INGB 0007 7889 12',
      'person_name: J. de Vries',
    ]);
  });

  it('redaction keeps them, and a bad option value is a clear error', () => {
    expect(redactText('Bel ons op 088-7654300 of mail privacy@acme.nl; klant 06-12345678')).toBe(
      'Bel ons op 088-7654300 of mail privacy@acme.nl; klant <phone>',
    );
    expect(() => scanText('x', { organisationContacts: 'hide' as 'omit' })).toThrow(
      expect.objectContaining({ code: 'PII_BAD_ORGANISATION_CONTACTS' }),
    );
  });
});
