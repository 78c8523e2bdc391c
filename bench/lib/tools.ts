import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removePII } from '@coffeeandfun/remove-pii';
import { OpenRedaction } from '@openredaction/openredaction';
import { SyncRedactor } from 'redact-pii';
import { packageRoot } from '../../src/paths.js';
import { allowList } from '../../src/pii/allow-list.js';
import { scanEngine } from '../../src/pii/native/engine.js';
import { applyFindings, operatorFor, redactText } from '../../src/pii/redact.js';
import { scanText, scanTextInJs } from '../../src/pii/scan.js';
import { piiTypes } from '../../src/policy/schema.js';

/** A redaction tool as the benchmark drives it: text in, redacted text out. */
export interface RedactionTool {
  name: string;
  version: string;
  /** What the tool's replacements look like, so `alignRedaction` can place them exactly. */
  replacement: RegExp;
  redact(text: string): string;
  /**
   * Which characters `redact` replaces, from the tool's own findings — only Grondslag can say. Used
   * where the input already holds text of the replacement's shape (an XML `<postcode>` element
   * beside Grondslag's `<postcode>` tag), which alignment would mistake for a replacement; checked
   * against the alignment on every other document.
   */
  redactedPositions?(text: string): Uint8Array;
}

/** The characters a list of findings covers. */
function coveredBy(text: string, findings: readonly { start: number; end: number }[]): Uint8Array {
  const out = new Uint8Array(text.length);
  for (const f of findings) out.fill(1, f.start, f.end);
  return out;
}

/** The installed version of a dependency, or of Grondslag itself for `undefined`. */
function versionOf(pkg?: string): string {
  const file = pkg
    ? join(packageRoot, 'node_modules', pkg, 'package.json')
    : join(packageRoot, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * The three Node peers, each in its default configuration as its README shows it. Their tag
 * patterns come from their sources: redact-pii names each built-in rule in upper snake case,
 * openredaction writes `[TYPE_1234]`, remove-pii writes `[email removed]` and the like.
 */
export function peerTools(): RedactionTool[] {
  const redactPii = new SyncRedactor();
  const openRedaction = new OpenRedaction();
  return [
    {
      name: 'redact-pii',
      version: versionOf('redact-pii'),
      replacement:
        /CREDIT_CARD_NUMBER|STREET_ADDRESS|ZIPCODE|PHONE_NUMBER|IP_ADDRESS|US_SOCIAL_SECURITY_NUMBER|EMAIL_ADDRESS|USERNAME|PASSWORD|CREDENTIALS|DIGITS|URL|PERSON_NAME/g,
      redact: (text) => redactPii.redact(text),
    },
    {
      name: 'openredaction',
      version: versionOf('@openredaction/openredaction'),
      replacement: /\[@?[A-Z][A-Z0-9_]*_[A-Za-z0-9]+\]/g,
      redact: (text) => openRedaction.detect(text).redacted,
    },
    {
      name: 'remove-pii',
      version: versionOf('@coffeeandfun/remove-pii'),
      replacement: /\[[A-Za-z' ]+ removed\]/g,
      redact: (text) => removePII(text),
    },
  ];
}

/** Grondslag's engine with the `tag` operator, which writes `<email>`, `<bsn>`, … per finding. */
export function grondslagTool(): RedactionTool {
  return {
    name: 'grondslag',
    version: versionOf(),
    replacement: new RegExp(`<(?:${piiTypes.join('|')})>`, 'g'),
    redact: (text) => redactText(text, { operator: 'tag' }),
    redactedPositions: (text) => coveredBy(text, scanText(text)),
  };
}

/**
 * Grondslag configured as an organisation deploys it: its own published contact details in
 * `allow` (ScanOptions), so they are not redacted as if they were a person's. A separate row,
 * beside the default configuration the peers are compared with.
 */
export function grondslagAllowTool(ownDetails: readonly string[]): RedactionTool {
  const allow = allowList(ownDetails);
  return {
    ...grondslagTool(),
    name: 'grondslag+allow',
    redact: (text) => redactText(text, { operator: 'tag', allow }),
    redactedPositions: (text) => coveredBy(text, scanText(text, { allow })),
  };
}

/** The engine `grondslag` runs on: the native scanner when built, else the JavaScript detectors. */
export function grondslagEngine(): string {
  return scanEngine().engine;
}

/**
 * Grondslag with the JavaScript detectors, whichever engine scanText uses: shown beside the native
 * scanner so both engines are measured in the same run (their findings are the same).
 */
export function grondslagJsTool(): RedactionTool {
  const tag = operatorFor({ operator: 'tag' });
  return {
    ...grondslagTool(),
    name: 'grondslag-js',
    redact: (text) => applyFindings(text, scanTextInJs(text, {}), tag),
    redactedPositions: (text) => coveredBy(text, scanTextInJs(text, {})),
  };
}
