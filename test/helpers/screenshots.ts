import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The browser tests' screenshots for the docs (docs/screenshots/*.png, tracked in git). They are
 * written only when GRONDSLAG_SCREENSHOTS=1 (`npm run screenshots`), so that an ordinary `npm test`
 * leaves the working tree as it was; without it the screenshot is still taken, so a page that cannot
 * be rendered to an image fails the test either way.
 */

export const SCREENSHOTS_ENV = 'GRONDSLAG_SCREENSHOTS';
export const screenshotsDir = join(process.cwd(), 'docs', 'screenshots');

/** Whether this run writes the docs' screenshots. */
export function screenshotsWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[SCREENSHOTS_ENV] === '1';
}

/**
 * Takes a screenshot of the page and, when screenshots are wanted, saves it as
 * docs/screenshots/<name>.
 *
 * @example
 * await saveScreenshot(page, 'sign-in.png');
 * await saveScreenshot(page, 'retention.png', { fullPage: true });
 */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  const image = await page.screenshot({ fullPage: options.fullPage ?? false });
  if (!screenshotsWanted()) return;
  mkdirSync(screenshotsDir, { recursive: true });
  writeFileSync(join(screenshotsDir, name), image);
}
