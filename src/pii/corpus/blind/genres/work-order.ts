import { DocumentBuilder, pii } from '../../builder.js';
import { cityName, houseNumber } from '../addresses.js';
import { companyPhone } from '../company.js';
import { Clock } from '../dates.js';
import { formatLatLon } from '../geo.js';
import { newPerson, renderName } from '../people.js';
import { formatPhone } from '../phones.js';
import { formatPlate } from '../plates.js';
import { fakes, newProfile, plant, t } from '../profile.js';
import type { Genre } from './genre.js';

const jobsNl = [
  'FTTH installatie',
  'Modemvervanging',
  'Storing koper (ADSL)',
  'Verhuizing aansluiting',
  'Glasvezel FTU verplaatsen',
  'Wifi-punten plaatsen',
  'Storing TV-ontvanger',
];
const jobsEn = [
  'FTTH installation',
  'Modem replacement',
  'Copper line fault',
  'Relocate connection',
  'Move fibre FTU',
  'Install wifi points',
  'TV box fault',
];
const notesNl = [
  'bel 30 min van tevoren, klant werkt thuis',
  'hond aanwezig!',
  'geen lift, trap is smal',
  'FTU zit in de meterkast achter de deur',
  'kabel via kruipruimte, luik in de gang',
  'klant spreekt beperkt Nederlands, Engels gaat prima',
  'vorige afspraak gemist, klant was niet thuis',
];
const notesEn = [
  'call 30 min ahead, customer works from home',
  'dog on premises!',
  'no lift, narrow stairs',
  'FTU is in the meter cupboard behind the front door',
  'cable through the crawl space, hatch in the hallway',
  'customer speaks little Dutch, English is fine',
  'previous appointment missed, nobody home',
];

/**
 * Field-engineer work orders: a single order as printed for the van, or an engineer's day plan of
 * several stops. Addresses carry the floor and flat additions engineers need ("3-hoog", "bis").
 */
