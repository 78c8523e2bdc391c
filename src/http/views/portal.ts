import { type Html, type HtmlValue, html } from './html.js';

/** A language's own name for itself ("Nederlands", "English"), for the language switch. */
export function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}

const portalText: Record<string, { languages: string; contact: string; skip: string }> = {
  nl: { languages: 'Taal', contact: 'Vragen over privacy?', skip: 'Naar de inhoud' },
  en: { languages: 'Language', contact: 'Questions about privacy?', skip: 'Skip to content' },
};

export interface PortalView {
  lang: string;
  languages: string[];
  organisation: string;
  title: string;
  contactEmail: string;
  /** The statement as HTML, already escaped by its renderer. */
  statement: HtmlValue;
  /** Include the cookieless statistics tracker (/stats/t.js). */
  tracker?: boolean;
}

/** The public privacy portal: the statement in one language, with links to the others. */
export function portalPage(v: PortalView): Html {
  const t = portalText[v.lang] ?? (portalText.en as (typeof portalText)['en']);
  const href = (l: string) => (l === v.languages[0] ? '/' : `/?lang=${encodeURIComponent(l)}`);
  return html`<!doctype html>
<html lang="${v.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${v.title} · ${v.organisation}</title>
${v.languages.map((l) => html`<link rel="alternate" hreflang="${l}" href="${href(l)}">`)}
<link rel="stylesheet" href="/assets/grondslag.css">
${v.tracker ? html`<script defer src="/stats/t.js"></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="portal-header"><div class="inner">
  <span class="org">${v.organisation}</span>
  <nav aria-label="${t.languages}"><ul class="langs">${v.languages.map(
    (l) =>
      html`<li><a href="${href(l)}" hreflang="${l}" lang="${l}"${l === v.lang ? html` aria-current="true"` : ''}>${languageName(l)}</a></li>`,
  )}</ul></nav>
</div></header>
<main class="portal-main" id="main">
${v.statement}
</main>
<footer class="portal-footer"><div class="inner">
  ${t.contact} <a href="mailto:${v.contactEmail}">${v.contactEmail}</a> · <a href="/request${v.lang === 'en' ? '?lang=en' : ''}">${v.lang === 'en' ? 'Make a privacy request' : 'Privacyverzoek indienen'}</a>
</div></footer>
</body>
</html>`;
}
