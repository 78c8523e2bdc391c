import type { Prng } from '../prng.js';
import { type Address, address } from './addresses.js';
import { type Day, day, documentNumber, elevenProofNumber, email, iban, phone } from './identifiers.js';
import { type Person, person } from './people.js';

/** One customer and what a telecom knows of them, so a document can mention the same data twice. */
export interface Customer {
  who: Person;
  phone: string;
  email: string;
  iban: string;
  bsn: string;
  birth: Day;
  home: Address;
  docNo: string;
}

export function customer(rng: Prng): Customer {
  const who = person(rng);
  return {
    who,
    phone: phone(rng),
    email: email(rng, who),
    iban: iban(rng),
    bsn: elevenProofNumber(rng),
    birth: day(rng, 1938, 2006),
    home: address(rng),
    docNo: documentNumber(rng),
  };
}
