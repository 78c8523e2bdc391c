import type { Frame, Page } from 'playwright-core';
import type { ConsentClick } from './report.js';

/**
 * Finds the "accept" control of a consent banner, the way a visitor would: first the buttons of
 * common consent-management platforms by their ids, then any visible button or link whose label
 * says accept (in Dutch or English) and nothing that narrows or refuses it ("alleen noodzakelijk",
 * "instellingen", "reject"). The audit clicks it and records which element it was.
 */

/** Accept buttons of widespread consent-management platforms. */
export const cmpAcceptSelectors = [
  '#onetrust-accept-btn-handler',
  '#accept-recommended-btn-handler',
  '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll',
  '#CybotCookiebotDialogBodyButtonAccept',
  '#didomi-notice-agree-button',
  '#truste-consent-button',
  '#hs-eu-confirmation-button',
  '#cookie_action_close_header',
  '#axeptio_btn_acceptAll',
  '.cky-btn-accept',
  '.cc-allow',
  '.cc-btn.cc-dismiss',
  '.osano-cm-accept-all',
  '.iubenda-cs-accept-btn',
  '.cmplz-accept',
  '.cookie-consent-accept-all',
  '[data-cookiefirst-action="accept"]',
  '[data-testid="uc-accept-all-button"]',
  'button[mode="primary"][title*="ccept"]',
];

/** Labels that refuse, narrow, or only inform: never the accept button. */
const refuseLabel =
  /(niet|geen|weiger|afwijzen|reject|decline|deny|refuse|necessary|noodzakelijk|essenti|alleen|only|instellingen|settings|voorkeur|preferences|manage|beheer|aanpassen|customi[sz]e|meer info|more info|lees meer|read more|details)/;

/** A label that is nothing but an accept: scored highest. */
const acceptExact =
  /^(ja,? )?(ok(é|ay)?,? )?(alle (cookies )?(accepteren|toestaan|aanvaarden)|alles (accepteren|toestaan)|accepteer (alle( cookies)?|cookies)|(ik ga )?akkoord( en (doorgaan|sluiten))?|accepteren|accepteer|aanvaarden|toestaan|accept( all)?( cookies)?|allow( all)?( cookies)?|i (agree|accept)|agree( and (continue|close))?|got it)[.!]?$/;

/** A label that mentions accepting among other words. */
const acceptLoose = /(accepteer|accepteren|akkoord|toestaan|aanvaard|accept|allow all|alle cookies|agree)/;

/** Normalises a label as a visitor reads it. */
export function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * How strongly a label reads as "accept all": 2 exact, 1 mentions it, 0 not an accept control.
 *
 * @example
 *   acceptLabelScore('Alle cookies accepteren'); // 2
 *   acceptLabelScore('Alleen noodzakelijke cookies'); // 0
 */
export function acceptLabelScore(text: string): 0 | 1 | 2 {
  const label = normaliseLabel(text);
  if (label === '' || label.length > 60 || refuseLabel.test(label)) return 0;
  if (acceptExact.test(label)) return 2;
  return acceptLoose.test(label) ? 1 : 0;
}

interface Candidate {
  element: string;
  text: string;
  matchedBy: 'cmp-id' | 'text';
  rule: string;
  score: number;
}

/**
 * Runs inside a frame: marks the best candidate with a data attribute and describes it. Kept as
 * source text rather than a function: a function would be serialised with whatever helpers the
 * TypeScript toolchain wove into it (tsx adds `__name`), which do not exist in the page.
 */
const markAcceptControl = `(args) => {
  const refuse = new RegExp(args.refuse);
  const exact = new RegExp(args.exact);
  const loose = new RegExp(args.loose);
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const describe = (el) =>
    el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + Array.from(el.classList).map((c) => '.' + c).join('');
  const labelOf = (el) =>
    String((el.tagName === 'INPUT' && el.value) || el.innerText || el.getAttribute('aria-label') || el.textContent || '')
      .toLowerCase().replace(/\\s+/g, ' ').trim();
  for (const selector of args.selectors) {
    const el = document.querySelector(selector);
    if (el && visible(el)) {
      el.setAttribute(args.marker, '1');
      return { element: describe(el), text: labelOf(el), matchedBy: 'cmp-id', rule: selector, score: 3 };
    }
  }
  let best = null;
  for (const el of document.querySelectorAll('button, a, [role="button"], input[type="button"], input[type="submit"]')) {
    const label = labelOf(el);
    if (label === '' || label.length > 60 || refuse.test(label) || !visible(el)) continue;
    const score = exact.test(label) ? 2 : loose.test(label) ? 1 : 0;
    if (score > 0 && (!best || score > best.score)) best = { el, label, score };
  }
  if (!best) return null;
  best.el.setAttribute(args.marker, '1');
  return {
    element: describe(best.el),
    text: best.label,
    matchedBy: 'text',
    rule: best.score === 2 ? 'accept label' : 'label mentions accept',
    score: best.score,
  };
}`;

const MARKER = 'data-grondslag-consent';

/**
 * Looks for the accept control in every frame of the page (banners of some platforms live in an
 * iframe), clicks the best one, and describes it; undefined when there is no banner to accept.
 */
export async function acceptConsent(page: Page): Promise<ConsentClick | undefined> {
  const args = {
    selectors: cmpAcceptSelectors,
    refuse: refuseLabel.source,
    exact: acceptExact.source,
    loose: acceptLoose.source,
    marker: MARKER,
  };
  let best: { frame: Frame; candidate: Candidate } | undefined;
  for (const frame of page.frames()) {
    const candidate = (await frame
      .evaluate(`(${markAcceptControl})(${JSON.stringify(args)})`)
      .catch(() => null)) as Candidate | null;
    if (candidate && (!best || candidate.score > best.candidate.score)) best = { frame, candidate };
  }
  if (!best) return undefined;
  const { frame, candidate } = best;
  await frame.locator(`[${MARKER}="1"]`).first().click({ timeout: 10_000 });
  return {
    frameUrl: frame.url(),
    element: candidate.element,
    text: candidate.text,
    matchedBy: candidate.matchedBy,
    rule: candidate.rule,
  };
}
