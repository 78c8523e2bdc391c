import { DocumentBuilder, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import { cityName } from '../addresses.js';
import { companyPhone, legalName } from '../company.js';
import { Clock, formatDate, mrzDate } from '../dates.js';
import { td1, td3 } from '../mrz.js';
import { fakes, newProfile, plant, t } from '../profile.js';
import type { Genre } from './genre.js';

/**
 * Hard line breaks where the PDF's text layer ended a line: a space becomes a newline, so every
 * offset stays put and a name or IBAN may now run across two lines, as it does after extraction.
 */
function rewrap(text: string, rng: Prng): string {
  const width = rng.int(48, 92);
  const out = text.split('');
  let col = 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '\n') col = 0;
    else if (out[i] === ' ' && col >= width) {
      out[i] = '\n';
      col = 0;
    } else col++;
  }
  return out.join('');
}

/**
 * A contract confirmation as text pulled out of its PDF: a details block, the identity check done
 * in the shop, and sometimes the OCR of the attached ID copy with its machine-readable zone.
 * Ligatures (ﬁ, ﬂ) and page markers survive extraction as they do in practice.
 */
export const pdfLetter: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const clock = new Clock(rng);
  const page = (n: number, of: number) =>
    b.put(`\n${t(lang, `Pagina ${n} van ${of}`, `Page ${n} of ${of}`)}\n\f`);
  const pages = rng.chance(0.5) ? 3 : 2;
  b.add`${legalName}\n${t(lang, 'Bevestiging van uw overeenkomst', 'Confirmation of your agreement')} ${fakes.contract(rng)}\n\n`;
  b.add`${t(lang, c.person.gender === 'm' ? 'De heer' : 'Mevrouw', c.person.gender === 'm' ? 'Mr' : 'Ms')} ${plant.name(c.person, rng, 'initials')}\n${plant.street(c.address, rng)}\n${plant.postcode(c.address, rng)} ${cityName(c.address, rng)}\n\n`;
  b.add`${t(lang, 'Geachte', 'Dear')} ${t(lang, c.person.gender === 'm' ? 'heer' : 'mevrouw', c.person.gender === 'm' ? 'Mr' : 'Ms')} ${plant.name(c.person, rng, 'family')}, ${t(lang, 'hartelijk dank voor uw keuze voor', 'thank you for choosing')} ${legalName} ${t(lang, 'Hieronder vindt u de gegevens zoals wij die hebben vastgelegd. Controleer ze goed: de ﬁnanciële afspraken zijn deﬁnitief na de bedenktijd van 14 dagen.', 'Below are the details as we recorded them. Please check them: the ﬁnancial terms are ﬁnal after the 14-day cooling-off period.')}\n\n`;
  const row = (label: string) => `${label}${' '.repeat(rng.int(1, 6))}`;
  b.add`${row(t(lang, 'Naam', 'Name'))}${plant.name(c.person, rng, 'givenAll')}\n`;
  b.add`${row(t(lang, 'Geboortedatum', 'Date of birth'))}${plant.dob(c.dob, lang, rng)}\n`;
  b.add`${row(t(lang, 'Telefoonnummer', 'Phone number'))}${plant.phone(c.mobile, rng)}\n`;
  b.add`${row('E-mail')}${plant.email(c.email)}\n`;
  b.add`${row('IBAN')}${plant.iban(c.iban, rng)}\n`;
  b.add`${row(t(lang, 'Ingangsdatum', 'Start date'))}${fakes.date(clock.plusDays(rng.int(1, 20)), lang, rng)}\n`;
  b.add`${row(t(lang, 'Maandbedrag', 'Monthly fee'))}${fakes.amount(rng, lang)}\n`;
  page(1, pages);
  const passport = rng.chance(0.5);
  const expiry = { y: clock.date.y + rng.int(1, 9), m: rng.int(1, 12), d: rng.int(1, 28) };
  b.add`${t(lang, 'Identiteitscontrole in de winkel', 'Identity check in store')}\n`;
  b.add`${t(lang, 'Gecontroleerd document', 'Document checked')}: ${passport ? t(lang, 'paspoort', 'passport') : t(lang, 'identiteitskaart', 'identity card')}, ${t(lang, 'documentnummer', 'document number')} ${passport ? plant.passport(c.passport) : plant.idCard(c.idCard)}, ${t(lang, 'geldig tot', 'valid until')} ${formatDate(expiry, lang, rng)}\n`;
  b.add`${t(lang, 'Burgerservicenummer niet vastgelegd', 'Citizen service number not recorded')}.\n`;
  if (pages === 3) {
    page(2, pages);
    b.add`${t(lang, 'Bijlage: kopie legitimatiebewijs (tekstherkenning)', 'Annex: copy of identity document (OCR)')}\n`;
    b.add`${passport ? 'KONINKRIJK DER NEDERLANDEN   PASPOORT' : 'KONINKRIJK DER NEDERLANDEN   IDENTITEITSKAART'}\n`;
    b.add`${t(lang, 'Naam', 'Surname')} ${pii('person_name', c.person.prefix ? `${c.person.prefix} ${c.person.surname}`.toUpperCase() : c.person.surname.toUpperCase())}\n`;
    b.add`${t(lang, 'Voornamen', 'Given names')} ${pii('person_name', [c.person.given, ...c.person.middle].join(' '))}\n`;
    b.add`${t(lang, 'Geboortedatum', 'Date of birth')} ${plant.dob(c.dob, lang, rng)}\n`;
    b.add`BSN ${plant.bsn(c.bsn, rng)}\n`;
    b.add`${t(lang, 'Documentnummer', 'Document no.')} ${passport ? plant.passport(c.passport) : plant.idCard(c.idCard)}\n\n`;
    const mrzIn = {
      person: c.person,
      documentNumber: passport ? c.passport : c.idCard,
      bsn: c.bsn,
      birth: mrzDate(c.dob),
      expiry: mrzDate(expiry),
    };
    b.add`${pii('mrz', passport ? td3(mrzIn) : td1(mrzIn))}\n`;
  }
  b.add`\n${t(lang, 'Met vriendelijke groet,', 'Kind regards,')}\n${t(lang, 'Team Klantcontact', 'Customer Contact Team')} — ${companyPhone(rng)}\n`;
  page(pages, pages);
  const doc = b.build(id, 'email', lang);
  // The MRZ keeps its own lines; rewrapping only ever turns spaces into newlines.
  return { ...doc, text: rewrap(doc.text, rng) };
};
