import { readFile } from 'node:fs/promises';
import { type Document, isMap, isNode, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type ErrorDetail, GrondslagError, type SourceLocation } from '../errors.js';

/**
 * YAML documents validated by a zod schema, with every problem located at file:line:column.
 * Shared by the policy, the data map and the configuration loaders so that all three speak the
 * same error language.
 */

/** A parsed YAML document that can point at the source position of any path in it. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  /** Location of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PropertyKey[], options?: { key?: string }): SourceLocation;
}

/** Error codes shared by every YAML-backed loader; prefix is e.g. `POLICY` or `DATAMAP`. */
export interface YamlErrorCodes {
  syntax: string;
  invalid: string;
  unknownKey: string;
  notFound: string;
}

export function yamlErrorCodes(prefix: string): YamlErrorCodes {
  return {
    syntax: `${prefix}_YAML_SYNTAX`,
    invalid: `${prefix}_INVALID`,
    unknownKey: `${prefix}_UNKNOWN_KEY`,
    notFound: `${prefix}_NOT_FOUND`,
  };
}

export async function readSourceFile(path: string, codes: YamlErrorCodes, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e);
    throw new GrondslagError(codes.notFound, `cannot read ${what} file ${path}: ${reason}`, { cause: e });
  }
}

/** Parses YAML text; syntax errors (including duplicate keys) throw with their positions. */
export function parseYamlSource(text: string, file: string, codes: YamlErrorCodes): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const position = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (doc.errors.length > 0) {
    const details: ErrorDetail[] = doc.errors.map((e) => ({
      code: codes.syntax,
      location: e.linePos ? { file, line: e.linePos[0].line, column: e.linePos[0].col } : position(e.pos[0]),
      // The library's message repeats the position and quotes the source; keep its first sentence.
      message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ''),
    }));
    throw new GrondslagError(codes.syntax, `${file} is not valid YAML`, { details });
  }
  const locate = (path: readonly PropertyKey[], options: { key?: string } = {}): SourceLocation => {
    let node: unknown = doc.contents;
    for (const segment of path) {
      if (!isNode(node)) break;
      const next = (node as Node & { get?: (k: unknown, keepScalar: boolean) => unknown }).get?.(
        segment,
        true,
      );
      if (next === undefined) break;
      node = next;
    }
    if (options.key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === options.key);
      if (pair && isNode(pair.key) && pair.key.range) return position(pair.key.range[0]);
    }
    const range = isNode(node) ? node.range : undefined;
    return range ? position(range[0]) : { file, line: 1, column: 1 };
  };
  return { file, doc, locate };
}

/** Dotted display path: `activities[2].legalBasis`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out || '(document)';
}

/** Converts zod issues into located details; unknown keys point at the offending key itself. */
export function zodIssuesToDetails(
  issues: z.core.$ZodIssue[],
  source: YamlSource,
  codes: YamlErrorCodes,
  schema: z.ZodType,
): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        details.push({
          code: codes.unknownKey,
          path: formatPath([...issue.path, key]),
          location: source.locate(issue.path, { key }),
          message: `unknown key "${key}"${suggestion(key, schema, issue.path)}`,
        });
      }
      continue;
    }
    details.push({
      code: codes.invalid,
      path: formatPath(issue.path),
      location: source.locate(issue.path),
      message: describeIssue(issue),
    });
  }
  return sortByLocation(details);
}

export function sortByLocation(details: ErrorDetail[]): ErrorDetail[] {
  return details.sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `missing required key, expected ${issue.expected}`;
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_union') {
    // Report the alternatives rather than zod's nested union detail, which reads badly for `x | unstated`.
    const expected = issue.errors
      .map((branch) => branch[0])
      .filter((i): i is z.core.$ZodIssue => i !== undefined)
      .map((i) =>
        i.code === 'invalid_value' ? i.values.map((v) => JSON.stringify(v)).join(' or ') : i.message,
      )
      .filter((m, i, all) => all.indexOf(m) === i);
    return `invalid value, expected ${expected.join('; or ')}`;
  }
  return issue.message;
}

/** "did you mean …?" for a mistyped key, from the keys the schema accepts at that place. */
function suggestion(key: string, schema: z.ZodType, path: readonly PropertyKey[]): string {
  const known = keysAt(schema, path);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  const allowed = known.length > 0 ? `; allowed here: ${known.join(', ')}` : '';
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3))
    ? ` (did you mean "${best}"?)`
    : allowed;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  valueType?: z.ZodType;
}

/** The keys an object schema accepts at `path`, looking through arrays, unions and defaults. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const candidates = resolve([schema], path);
  const keys = new Set<string>();
  for (const c of candidates) {
    const def = (c as unknown as { _zod: { def: SchemaDef } })._zod.def;
    if (def.type === 'object' && def.shape) for (const k of Object.keys(def.shape)) keys.add(k);
  }
  return [...keys];
}

function unwrap(schemas: z.ZodType[]): z.ZodType[] {
  const out: z.ZodType[] = [];
  for (const s of schemas) {
    const def = (s as unknown as { _zod: { def: SchemaDef } })._zod.def;
    if ((def.type === 'default' || def.type === 'optional' || def.type === 'nullable') && def.innerType) {
      out.push(...unwrap([def.innerType]));
    } else if (def.type === 'union' && def.options) out.push(...unwrap(def.options));
    else out.push(s);
  }
  return out;
}

function resolve(schemas: z.ZodType[], path: readonly PropertyKey[]): z.ZodType[] {
  let current = unwrap(schemas);
  for (const segment of path) {
    const next: z.ZodType[] = [];
    for (const s of current) {
      const def = (s as unknown as { _zod: { def: SchemaDef } })._zod.def;
      if (def.type === 'object' && def.shape && typeof segment === 'string' && def.shape[segment]) {
        next.push(def.shape[segment]);
      } else if (def.type === 'array' && def.element && typeof segment === 'number') next.push(def.element);
      else if (def.type === 'record' && def.valueType) next.push(def.valueType);
    }
    current = unwrap(next);
  }
  return current;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** Parses and validates a YAML document in one step; throws a located GrondslagError. */
export function validateYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  codes: YamlErrorCodes,
): { value: z.infer<S>; source: YamlSource } {
  const source = parseYamlSource(text, file, codes);
  const result = schema.safeParse(source.doc.toJS({ maxAliasCount: 100 }));
  if (!result.success) {
    const details = zodIssuesToDetails(result.error.issues, source, codes, schema);
    const first = details[0];
    throw new GrondslagError(first?.code ?? codes.invalid, `${file} does not match the schema`, { details });
  }
  return { value: result.data, source };
}
