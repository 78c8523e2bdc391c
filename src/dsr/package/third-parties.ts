import type { PiiType } from '../../pii/finding.js';
import { applyOperator, normalise } from '../../pii/operators.js';
import { scanText } from '../../pii/scan.js';

/**
 * Art. 15(4): the copy must not expose other people. Free text in the person's rows — a support
 * message that names a colleague, quotes another customer's phone number — is scanned by the PII
 * engine, and every identifier in it that is not the person's own is replaced by its type
 * (`<person_name>`, `<phone>`). The person's own identifiers stay: they are what the copy is for.
 *
 * Structured fields (a customer's e-mail column) are the person's own record and are not touched;
 * only text that reads as prose (it contains a space) in fields that are not such identifiers is.
 */

export class OwnIdentifiers {
  private readonly values = new Set<string>();
  private readonly nameTokens = new Set<string>();

  /** Adds a value of a structured field or an identity, of a known type. */
  add(type: PiiType, value: unknown): void {
    if (typeof value !== 'string' || value.trim() === '') return;
    this.values.add(`${type}\0${normalise(value, type)}`);
    if (type === 'person_name') for (const t of nameTokens(value)) this.nameTokens.add(t);
  }

  /** Whether a finding in free text is one of the person's own identifiers. */
  owns(type: PiiType, text: string): boolean {
    if (this.values.has(`${type}\0${normalise(text, type)}`)) return true;
    if (type === 'person_name') {
      const tokens = nameTokens(text);
      return tokens.length > 0 && tokens.every((t) => this.nameTokens.has(t));
    }
    // An e-mail address or phone number also counts when it was given under another type's field.
    return [...this.values].some((v) => v.endsWith(`\0${normalise(text, type)}`));
  }
}

/** Lower-cased words of a name, without the Dutch particles that many surnames share. */
function nameTokens(name: string): string[] {
  const particles = new Set([
    'van',
    'de',
    'der',
    'den',
    'het',
    'ter',
    'ten',
    'te',
    'in',
    "'t",
    't',
    'op',
    'la',
    'le',
    'du',
  ]);
  return name
    .replace(/[\u2018\u2019`]/g, "'")
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z']+/)
    .filter((t) => t.length > 0 && !particles.has(t));
}

/** Text worth scanning: prose, not a code or a single word. */
export function isFreeText(value: unknown): value is string {
  return typeof value === 'string' && /\s/.test(value.trim());
}

/**
 * Replaces other people's identifiers in `text`; returns the text and how many were replaced.
 *
 * @example
 *   const own = new OwnIdentifiers(); own.add('person_name', 'Jan Jansen');
 *   redactOthers('Jan Jansen belde over Piet de Boer, 0687654321', own);
 *   // { text: 'Jan Jansen belde over <person_name>, <phone>', replaced: 2 }
 */
export function redactOthers(text: string, own: OwnIdentifiers): { text: string; replaced: number } {
  const findings = scanText(text);
  let out = '';
  let at = 0;
  let replaced = 0;
  for (const f of findings) {
    const found = text.slice(f.start, f.end);
    if (own.owns(f.type, found)) continue;
    out += text.slice(at, f.start) + applyOperator(found, f.type, 'tag');
    at = f.end;
    replaced++;
  }
  return { text: out + text.slice(at), replaced };
}
