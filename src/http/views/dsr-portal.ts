import { formatDate } from '../../dsr/letters.js';
import type { DsrRequest, RequestEvent, RequestLanguage, RequestType } from '../../dsr/request.js';
import { csrfField } from './admin-layout.js';
import { type Html, type HtmlValue, html } from './html.js';
import { languageName } from './portal.js';

/**
 * The public request pages, in Dutch and English: file a request, enter the code, see the status,
 * upload a masked ID copy (only when asked), download the package. No script; plain forms.
 */

export interface PortalFrame {
  lang: RequestLanguage;
  languages: string[];
  organisation: string;
  contactEmail: string;
  /** Path of this page without `lang`, for the language switch. */
  path: string;
}

const t = {
  nl: {
    skip: 'Naar de inhoud',
    languages: 'Taal',
    contact: 'Vragen over privacy?',
    statement: 'Privacyverklaring',
    fileTitle: 'Privacyverzoek indienen',
    fileIntro:
      'Hier oefent u uw rechten uit onder de AVG. Wij antwoorden binnen vier weken. Om uw gegevens te beschermen, sturen wij eerst een code naar het e-mailadres dat u opgeeft.',
    type: 'Wat wilt u?',
    email: 'E-mailadres',
    emailHint: 'Het adres dat u bij ons gebruikt. Hierheen sturen wij de code en ons antwoord.',
    phone: 'Telefoonnummer (optioneel)',
    phoneHint: 'Helpt ons gegevens te vinden die op uw nummer staan, zoals gespreksgegevens.',
    customer: 'Klantnummer (optioneel)',
    text: 'Toelichting (optioneel)',
    textHint: 'Bij correctie: wat klopt er niet en wat moet het zijn? Bij bezwaar: tegen welke verwerking?',
    objectionGround: 'Waartegen maakt u bezwaar?',
    groundMarketing: 'Direct marketing (reclame, nieuwsbrieven): wij stoppen direct',
    groundInterest: 'Een andere verwerking op grond van ons gerechtvaardigd belang',
    submit: 'Verzoek indienen',
    checkMail: 'Controleer uw e-mail',
    checkMailIntro:
      'Als het e-mailadres klopt, hebt u een e-mail met een code van 6 cijfers ontvangen. Vul die hieronder in. De code is 30 minuten geldig.',
    code: 'Code',
    verify: 'Bevestigen',
    wrongCode: (n: number) => `Deze code klopt niet. U kunt het nog ${n} keer proberen.`,
    codeGone: 'Deze code is verlopen of te vaak verkeerd ingevuld. Vraag een nieuwe code aan.',
    resend: 'Stuur een nieuwe code',
    linkInvalid: 'Deze link is niet (meer) geldig.',
    linkInvalidHint: 'Dien het verzoek opnieuw in of neem contact met ons op.',
    statusTitle: 'Uw verzoek',
    reference: 'Kenmerk',
    requestType: 'Verzoek',
    received: 'Ontvangen',
    due: 'Uiterlijk antwoord',
    extended: 'Wij hebben de termijn verlengd; u hebt daarover een e-mail met de redenen ontvangen.',
    state: 'Stand van zaken',
    history: 'Verloop',
    tooMany: 'Te veel verzoeken vanaf dit adres. Probeer het later opnieuw.',
    idTitle: 'Kopie identiteitsbewijs uploaden',
    idIntro:
      'Wij twijfelen aan uw identiteit en vragen daarom een kopie van uw identiteitsbewijs. Maak eerst onleesbaar: uw pasfoto, uw BSN, het documentnummer en de machineleesbare strook (de regels met <<< onderaan). Wij controleren dat automatisch en weigeren een kopie waarop die nog te lezen zijn. PDF, PNG of JPEG, hoogstens 1 MB.',
    idFile: 'Bestand',
    idUpload: 'Uploaden',
    idAccepted:
      'Dank u. Wij hebben de kopie ontvangen. Zodra wij uw identiteit hebben vastgesteld, verwijderen wij de kopie.',
    idRefused: 'Wij hebben deze kopie niet opgeslagen: hierop is nog te lezen:',
    readable: {
      bsn: 'uw BSN',
      mrz: 'de machineleesbare strook (<<<)',
      documentNumber: 'het documentnummer',
      photo: 'uw pasfoto',
    },
    idAgain: 'Maak deze onleesbaar en upload de kopie opnieuw.',
    downloadTitle: 'Uw gegevens downloaden',
    downloadIntro: 'Dit is het pakket met uw gegevens. De link is geldig tot',
    download: 'Downloaden',
    size: 'Grootte',
    checksum: 'Controlegetal (SHA-256)',
    downloadGone: 'Deze downloadlink is verlopen of ingetrokken. Neem contact met ons op voor een nieuwe.',
  },
  en: {
    skip: 'Skip to content',
    languages: 'Language',
    contact: 'Questions about privacy?',
    statement: 'Privacy statement',
    fileTitle: 'Make a privacy request',
    fileIntro:
      'Here you exercise your rights under the GDPR. We answer within four weeks. To protect your data, we first send a code to the e-mail address you give.',
    type: 'What would you like?',
    email: 'E-mail address',
    emailHint: 'The address you use with us. We send the code and our answer there.',
    phone: 'Phone number (optional)',
    phoneHint: 'Helps us find data kept under your number, such as call records.',
    customer: 'Customer number (optional)',
    text: 'Details (optional)',
    textHint: 'For a correction: what is wrong and what should it be? For an objection: to which processing?',
    objectionGround: 'What do you object to?',
    groundMarketing: 'Direct marketing (advertising, newsletters): we stop at once',
    groundInterest: 'Other processing based on our legitimate interest',
    submit: 'Submit request',
    checkMail: 'Check your e-mail',
    checkMailIntro:
      'If the e-mail address is right, you have received an e-mail with a 6-digit code. Enter it below. The code is valid for 30 minutes.',
    code: 'Code',
    verify: 'Confirm',
    wrongCode: (n: number) => `That code is not right. You have ${n} more ${n === 1 ? 'try' : 'tries'}.`,
    codeGone: 'This code has expired or was entered wrongly too often. Ask for a new code.',
    resend: 'Send a new code',
    linkInvalid: 'This link is not (or no longer) valid.',
    linkInvalidHint: 'Make the request again or contact us.',
    statusTitle: 'Your request',
    reference: 'Reference',
    requestType: 'Request',
    received: 'Received',
    due: 'Answer by',
    extended: 'We have extended the time limit; you received an e-mail with the reasons.',
    state: 'Status',
    history: 'History',
    tooMany: 'Too many requests from this address. Please try again later.',
    idTitle: 'Upload a copy of your identity document',
    idIntro:
      'We have doubts about your identity and therefore ask for a copy of your identity document. First black out: your photo, your BSN, the document number and the machine-readable zone (the lines with <<< at the bottom). We check this automatically and refuse a copy on which they can still be read. PDF, PNG or JPEG, at most 1 MB.',
    idFile: 'File',
    idUpload: 'Upload',
    idAccepted:
      'Thank you. We have received the copy. As soon as we have established your identity, we delete the copy.',
    idRefused: 'We have not stored this copy: it still shows',
    readable: {
      bsn: 'your BSN',
      mrz: 'the machine-readable zone (<<<)',
      documentNumber: 'the document number',
      photo: 'your photo',
    },
    idAgain: 'Black these out and upload the copy again.',
    downloadTitle: 'Download your data',
    downloadIntro: 'This is the package with your data. The link is valid until',
    download: 'Download',
    size: 'Size',
    checksum: 'Checksum (SHA-256)',
    downloadGone: 'This download link has expired or was revoked. Contact us for a new one.',
  },
};

