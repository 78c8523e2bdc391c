import type { Policy } from '../policy/schema.js';
import type { DenialGround, RequestLanguage, RequestType } from './request.js';

/**
 * The texts a person receives about their request, in Dutch or English: the verification code, the
 * ID-copy request, the Art. 12(3) extension notice, the Art. 12(4) refusal and the answer. Pure:
 * (facts) → { subject, text }. Plain text on purpose — it survives every mail client and is the
 * evidence kept (sealed) in dsr_message.
 */

export interface Letter {
  subject: string;
  text: string;
}

/** Who writes: the controller as the policy names it. */
export interface Sender {
  organisation: string;
  /** Where people write about privacy (the DPO's address, else the controller's). */
  contactEmail: string;
  dpoName?: string;
  /** The supervisory authority for complaints (Art. 77) and its site. */
  authority: { name: string; url: string };
}

/** The Dutch supervisory authority, used where the policy leaves the complaint route unstated. */
export const dutchAuthority = {
  name: 'Autoriteit Persoonsgegevens',
  url: 'https://autoriteitpersoonsgegevens.nl',
};

/**
 * @example
 *   senderFromPolicy(policy).authority.name; // 'Autoriteit Persoonsgegevens'
 */
export function senderFromPolicy(policy: Policy): Sender {
  const c = policy.controller;
  const sender: Sender = {
    organisation: c.tradeName ?? c.legalName,
    contactEmail: policy.dpo === 'unstated' ? c.email : policy.dpo.email,
    authority:
      policy.rights.complaint === 'unstated'
        ? dutchAuthority
        : { name: policy.rights.complaint.authority, url: policy.rights.complaint.url ?? dutchAuthority.url },
  };
  if (policy.dpo !== 'unstated') sender.dpoName = policy.dpo.name;
  return sender;
}

export const typeLabels: Record<RequestLanguage, Record<RequestType, string>> = {
  nl: {
    access: 'inzage in uw persoonsgegevens',
    portability: 'overdracht van uw gegevens (dataportabiliteit)',
    rectification: 'correctie van uw gegevens',
    erasure: 'verwijdering van uw gegevens',
    restriction: 'beperking van de verwerking',
    objection: 'bezwaar tegen de verwerking',
    withdraw_consent: 'intrekking van uw toestemming',
    minor_report: 'melding over gegevens van een kind',
    unknown: 'uw privacyverzoek',
  },
  en: {
    access: 'access to your personal data',
    portability: 'a copy of your data to take elsewhere (portability)',
    rectification: 'correction of your data',
    erasure: 'erasure of your data',
    restriction: 'restriction of processing',
    objection: 'your objection to processing',
    withdraw_consent: 'withdrawal of your consent',
    minor_report: 'your report about a child’s data',
    unknown: 'your privacy request',
  },
};

/** A date as people write it, in Dutch time: "2 maart 2026" / "2 March 2026". */
export function formatDate(date: Date, lang: RequestLanguage): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

function signature(s: Sender, lang: RequestLanguage): string {
  const who = s.dpoName ? `${s.dpoName}\n` : '';
  return lang === 'nl'
    ? `Met vriendelijke groet,\n\n${who}${s.organisation}\n${s.contactEmail}`
    : `Kind regards,\n\n${who}${s.organisation}\n${s.contactEmail}`;
}

/**
 * The one-time code mail. It says nothing about whether the organisation holds data about the
 * address: the same mail goes to every address a request is filed for.
 */
export function codeLetter(
  lang: RequestLanguage,
  f: { sender: Sender; reference: string; code: string; verifyUrl: string; validMinutes: number },
): Letter {
  if (lang === 'nl') {
    return {
      subject: `Uw verificatiecode voor privacyverzoek ${f.reference}`,
      text: `Beste,

Er is bij ${f.sender.organisation} een privacyverzoek ingediend met dit e-mailadres (kenmerk ${f.reference}).
Om te bevestigen dat u dit verzoek hebt gedaan, vult u deze code in:

    ${f.code}

De code is ${f.validMinutes} minuten geldig: ${f.verifyUrl}

Hebt u dit verzoek niet gedaan? Dan kunt u deze e-mail negeren; zonder de code doen wij niets met het verzoek.

${signature(f.sender, lang)}
`,
    };
  }
  return {
    subject: `Your verification code for privacy request ${f.reference}`,
    text: `Hello,

A privacy request was filed with ${f.sender.organisation} for this e-mail address (reference ${f.reference}).
To confirm that you made it, enter this code:

    ${f.code}

The code is valid for ${f.validMinutes} minutes: ${f.verifyUrl}

Did not make this request? Then ignore this e-mail; without the code we do nothing with it.

${signature(f.sender, lang)}
`,
  };
}