export const workOrder: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const clock = new Clock(rng);
  const engineer = newPerson(rng);
  const nl = lang === 'nl';
  const rule = () => b.put(`${'-'.repeat(rng.int(30, 56))}\n`);
  if (rng.chance(0.6)) {
    const c = newProfile(rng);
    b.add`${t(lang, 'WERKORDER', 'WORK ORDER')}  ${fakes.order(rng)}        ${t(lang, 'Prioriteit', 'Priority')}: ${rng.pick(['normaal', 'hoog', 'P2', 'P3'])}\n`;
    b.add`${t(lang, 'Type', 'Type')}:        ${rng.pick(nl ? jobsNl : jobsEn)}\n`;
    b.add`${t(lang, 'Datum/tijd', 'Date/time')}:  ${fakes.date(clock.date, lang, rng)}, ${rng.pick(['08:00–12:00', '12:00-16:00', '13:00 - 17:00', 'hele dag'])}\n`;
    b.add`${t(lang, 'Monteur', 'Engineer')}:     ${pii('person_name', renderName(engineer, rng.pick(['full', 'initials'] as const)))}\n`;
    rule();
    b.add`${t(lang, 'KLANT', 'CUSTOMER')}\n`;
    b.add`${t(lang, 'Naam', 'Name')}:        ${t(lang, rng.pick(['Dhr. ', 'Mw. ', 'Fam. ', '']), rng.pick(['Mr ', 'Mrs ', '']))}${plant.name(c.person, rng, rng.pick(['initials', 'full', 'family'] as const))}\n`;
    b.add`${t(lang, 'Adres', 'Address')}:       ${plant.street(c.address, rng)}\n`;
    b.add`             ${plant.postcode(c.address, rng)}  ${cityName(c.address, rng)}\n`;
    b.add`Tel:         ${plant.phone(c.mobile, rng)}${rng.chance(0.4) ? ' / ' : ''}${rng.chance(0.4) ? plant.phone(c.landline, rng) : ''}\n`;
    if (rng.chance(0.6)) b.add`E-mail:      ${plant.email(c.email)}\n`;
    b.add`GPS:         ${plant.geo(c.home, rng)}\n`;
    rule();
    b.add`${t(lang, 'MATERIAAL', 'EQUIPMENT')}\n`;
    b.add`ONT S/N:     ${fakes.serial(rng)}\n`;
    b.add`Modem:       ${rng.pick(['FRITZ!Box 7590', 'FRITZ!Box 5590 Fiber', 'Zyxel VMG8825', 'Sagemcom F@st 5670'])}  EAN ${fakes.ean(rng)}  fw ${fakes.version(rng)}\n`;
    rule();
    b.add`${t(lang, 'NOTITIES', 'NOTES')}\n`;
    const notes = nl ? notesNl : notesEn;
    for (let i = rng.int(1, 3); i > 0; i--) {
      b.put(`- ${rng.pick(notes)}\n`);
    }
    if (rng.chance(0.5)) {
      b.add`- ${t(lang, 'niet parkeren voor de garage, auto klant', "don't block the driveway, customer's car")} ${plant.plate(c.plate, rng)}\n`;
    }
    if (rng.chance(0.3)) {
      const other = newProfile(rng);
      b.add`- ${t(lang, 'contactpersoon ter plaatse', 'contact on site')}: ${plant.name(other.person, rng, 'full')}, ${plant.phone(other.mobile, rng)}\n`;
    }
    rule();
    b.add`${t(lang, 'AFMELDING', 'SIGN-OFF')}\n`;
    b.add`${t(lang, 'Uitgevoerd', 'Completed')}: ${fakes.timestamp(`${clock.nl()} ${clock.tick(rng, 3600, 14400).hm()}`)}\n`;
    b.add`${t(lang, 'Handtekening klant', 'Customer signature')}: ${plant.name(c.person, rng, 'initials')}\n`;
    b.add`${t(lang, 'Vragen? Planning bereikbaar op', 'Questions? Planning on')} ${companyPhone(rng, 'service')}\n`;
  } else {
    b.add`${t(lang, 'DAGPLANNING', 'DAY PLAN')} ${fakes.date(clock.date, lang, rng)} — ${pii('person_name', renderName(engineer, 'full'))} (${t(lang, 'regio', 'region')} ${rng.pick(['Noord', 'Midden', 'Zuid', 'Randstad-West'])})\n`;
    b.add`${t(lang, 'Bus', 'Van')}: ${rng.pick(['Ford Transit', 'VW Crafter', 'Renault Master'])}, ${t(lang, 'mobiel monteur', 'engineer mobile')} ${plant.phone(newProfile(rng).mobile, rng)}\n\n`;
    const stops = rng.int(4, 7);
    clock.at(7, rng.pick([0, 15, 30]));
    for (let s = 1; s <= stops; s++) {
      const c = newProfile(rng);
      clock.tick(rng, 2700, 6300);
      b.add`${s}. ${clock.hm()}  ${fakes.order(rng)}  ${rng.pick(nl ? jobsNl : jobsEn)}\n`;
      b.add`   ${plant.name(c.person, rng, rng.pick(['initials', 'full', 'sorted'] as const))} | ${plant.street(c.address, rng)} | ${plant.postcode(c.address, rng)} ${c.address.city.name}\n`;
      const phone = rng.chance(0.7) ? c.mobile : c.landline;
      b.add`   tel ${pii('phone', formatPhone(phone, rng))}`;
      b.put('\n');
      if (rng.chance(0.5)) b.add`   nav: ${pii('geo_coordinates', formatLatLon(c.home, rng))}\n`;
      if (rng.chance(0.4))
        b.add`   ${t(lang, 'opm', 'note')}: ${t(lang, 'bellen bij', 'ring at')} ${pii('postal_address', houseNumber(c.address))}${rng.chance(0.5) ? `, ${rng.pick(nl ? notesNl : notesEn)}` : ''}\n`;
      if (rng.chance(0.15))
        b.add`   ${t(lang, 'auto klant op oprit', 'customer car in drive')}: ${pii('licence_plate', formatPlate(c.plate, rng))}\n`;
    }
  }
  return b.build(id, 'ticket', lang);
};
