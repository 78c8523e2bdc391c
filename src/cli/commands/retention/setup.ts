import type { Config } from '../../../config.js';
import { GrondslagError } from '../../../errors.js';
import { retentionDeps, retentionInputs } from '../../../retention/deps.js';
import type { RetentionDeps } from '../../../retention/plan.js';
import type { CommandContext } from '../../command.js';
import { withStore } from '../../open-store.js';

/**
 * Opens what the `retention` and `hold` commands need — configuration, policy, data map, the store,
 * the configured systems and the sealing key — runs `fn`, and closes everything.
 *
 * @example
 *   await withRetention(ctx, 'grondslag retention plan', (deps) => planRetention(deps, { at }));
 */
export async function withRetention<T>(
  ctx: CommandContext,
  holder: string,
  fn: (deps: RetentionDeps, config: Config) => Promise<T>,
): Promise<T> {
  const config = await ctx.config();
  const { policy, datamap } = await retentionInputs(config);
  return withStore(config, holder, async (db) => {
    const deps = retentionDeps({ db, config, policy, datamap, env: ctx.io.env });
    try {
      return await fn(deps, config);
    } finally {
      await deps.systems.close();
    }
  });
}

/**
 * `--at`: a date (`2026-06-01`, midnight UTC) or an ISO 8601 instant; default now.
 *
 * @example
 *   parseAt('2026-06-01'); // 2026-06-01T00:00:00.000Z
 */
export function parseAt(value: unknown, now: () => Date = () => new Date()): Date {
  if (value === undefined) return now();
  const text = String(value);
  const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(text);
  if (typeof value !== 'string' || Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `--at must be a date such as 2026-06-01 or an ISO 8601 instant, got "${text}"`,
    );
  }
  return d;
}

/** A whole number option within bounds, or the default. */
export function parseCount(
  name: string,
  value: unknown,
  bounds: { min: number; max: number; fallback?: number },
): number | undefined {
  if (value === undefined) return bounds.fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < bounds.min || n > bounds.max) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENTS',
      `--${name} must be a whole number from ${bounds.min} to ${bounds.max}`,
    );
  }
  return n;
}

/** `2026-06-01` for a date at midnight UTC, else the ISO instant; `-` for none. */
export function showDate(d: Date | null | undefined): string {
  if (!d) return '-';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