/** Asks for a masked ID copy after an operator recorded a reasonable doubt (Art. 12(6)). */
export function idCopyLetter(
  lang: RequestLanguage,
  f: { sender: Sender; reference: string; uploadUrl: string; reason: string; validDays: number },
): Letter {
  if (lang === 'nl') {
    return {
      subject: `Aanvullende identificatie voor privacyverzoek ${f.reference}`,
      text: `Beste,

Wij willen uw verzoek (kenmerk ${f.reference}) graag uitvoeren, maar hebben gerede twijfel over uw identiteit (artikel 12 lid 6 AVG):
${f.reason}

Wilt u daarom een kopie van uw identiteitsbewijs uploaden? Maak op de kopie eerst onleesbaar: uw pasfoto, uw burgerservicenummer (BSN), het documentnummer en de machineleesbare strook (de twee of drie regels met <<< onderaan). Met de app KopieID van de Rijksoverheid gaat dat eenvoudig.

Uploaden kan ${f.validDays} dagen via: ${f.uploadUrl}

Wij gebruiken de kopie alleen om vast te stellen wie u bent en verwijderen haar direct daarna. Wij bewaren alleen dát, hoe en wanneer uw identiteit is vastgesteld.

${signature(f.sender, lang)}
`,
    };
  }
  return {
    subject: `Additional identification for privacy request ${f.reference}`,
    text: `Hello,

We want to carry out your request (reference ${f.reference}), but we have reasonable doubt about your identity (Article 12(6) GDPR):
${f.reason}

Please upload a copy of your identity document. Before you do, black out your photo, your citizen service number (BSN), the document number and the machine-readable zone (the two or three lines with <<< at the bottom).

You can upload it for ${f.validDays} days at: ${f.uploadUrl}

We use the copy only to establish who you are and delete it immediately afterwards. We keep only the fact, the method and the date of the verification.

${signature(f.sender, lang)}
`,
  };
}

/** Art. 12(3): the notice that the answer takes longer, with the reasons and the new date. */
export function extensionLetter(
  lang: RequestLanguage,
  f: {
    sender: Sender;
    reference: string;
    type: RequestType;
    receivedAt: Date;
    reasons: string;
    newDueAt: Date;
  },
): Letter {
  const what = typeLabels[lang][f.type];
  if (lang === 'nl') {
    return {
      subject: `Verlenging van de termijn voor uw verzoek ${f.reference}`,
      text: `Beste,

Op ${formatDate(f.receivedAt, lang)} ontvingen wij uw verzoek om ${what} (kenmerk ${f.reference}).
De AVG geeft ons een maand om te antwoorden. Die termijn mogen wij met ten hoogste twee maanden verlengen als dat nodig is gezien de complexiteit en het aantal verzoeken (artikel 12 lid 3 AVG). Dat doen wij, om deze reden:

${f.reasons}

U ontvangt ons antwoord uiterlijk op ${formatDate(f.newDueAt, lang)}.

Bent u het niet eens met deze verlenging? Dan kunt u een klacht indienen bij de ${f.sender.authority.name} (${f.sender.authority.url}).

${signature(f.sender, lang)}
`,
    };
  }
  return {
    subject: `Extension of the time limit for your request ${f.reference}`,
    text: `Hello,

On ${formatDate(f.receivedAt, lang)} we received your request for ${what} (reference ${f.reference}).
The GDPR gives us one month to answer. We may extend that by up to two further months where necessary, taking into account the complexity and number of requests (Article 12(3) GDPR). We are doing so, for this reason:

${f.reasons}

You will receive our answer no later than ${formatDate(f.newDueAt, lang)}.

If you disagree with this extension, you can lodge a complaint with the ${f.sender.authority.name} (${f.sender.authority.url}).

${signature(f.sender, lang)}
`,
  };
}

