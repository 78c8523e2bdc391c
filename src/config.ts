import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { GrondslagError } from './errors.js';
import { demoDatamapPath, demoLogsDir, demoPolicyPath, demoStoreDir } from './paths.js';
import { formatPath, readSourceFile, validateYaml, yamlErrorCodes } from './yaml/source.js';

/**
 * `grondslag.config.yaml`: where the policy and data map are, where Grondslag keeps its own state,
 * which systems hold personal data, and how mail is sent. Validated once at start; every error names
 * the key. `${NAME}` in any string is replaced by the environment variable NAME, so secrets stay out
 * of the file. PORT, DATABASE_URL and GRONDSLAG_DATA_DIR override the file.
 */

export const configErrorCodes = yamlErrorCodes('CONFIG');
export const DEFAULT_CONFIG_FILE = 'grondslag.config.yaml';

const systemSchema = z.strictObject({
  type: z.enum(['postgres', 'pglite', 'mysql', 'sqlite', 'logfile']),
  /** Connection URL (postgres://, mysql://), a PGlite data directory, a SQLite file path, or a log-file glob. */
  url: z.string().min(1),
  description: z.string().optional(),
});

export const configSchema = z.strictObject({
  policy: z.string().min(1).optional(),
  datamap: z.string().min(1).optional(),
  store: z
    .strictObject({
      /** A PostgreSQL URL; when absent the embedded PGlite store in `dataDir` is used. */
      url: z.string().min(1).optional(),
      dataDir: z.string().min(1).optional(),
    })
    .default({}),
  server: z
    .strictObject({
      port: z.number().int().min(0).max(65535).default(3000),
      host: z.string().min(1).default('127.0.0.1'),
      /** The address people reach the server at, for links in e-mails. */
      publicUrl: z.url().optional(),
      /** E-mail address of the admin `serve` creates on first start (default admin@localhost). */
      adminEmail: z.string().min(3).optional(),
    })
    .default({ port: 3000, host: '127.0.0.1' }),
  systems: z.record(z.string().regex(/^[a-z][a-z0-9_-]*$/), systemSchema).default({}),
  /** Cookieless website statistics (src/stats/): the sites whose tracker may report here. */
  stats: z
    .strictObject({
      /** Site id → the origins (`https://www.example.nl`) its pages are served from; CORS allows only these. */
      sites: z
        .record(z.string().regex(/^[a-z][a-z0-9_-]*$/), z.strictObject({ origins: z.array(z.url()).min(1) }))
        .default({}),
      /** The policy's retention rule for statistics; default: the shortest rule covering `website_activity`. */
      retentionRule: z.string().min(1).optional(),
      /** Events per minute from one truncated address (a /24 or /48: a whole office shares it). */
      ratePerMinute: z.number().int().min(1).default(600),
    })
    .optional(),
  /** Scheduled cookie audits (job `cookies.audit`, src/cookies/): the pages to audit daily. */
  cookies: z.strictObject({ auditUrls: z.array(z.url()).default([]) }).optional(),
  mail: z
    .strictObject({
      from: z.string().min(1),
      smtp: z.strictObject({
        host: z.string().min(1),
        port: z.number().int().min(1).max(65535),
        secure: z.boolean().default(false),
        user: z.string().optional(),
        password: z.string().optional(),
      }),
      /** The privacy@ mailbox the `dsr.imap-poll` job turns into requests (src/dsr/imap-poll.ts). */
      imap: z
        .strictObject({
          host: z.string().min(1),
          port: z.number().int().min(1).max(65535).default(993),
          secure: z.boolean().default(true),
          user: z.string().min(1),
          password: z.string(),
          mailbox: z.string().min(1).default('INBOX'),
          /** Where imported messages are moved; when absent they are only marked as read. */
          processedMailbox: z.string().min(1).optional(),
        })
        .optional(),
    })
    .optional(),
});

export type ConfigFile = z.infer<typeof configSchema>;

