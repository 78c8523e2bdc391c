import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { GrondslagError } from '../../errors.js';
import { piiTypes } from '../../policy/schema.js';
import { cueEntries } from '../cue-index.js';
import type { Detector } from '../detector.js';
import { allDetectors } from '../detectors/all.js';
import type { PiiFinding } from '../finding.js';
import type { ResolvedContextWords } from '../scan-context.js';
import { parseHeader, type TableHeader } from '../table-header.js';
import { nativePredicates } from './predicates.js';
import { nativeTables } from './tables.js';

/** The compiled scanner's surface (native/pii/addon.cc). Handles are opaque. */
/** The version of addon.cc's surface this module speaks (addon.cc sets `apiVersion`). */
const ADDON_API_VERSION = 2;

interface Addon {
  readonly apiVersion?: number;
  configure(options: {
    piiTypes: readonly string[];
    predicates: readonly ((arg: string) => boolean)[];
    parseHeader: (line: string) => TableHeader | undefined;
    tables: Record<string, [string, number][]>;
  }): void;
  matcher(entries: [string, number][]): object;
  header(delimiter: string, cells: string[]): object;
  /** Returns the number of findings, written to the buffer `findings()` returns. */
  scan(
    text: string,
    matcher: object,
    header: object | null,
    mask: number,
    minScore: number,
    omitContacts: boolean,
  ): number;
  detect(index: number, text: string, matcher: object, header: object | null): number;
  findings(): Float64Array;
  available(): boolean[];
}

/**
 * Where `npm install` builds the addon (binding.gyp → build/Release); GRONDSLAG_PII_ADDON points
 * elsewhere (a development build). Both src/pii/native and dist/pii/native are three levels down.
 */
function addonPath(): string {
  return (
    // An empty variable counts as unset, as in a shell's `VAR= command`.
    process.env.GRONDSLAG_PII_ADDON ||
    fileURLToPath(new URL('../../../build/Release/grondslag_pii.node', import.meta.url))
  );
}

/** Why the native scanner is not in use, when it is not (scanEngine() reports it). */
let unavailableReason: string | undefined;
let loaded: NativeScanner | null | undefined;

/**
 * The native scanner, when it is built, complete and not switched off (GRONDSLAG_PII_ENGINE=js);
 * null otherwise, and scanText runs the JavaScript detectors. GRONDSLAG_PII_ENGINE=native makes a
 * missing or incomplete addon an error instead of a quiet fallback.
 */
export function nativeScanner(): NativeScanner | null {
  if (loaded !== undefined) return loaded;
  const choice = process.env.GRONDSLAG_PII_ENGINE || 'auto';
  if (choice !== 'auto' && choice !== 'js' && choice !== 'native') {
    throw new GrondslagError(
      'PII_BAD_ENGINE',
      `GRONDSLAG_PII_ENGINE must be auto, js or native, got "${choice}"`,
    );
  }
  if (choice === 'js') {
    unavailableReason = 'switched off by GRONDSLAG_PII_ENGINE=js';
    loaded = null;
    return loaded;
  }
  const addon = loadAddon();
  const missing = addon?.available().flatMap((ok, i) => (ok ? [] : [allDetectors[i]!.name])) ?? [];
  if (addon && missing.length > 0) unavailableReason = `native detectors missing: ${missing.join(', ')}`;
  loaded = addon && missing.length === 0 ? new NativeScanner(addon) : null;
  if (!loaded && choice === 'native') {
    throw new GrondslagError(
      'PII_NATIVE_UNAVAILABLE',
      `the native PII scanner is not available: ${unavailableReason}`,
    );
  }
  return loaded;
}

/** Which engine scanText uses, and why not the native one when not. */
export function scanEngine(): { engine: 'native' | 'js'; reason?: string } {
  return nativeScanner() ? { engine: 'native' } : { engine: 'js', reason: unavailableReason };
}