const groundText: Record<RequestLanguage, Record<DenialGround, string>> = {
  nl: {
    identity_not_established:
      'Wij hebben niet kunnen vaststellen dat u de persoon bent op wie het verzoek betrekking heeft (artikel 12 lid 2 en lid 6 AVG).',
    manifestly_unfounded: 'Wij beschouwen het verzoek als kennelijk ongegrond (artikel 12 lid 5 AVG).',
    excessive:
      'Wij beschouwen het verzoek als buitensporig, met name vanwege het repetitieve karakter (artikel 12 lid 5 AVG).',
    legal_exception: 'Op uw verzoek is een wettelijke uitzondering van toepassing.',
    other: 'Wij kunnen uw verzoek niet inwilligen.',
  },
  en: {
    identity_not_established:
      'We could not establish that you are the person the request is about (Article 12(2) and (6) GDPR).',
    manifestly_unfounded: 'We consider the request manifestly unfounded (Article 12(5) GDPR).',
    excessive:
      'We consider the request excessive, in particular because of its repetitive character (Article 12(5) GDPR).',
    legal_exception: 'A legal exception applies to your request.',
    other: 'We cannot grant your request.',
  },
};

/**
 * Art. 12(4): the refusal — the reasons, the right to complain to the supervisory authority and the
 * right to a judicial remedy (Art. 79; in the Netherlands a petition to the district court, art. 35 UAVG).
 *
 * @example
 *   denialLetter('nl', { sender, reference: 'DSR-2026-0001', type: 'erasure', receivedAt, ground: 'legal_exception',
 *     reasons: 'Facturen bewaren wij 7 jaar (art. 52 AWR).' }).text; // contains 'Autoriteit Persoonsgegevens'
 */
export function denialLetter(
  lang: RequestLanguage,
  f: {
    sender: Sender;
    reference: string;
    type: RequestType;
    receivedAt: Date;
    ground: DenialGround;
    reasons: string;
  },
): Letter {
  const what = typeLabels[lang][f.type];
  const a = f.sender.authority;
  if (lang === 'nl') {
    return {
      subject: `Besluit op uw verzoek ${f.reference}`,
      text: `Beste,

Op ${formatDate(f.receivedAt, lang)} ontvingen wij uw verzoek om ${what} (kenmerk ${f.reference}). Wij geven aan dit verzoek geen gevolg.

${groundText.nl[f.ground]}

Onze redenen:
${f.reasons}

Bent u het hier niet mee eens? Dan hebt u de volgende mogelijkheden:
- U kunt een klacht indienen bij de ${a.name} (${a.url}), artikel 77 AVG.
- U kunt zich wenden tot de rechter (artikel 79 AVG). Dat doet u met een verzoekschrift aan de rechtbank, binnen zes weken na ontvangst van deze brief (artikel 35 Uitvoeringswet AVG).

Natuurlijk kunt u ook eerst contact met ons opnemen via ${f.sender.contactEmail}.

${signature(f.sender, lang)}
`,
    };
  }
  return {
    subject: `Decision on your request ${f.reference}`,
    text: `Hello,

On ${formatDate(f.receivedAt, lang)} we received your request for ${what} (reference ${f.reference}). We will not act on this request.

${groundText.en[f.ground]}

Our reasons:
${f.reasons}

If you disagree, you have these options:
- You can lodge a complaint with the supervisory authority, the ${a.name} (${a.url}), Article 77 GDPR.
- You can seek a judicial remedy in court (Article 79 GDPR). In the Netherlands you do so by a petition to the district court within six weeks of receiving this letter (Article 35 of the Dutch GDPR Implementation Act).

You can of course also contact us first at ${f.sender.contactEmail}.

${signature(f.sender, lang)}
`,
  };
}

