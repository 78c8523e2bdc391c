import { readFile } from 'node:fs/promises';
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
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
  /** Where the first alias (`*name`) is, if any: the place to point at when aliases expand too far. */
  firstAlias?: SourceLocation;
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

/**
 * Limits that keep a hostile or broken file from exhausting the process. A real policy nests about six
 * levels deep and needs few aliases if any; the limits are far above that and far below what makes
 * the YAML library, zod or our own recursive walks overflow the stack.
 */
export const YAML_LIMITS = { maxDepth: 64, maxAliasCount: 100, maxSyntaxDetails: 20 } as const;

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
      message: syntaxMessage(e.message),
    }));
    throw new GrondslagError(codes.syntax, `${file} is not valid YAML`, { details: capDetails(details) });
  }
  // Deep nesting that the parser survived would still overflow the recursive code after it (toJS,
  // zod, the reference checks), so it is refused here, where the position is still known.
  const shape = measure(doc.contents);
  if (shape.depth > YAML_LIMITS.maxDepth) {
    const at = shape.deepest?.range ? position(shape.deepest.range[0]) : { file, line: 1, column: 1 };
    throw new GrondslagError(codes.syntax, `${file} is nested too deeply`, {
      details: [
        {
          code: codes.syntax,
          location: at,
          message: `nesting is deeper than ${YAML_LIMITS.maxDepth} levels, far more than any Grondslag file needs`,
        },
      ],
    });
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
  return {
    file,
    doc,
    locate,
    firstAlias: shape.firstAlias?.range ? position(shape.firstAlias.range[0]) : undefined,
  };
}

/** The library's message repeats the position and quotes the source; keep its first sentence. */
function syntaxMessage(raw: string): string {
  // The parser reports its own stack overflow on absurd nesting as an error; say what it means.
  if (raw.includes('Maximum call stack size exceeded')) return 'nesting is too deep to parse';
  const first = (raw.split('\n')[0] ?? raw).replace(/ at line \d+, column \d+:?$/, '');
  // Some messages quote the offending token, which in a binary file can be kilobytes of noise.
  return first.replace(/"(.*)"$/, (quoted, token: string) =>
    token.length > 40 ? `"${token.slice(0, 40)}…"` : quoted,
  );
}

