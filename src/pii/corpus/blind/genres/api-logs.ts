import { DocumentBuilder, type Planted, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import { Clock, isoDate } from '../dates.js';
import { coord } from '../geo.js';
import { compressV6 } from '../network.js';
import { familyName, initials } from '../people.js';
import { e164 } from '../phones.js';
import { fakes, newProfile, type Profile, plant } from '../profile.js';
import type { Genre } from './genre.js';

type Json = string | number | boolean | null | Planted | Json[] | { [key: string]: Json };

const isPlanted = (v: unknown): v is Planted =>
  typeof v === 'object' && v !== null && 'value' in v && ('pii' in v || 'decoy' in v);

/** Writes a value as compact JSON, planting marked values where they land. */
function writeJson(b: DocumentBuilder, v: Json, escaped = false): void {
  const q = escaped ? '\\"' : '"';
  if (isPlanted(v)) {
    b.put(q);
    b.put(v);
    b.put(q);
  } else if (v === null || typeof v === 'number' || typeof v === 'boolean') b.put(String(v));
  else if (typeof v === 'string') b.put(`${q}${v}${q}`);
  else if (Array.isArray(v)) {
    b.put('[');
    v.forEach((x, i) => {
      if (i) b.put(',');
      writeJson(b, x, escaped);
    });
    b.put(']');
  } else {
    b.put('{');
    Object.entries(v).forEach(([k, x], i) => {
      if (i) b.put(',');
      b.put(`${q}${k}${q}:`);
      writeJson(b, x, escaped);
    });
    b.put('}');
  }
}

/** A number planted without quotes, as JSON coordinates are. */
function bareNumber(b: DocumentBuilder, p: Planted): void {
  b.put(p);
}

function customerBody(c: Profile, rng: Prng, camel: boolean): Json {
  const add = c.address.addition.replace(/^[-\s/]+/, '');
  const k = (camelName: string, snake: string) => (camel ? camelName : snake);
  const split = rng.chance(0.6);
  return {
    [k('firstName', 'first_name')]: pii('person_name', c.person.given),
    ...(c.person.prefix && rng.chance(0.5)
      ? {
          [k('infix', 'tussenvoegsel')]: pii('person_name', c.person.prefix),
          [k('lastName', 'last_name')]: pii('person_name', c.person.surname),
        }
      : { [k('lastName', 'last_name')]: pii('person_name', familyName(c.person)) }),
    ...(rng.chance(0.3) ? { initials: pii('person_name', initials(c.person)) } : {}),
    email: plant.email(c.email),
    phone: pii('phone', rng.chance(0.6) ? e164(c.mobile) : e164(c.landline)),
    [k('birthDate', 'date_of_birth')]: pii('date_of_birth', isoDate(c.dob)),
    address: split
      ? {
          street: pii('postal_address', c.address.street),
          [k('houseNumber', 'house_number')]: pii('postal_address', String(c.address.number)),
          [k('houseNumberAddition', 'addition')]: add ? pii('postal_address', add) : null,
          [k('postalCode', 'postcode')]: pii('postcode', `${c.address.pcDigits}${c.address.pcLetters}`),
          city: c.address.city.name,
          country: 'NL',
        }
      : {
          line1: plant.street(c.address, rng),
          [k('postalCode', 'zip')]: plant.postcode(c.address, rng),
          city: c.address.city.name,
        },
  };
}

/**
 * Structured service logs: JSON lines of the order, signup and payment APIs, some wrapped by the
 * Kubernetes container runtime (escaped JSON in a "log" field), some logfmt. Request bodies are
 * logged whole, which is exactly the leak these logs are scanned for.
 */
export const apiLog: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const clock = new Clock(rng);
  const service = rng.pick([
    'order-api',
    'signup-svc',
    'payments-webhook',
    'coverage-app-api',
    'selfcare-bff',
    'kyc-gateway',
  ]);
  const wrap = rng.weighted([
    ['plain', 3],
    ['k8s', 2],
    ['logfmt', 2],
  ] as const);
  const lines = rng.int(5, 10);
  for (let i = 0; i < lines; i++) {
    clock.tick(rng, 0, 30);
    const c = newProfile(rng);
    const ip = rng.chance(0.75) ? plant.ip(c.ipv4) : plant.ipv6(c.ipv6, rng);
    if (wrap === 'logfmt') {
      b.add`ts=${fakes.timestamp(clock.iso(true))} level=${rng.pick(['info', 'warn', 'debug'])} svc=${service} trace=${fakes.uuid(rng)} `;
      const ev = rng.int(0, 3);
      if (ev === 0) {
        b.add`msg="signup rejected" reason=duplicate email=${plant.email(c.email)} remote=`;
        // Go's net.Addr prints the port after the address, IPv6 in brackets.
        if (rng.chance(0.5))
          b.add`[${pii('ip_address', compressV6(c.ipv6.groups))}]:${rng.int(1024, 65535)}\n`;
        else b.add`${plant.ip(c.ipv4)}:${rng.int(1024, 65535)}\n`;
      } else if (ev === 1)
        b.add`msg="address changed" customer=${fakes.customer(rng)} street="${plant.street(c.address, rng)}" postcode=${pii('postcode', `${c.address.pcDigits}${c.address.pcLetters}`)}\n`;
      else if (ev === 2)
        b.add`msg="otp sent" to=${pii('phone', e164(c.mobile))} code=${fakes.code(rng)} ua="${plant.ua(c.ua)}"\n`;
      else
        b.add`msg="mandate created" iban=${pii('iban', c.iban)} holder="${plant.name(c.person, rng, 'initials')}" mandate=${fakes.mandate(rng)}\n`;
      continue;
    }
    const event = rng.int(0, 4);
    let record: Json;
    switch (event) {
      case 0:
        record = {
          ts: fakes.timestamp(clock.iso(true)),
          level: 'info',
          svc: service,
          trace_id: fakes.uuid(rng),
          msg: 'POST /v2/orders',
          body: {
            customer: customerBody(c, rng, rng.chance(0.6)),
            product: rng.pick(['FTTH-1000', 'SIMO-20GB', 'TV-PLUS']),
            ean: fakes.ean(rng),
          },
          client_ip: ip,
          user_agent: plant.ua(c.ua),
        };
        break;
      case 1:
        record = {
          ts: fakes.timestamp(clock.iso(true)),
          level: 'info',
          svc: service,
          msg: 'ideal payment settled',
          payment: {
            id: `tr_${rng.chars(10, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`,
            amount: { currency: 'EUR', value: `${rng.int(5, 300)}.${rng.digits(2)}` },
          },
          details: {
            consumerName: plant.name(c.person, rng, rng.pick(['initials', 'upper', 'full'] as const)),
            consumerAccount: pii('iban', c.iban),
            consumerBic: rng.pick(['INGBNL2A', 'RABONL2U', 'ABNANL2A']),
          },
          invoice: fakes.invoice(rng),
        };
        break;
      case 2:
        record = {
          time: fakes.timestamp(clock.iso(true)),
          level: 'debug',
          svc: service,
          msg: 'coverage measurement',
          device: fakes.uuid(rng),
          lat: 0,
          lon: 0,
          rsrp: -rng.int(70, 120),
          ip,
        };
        break;
      case 3:
        record = {
          ts: fakes.timestamp(clock.iso(true)),
          level: 'warn',
          svc: service,
          msg: 'kyc document check failed: expired',
          subject: {
            name: plant.name(c.person, rng, 'upper'),
            birthDate: pii('date_of_birth', isoDate(c.dob)),
          },
          document: rng.chance(0.5)
            ? { type: 'PASSPORT', number: plant.passport(c.passport), country: 'NLD' }
            : { type: 'ID_CARD', number: plant.idCard(c.idCard), country: 'NLD' },
          request_ip: ip,
        };
        break;
      default:
        record = {
          ts: fakes.timestamp(clock.iso(true)),
          level: 'error',
          svc: service,
          msg: 'upstream 502 from crm',
          customer: {
            id: fakes.customer(rng),
            email: plant.email(c.email),
            phone: pii('phone', e164(c.mobile)),
          },
          release: fakes.version(rng),
          build: fakes.hash(rng),
        };
    }
    const k8s = wrap === 'k8s';
    if (k8s) b.put('{"log":"');
    if (event === 2) {
      // Coordinates are numbers in JSON, so they are planted without quotes.
      const { lat: _lat, lon: _lon, ...rest } = record as Record<string, Json>;
      const q = k8s ? '\\"' : '"';
      const parts = Object.entries(rest);
      b.put('{');
      parts.forEach(([key, v], j) => {
        if (j) b.put(',');
        b.put(`${q}${key}${q}:`);
        writeJson(b, v, k8s);
        if (key === 'device') {
          b.put(`,${q}lat${q}:`);
          bareNumber(b, pii('geo_coordinates', coord(c.home.lat, rng.int(4, 7))));
          b.put(`,${q}lon${q}:`);
          bareNumber(b, pii('geo_coordinates', coord(c.home.lon, rng.int(4, 7))));
        }
      });
      b.put('}');
    } else writeJson(b, record, k8s);
    if (k8s)
      b.add`\\n","stream":"${rng.pick(['stdout', 'stderr'])}","time":"${clock.iso(true).replace('Z', `${rng.digits(6)}Z`)}"}`;
    b.put('\n');
  }
  return b.build(id, 'log', lang);
};
