import { type CorpusDocument, DocumentBuilder, decoy, type Planted, pii } from '../builder.js';
import type { Prng } from '../prng.js';
import { dutchAddress } from '../values/address.js';
import { type Language, nginxTime } from '../values/dates.js';
import { hexHash, invoiceNumber, orderNumber, ticketId, version } from '../values/decoys.js';
import { queryCoordinates } from '../values/geo.js';
import { ipv4, ipv6, userAgent } from '../values/network.js';
import { emailAddress, person } from '../values/person.js';

type PathPart = string | Planted;

/** Request paths of the customer portal; some carry personal data in the query string. */
function requestPath(rng: Prng): PathPart[] {
  return rng.weighted<() => PathPart[]>([
    [() => ['/'], 3],
    [() => ['/inloggen'], 2],
    [() => ['/mijn-account/facturen/', decoy('invoice_number', invoiceNumber(rng)), '.pdf'], 3],
    [() => ['/static/js/app.', decoy('hash', hexHash(rng).slice(0, 8)), '.js'], 3],
    [() => ['/api/v2/status?build=', decoy('version', version(rng))], 1],
    [() => ['/support/tickets/', decoy('ticket_id', ticketId(rng).replace('#', ''))], 1],
    [() => ['/bestellen/bevestiging?order=', decoy('order_number', orderNumber(rng))], 1],
    [
      () => {
        // Compact postcode as a form would submit it. Postcode and house number together name one
        // address in the Netherlands, so the number is part of the personal data too.
        const postcode = dutchAddress(rng).postcode.replace(' ', '');
        return [
          '/glasvezel/beschikbaarheid?postcode=',
          pii('postcode', postcode),
          '&huisnummer=',
          pii('postal_address', String(rng.int(1, 200))),
        ];
      },
      1,
    ],
    [() => ['/api/storingen?ll=', pii('geo_coordinates', queryCoordinates(rng))], 0.5],
    [
      // Browsers percent-encode "@" in form submissions, so this is how e-mail addresses reach logs.
      () => [
        '/wachtwoord-vergeten?email=',
        pii('email', emailAddress(rng, person(rng, 'nl')).replace('@', '%40')),
      ],
      0.5,
    ],
  ])();
}

/**
 * A stretch of an nginx access log in the "combined" format: client IP, time, request, status,
 * size, referer and user agent.
 *
 * @example
 *   nginxLog(new Prng('l1'), 'nl', 'doc-3').text.split('\n')[0]; // '84.104.17.230 - - [10/Oct/2024:…] "GET / HTTP/1.1" 200 …'
 */
export function nginxLog(rng: Prng, lang: Language, id: string): CorpusDocument {
  const b = new DocumentBuilder();
  const lines = rng.int(8, 30);
  // A few clients make most requests, as in real logs.
  const clients = Array.from({ length: rng.int(1, 4) }, () => ({
    ip: rng.chance(0.75) ? ipv4(rng) : ipv6(rng),
    ua: userAgent(rng),
  }));
  for (let i = 0; i < lines; i++) {
    const client = rng.pick(clients);
    const user = rng.chance(0.04) ? pii('email', emailAddress(rng, person(rng, lang))) : '-';
    const method = rng.chance(0.85) ? 'GET' : 'POST';
    const status = rng.weighted([
      [200, 8],
      [304, 2],
      [302, 1],
      [404, 1],
    ]);
    const referer = rng.chance(0.5)
      ? '-'
      : `https://www.cloudaware.eu${rng.pick(['/', '/mijn-account', '/support'])}`;
    b.add`${pii('ip_address', client.ip)} - ${user} [${decoy('date', nginxTime(rng))}] "${method} `;
    for (const part of requestPath(rng)) b.put(part);
    b.add` HTTP/1.1" ${status} ${rng.int(200, 90000)} "${referer}" "${pii('user_agent', client.ua)}"\n`;
  }
  return b.build(id, 'log', lang);
}