/** Keeps the first problems of a file that is garbage throughout; repeated messages are folded. */
function capDetails(details: ErrorDetail[]): ErrorDetail[] {
  const seen = new Set<string>();
  const unique = details.filter((d) => {
    const key = `${d.location?.line}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length <= YAML_LIMITS.maxSyntaxDetails) return unique;
  const kept = unique.slice(0, YAML_LIMITS.maxSyntaxDetails);
  kept.push({ message: `and ${unique.length - kept.length} more problems; fix the ones above first` });
  return kept;
}

/** Nesting depth of collections, found without recursion so that depth itself cannot overflow. */
function measure(root: unknown): { depth: number; deepest?: Node; firstAlias?: Node } {
  let depth = 0;
  let deepest: Node | undefined;
  let firstAlias: Node | undefined;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (isAlias(node)) {
      if (!firstAlias || (node.range?.[0] ?? 0) < (firstAlias.range?.[0] ?? 0)) firstAlias = node;
      continue;
    }
    if (!isCollection(node)) continue;
    if (level > depth) {
      depth = level;
      deepest = node;
    }
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push([item.key, level + 1], [item.value, level + 1]);
      } else stack.push([item, level + 1]);
    }
  }
  return { depth, deepest, firstAlias };
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
  const flat = flattenUnions(issues, []);
  // A misspelt required key shows up twice: as an unknown key and as the missing real one. The typo
  // is the cause, so the "missing" report of the key it was meant to be is left out.
  const meantKeys = new Set<string>();
  for (const issue of flat) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const { meant, hint } = suggestion(key, schema, issue.path);
      if (meant !== undefined) meantKeys.add(formatPath([...issue.path, meant]));
      details.push({
        code: codes.unknownKey,
        path: formatPath([...issue.path, key]),
        location: source.locate(issue.path, { key }),
        message: `unknown key "${key}"${hint}`,
      });
    }
  }
  for (const issue of flat) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = formatPath(issue.path);
    if (issue.input === undefined && meantKeys.has(path)) continue;
    details.push({
      code: codes.invalid,
      path,
      location: source.locate(issue.path),
      message: describeIssue(issue),
    });
  }
  return sortByLocation(details);
}

/**
 * `children: { minimumAge: "16" }` fails the union `children | unstated` as a whole, and zod reports
 * it at `children`. When exactly one branch of a union accepted the value's shape (its problems all
 * lie inside the value), that branch is what the author meant: report its problems where they are.
 */
function flattenUnions(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[],
): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const inside = issue.errors.filter(
        (branch) => branch.length > 0 && branch.every((i) => i.path.length > 0),
      );
      if (inside.length === 1) {
        out.push(...flattenUnions(inside[0]!, path));
        continue;
      }
    }
    out.push({ ...issue, path } as z.core.$ZodIssue);
  }
  return out;
}

export function sortByLocation(details: ErrorDetail[]): ErrorDetail[] {
  return details.sort(
    (a, b) =>
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      (a.location?.column ?? 0) - (b.location?.column ?? 0),
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // Needs `reportInput` when parsing: without it every wrong type would read as a missing key.
  if (issue.code === 'invalid_type') {
    const expected = typeNames[issue.expected] ?? issue.expected;
    return issue.input === undefined
      ? `missing required key, expected ${expected}`
      : `expected ${expected}, got ${describeValue(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got(issue.input)}`;
  }
  if (issue.code === 'invalid_union') {
    // Report the alternatives rather than zod's nested union detail, which reads badly for `x | unstated`.
    const expected = issue.errors
      .map((branch) => branch[0])
      .filter((i): i is z.core.$ZodIssue => i !== undefined)
      .map((i) => {
        if (i.code === 'invalid_value') return i.values.map((v) => JSON.stringify(v)).join(' or ');
        if (i.code === 'invalid_type') return typeNames[i.expected] ?? i.expected;
        return i.message;
      })
      .filter((m, i, all) => all.indexOf(m) === i);
    const what = issue.input === undefined ? 'missing required key' : 'invalid value';
    return `${what}, expected ${expected.join('; or ')}${got(issue.input)}`;
  }
  if (issue.code === 'invalid_format' || issue.code === 'too_small' || issue.code === 'too_big') {
    return `${issue.message}${got(issue.input)}`;
  }
  return issue.message;
}

/** Zod's type names in the words of a YAML author. */
const typeNames: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ${JSON.stringify(truncate(value))}`;
  return `${typeof value} ${String(value)}`;
}

function got(input: unknown): string {
  return input === undefined || (typeof input === 'object' && input !== null)
    ? ''
    : `, got ${describeValue(input)}`;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** "did you mean …?" for a mistyped key, from the keys the schema accepts at that place. */
function suggestion(
  key: string,
  schema: z.ZodType,
  path: readonly PropertyKey[],
): { meant?: string; hint: string } {
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
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3))) {
    return { meant: best, hint: ` (did you mean "${best}"?)` };
  }
  return { hint: known.length > 0 ? `; allowed here: ${known.join(', ')}` : '' };
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
  if (source.doc.contents === null) {
    throw new GrondslagError(codes.invalid, `${file} is empty`, {
      details: [
        { code: codes.invalid, location: { file, line: 1, column: 1 }, message: 'the file is empty' },
      ],
    });
  }
  let data: unknown;
  try {
    data = source.doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (e) {
    if (!(e instanceof Error && /alias/i.test(e.message))) throw e;
    // The library refuses alias expansion beyond the limit (a "billion laughs" document).
    throw new GrondslagError(codes.syntax, `${file} expands aliases too far`, {
      cause: e,
      details: [
        {
          code: codes.syntax,
          location: source.firstAlias ?? { file, line: 1, column: 1 },
          message: `aliases expand beyond the limit of ${YAML_LIMITS.maxAliasCount}; write the values out instead`,
        },
      ],
    });
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const details = zodIssuesToDetails(result.error.issues, source, codes, schema);
    const first = details[0];
    throw new GrondslagError(first?.code ?? codes.invalid, `${file} does not match the schema`, { details });
  }
  return { value: result.data, source };
}
