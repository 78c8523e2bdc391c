import { fileURLToPath } from 'node:url';

/**
 * The package root, found from this file: `src/paths.ts` when run from source (tests),
 * `dist/paths.js` when built. Both sit one level below the root, so one rule serves both.
 */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The CloudAware example that ships with the package and drives the demo. */
export const demoPolicyPath = fileURLToPath(new URL('../examples/cloudaware/policy.yaml', import.meta.url));
