import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '../../src/cookies/audit.js';

/** The system Chromium the browser tests drive; they skip (or fail under GRONDSLAG_REQUIRE_SERVICES) without it. */
export const CHROMIUM = CHROMIUM_PATH;

/**
 * Launches the system Chromium headless with the same flags the cookie audit uses: no sandbox
 * (containers) and none of Chromium's own calls home, so a test sees only the traffic it caused.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
}

export interface SignInOptions {
  /**
   * A console path to open first; the console sends the visitor to sign in and back here afterwards.
   * Without it the test opens the sign-in page itself and lands on the dashboard.
   */
  returnTo?: string;
}

/**
 * Signs a console user in through the sign-in form, the way a person would, and waits for the
 * page the console sends them to.
 *
 * @example
 * await signIn(page, base, 'admin@cloudaware.example', 'correct horse battery');
 * await signIn(staff, base, OPERATOR, PASSWORD, { returnTo: '/admin/requests' });
 */
export async function signIn(
  page: Page,
  base: string,
  email: string,
  password: string,
  options: SignInOptions = {},
): Promise<void> {
  await page.goto(`${base}${options.returnTo ?? '/admin/sign-in'}`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}${options.returnTo ?? '/admin'}`);
}