/** The answer that closes a request: what was done, and a download link where there is a package. */
export function answerLetter(
  lang: RequestLanguage,
  f: {
    sender: Sender;
    reference: string;
    type: RequestType;
    receivedAt: Date;
    /** What the operator writes about the outcome (what was done, kept and why). */
    message: string;
    download?: { url: string; expiresAt: Date };
  },
): Letter {
  const what = typeLabels[lang][f.type];
  if (lang === 'nl') {
    const dl = f.download
      ? `\nU kunt uw gegevens downloaden tot ${formatDate(f.download.expiresAt, lang)}:\n${f.download.url}\n`
      : '';
    return {
      subject: `Antwoord op uw verzoek ${f.reference}`,
      text: `Beste,

Op ${formatDate(f.receivedAt, lang)} ontvingen wij uw verzoek om ${what} (kenmerk ${f.reference}).

${f.message}
${dl}
Hebt u vragen, of bent u het niet eens met ons antwoord? Neem dan contact op via ${f.sender.contactEmail}. U kunt ook een klacht indienen bij de ${f.sender.authority.name} (${f.sender.authority.url}).

${signature(f.sender, lang)}
`,
    };
  }
  const dl = f.download
    ? `\nYou can download your data until ${formatDate(f.download.expiresAt, lang)}:\n${f.download.url}\n`
    : '';
  return {
    subject: `Answer to your request ${f.reference}`,
    text: `Hello,

On ${formatDate(f.receivedAt, lang)} we received your request for ${what} (reference ${f.reference}).

${f.message}
${dl}
If you have questions or disagree with our answer, contact us at ${f.sender.contactEmail}. You can also lodge a complaint with the ${f.sender.authority.name} (${f.sender.authority.url}).

${signature(f.sender, lang)}
`,
  };
}

/**
 * The notice before a restriction is lifted (Art. 18(3)): what was restricted, why it ends, and the
 * person's recourse. Sent before the entry is lifted, in the same transaction.
 */
export function restrictionLiftLetter(
  lang: RequestLanguage,
  f: {
    sender: Sender;
    reference: string;
    scope: 'processing' | 'direct_marketing' | 'consent';
    reasons: string;
  },
): Letter {
  const what = {
    nl: {
      processing: 'de beperking van de verwerking van uw gegevens',
      direct_marketing: 'uw bezwaar tegen direct marketing',
      consent: 'de intrekking van uw toestemming',
    },
    en: {
      processing: 'the restriction of the processing of your data',
      direct_marketing: 'your objection to direct marketing',
      consent: 'the withdrawal of your consent',
    },
  }[lang][f.scope];
  if (lang === 'nl') {
    return {
      subject: `Einde van de beperking bij uw verzoek ${f.reference}`,
      text: `Beste,

Naar aanleiding van uw verzoek (kenmerk ${f.reference}) hebben wij ${what} vastgelegd. Wij laten u weten dat die beperking eindigt, voordat dat gebeurt (artikel 18 lid 3 AVG). De reden:

${f.reasons}

Bent u het hier niet mee eens? Neem dan contact met ons op via ${f.sender.contactEmail}. U kunt ook een klacht indienen bij de ${f.sender.authority.name} (${f.sender.authority.url}).

${signature(f.sender, lang)}
`,
    };
  }
  return {
    subject: `End of the restriction for your request ${f.reference}`,
    text: `Hello,

Following your request (reference ${f.reference}) we recorded ${what}. We are letting you know, before it happens, that this restriction ends (Article 18(3) GDPR). The reason:

${f.reasons}

If you disagree, please contact us at ${f.sender.contactEmail}. You can also lodge a complaint with the ${f.sender.authority.name} (${f.sender.authority.url}).

${signature(f.sender, lang)}
`,
  };
}

/** The alert the daily deadline check mails to the DPOs. Ids and dates only. */
export function overdueAlert(f: {
  organisation: string;
  overdue: { reference: string; dueAt: Date }[];
  near: { reference: string; dueAt: Date }[];
  consoleUrl: string;
}): Letter {
  const line = (r: { reference: string; dueAt: Date }) =>
    `- ${r.reference}, due ${r.dueAt.toISOString().slice(0, 10)}`;
  return {
    subject: `[Grondslag] ${f.overdue.length} overdue and ${f.near.length} near-due privacy requests`,
    text: `${f.organisation}: data-subject requests past or near their Art. 12(3) deadline.

Overdue (${f.overdue.length}):
${f.overdue.map(line).join('\n') || '- none'}

Due within 7 days (${f.near.length}):
${f.near.map(line).join('\n') || '- none'}

The queue: ${f.consoleUrl}
`,
  };
}
