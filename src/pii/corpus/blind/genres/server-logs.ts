import { DocumentBuilder, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import { domain } from '../company.js';
import { Clock } from '../dates.js';
import { mappedV4, newIpv4 } from '../network.js';
import { fakes, newProfile, type Profile, plant } from '../profile.js';
import type { Genre } from './genre.js';

const hosts = [`mijn.${domain}`, `api.${domain}`, `webmail.${domain}`, `shop.${domain}`, `status.${domain}`];
const paths = [
  '/wp-login.php',
  '/.env',
  '/account/overview',
  '/api/v2/invoices',
  '/login',
  '/static/app.js',
  '/facturen/download',
  '/mijn/gegevens',
];

/** "a@b.nl" or, in a query string, "a%40b.nl" — both are the address. */
function queryEmail(c: Profile, rng: Prng) {
  return pii('email', rng.chance(0.25) ? c.email.replace('@', '%40') : c.email);
}

function accessLine(b: DocumentBuilder, rng: Prng, clock: Clock, c: Profile): void {
  const ip = rng.chance(0.2) ? plant.ipv6(c.ipv6, rng) : plant.ip(c.ipv4);
  const method = rng.pick(['GET', 'GET', 'POST']);
  const status = rng.pick([200, 200, 302, 401, 404, 500]);
  b.add`${ip} - ${rng.chance(0.15) ? plant.email(c.email) : '-'} [${clock.clf()}] "${method} `;
  const kind = rng.int(0, 3);
  if (kind === 0) b.add`/account/reset?email=${queryEmail(c, rng)}&lang=nl`;
  else if (kind === 1) b.add`/api/v2/customers/${fakes.customer(rng)}/invoices/${fakes.invoice(rng)}.pdf`;
  else if (kind === 2)
    b.add`/bestellen/adrescheck?postcode=${pii('postcode', `${c.address.pcDigits}${c.address.pcLetters}`)}&huisnummer=${pii('postal_address', String(c.address.number))}`;
  else b.put(rng.pick(paths));
  b.add` HTTP/${rng.pick(['1.1', '2.0'])}" ${status} ${rng.int(120, 90000)} "${rng.chance(0.5) ? `https://${rng.pick(hosts)}/` : '-'}" "${plant.ua(c.ua)}"\n`;
}

/**
 * Web-server and system logs: nginx and Apache error logs, combined-format access logs, and syslog
 * from mail and SSH daemons. Upstreams are named by host, never by internal address.
 */
export const serverLog: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const clock = new Clock(rng);
  const flavour = rng.weighted([
    ['access', 3],
    ['nginx', 2],
    ['apache', 2],
    ['syslog', 3],
  ] as const);
  const people = Array.from({ length: rng.int(2, 4) }, () => newProfile(rng));
  const lines = rng.int(8, 16);
  for (let i = 0; i < lines; i++) {
    clock.tick(rng, 0, 90);
    const c = rng.pick(people);
    switch (flavour) {
      case 'access':
        accessLine(b, rng, clock, c);
        break;
      case 'nginx': {
        const host = rng.pick(hosts);
        b.add`${clock.nginx()} [${rng.pick(['error', 'warn', 'crit'])}] ${rng.int(100, 9999)}#${rng.int(0, 9)}: *${rng.int(1000, 999999)} `;
        if (rng.chance(0.5))
          b.add`open() "/var/www/html${rng.pick(paths)}" failed (2: No such file or directory)`;
        else
          b.add`upstream timed out (110: Connection timed out) while reading response header from upstream`;
        const reset = rng.chance(0.3);
        b.add`, client: ${rng.chance(0.2) ? pii('ip_address', mappedV4(rng)) : plant.ip(c.ipv4)}, server: ${host}, request: "GET ${reset ? '/account/reset?email=' : rng.pick(paths)}`;
        if (reset) b.add`${queryEmail(c, rng)}`;
        b.add` HTTP/1.1", upstream: "http://selfcare-bff.prod.svc.cluster.local:8080/", host: "${host}"\n`;
        break;
      }
      case 'apache': {
        const php = rng.chance(0.5);
        b.add`[${clock.apache(rng)}] [${php ? rng.pick(['php:error', 'php:warn']) : 'authz_core:error'}] [pid ${rng.int(1000, 60000)}] [client ${plant.ip(c.ipv4)}:${rng.int(1024, 65535)}] `;
        if (php)
          b.add`PHP Warning:  Undefined index: huisnummer in /srv/www/shop/checkout.php on line ${rng.int(10, 400)}, referer: https://shop.${domain}/checkout?postcode=${pii('postcode', `${c.address.pcDigits}${c.address.pcLetters}`)}\n`;
        else
          b.add`AH01630: client denied by server configuration: /srv/www/admin/, referer: https://${rng.pick(hosts)}/login?user=${queryEmail(c, rng)}\n`;
        break;
      }
      case 'syslog': {
        const host = rng.pick(['mx1', 'mx2', 'imap01', 'bastion', 'radius02']);
        b.add`${clock.syslog()} ${host} `;
        const kind = rng.int(0, 3);
        if (kind === 0)
          b.add`sshd[${rng.int(1000, 65000)}]: Failed password for invalid user ${rng.pick(['admin', 'ubuntu', 'test', 'oracle'])} from ${plant.ip(newIpv4(rng))} port ${rng.int(30000, 65000)} ssh2\n`;
        else if (kind === 1)
          b.add`postfix/smtpd[${rng.int(1000, 65000)}]: NOQUEUE: reject: RCPT from unknown[${plant.ip(c.ipv4)}]: 554 5.7.1 <${plant.email(c.email)}>: Relay access denied; from=<${plant.email(c.email)}> proto=ESMTP helo=<${rng.pick(['localhost', 'DESKTOP-4F2K1', 'laptop'])}>\n`;
        else if (kind === 2)
          b.add`dovecot: imap-login: Login: user=<${plant.email(c.email)}>, method=PLAIN, rip=${plant.ip(c.ipv4)}, lip=${rng.pick(['mail', 'imap'])}.${domain}, mpid=${rng.int(1000, 65000)}, TLS, session=<${rng.chars(16, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')}>\n`;
        else
          b.add`radiusd[${rng.int(1000, 9999)}]: (${rng.int(1, 99999)}) Login OK: [${plant.email(c.email)}] (from client bras-${rng.pick(['ams', 'rtm', 'utr', 'ehv'])}-0${rng.int(1, 4)} port ${rng.int(1, 4096)}) framed-ip ${plant.ip(c.ipv4)}\n`;
        break;
      }
    }
  }
  return b.build(id, 'log', lang);
};
