import { DocumentBuilder, decoy } from '../../builder.js';
import type { Prng } from '../../prng.js';
import type { Language } from '../../values/dates.js';
import { cityName } from '../addresses.js';
import {
  companyBic,
  companyEmail,
  companyIbanSpaced,
  companyKvk,
  companyPhone,
  companyVat,
  creditorId,
  legalName,
  offices,
} from '../company.js';
import { Clock } from '../dates.js';
import { paymentReference, spacedPaymentReference } from '../decoys.js';
import { fakes, newProfile, type Profile, plant, t } from '../profile.js';
import type { Genre } from './genre.js';

function letterFooter(b: DocumentBuilder, rng: Prng, lang: Language): void {
  const office = rng.pick(offices);
  b.add`\n${legalName} | ${decoy('company_address', office.street)} | ${decoy('company_address', office.postcode)} ${office.city}\n`;
  b.add`${t(lang, 'KvK', 'Chamber of Commerce')} ${decoy('kvk_number', companyKvk)} | ${t(lang, 'btw', 'VAT')} ${decoy('vat_number', companyVat)} | IBAN ${decoy('company_iban', companyIbanSpaced)} | BIC ${decoy('bic', companyBic)}\n`;
}

function addressBlock(b: DocumentBuilder, rng: Prng, lang: Language, c: Profile): void {
  const title = t(
    lang,
    c.person.gender === 'm' ? 'De heer' : 'Mevrouw',
    c.person.gender === 'm' ? 'Mr' : 'Ms',
  );
  b.add`${title} ${plant.name(c.person, rng, rng.pick(['initials', 'initialsNoDots', 'givenAll'] as const))}\n`;
  b.add`${plant.street(c.address, rng)}\n`;
  b.add`${plant.postcode(c.address, rng)}  ${cityName(c.address, rng)}\n\n`;
}

/** A SEPA direct-debit mandate (doorlopende machtiging) as filled in by the customer. */
export const sepaMandate: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const clock = new Clock(rng);
  const office = offices[0]!;
  const row = (label: string) => `${label}${rng.chance(0.5) ? '\t' : ': '}`;
  b.add`${t(lang, 'Doorlopende machtiging', 'Recurring direct debit mandate')}  SEPA\n\n`;
  b.add`${row(t(lang, 'Naam incassant', 'Creditor name'))}${legalName}\n`;
  b.add`${row(t(lang, 'Adres incassant', 'Creditor address'))}${decoy('company_address', office.street)}\n`;
  b.add`${row(t(lang, 'Postcode en woonplaats incassant', 'Creditor postcode and town'))}${decoy('company_address', office.postcode)} ${office.city}\n`;
  b.add`${row(t(lang, 'Incassant ID', 'Creditor identifier'))}${decoy('creditor_id', creditorId)}\n`;
  b.add`${row(t(lang, 'Kenmerk machtiging', 'Mandate reference'))}${fakes.mandate(rng)}\n`;
  b.add`${row(t(lang, 'Reden betaling', 'Purpose'))}${t(lang, 'maandelijkse abonnementskosten', 'monthly subscription fees')} ${fakes.contract(rng)}\n\n`;
  b.add`${t(
    lang,
    `Door ondertekening van dit formulier geeft u toestemming aan ${legalName} om doorlopende incasso-opdrachten te sturen naar uw bank om een bedrag van uw rekening af te schrijven.`,
    `By signing this form you authorise ${legalName} to send recurring collection instructions to your bank to debit your account.`,
  )}\n\n`;
  b.add`${row(t(lang, 'Naam', 'Name'))}${plant.name(c.person, rng, rng.pick(['initials', 'full', 'upper'] as const))}\n`;
  b.add`${row(t(lang, 'Adres', 'Address'))}${plant.street(c.address, rng)}\n`;
  b.add`${row(t(lang, 'Postcode', 'Postcode'))}${plant.postcode(c.address, rng)}\n`;
  b.add`${row(t(lang, 'Woonplaats', 'Town'))}${cityName(c.address, rng)}\n`;
  b.add`${row(t(lang, 'Land', 'Country'))}${t(lang, 'Nederland', 'Netherlands')}\n`;
  b.add`${row(t(lang, 'Rekeningnummer [IBAN]', 'Account number [IBAN]'))}${plant.iban(c.iban, rng)}\n`;
  b.add`${row(t(lang, 'Bank identificatie [BIC]*', 'Bank identifier [BIC]*'))}${decoy('bic', rng.pick(['INGBNL2A', 'RABONL2U', 'ABNANL2A', 'SNSBNL2A', 'TRIONL2U', 'BUNQNL2A']))}\n`;
  b.add`${row(t(lang, 'Plaats en datum', 'Place and date'))}${c.address.city.name}, ${fakes.date(clock.date, lang, rng)}\n`;
  b.add`${row(t(lang, 'Handtekening', 'Signature'))}[${t(lang, 'getekend', 'signed')}]\n`;
  b.add`* ${t(lang, 'Geen BIC nodig bij een Nederlands rekeningnummer', 'BIC not required for a Dutch IBAN')}\n`;
  if (rng.chance(0.5)) {
    b.add`\n${t(lang, 'Ontvangen via', 'Received via')} ${companyEmail(rng, 'incasso')} ${t(lang, 'van', 'from')} ${plant.email(c.email)} ${t(lang, 'op', 'on')} ${fakes.timestamp(clock.tick(rng, 60, 86400).sql())}\n`;
  }
  return b.build(id, 'email', lang);
};

