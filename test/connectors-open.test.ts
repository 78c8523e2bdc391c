import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnector } from '../src/connectors/open.js';
import { mysqlAvailable } from './helpers/connectors.js';

/** Opening a configured system: each type, and the errors a wrong configuration gives. */
describe('openConnector', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'grondslag-open-'));
    dirs.push(d);
    return d;
  };

  it('opens a PGlite data directory for one holder at a time', async () => {
    const dataDir = join(tempDir(), 'demo');
    const db = await PGlite.create({ dataDir });
    await db.exec('create table customers (id int primary key, email text)');
    await db.close();
    const first = await openConnector('demo', { type: 'pglite', url: dataDir });
    expect((await first.introspect()).collections.map((c) => c.name)).toEqual(['customers']);
    await expect(openConnector('demo', { type: 'pglite', url: dataDir })).rejects.toMatchObject({
      code: 'STORE_DATA_DIR_IN_USE',
    });
    await first.close();
    const second = await openConnector('demo', { type: 'pglite', url: dataDir });
    expect(await second.countRows('customers')).toBe(0);
    await second.close();
  });

  it('names the system when a store cannot be reached or the URL is wrong', async () => {
    await expect(
      openConnector('crm', { type: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' }),
    ).rejects.toMatchObject({ code: 'CONNECTOR_UNREACHABLE', system: 'crm' });
    await expect(openConnector('crm', { type: 'postgres', url: 'mysql://x@y/z' })).rejects.toMatchObject({
      code: 'CONNECTOR_BAD_URL',
    });
    await expect(
      openConnector('billing', { type: 'mysql', url: 'mysql://root@127.0.0.1:3306' }),
    ).rejects.toMatchObject({
      code: 'CONNECTOR_BAD_URL',
      system: 'billing',
    });
    await expect(
      openConnector('app', { type: 'sqlite', url: join(tempDir(), 'missing.db') }),
    ).rejects.toMatchObject({
      code: 'CONNECTOR_UNREACHABLE',
      system: 'app',
    });
    await expect(
      openConnector('web', { type: 'logfile', url: join(tempDir(), 'nope', '*.log') }),
    ).rejects.toMatchObject({
      code: 'CONNECTOR_UNREACHABLE',
    });
  });

  it.skipIf(!mysqlAvailable)('reports a MariaDB database that does not exist as unreachable', async () => {
    await expect(
      openConnector('billing', { type: 'mysql', url: 'mysql://root@127.0.0.1:3306/grondslag_no_such_db' }),
    ).rejects.toMatchObject({ code: 'CONNECTOR_UNREACHABLE', system: 'billing' });
  });
});