export type PortalTexts = (typeof t)['en'];
export function portalTexts(lang: RequestLanguage): PortalTexts {
  return t[lang];
}

/** What each type means to the person, for the form's choices. */
export const typeChoices: Record<RequestLanguage, { type: RequestType; label: string; hint: string }[]> = {
  nl: [
    { type: 'access', label: 'Inzage', hint: 'Welke gegevens hebben jullie van mij, en een kopie ervan.' },
    {
      type: 'portability',
      label: 'Gegevens meenemen',
      hint: 'Mijn gegevens in een bestand dat ik elders kan gebruiken.',
    },
    { type: 'rectification', label: 'Correctie', hint: 'Gegevens kloppen niet of zijn onvolledig.' },
    {
      type: 'erasure',
      label: 'Verwijdering',
      hint: 'Verwijder mijn gegevens (behalve wat de wet ons verplicht te bewaren).',
    },
    {
      type: 'restriction',
      label: 'Beperking',
      hint: 'Bewaar mijn gegevens, maar gebruik ze voorlopig niet.',
    },
    { type: 'objection', label: 'Bezwaar', hint: 'Ik wil niet dat mijn gegevens hiervoor worden gebruikt.' },
    {
      type: 'withdraw_consent',
      label: 'Toestemming intrekken',
      hint: 'Ik trek een eerder gegeven toestemming in.',
    },
    {
      type: 'minor_report',
      label: 'Gegevens van een kind',
      hint: 'Gegevens van een kind onder 16 zonder toestemming van de ouders.',
    },
  ],
  en: [
    { type: 'access', label: 'Access', hint: 'Which data do you hold about me, and a copy of it.' },
    { type: 'portability', label: 'Take my data elsewhere', hint: 'My data in a file I can use elsewhere.' },
    { type: 'rectification', label: 'Correction', hint: 'Data is wrong or incomplete.' },
    { type: 'erasure', label: 'Erasure', hint: 'Delete my data (except what the law obliges you to keep).' },
    { type: 'restriction', label: 'Restriction', hint: 'Keep my data but do not use it for now.' },
    { type: 'objection', label: 'Objection', hint: 'I do not want my data used for this.' },
    { type: 'withdraw_consent', label: 'Withdraw consent', hint: 'I withdraw consent I gave earlier.' },
    {
      type: 'minor_report',
      label: 'A child’s data',
      hint: 'Data of a child under 16 without the parents’ consent.',
    },
  ],
};

