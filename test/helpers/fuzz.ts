import type fc from 'fast-check';
import { isGrondslagError } from '../../src/errors.js';

/**
 * Fuzz settings shared by the hostile-input tests: a fixed seed and a small number of cases so CI
 * is repeatable and quick; `FUZZ_RUNS=5000 FUZZ_SEED=… npx vitest run test/security` for the long
 * run (docs/security.md).
 */
export function fuzzParams(defaultRuns: number): fc.Parameters<unknown> {
  const runs = Number(process.env.FUZZ_RUNS ?? '');
  const seed = Number(process.env.FUZZ_SEED ?? '');
  return {
    seed: Number.isInteger(seed) && process.env.FUZZ_SEED ? seed : 20261125,
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : defaultRuns,
    endOnFailure: true,
  };
}

/** Runs `fn`; an input error with a stable code is a correct answer, anything else thrown is a crash. */
export async function acceptsOrRefuses(fn: () => unknown): Promise<'accepted' | string> {
  try {
    await fn();
    return 'accepted';
  } catch (e) {
    if (isGrondslagError(e) && e.kind === 'input' && /^[A-Z][A-Z0-9_]+$/.test(e.code)) return e.code;
    throw e;
  }
}
