import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import { look } from '../decoys.js';
import { newProfile, type Profile, plant } from '../profile.js';
import { type Part, put } from './common.js';

/**
 * Machine text: the self-service portal's web-server logs and the API's JSON logs. A customer's
 * address and browser identify them; the load balancer's health checks come from the operator's
 * own addresses and carry no user agent.
 */

const paths = [
  '/mijn/facturen',
  '/mijn/verbruik',
  '/api/v2/session',
  '/mijn/gegevens/wijzigen',
  '/hosting/panel/dns',
  '/static/js/app.3f9c2e.js',
  '/mijn/verhuizen',
  '/favicon.ico',
];

/** nginx or Apache "combined" format, sometimes with the forwarded-for address appended. */
export const accessLog: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const customers = [newProfile(rng, lang), newProfile(rng, lang), newProfile(rng, lang)];
  const xff = rng.chance(0.3);
  const lines = rng.int(8, 16);
  for (let i = 0; i < lines; i++) {
    if (rng.chance(0.15)) {
      put(b, [
        look.infraIp(rng),
        ' - - [',
        look.timestamp(rng, 'clf'),
        '] "GET /healthz HTTP/1.1" 200 2 "-" "-"\n',
      ]);
      continue;
    }
    const c = rng.pick(customers);
    const method = rng.chance(0.75) ? 'GET' : 'POST';
    let path: Part[] = [rng.pick(paths)];
    if (rng.chance(0.12)) path = ['/api/v2/password-reset?email=', plant.email(c.email)];
    else if (rng.chance(0.15)) path = ['/mijn/facturen/', look.invoice(rng), '.pdf'];
    const client = xff ? look.infraIp(rng) : plant.ip(c, rng, 0.25);
    put(b, [
      client,
      ' - - [',
      look.timestamp(rng, 'clf'),
      `] "${method} `,
      ...path,
      ` HTTP/${rng.pick(['1.1', '2.0'])}" ${rng.pick([200, 200, 200, 302, 304, 404, 401])} ${rng.int(0, 48000)} "`,
    ]);
    put(b, [rng.chance(0.5) ? 'https://mijn.mergelweb.nl/' : '-', '" "', plant.ua(c), '"']);
    if (xff) put(b, [' xff="', plant.ip(c, rng, 0.25), `" rt=0.${rng.digits(3)}`]);
    b.add`\n`;
  }
  return b.build(id, 'log', lang);
};

function jsonLine(b: DocumentBuilder, fields: [string, Part][]): void {
  fields.forEach(([k, v], i) => {
    const bare = typeof v === 'string' && /^[1-9]\d*$/.test(v);
    put(b, [`${i ? ',' : '{'}"${k}":`, ...(bare ? [v] : ['"', v, '"'])]);
  });
  b.add`}\n`;
}

function event(rng: Prng, c: Profile): [string, Part][] {
  const base: [string, Part][] = [
    ['ts', look.timestamp(rng)],
    ['level', rng.pick(['info', 'info', 'warn', 'debug'])],
    ['svc', rng.pick(['selfservice-api', 'auth', 'billing-sync', 'hosting-panel'])],
  ];
  const kind = rng.int(0, 5);
  if (kind === 0)
    return [
      ...base,
      ['msg', 'login ok'],
      ['user', plant.email(c.email)],
      ['ip', plant.ip(c, rng)],
      ['ua', plant.ua(c)],
      ['req', look.uuid(rng)],
    ];
  if (kind === 1)
    return [
      ...base,
      ['msg', 'address changed'],
      ['customer', look.customer(rng)],
      ['new_street', plant.street(c.address)],
      ['new_postcode', plant.postcode(c.address, rng)],
    ];
  if (kind === 2)
    return [
      ...base,
      ['msg', 'mandate updated'],
      ['mandate', look.mandate(rng)],
      ['iban', pii('iban', c.iban)],
      ['holder', plant.name(c.person, 'upper')],
    ];
  if (kind === 3)
    return [
      ...base,
      ['msg', 'sms sent'],
      ['to', pii('phone', c.phone)],
      ['template', 'otp_v3'],
      ['code_len', '6'],
      ['trace', look.hash(rng)],
    ];
  if (kind === 5 && rng.chance(0.5))
    return [
      base[0]!,
      ['level', 'error'],
      base[2]!,
      ['msg', 'card payment declined'],
      ['pan', plant.card(c, rng)],
      ['psp_code', '05'],
      ['invoice', look.invoice(rng)],
    ];
  return [
    ...base,
    ['msg', 'rate limit'],
    ['ip', plant.ip(c, rng, 0.5)],
    ['path', '/api/v2/session'],
    ['count', String(rng.int(20, 400))],
  ];
}

/** Structured application logs, one JSON object per line. */
export const jsonLog: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const customers = [newProfile(rng, lang), newProfile(rng, lang)];
  for (let i = rng.int(5, 10); i > 0; i--) jsonLine(b, event(rng, rng.pick(customers)));
  return b.build(id, 'log', lang);
};
