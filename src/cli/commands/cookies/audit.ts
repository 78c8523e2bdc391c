import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { auditSite, auditUrl } from '../../../cookies/audit.js';
import type { CookieAuditReport, Finding } from '../../../cookies/report.js';
import { cookieReportPage } from '../../../cookies/report-html.js';
import { GrondslagError } from '../../../errors.js';
import { loadPolicyFile } from '../../../policy/load.js';
import type { Command } from '../../command.js';
import { ExitCode, printJson } from '../../command.js';

/**
 * `grondslag cookies audit URL [--max-pages N] [--policy FILE] [--json] [--out DIR]`: visits the
 * page and up to N same-site links in Chromium, before and after accepting the consent banner, and
 * holds every cookie, storage key and third-party request against the policy (Tw art. 11.7a, GDPR
 * Art. 13). Exit 1 when a finding is an error; 2 for a bad URL or policy; 3 when Chromium is missing.
 */
export const cookiesAuditCommand: Command = {
  name: ['cookies', 'audit'],
  summary:
    'audit a website for cookies and trackers in Chromium, before and after consent; exit 1 on any error',
  usage: 'URL [--max-pages N] [--policy FILE] [--json] [--out DIR]',
  positionals: { min: 1, max: 1 },
  options: {
    'max-pages': {
      type: 'string',
      description: 'same-site links to follow besides the page itself (default 10)',
    },
    policy: {
      type: 'string',
      description: 'the policy to hold the site against (default: the configuration’s)',
    },
    out: {
      type: 'string',
      description: 'write report.json and report.html (the evidence) into this directory',
    },
  },
  async run(ctx) {
    const url = auditUrl(ctx.positionals[0] as string);
    const maxPages = parseMaxPages(ctx.values['max-pages']);
    const policyArg = ctx.values.policy as string | undefined;
    const policyPath =
      policyArg !== undefined ? resolve(ctx.io.cwd, policyArg) : (await ctx.config()).policyPath;
    const policy = await loadPolicyFile(policyPath, policyArg ?? policyPath);
    const report = await auditSite(url, policy, { maxPages });
    if (typeof ctx.values.out === 'string') {
      const dir = resolve(ctx.io.cwd, ctx.values.out);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
      await writeFile(join(dir, 'report.html'), cookieReportPage(report).value);
      // stdout stays one JSON document under --json; where the files went is for people.
      ctx.io.stderr(`wrote ${join(dir, 'report.json')} and ${join(dir, 'report.html')}\n`);
    }
    if (ctx.json) printJson(ctx, report);
    else ctx.io.stdout(humanReport(report));
    return report.summary.error > 0 ? ExitCode.findings : ExitCode.ok;
  },
};

function parseMaxPages(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d+$/.test(text) || Number(text) > 1000) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `--max-pages must be a whole number from 0 to 1000, got "${text}"`,
    );
  }
  return Number(text);
}

function setBy(f: Finding): string {
  if (!f.setBy?.url) return '';
  return f.setBy.source === 'header' ? ` [header ${f.setBy.url}]` : ` [script ${f.setBy.url}]`;
}

/** One line per finding, the passes, and a summary line. */
function humanReport(report: CookieAuditReport): string {
  const lines = report.findings.map(
    (f) => `${f.severity} ${f.rule} ${f.message} (${f.articles.join('; ')}) on ${f.page}${setBy(f)}`,
  );
  for (const p of report.passes) {
    lines.push(
      p.skipped
        ? `${p.kind}: not run, ${p.skipped}`
        : `${p.kind}: ${p.pages.length} page(s), ${report.cookies.filter((c) => c.pass === p.kind).length} cookie(s)${
            p.consent?.clicked
              ? `, accepted by clicking ${p.consent.clicked.element} "${p.consent.clicked.text}"`
              : ''
          }`,
    );
  }
  const s = report.summary;
  lines.push(
    `${report.url}: ${s.error} error${s.error === 1 ? '' : 's'}, ${s.warning} warning${s.warning === 1 ? '' : 's'}; ${s.cookies} cookie(s), ${s.thirdParties.length} third part${s.thirdParties.length === 1 ? 'y' : 'ies'}`,
  );
  return `${lines.join('\n')}\n`;
}
