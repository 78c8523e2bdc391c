import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

describe('email detector', () => {
  it('finds addresses in prose, with plus tags, subdomains and trailing punctuation', () => {
    expect(valuesOf('email', 'Mail jan.de.vries+factuur@mail.example.co.uk, of piet@example.nl.')).toEqual([
      'jan.de.vries+factuur@mail.example.co.uk',
      'piet@example.nl',
    ]);
  });

  it('finds URL-encoded addresses in web-server log query strings', () => {
    expect(valuesOf('email', 'GET /reset?email=sanne.bakker%40ziggo.nl HTTP/1.1')).toEqual([
      'sanne.bakker%40ziggo.nl',
    ]);
  });

  it('leaves look-alikes alone: no domain dot, numeric TLD, a lone @, a double dot', () => {
    expect(valuesOf('email', 'user@localhost, a@1.2, @home, twitter @jan, jan..x@example.nl')).toEqual([]);
  });

  it('leaves message identifiers in mail headers alone, but not the addresses around them', () => {
    const mail =
      'From: Jan <jan@example.nl>\nMessage-ID: <dd37afcd-9c1e@mail.example.net>\nIn-Reply-To: <a1@x.example.org>\nZie <piet@example.nl>';
    expect(valuesOf('email', mail)).toEqual(['jan@example.nl', 'piet@example.nl']);
  });

  it('leaves the quote of a quoted value out, and keeps an apostrophe inside the local part', () => {
    expect(valuesOf('email', "VALUES (1,'kim@home.nl','x'); mail o'brien@example.ie")).toEqual([
      'kim@home.nl',
      "o'brien@example.ie",
    ]);
  });
});
