import { fileURLToPath } from 'node:url';

/**
 * The package root, found from this file: `src/paths.ts` when run from source (tests),
 * `dist/paths.js` when built. Both sit one level below the root, so one rule serves both.
 */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The CloudAware example that ships with the package and drives the demo. */
export const demoPolicyPath = fileURLToPath(new URL('../examples/cloudaware/policy.yaml', import.meta.url));

/** The data map of the CloudAware demo store (`grondslag demo seed` fills the store it describes). */
export const demoDatamapPath = fileURLToPath(new URL('../examples/cloudaware/datamap.yaml', import.meta.url));

/**
 * Where the built-in demo keeps its CloudAware store and web-server logs, relative to the working
 * directory (like `.grondslag/data`): the PGlite data directory and the directory of the log files.
 */
export const demoStoreDir = '.grondslag/demo/cloudaware';
export const demoLogsDir = '.grondslag/demo/logs';
