import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../paths.js';
import type { CookieCategory } from './report.js';

/**
 * The bundled copy of the Open Cookie Database (Apache-2.0; data/open-cookie-database.json with its
 * licence, source commit and date beside it). Names are matched exactly (case-sensitive, as cookie
 * names are) first, then the rows the
 * database marks as wildcards (`_ga_` matches `_ga_ABC123`) and names with placeholders
 * (`SR<RotatorID>`, `pagead/conv/%INTEGER%`) as prefixes and patterns.
 */

export interface OcdEntry {
  name: string;
  platform: string;
  /** The database's own category: Functional, Preferences, Analytics, Marketing or Security. */
  category: string;
  retention: string;
  wildcard: boolean;
}

export interface OcdDatabase {
  source: string;
  commit: string;
  copied: string;
  entries: OcdEntry[];
}

interface OcdFile {
  source: string;
  commit: string;
  copied: string;
  columns: string[];
  rows: [string, string, string, string, number][];
}

export const ocdPath = join(packageRoot, 'data', 'open-cookie-database.json');

let cached: OcdDatabase | undefined;

/** Reads the bundled database once per process. */
export function openCookieDatabase(): OcdDatabase {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(ocdPath, 'utf8')) as OcdFile;
  cached = {
    source: file.source,
    commit: file.commit,
    copied: file.copied,
    entries: file.rows.map(([name, platform, category, retention, wildcard]) => ({
      name,
      platform,
      category,
      retention,
      wildcard: wildcard === 1,
    })),
  };
  return cached;
}

/**
 * The database's categories in ours: preferences and security cookies serve the visitor or the
 * service itself, which is what "functional" means under Tw art. 11.7a.
 *
 * @example
 *   ocdCategory('Marketing'); // 'marketing'
 */
export function ocdCategory(category: string): CookieCategory {
  switch (category.toLowerCase()) {
    case 'functional':
    case 'preferences':
    case 'security':
      return 'functional';
    case 'analytics':
      return 'analytics';
    case 'marketing':
      return 'marketing';
    default:
      return 'unknown';
  }
}

interface Matcher {
  exact: Map<string, OcdEntry>;
  /** Wildcard rows and placeholder names, longest fixed part first so the most specific wins. */
  patterns: { entry: OcdEntry; test: (name: string) => boolean; specificity: number }[];
}

const matchers = new WeakMap<OcdDatabase, Matcher>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildMatcher(db: OcdDatabase): Matcher {
  const exact = new Map<string, OcdEntry>();
  const patterns: Matcher['patterns'] = [];
  for (const entry of db.entries) {
    const placeholder = /<[^>]+>|%[A-Z]+%/g;
    if (placeholder.test(entry.name)) {
      const parts = entry.name.split(/<[^>]+>|%[A-Z]+%/);
      const re = new RegExp(`^${parts.map(escapeRegExp).join('.+')}${entry.wildcard ? '' : '$'}`);
      patterns.push({ entry, test: (n) => re.test(n), specificity: parts.join('').length });
      continue;
    }
    if (entry.wildcard) {
      patterns.push({ entry, test: (n) => n.startsWith(entry.name), specificity: entry.name.length });
    }
    // A wildcard row also matches its name exactly (`_gat` is a cookie as well as a prefix).
    if (!exact.has(entry.name)) exact.set(entry.name, entry);
  }
  patterns.sort((a, b) => b.specificity - a.specificity);
  return { exact, patterns };
}

/**
 * The database row for a cookie (or storage key) name, if any.
 *
 * @example
 *   lookupOcd('_ga_Q2W3E4')?.platform; // 'Google Analytics'
 */
export function lookupOcd(name: string, db: OcdDatabase = openCookieDatabase()): OcdEntry | undefined {
  let m = matchers.get(db);
  if (!m) {
    m = buildMatcher(db);
    matchers.set(db, m);
  }
  // Cookie names are case-sensitive: the site's own `cart` is not Shopify's `Cart`.
  return m.exact.get(name) ?? m.patterns.find((p) => p.test(name))?.entry;
}
