import { Clock } from '../../blind/dates.js';
import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder as Builder, type DocumentBuilder, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import { fake } from '../decoys.js';
import { ascii } from '../people.js';
import { newProfile, type Profile, plant } from '../profile.js';

/**
 * Access-network logs: RADIUS accounting records and DHCP leases. The subscriber's address is
 * personal data; the MAC of the modem, the session id and the operator's own NAS and relay
 * addresses are look-alikes. Device host names often carry their owner's first name.
 */

/** Host name a phone or laptop announces: "iPhone-van-Sjoerd", "Emres-MBP", or a meaningless one. */
function hostname(b: DocumentBuilder, c: Profile, rng: Prng): void {
  const g = c.person.given.split('-')[0]!;
  const clean = ascii(g);
  const name = clean.charAt(0).toUpperCase() + clean.slice(1);
  switch (rng.int(0, 4)) {
    case 0:
      b.add`iPhone-van-${pii('person_name', name)}`;
      break;
    case 1:
      b.add`${pii('person_name', name)}s-MBP`;
      break;
    case 2:
      b.add`Galaxy-${pii('person_name', name)}`;
      break;
    default:
      b.add`${rng.pick(['DESKTOP', 'LAPTOP'])}-${rng.chars(7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`;
  }
}

/** FreeRADIUS "detail" accounting records, one block per session event. */
export const radiusLog: Genre = (rng, lang, id) => {
  const b = new Builder();
  const clock = new Clock(rng);
  const n = rng.int(3, 5);
  for (let i = 0; i < n; i++) {
    const c = newProfile(rng, lang);
    clock.tick(rng, 1, 400);
    const d = new Date(clock.iso());
    b.add`${fake.timestamp(d.toUTCString().replace('GMT', 'UTC'))}\n`;
    b.add`\tAcct-Status-Type = ${rng.pick(['Start', 'Interim-Update', 'Stop'])}\n`;
    if (rng.chance(0.3)) b.add`\tUser-Name = "${plant.email(c.email)}"\n`;
    else b.add`\tUser-Name = "${fake.customer(rng)}@fttx"\n`;
    b.add`\tNAS-IP-Address = ${fake.infra(rng)}\n\tNAS-Port-Id = "${fake.line(rng)}"\n`;
    b.add`\tCalling-Station-Id = "${fake.mac(rng)}"\n\tFramed-IP-Address = ${plant.ip(c.ipv4)}\n`;
    if (rng.chance(0.6)) b.add`\tDelegated-IPv6-Prefix = ${plant.prefix6(c.ipv6)}/56\n`;
    b.add`\tAcct-Session-Id = "${fake.hash(rng)}"\n\tAcct-Input-Octets = ${rng.int(1000, 4_000_000_000)}\n\tEvent-Timestamp = "${fake.timestamp(clock.iso())}"\n\n`;
  }
  return b.build(id, 'log', lang);
};

/** dhcpd in syslog and a lease file excerpt: address, MAC and the device's host name. */
export const dhcpLeases: Genre = (rng, lang, id) => {
  const b = new Builder();
  const clock = new Clock(rng);
  const n = rng.int(4, 8);
  const asFile = rng.chance(0.4);
  for (let i = 0; i < n; i++) {
    const c = newProfile(rng, lang);
    clock.tick(rng, 1, 120);
    if (asFile) {
      b.add`lease ${plant.ip(c.ipv4)} {\n  starts ${fake.timestamp(clock.nginx())};\n  ends ${fake.timestamp(clock.tick(rng, 3600, 86_400).nginx())};\n  hardware ethernet ${fake.mac(rng)};\n  client-hostname "`;
      hostname(b, c, rng);
      b.add`";\n}\n`;
    } else {
      const mac = fake.mac(rng);
      b.add`${fake.timestamp(clock.syslog())} dhcp0${rng.int(1, 3)} dhcpd[${rng.int(900, 9000)}]: DHCPREQUEST for ${plant.ip(c.ipv4)} from ${mac} (`;
      hostname(b, c, rng);
      b.add`) via ${fake.infra(rng)}\n`;
      b.add`${fake.timestamp(clock.tick(rng, 0, 1).syslog())} dhcp0${rng.int(1, 3)} dhcpd[${rng.int(900, 9000)}]: DHCPACK on ${plant.ip(c.ipv4)} to ${mac} via ${fake.infra(rng)} lease-duration ${rng.pick([3600, 43200, 86400])}\n`;
    }
  }
  return b.build(id, 'log', lang);
};
