import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './jobs.js';

/**
 * A real IMAP server for tests: Dovecot (`apt-get install dovecot-imapd`), started from a temporary
 * configuration on 127.0.0.1 and a free port, with one mailbox user and Maildir storage in a
 * temporary directory. Tests skip when Dovecot is not installed.
 */

export const dovecotAvailable = spawnSync('dovecot', ['--version']).status === 0;
if (!dovecotAvailable && process.env.GRONDSLAG_REQUIRE_SERVICES === '1') {
  throw new Error('Dovecot is required (GRONDSLAG_REQUIRE_SERVICES=1) but `dovecot` is not installed');
}

export interface Dovecot {
  port: number;
  user: string;
  password: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = new Socket();
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
    s.connect(port, '127.0.0.1');
  });
}

export async function startDovecot(): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-dovecot-'));
  chmodSync(dir, 0o755);
  const mail = join(dir, 'mail');
  mkdirSync(mail);
  // Dovecot refuses to deliver as root; as root the mail belongs to nobody.
  const uid = process.getuid?.() === 0 ? 65534 : (process.getuid?.() ?? 65534);
  const gid = process.getgid?.() === 0 ? 65534 : (process.getgid?.() ?? 65534);
  if (process.getuid?.() === 0) chownSync(mail, uid, gid);
  const user = 'privacy';
  const password = 'imap-test-secret';
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}\n`);
  const port = await freePort();
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(
    conf,
    `base_dir = ${join(dir, 'run')}
log_path = ${join(dir, 'dovecot.log')}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${mail}/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${join(dir, 'passwd')}
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${join(dir, 'home')}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
}
`,
  );
  const proc: ChildProcess = spawn('dovecot', ['-F', '-c', conf], { stdio: 'ignore' });
  await waitFor('dovecot to listen', () => accepts(port), 30_000);
  return {
    port,
    user,
    password,
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((resolve) => proc.once('exit', resolve));
        proc.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