function loadAddon(): Addon | null {
  const path = addonPath();
  if (!existsSync(path)) {
    unavailableReason = `not built (${path} missing; npm install builds it with node-gyp)`;
    return null;
  }
  try {
    const addon = createRequire(import.meta.url)(path) as Addon;
    if (addon.apiVersion !== ADDON_API_VERSION || addon.available().length !== allDetectors.length) {
      unavailableReason = `${path} was built from other sources (npm run build:native builds it again)`;
      return null;
    }
    addon.configure({ piiTypes, predicates: nativePredicates, parseHeader, tables: nativeTables() });
    return addon;
  } catch (err) {
    // Built for another Node ABI, or for another list of PII types: the JavaScript engine serves.
    unavailableReason = `${path} could not be loaded: ${(err as Error).message}`;
    return null;
  }
}

/**
 * The raw addon, also when incomplete or switched off: for the test that compares detector by
 * detector and the cost benchmark that times them one by one. Loading configures it again.
 */
export function loadNativeAddon(): Addon | null {
  return loadAddon();
}

/**
 * Names findings carry, by the index the addon reports: the detectors in allDetectors order, then
 * the names a detector gives some of its findings besides its own (geo-coordinates.ts reports
 * degree-sign coordinates as 'geo-degrees'; geo_coordinates.cc uses index 20 for them).
 */
const extraDetectorNames = ['geo-degrees'];
const detectorNames = [...allDetectors.map((d) => d.name), ...extraDetectorNames];

let view: Float64Array | undefined;

/**
 * The `count` findings the addon's last call wrote to its buffer (5 numbers each), as PiiFinding
 * objects. The buffer is shared from call to call; a larger one replaces it when a text has more.
 */
export function unpackFindings(addon: Addon, count: number): PiiFinding[] {
  if (view === undefined || view.length < count * 5) view = addon.findings();
  const packed = view;
  const out: PiiFinding[] = new Array(count);
  // `| 0`: array indexes and offsets as small integers, not doubles read from the buffer.
  for (let i = 0, k = 0; i < count; i++, k += 5) {
    out[i] = {
      type: piiTypes[packed[k]! | 0]!,
      start: packed[k + 1]! | 0,
      end: packed[k + 2]! | 0,
      score: packed[k + 3]!,
      detector: detectorNames[packed[k + 4]! | 0]!,
    };
  }
  return out;
}

/**
 * scanTextWith on the compiled detectors: the same findings as the JavaScript engine (the tests
 * compare both over the corpora), in one call per text.
 */
export class NativeScanner {
  private readonly matchers = new WeakMap<ResolvedContextWords, object>();
  private readonly headers = new WeakMap<TableHeader, object>();
  private readonly masks = new WeakMap<readonly Detector[], number>();
  private lastWords: ResolvedContextWords | undefined;
  private lastMatcher: object | undefined;

  constructor(readonly addon: Addon) {}

  matcherFor(words: ResolvedContextWords): object {
    if (words === this.lastWords) return this.lastMatcher!;
    let m = this.matchers.get(words);
    if (!m) {
      m = this.addon.matcher(cueEntries(words));
      this.matchers.set(words, m);
    }
    this.lastWords = words;
    this.lastMatcher = m;
    return m;
  }

  headerFor(header: TableHeader | undefined): object | null {
    if (header === undefined) return null;
    let h = this.headers.get(header);
    if (!h) {
      h = this.addon.header(header.delimiter, header.cells);
      this.headers.set(header, h);
    }
    return h;
  }

  private maskOf(detectors: readonly Detector[]): number {
    let mask = this.masks.get(detectors);
    if (mask === undefined) {
      mask = 0;
      for (const d of detectors) mask += 2 ** allDetectors.indexOf(d);
      this.masks.set(detectors, mask);
    }
    return mask;
  }

  scan(
    text: string,
    detectors: readonly Detector[],
    words: ResolvedContextWords,
    minScore: number,
    header: TableHeader | undefined,
    omitContacts: boolean,
  ): PiiFinding[] {
    const count = this.addon.scan(
      text,
      this.matcherFor(words),
      this.headerFor(header),
      this.maskOf(detectors),
      minScore,
      omitContacts,
    );
    return unpackFindings(this.addon, count);
  }
}
