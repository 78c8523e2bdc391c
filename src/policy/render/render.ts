import { GrondslagError } from '../../errors.js';
import type { Policy } from '../schema.js';
import { writeHtmlFragment, writeHtmlPage } from './html.js';
import { writeMarkdown } from './markdown.js';
import { buildStatement } from './statement.js';

/** Output formats of the statement: Markdown for a Hugo site, or a standalone HTML page. */
export const statementFormats = ['md', 'html'] as const;
export type StatementFormat = (typeof statementFormats)[number];

export interface RenderOptions {
  /** A language of `meta.languages`, e.g. 'nl'. */
  lang: string;
  format: StatementFormat;
}

/**
 * The published privacy statement, generated from the policy alone, so that statement and practice
 * cannot drift apart. Throws GrondslagError RENDER_UNKNOWN_LANGUAGE (the policy is not published in
 * that language), RENDER_UNSUPPORTED_LANGUAGE (no phrases for it) or RENDER_UNKNOWN_FORMAT.
 *
 * @example
 *   const { policy } = await loadPolicyFile('examples/cloudaware/policy.yaml');
 *   const markdown = renderStatement(policy, { lang: 'nl', format: 'md' });
 */
export function renderStatement(policy: Policy, options: RenderOptions): string {
  const format: string = options.format;
  if (format !== 'md' && format !== 'html') {
    throw new GrondslagError(
      'RENDER_UNKNOWN_FORMAT',
      `unknown statement format "${format}"; use ${statementFormats.join(' or ')}`,
    );
  }
  const doc = buildStatement(policy, options.lang);
  return format === 'md' ? writeMarkdown(doc) : writeHtmlPage(doc);
}

/**
 * The statement's HTML body (one `<article>`, no `<html>` or `<head>`), for a page that embeds it in its
 * own layout, such as the privacy portal.
 *
 * @example
 *   app.get('/privacy', (c) => c.html(layout(renderStatementHtmlFragment(policy, { lang: 'nl' }))));
 */
export function renderStatementHtmlFragment(policy: Policy, options: { lang: string }): string {
  return writeHtmlFragment(buildStatement(policy, options.lang));
}
