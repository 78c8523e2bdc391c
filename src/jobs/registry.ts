import type { AnyJobKind } from './kind.js';
import { breachClockCheck } from './kinds/breach-clock-check.js';
import { cookiesAudit } from './kinds/cookies-audit.js';
import { dsrDeadlineCheck } from './kinds/dsr-deadline-check.js';
import { dsrExecute } from './kinds/dsr-execute.js';
import { dsrImapPoll } from './kinds/dsr-imap-poll.js';
import { dsrPackagePurge } from './kinds/dsr-package-purge.js';
import { retentionSweep } from './kinds/retention-sweep.js';
import { statsRetention } from './kinds/stats-retention.js';
import { statsRotateSalt } from './kinds/stats-rotate-salt.js';
import { systemHeartbeat } from './kinds/system-heartbeat.js';

/**
 * Every job kind a Grondslag worker runs. A new kind is one file in src/jobs/kinds/ (see kind.ts)
 * and one entry here; the worker subscribes to all of them and registers their cron schedules.
 */
export const jobKinds: readonly AnyJobKind[] = [
  systemHeartbeat,
  dsrDeadlineCheck,
  dsrExecute,
  dsrPackagePurge,
  dsrImapPoll,
  retentionSweep,
  cookiesAudit,
  statsRotateSalt,
  statsRetention,
  breachClockCheck,
];
