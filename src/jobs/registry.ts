import type { AnyJobKind } from './kind.js';
import { systemHeartbeat } from './kinds/system-heartbeat.js';

/**
 * Every job kind a Grondslag worker runs. A new kind is one file in src/jobs/kinds/ (see kind.ts)
 * and one entry here; the worker subscribes to all of them and registers their cron schedules.
 */
export const jobKinds: readonly AnyJobKind[] = [systemHeartbeat];
