import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/command.js';
import { runCli } from '../src/cli/main.js';
import { createSealer } from '../src/crypto/sealed.js';
import type { ExecutionReport } from '../src/dsr/execution-report.js';
import { complete } from '../src/dsr/request.js';
import { transitionRequest } from '../src/dsr/store.js';
import { demoDatamapPath, demoPolicyPath, packageRoot } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { demoStoreChecksum, twinDemoStores } from './helpers/demo-checksum.js';
import type { DemoStore } from './helpers/demo-store.js';
import { approvedRequest } from './helpers/dsr-requests.js';
import { freshPostgres, postgresAvailable } from './helpers/store.js';

/**
 * The kill -9 test: `grondslag dsr run` erasing one person from the CloudAware demo store is killed
 * with SIGKILL ten times and resumed each time; the final state of the store — every table and every
 * log file — must equal that of an uninterrupted run on an identical store. Seven kills come from
 * outside at random points; three times the child kills itself right after a connector changed the
 * store and before the checkpoint recorded it (test/helpers/dsr-crash-child.ts), the moment an
 * outside kill hits only by luck. The child is the real CLI (tsx from source); Grondslag's own store
 * is a PostgreSQL database all processes share.
 */

const NOW = new Date('2026-06-15T00:00:00Z');
const KILLS = 10;
const BATCH = '1';