/** The resolved configuration: paths absolute, environment applied. */
export interface Config {
  /** The file it came from, or undefined for the built-in demo. */
  file?: string;
  policyPath: string;
  datamapPath?: string;
  store: { url?: string; dataDir: string };
  server: { port: number; host: string; publicUrl?: string; adminEmail?: string };
  systems: ConfigFile['systems'];
  mail?: ConfigFile['mail'];
  stats?: ConfigFile['stats'];
  cookies?: ConfigFile['cookies'];
}

/** Replaces `${NAME}` in every string; an unset variable is an error naming the key that uses it. */
function interpolate(value: unknown, env: NodeJS.ProcessEnv, path: PropertyKey[], file: string): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const v = env[name];
      if (v === undefined) {
        throw new GrondslagError(
          'CONFIG_ENV_MISSING',
          `${file}: ${formatPath(path)} uses \${${name}}, but the environment variable ${name} is not set`,
          { details: [{ path: formatPath(path), message: `environment variable ${name} is not set` }] },
        );
      }
      return v;
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, [...path, i], file));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, interpolate(v, env, [...path, k], file)]),
    );
  }
  return value;
}

function envPort(env: NodeJS.ProcessEnv): number | undefined {
  if (env.PORT === undefined || env.PORT === '') return undefined;
  const port = Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new GrondslagError('CONFIG_INVALID', `PORT must be a port number, got "${env.PORT}"`, {
      details: [{ path: 'PORT', message: 'expected an integer from 0 to 65535' }],
    });
  }
  return port;
}

/** The built-in demo's systems: the CloudAware store (`grondslag demo seed` fills it) and its web-server logs. */
function demoSystems(cwd: string): ConfigFile['systems'] {
  return {
    cloudaware: {
      type: 'pglite',
      url: resolve(cwd, demoStoreDir),
      description: 'CloudAware demo customer database (embedded PGlite)',
    },
    weblogs: {
      type: 'logfile',
      url: resolve(cwd, demoLogsDir),
      description: 'CloudAware demo nginx access logs',
    },
  };
}

/** Builds the resolved configuration from a parsed file (or none, for the demo) and the environment. */
export function resolveConfig(
  file: ConfigFile | undefined,
  filePath: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Config {
  const base = filePath ? dirname(filePath) : cwd;
  const rel = (p: string | undefined) => (p === undefined ? undefined : resolve(base, p));
  const port = envPort(env) ?? file?.server.port ?? 3000;
  return {
    file: filePath,
    policyPath: rel(file?.policy) ?? demoPolicyPath,
    datamapPath: rel(file?.datamap) ?? (file ? undefined : demoDatamapPath),
    store: {
      url: env.DATABASE_URL || file?.store.url,
      dataDir: resolve(cwd, env.GRONDSLAG_DATA_DIR || (rel(file?.store.dataDir) ?? '.grondslag/data')),
    },
    server: {
      port,
      host: file?.server.host ?? '127.0.0.1',
      publicUrl: file?.server.publicUrl,
      adminEmail: file?.server.adminEmail,
    },
    systems: file?.systems ?? demoSystems(cwd),
    mail: file?.mail,
    stats: file?.stats,
    cookies: file?.cookies,
  };
}

/**
 * Loads `--config FILE`, else `./grondslag.config.yaml` when present, else the built-in CloudAware
 * demo configuration.
 */
export async function loadConfig(
  options: { path?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Config> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const explicit = options.path !== undefined;
  const path = resolve(cwd, options.path ?? DEFAULT_CONFIG_FILE);
  if (!explicit && !existsSync(path)) return resolveConfig(undefined, undefined, env, cwd);
  const text = await readSourceFile(path, configErrorCodes, 'configuration');
  // Validate the raw document first so that errors point at file:line:col, then interpolate.
  const { value } = validateYaml(text, path, configSchema, configErrorCodes);
  const interpolated = configSchema.parse(interpolate(value, env, [], path));
  return resolveConfig(interpolated, path, env, cwd);
}