/** A reminder or formal dunning letter (aanmaning) for an unpaid invoice, with the statutory fee notice. */
export const dunningLetter: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const clock = new Clock(rng);
  const stage = rng.pick([1, 2, 3]);
  const ref = paymentReference(rng);
  addressBlock(b, rng, lang, c);
  b.add`Utrecht, ${fakes.date(clock.date, lang, rng)}\n`;
  b.add`${t(lang, 'Klantnummer', 'Customer number')}: ${fakes.customer(rng)}\n`;
  b.add`${t(lang, 'Factuurnummer', 'Invoice number')}: ${fakes.invoice(rng)}\n`;
  b.add`${t(lang, 'Betreft', 'Subject')}: ${t(lang, ['Betalingsherinnering', 'Aanmaning', 'Laatste aanmaning'][stage - 1]!, ['Payment reminder', 'Final reminder', 'Notice before collection'][stage - 1]!)}\n\n`;
  const salutation = t(
    lang,
    c.person.gender === 'm' ? 'Geachte heer' : 'Geachte mevrouw',
    c.person.gender === 'm' ? 'Dear Mr' : 'Dear Ms',
  );
  b.add`${salutation} ${plant.name(c.person, rng, 'family')},\n\n`;
  const due = fakes.date(clock.plusDays(-rng.int(20, 60)), lang, rng);
  const total = fakes.amount(rng, lang);
  b.add`${t(lang, 'Op', 'On')} ${due} ${t(lang, 'hebben wij een bedrag van', 'we tried to collect')} ${total} ${t(lang, 'proberen af te schrijven van uw rekening', 'from your account')} ${plant.iban(c.iban, rng)}. ${t(lang, 'Uw bank heeft deze incasso gestorneerd (reden: MS02).', 'Your bank returned the collection (reason: MS02).')}\n\n`;
  if (stage >= 2) {
    b.add`${t(
      lang,
      'Dit is onze aanmaning. Betaalt u niet binnen 14 dagen na ontvangst van deze brief, dan zijn wij genoodzaakt incassokosten in rekening te brengen van',
      'This is our formal reminder. If you do not pay within 14 days of receiving this letter, we will charge collection costs of',
    )} ${fakes.amount(rng, lang)}.\n\n`;
  }
  b.add`${t(lang, 'Wilt u het bedrag overmaken naar', 'Please transfer the amount to')} ${decoy('company_iban', rng.chance(0.5) ? companyIbanSpaced : companyIbanSpaced.replace(/ /g, ''))} ${t(lang, 't.n.v.', 'in the name of')} ${legalName} ${t(lang, 'o.v.v. betalingskenmerk', 'quoting payment reference')} ${decoy('payment_reference', rng.chance(0.6) ? spacedPaymentReference(ref) : ref)}.\n`;
  b.add`${t(lang, 'Liever een betalingsregeling? Bel ons op', 'Prefer a payment plan? Call us on')} ${companyPhone(rng)} ${t(lang, 'of mail naar', 'or e-mail')} ${companyEmail(rng, 'incasso')}.\n\n`;
  if (rng.chance(0.6)) {
    b.add`${t(lang, 'Uw gegevens bij ons', 'Your details on file')}: ${plant.email(c.email)} / ${plant.anyPhone(c, rng)}. ${t(lang, 'Kloppen deze niet meer? Geef het door in Mijn Polderlink.', 'Out of date? Update them in My Polderlink.')}\n\n`;
  }
  b.add`${t(lang, 'Heeft u inmiddels betaald? Dan kunt u deze brief als niet verzonden beschouwen.', 'If you have paid in the meantime, please disregard this letter.')}\n\n`;
  b.add`${t(lang, 'Met vriendelijke groet,', 'Kind regards,')}\n${t(lang, 'Afdeling Debiteurenbeheer', 'Accounts Receivable')}\n${legalName}\n`;
  if (rng.chance(0.6)) letterFooter(b, rng, lang);
  return b.build(id, 'email', lang);
};