/** A small seeded generator, so that a failing sequence of kill points can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 3266489909) >>> 0;
    return ((s ^ (s >>> 16)) >>> 0) / 4294967296;
  };
}

describe.skipIf(!postgresAvailable)('execution killed with SIGKILL at random points', () => {
  const secretKey = randomBytes(32).toString('hex');
  const env = {
    ...process.env,
    GRONDSLAG_SECRET_KEY: secretKey,
    GRONDSLAG_PII_KEY: 'kill test pseudonym key',
  };
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-kill-'));
  let own: Awaited<ReturnType<typeof freshPostgres>>;
  let killed: DemoStore;
  let calm: DemoStore;
  let email: string;

  const configFor = (name: string, demo: DemoStore) => {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(
      file,
      JSON.stringify({
        policy: demoPolicyPath,
        datamap: demoDatamapPath,
        store: { url: own.url },
        systems: demo.systems,
      }),
    );
    return file;
  };

  beforeAll(async () => {
    own = await freshPostgres();
    ({
      stores: [killed, calm],
      email,
    } = await twinDemoStores(NOW));
  }, 300_000);

  afterAll(async () => {
    await own?.drop();
    await killed?.drop();
    await calm?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends with the same stores as an uninterrupted run, and reports the same counts', async () => {
    const sealer = createSealer(Buffer.from(secretKey, 'hex'));
    const policy = (await loadPolicyFile(demoPolicyPath)).policy;
    // The uninterrupted run, in this process; its committed units tell how long a run is.
    const calmRequest = await approvedRequest(own.db, sealer, policy, {
      details: { type: 'erasure' },
      identity: { email },
    });
    const out: string[] = [];
    let calmUnits = 0;
    const io: CliIO = {
      stdout: (t) => out.push(t),
      stderr: (t) => {
        calmUnits += t.startsWith('dsr run: ') ? 1 : 0;
      },
      stdin: process.stdin,
      cwd: dir,
      env,
    };
    const calmConfig = configFor('calm', calm);
    expect(
      await runCli(
        ['dsr', 'run', calmRequest.id, '--config', calmConfig, '--batch-size', BATCH, '--json'],
        io,
      ),
    ).toBe(0);
    const calmReport = JSON.parse(out.join('')) as ExecutionReport;
    await transitionRequest(own.db, sealer, calmRequest.id, (r) =>
      complete(r, { by: 'user:test' }, new Date()),
    );

    // The same request on the identical store, killed again and again: from outside at a random
    // committed unit plus a random delay, and three times from inside, right after a connector changed
    // the store and before the checkpoint recorded it.
    const request = await approvedRequest(own.db, sealer, policy, {
      details: { type: 'erasure' },
      identity: { email },
    });
    const config = configFor('killed', killed);
    const seed = Date.now() % 1_000_000;
    const random = prng(seed);
    const history: string[] = [];
    // The crash after a rewrite comes late: the first rewrite (a kept record's parent) follows most
    // deletes, and everything before it is done by the time it crashes.
    const rounds: ('outside' | 'delete' | 'anonymise')[] = [
      'outside',
      'outside',
      'delete',
      'outside',
      'outside',
      'delete',
      'outside',
      'outside',
      'anonymise',
      'outside',
    ];
    expect(rounds).toHaveLength(KILLS);
    let kills = 0;
    // Ten kills spread over the run, each early enough that the run cannot end before it: the
    // crashes after a change take the most units (every unit up to the next delete or rewrite), and
    // a unit takes a few milliseconds, so the delays stay below about two units.
    const step = Math.max(2, Math.floor(calmUnits / 30));
    for (const [round, how] of rounds.entries()) {
      let result: ChildResult;
      if (how === 'outside') {
        const afterUnits = 1 + Math.floor(random() * step);
        const delayMs = Math.floor(random() * 8);
        result = await runChild(cliArgs(request.id, config), env, { afterUnits, delayMs });
        history.push(
          `round ${round}: kill after ${afterUnits} units + ${delayMs} ms → ${result.signal ?? `exit ${result.code}`} (${unitsOf(result)} units)`,
        );
      } else {
        result = await runChild(
          [join(packageRoot, 'test/helpers/dsr-crash-child.ts'), request.id, config, how, BATCH],
          env,
          {},
        );
        history.push(
          `round ${round}: crash right after a ${how} → ${result.signal ?? `exit ${result.code}`} (${unitsOf(result)} units)`,
        );
        expect(result.stderr, history.join('\n')).toContain(`crash: after ${how}`);
      }
      if (result.signal === 'SIGKILL') kills++;
      else expect(result.code, `${history.join('\n')}\n${result.stderr}`).toBe(0);
    }
    const last = await runChild(cliArgs(request.id, config), env, {});
    if (process.env.GRONDSLAG_DEBUG)
      process.stderr.write(`seed ${seed} (${calmUnits} units)\n${history.join('\n')}\n`);
    expect(last.code, `seed ${seed}\n${history.join('\n')}\n${last.stderr}`).toBe(0);
    expect(kills, `seed ${seed}\n${history.join('\n')}`).toBe(KILLS);

    expect(await demoStoreChecksum(killed), `seed ${seed}\n${history.join('\n')}`).toEqual(
      await demoStoreChecksum(calm),
    );

    out.length = 0;
    expect(await runCli(['dsr', 'show', request.id, '--config', config, '--json'], io)).toBe(0);
    const report = JSON.parse(out.join('')) as ExecutionReport;
    expect(report.execution!.status).toBe('done');
    expect(report.execution!.attempts).toBeGreaterThan(1);
    const counts = (r: ExecutionReport) =>
      r.execution!.collections.map(({ system, collection, found, erased, anonymised, kept, keptFor }) => ({
        system,
        collection,
        found,
        erased,
        anonymised,
        kept,
        keptFor,
      }));
    expect(counts(report)).toEqual(counts(calmReport));
    expect(calmReport.execution!.totals.erased).toBeGreaterThan(10);
  }, 900_000);
});

/** The units a child committed, as its progress lines tell. */
const unitsOf = (r: ChildResult) => r.stderr.split('\n').filter((l) => l.startsWith('dsr run: ')).length;

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

const cliArgs = (requestId: string, config: string) => [
  join(packageRoot, 'src/cli/main.ts'),
  'dsr',
  'run',
  requestId,
  '--config',
  config,
  '--batch-size',
  BATCH,
];

/** Runs a script under tsx in a child process; kills it with SIGKILL `delayMs` after its `afterUnits`-th committed unit. */
function runChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  kill: { afterUnits?: number; delayMs?: number },
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: packageRoot,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let units = 0;
    let stderr = '';
    let pending = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (!line.startsWith('dsr run: ')) continue;
        units++;
        if (kill.afterUnits !== undefined && units === kill.afterUnits) {
          setTimeout(() => child.kill('SIGKILL'), kill.delayMs ?? 0);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}
