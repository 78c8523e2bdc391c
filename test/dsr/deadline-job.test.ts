import { afterEach, describe, expect, it } from 'vitest';
import { createUser, setUserDisabled } from '../../src/access/users.js';
import { listAudit } from '../../src/audit/records.js';
import { configSchema, resolveConfig } from '../../src/config.js';
import { submitRequest } from '../../src/dsr/intake.js';
import { withdraw } from '../../src/dsr/request.js';
import { listEvents, transitionRequest } from '../../src/dsr/store.js';
import { dsrDeadlineCheck } from '../../src/jobs/kinds/dsr-deadline-check.js';
import { enqueue, openJobQueue } from '../../src/jobs/queue.js';
import { startWorker } from '../../src/jobs/worker.js';
import { memoryLogger } from '../../src/log.js';
import { dsrTestDeps } from '../helpers/dsr.js';
import { jobState, jobTestStores, waitFor } from '../helpers/jobs.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp.js';

/** The daily `dsr.deadline-check` job through a real queue and worker, mailing the DPOs over SMTP. */

const DAY = 86_400_000;
const tuning = { maintenanceIntervalSeconds: 1, cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 };

describe.each(jobTestStores)('deadline check job on $name', (store) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c().catch(() => {});
    cleanup.length = 0;
  });

  it.skipIf(!store.available)(
    'flags overdue and near-due requests once, audits them and mails the active DPOs',
    async () => {
      const s = await store.open();
      cleanup.push(s.close);
      const smtp: SmtpSink = await startSmtpSink();
      cleanup.push(() => smtp.close());
      const deps = await dsrTestDeps(s.db);
      const now = deps.clock();
      const file = (email: string, daysAgo: number) =>
        submitRequest(deps, {
          details: { type: 'access' },
          identity: { email },
          channel: 'api',
          language: 'nl',
          receivedAt: new Date(now.getTime() - daysAgo * DAY),
          actor: 'cli',
        });
      const overdue = (await file('late@example.org', 30)).request;
      const near = (await file('soon@example.org', 24)).request;
      const fresh = (await file('fresh@example.org', 1)).request;
      const closed = (await file('closed@example.org', 40)).request;
      await transitionRequest(s.db, deps.sealer, closed.id, (r) => withdraw(r, { by: 'person' }, now));

      for (const [email, role] of [
        ['dpo@cloudaware.example', 'dpo'],
        ['old-dpo@cloudaware.example', 'dpo'],
        ['operator@cloudaware.example', 'operator'],
      ] as const) {
        const { user } = await createUser(
          s.db,
          { email, role, password: 'a long enough password' },
          { actor: 'cli', now },
        );
        if (email.startsWith('old')) await setUserDisabled(s.db, user.id, true, { actor: 'cli', now });
      }

      const config = resolveConfig(
        configSchema.parse({
          mail: smtp.config,
          server: { publicUrl: 'https://grondslag.cloudaware.example' },
        }),
        '/nonexistent/grondslag.config.yaml',
        {},
        '/nonexistent',
      );
      const queue = await openJobQueue({ db: s.db, url: s.url, kinds: [dsrDeadlineCheck], tuning });
      cleanup.push(() => queue.close());
      const log = memoryLogger();
      const worker = await startWorker({ queue, log, config, pollingIntervalSeconds: 0.5 });
      cleanup.push(() => worker.stop());

      const run = async () => {
        const id = (await enqueue(queue, dsrDeadlineCheck, { at: now.toISOString() }))!;
        await waitFor(`job ${id}`, async () => (await jobState(s.db, id))?.state === 'completed');
      };
      await run();

      const kinds = async (id: string) => (await listEvents(s.db, id)).map((e) => e.kind);
      expect(await kinds(overdue.id)).toContain('deadline_overdue');
      expect(await kinds(near.id)).toContain('deadline_near');
      expect(await kinds(fresh.id)).not.toEqual(expect.arrayContaining(['deadline_near']));
      expect((await kinds(closed.id)).some((k) => k.startsWith('deadline_'))).toBe(false);

      const audit = await listAudit(s.db, { limit: 100 });
      expect(audit.filter((a) => a.action === 'dsr.deadline_overdue').map((a) => a.subjectId)).toEqual([
        overdue.id,
      ]);
      expect(audit.filter((a) => a.action === 'dsr.deadline_near').map((a) => a.subjectId)).toEqual([
        near.id,
      ]);
      expect(audit.find((a) => a.action === 'dsr.deadline_check')?.data).toMatchObject({
        overdue: 1,
        near: 1,
      });
      expect(
        log.entries.some((e) => e.msg === 'data-subject request overdue' && e.request === overdue.id),
      ).toBe(true);

      const alert = await smtp.waitForMail('dpo@cloudaware.example');
      expect(alert.subject).toBe('[Grondslag] 1 overdue and 1 near-due privacy requests');
      expect(alert.text).toContain(overdue.reference);
      expect(alert.text).toContain(near.reference);
      expect(alert.text).toContain('https://grondslag.cloudaware.example/admin/requests');
      expect(alert.text).not.toContain('late@example.org');
      expect(smtp.mailsTo('old-dpo@cloudaware.example')).toHaveLength(0);
      expect(smtp.mailsTo('operator@cloudaware.example')).toHaveLength(0);

      // The next day's run flags nothing new, but reminds the DPO of what is still overdue.
      await run();
      expect((await kinds(overdue.id)).filter((k) => k === 'deadline_overdue')).toHaveLength(1);
      expect(
        (await listAudit(s.db, { limit: 200 })).filter((a) => a.action === 'dsr.deadline_overdue'),
      ).toHaveLength(1);
      await smtp.waitForMail('dpo@cloudaware.example', 2);
    },
    120_000,
  );
});