export const statusLabels: Record<RequestLanguage, Record<DsrRequest['status'], string>> = {
  nl: {
    received: 'Ontvangen',
    awaiting_verification: 'Wacht op bevestiging van uw identiteit',
    verified: 'Identiteit bevestigd; wij beoordelen uw verzoek',
    in_progress: 'In behandeling',
    completed: 'Afgehandeld; u hebt ons antwoord per e-mail ontvangen',
    denied: 'Afgewezen; u hebt de redenen per e-mail ontvangen',
    withdrawn: 'Ingetrokken',
  },
  en: {
    received: 'Received',
    awaiting_verification: 'Waiting for confirmation of your identity',
    verified: 'Identity confirmed; we are assessing your request',
    in_progress: 'In progress',
    completed: 'Done; you received our answer by e-mail',
    denied: 'Refused; you received the reasons by e-mail',
    withdrawn: 'Withdrawn',
  },
};

const publicEvents: Partial<Record<RequestEvent['kind'], Record<RequestLanguage, string>>> = {
  received: { nl: 'Verzoek ontvangen', en: 'Request received' },
  duplicate_received: { nl: 'Nogmaals ingediend (samengevoegd)', en: 'Submitted again (combined)' },
  verification_sent: { nl: 'Code verstuurd', en: 'Code sent' },
  verified: { nl: 'Identiteit bevestigd', en: 'Identity confirmed' },
  doubt_recorded: { nl: 'Aanvullende identificatie gevraagd', en: 'Additional identification requested' },
  id_copy_received: { nl: 'Kopie identiteitsbewijs ontvangen', en: 'Copy of identity document received' },
  id_copy_deleted: { nl: 'Kopie identiteitsbewijs verwijderd', en: 'Copy of identity document deleted' },
  approved: { nl: 'In behandeling genomen', en: 'Taken into progress' },
  objection_decided: { nl: 'Besluit op bezwaar genomen', en: 'Decision on objection taken' },
  extended: { nl: 'Termijn verlengd', en: 'Time limit extended' },
  denied: { nl: 'Afgewezen', en: 'Refused' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
  completed: { nl: 'Antwoord verstuurd', en: 'Answer sent' },
};

/** The page frame: header with the organisation and language switch, footer with the contact. */
export function portalFrame(f: PortalFrame, title: string, body: HtmlValue): Html {
  const tx = t[f.lang];
  const sep = f.path.includes('?') ? '&' : '?';
  return html`<!doctype html>
<html lang="${f.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · ${f.organisation}</title>
<link rel="stylesheet" href="/assets/grondslag.css">
</head>
<body>
<a class="skip" href="#main">${tx.skip}</a>
<header class="portal-header"><div class="inner">
  <a class="org" href="/${f.lang === f.languages[0] ? '' : `?lang=${f.lang}`}">${f.organisation}</a>
  <nav aria-label="${tx.languages}"><ul class="langs">${f.languages
    .filter((l) => l === 'nl' || l === 'en')
    .map(
      (l) =>
        html`<li><a href="${f.path}${sep}lang=${l}" hreflang="${l}" lang="${l}"${l === f.lang ? html` aria-current="true"` : ''}>${languageName(l)}</a></li>`,
    )}</ul></nav>
</div></header>
<main class="portal-main" id="main">
${body}
</main>
<footer class="portal-footer"><div class="inner">
  ${tx.contact} <a href="mailto:${f.contactEmail}">${f.contactEmail}</a>
</div></footer>
</body>
</html>`;
}

export interface FileFormView {
  csrf: string;
  problem?: { message: string; fields: Record<string, string> };
  draft?: Record<string, string>;
  /** Preselected type (`/request?type=erasure`). */
  type?: string;
}

function fieldError(problem: FileFormView['problem'], name: string): Html | '' {
  const m = problem?.fields[name];
  return m ? html`<p class="field-error" id="${name}-error">${m}</p>` : '';
}

/** The request form. */
export function fileRequestPage(f: PortalFrame, v: FileFormView): Html {
  const tx = t[f.lang];
  const d = v.draft ?? {};
  const chosen = d.type ?? v.type ?? 'access';
  const body = html`<h1>${tx.fileTitle}</h1>
<p>${tx.fileIntro}</p>
${v.problem ? html`<div class="notice error" role="alert">${v.problem.message}</div>` : ''}
<form class="stack card" method="post" action="/request?lang=${f.lang}">
${csrfField(v.csrf)}
<input type="hidden" name="language" value="${f.lang}">
<fieldset>
  <legend>${tx.type}</legend>
  ${typeChoices[f.lang].map(
    (
      c,
    ) => html`<label class="choice"><input type="radio" name="type" value="${c.type}"${c.type === chosen ? html` checked` : ''}>
    <strong>${c.label}</strong> <span class="hint">${c.hint}</span></label>`,
  )}
  ${fieldError(v.problem, 'type')}
</fieldset>
<label for="ground">${tx.objectionGround}</label>
<select id="ground" name="ground">
  <option value="direct_marketing"${d.ground !== 'legitimate_interest' ? html` selected` : ''}>${tx.groundMarketing}</option>
  <option value="legitimate_interest"${d.ground === 'legitimate_interest' ? html` selected` : ''}>${tx.groundInterest}</option>
</select>
<label for="email">${tx.email}</label>
<input type="email" id="email" name="email" required autocomplete="email" value="${d.email ?? ''}" aria-describedby="email-hint">
<p class="hint" id="email-hint">${tx.emailHint}</p>
${fieldError(v.problem, 'email')}
<label for="phone">${tx.phone}</label>
<input type="tel" id="phone" name="phone" autocomplete="tel" value="${d.phone ?? ''}" aria-describedby="phone-hint">
<p class="hint" id="phone-hint">${tx.phoneHint}</p>
${fieldError(v.problem, 'phone')}
<label for="customerNumber">${tx.customer}</label>
<input type="text" id="customerNumber" name="customerNumber" value="${d.customerNumber ?? ''}">
${fieldError(v.problem, 'customerNumber')}
<label for="text">${tx.text}</label>
<textarea id="text" name="text" rows="5" maxlength="5000" aria-describedby="text-hint">${d.text ?? ''}</textarea>
<p class="hint" id="text-hint">${tx.textHint}</p>
<button type="submit">${tx.submit}</button>
</form>`;
  return portalFrame(f, tx.fileTitle, body);
}

/** The code form after filing (the same page for every address: it reveals nothing). */
export function verifyPage(
  f: PortalFrame,
  v: { csrf: string; token: string; problem?: string; gone?: boolean },
): Html {
  const tx = t[f.lang];
  const action = `/request/verify/${encodeURIComponent(v.token)}?lang=${f.lang}`;
  const body = html`<h1>${tx.checkMail}</h1>
<p>${tx.checkMailIntro}</p>
${v.problem ? html`<div class="notice error" role="alert">${v.problem}</div>` : ''}
${
  v.gone
    ? ''
    : html`<form class="stack card" method="post" action="${action}">
${csrfField(v.csrf)}
<label for="code">${tx.code}</label>
<input type="text" id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" maxlength="7" required>
<button type="submit">${tx.verify}</button>
</form>`
}
<form method="post" action="/request/verify/${encodeURIComponent(v.token)}/resend?lang=${f.lang}">
${csrfField(v.csrf)}
<button class="${v.gone ? '' : 'secondary'}" type="submit">${tx.resend}</button>
</form>`;
  return portalFrame(f, tx.checkMail, body);
}

/** A link that opens nothing: the same page whatever the reason. */
export function invalidLinkPage(f: PortalFrame, message?: string): Html {
  const tx = t[f.lang];
  return portalFrame(
    f,
    tx.linkInvalid,
    html`<h1>${tx.linkInvalid}</h1><p>${message ?? tx.linkInvalidHint}</p><p><a href="/request?lang=${f.lang}">${tx.fileTitle}</a></p>`,
  );
}

export function tooManyPage(f: PortalFrame): Html {
  const tx = t[f.lang];
  return portalFrame(f, tx.tooMany, html`<h1>${tx.tooMany}</h1>`);
}

/** The person's view of their request: status, dates, and a history without staff details. */
export function statusPage(f: PortalFrame, v: { request: DsrRequest; events: RequestEvent[] }): Html {
  const tx = t[f.lang];
  const r = v.request;
  const typeLabel = typeChoices[f.lang].find((c) => c.type === r.type)?.label ?? r.type;
  const history = v.events.filter((e) => publicEvents[e.kind]);
  const body = html`<h1>${tx.statusTitle}</h1>
<dl class="facts card">
  <dt>${tx.reference}</dt><dd class="mono">${r.reference}</dd>
  <dt>${tx.requestType}</dt><dd>${typeLabel}</dd>
  <dt>${tx.state}</dt><dd><strong data-status="${r.status}">${statusLabels[f.lang][r.status]}</strong></dd>
  <dt>${tx.received}</dt><dd>${formatDate(r.receivedAt, f.lang)}</dd>
  ${r.closedAt ? '' : html`<dt>${tx.due}</dt><dd>${formatDate(r.dueAt, f.lang)}</dd>`}
</dl>
${r.extension && !r.closedAt ? html`<p class="notice info">${tx.extended}</p>` : ''}
<h2>${tx.history}</h2>
<ol class="history">${history.map(
    (e) =>
      html`<li><time datetime="${e.at.toISOString()}">${formatDate(e.at, f.lang)}</time> — ${publicEvents[e.kind]?.[f.lang]}</li>`,
  )}</ol>`;
  return portalFrame(f, tx.statusTitle, body);
}

/** The ID-copy upload form (only reachable through the link mailed after a recorded doubt). */
export function idCopyPage(
  f: PortalFrame,
  v: {
    csrf: string;
    token: string;
    outcome?:
      | 'accepted'
      | { readable: { bsn: boolean; mrz: boolean; documentNumber: boolean; photo: boolean } };
    problem?: string;
  },
): Html {
  const tx = t[f.lang];
  const readable =
    v.outcome && v.outcome !== 'accepted'
      ? (Object.entries(v.outcome.readable) as [keyof PortalTexts['readable'], boolean][])
          .filter(([, on]) => on)
          .map(([k]) => tx.readable[k])
      : [];
  const body = html`<h1>${tx.idTitle}</h1>
${
  v.outcome === 'accepted'
    ? html`<div class="notice ok" role="status">${tx.idAccepted}</div>`
    : html`<p>${tx.idIntro}</p>
${v.problem ? html`<div class="notice error" role="alert">${v.problem}</div>` : ''}
${
  readable.length > 0
    ? html`<div class="notice error" role="alert"><p>${tx.idRefused}</p><ul>${readable.map((r) => html`<li>${r}</li>`)}</ul><p>${tx.idAgain}</p></div>`
    : ''
}
<form class="stack card" method="post" enctype="multipart/form-data" action="/request/id/${encodeURIComponent(v.token)}?lang=${f.lang}">
${csrfField(v.csrf)}
<label for="file">${tx.idFile}</label>
<input type="file" id="file" name="file" accept="application/pdf,image/png,image/jpeg" required>
<button type="submit">${tx.idUpload}</button>
</form>`
}`;
  return portalFrame(f, tx.idTitle, body);
}

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function downloadPage(
  f: PortalFrame,
  v: { token: string; fileName: string; byteLength: number; expiresAt: Date; sha256?: string },
): Html {
  const tx = t[f.lang];
  const body = html`<h1>${tx.downloadTitle}</h1>
<p>${tx.downloadIntro} ${formatDate(v.expiresAt, f.lang)}.</p>
<dl class="facts card">
  <dt>${tx.idFile}</dt><dd class="mono">${v.fileName}</dd>
  <dt>${tx.size}</dt><dd>${humanSize(v.byteLength)}</dd>
  ${v.sha256 ? html`<dt>${tx.checksum}</dt><dd class="mono small">${v.sha256}</dd>` : ''}
</dl>
<p><a class="button" href="/request/download/${encodeURIComponent(v.token)}/file" download="${v.fileName}">${tx.download}</a></p>`;
  return portalFrame(f, tx.downloadTitle, body);
}

export function downloadGonePage(f: PortalFrame): Html {
  const tx = t[f.lang];
  return portalFrame(
    f,
    tx.downloadTitle,
    html`<h1>${tx.downloadTitle}</h1><p class="notice error">${tx.downloadGone}</p>`,
  );
}
