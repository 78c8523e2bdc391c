import { z } from 'zod';

/**
 * The data map: where every piece of personal data lives. Systems (named as in the configuration's
 * `systems`) hold collections (tables, log-file sets), collections hold fields; each field says which
 * of the policy's data categories it carries, whether it identifies a person, what it references, and
 * what erasure does to it. Requests and retention act on the map, so like the policy every object is
 * strict: a misspelt key is an error, never a silently ignored annotation.
 *
 * Systems, collections and fields are YAML mappings keyed by name, so a name cannot be declared twice
 * (the YAML loader refuses duplicate keys) and every error points at the name as written.
 */

/** How a value identifies a person: the kinds a data-subject request can start from. */
export const identityKinds = ['email', 'phone', 'customer_id', 'ip_address', 'iban'] as const;
export const identityKind = z.enum(identityKinds);
export type IdentityKind = z.infer<typeof identityKind>;

/** Operators of the PII engine that rewrite a value in place (anonymisation). */
export const piiOperators = ['mask', 'tag', 'hmac', 'truncate', 'drop'] as const;

/**
 * What erasure (and an anonymising retention rule) does to a field: remove the whole row, set the
 * field to NULL, or rewrite it with one of the PII engine's operators.
 */
export const erasureActions = ['delete_row', 'nullify', ...piiOperators] as const;
export const erasureAction = z.enum(erasureActions);
export type ErasureAction = z.infer<typeof erasureAction>;

/** Where references come from: the database's own foreign keys, or declared by hand where there are none. */
export const referenceOrigins = ['foreign_key', 'declared'] as const;

/** Store-independent type families, the same the connectors report (`FieldType`). */
export const fieldTypes = [
  'text',
  'integer',
  'decimal',
  'boolean',
  'date',
  'timestamp',
  'json',
  'uuid',
  'binary',
  'other',
] as const;

/** A category or retention-rule id of the policy (checked against the policy, not here). */
const policyId = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'an id of lower-case letters, digits, "-" and "_", starting with a letter');

const systemName = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'a system name as in the configuration: lower-case letters, digits, "-", "_"');

/** Table names, optionally schema-qualified (`billing.invoices`), as the connectors list them. */
const collectionName = z.string().min(1);
const fieldName = z.string().min(1);

export const erasure = z.union([
  erasureAction,
  z.strictObject({
    action: erasureAction,
    /** Options of the PII operator, e.g. `{ keep: 4 }` for `truncate`; handed to the engine unchanged. */
    options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  }),
]);
export type Erasure = z.infer<typeof erasure>;

/**
 * A reference from this field to a field of another collection (child → parent). Traversal follows it
 * both ways: from a person's parent rows to their child rows and back.
 */
export const reference = z.strictObject({
  /** Another system, for links between stores (a call-records store keyed by the CRM's numbers). */
  system: systemName.optional(),
  collection: collectionName,
  field: fieldName,
  /** `foreign_key` when the database enforces it (discovery finds these), `declared` when it does not. */
  origin: z.enum(referenceOrigins).default('declared'),
  /**
   * `false` documents the link but keeps traversal and erasure ordering from using it; the way to
   * break a cycle of references (an `employees.manager_id` that points back at its own table).
   */
  follow: z.boolean().default(true),
});
export type Reference = z.infer<typeof reference>;

export const field = z.strictObject({
  description: z.string().optional(),
  /** Type family, as a connector reports it; optional, checked against the store by `datamap check`. */
  type: z.enum(fieldTypes).optional(),
  /** The policy's data-category ids this field holds; empty for keys that carry no personal data. */
  categories: z.array(policyId).default([]),
  /** Set when a value of this field identifies a person: a request can start from it. */
  identity: identityKind.optional(),
  references: reference.optional(),
  erasure: erasure.optional(),
});
export type Field = z.infer<typeof field>;

/**
 * The field that starts the retention clock: in this collection, or in one reached through references
 * (`referencePath` in graph.ts finds the way: invoices → contracts.ended_at). Where a row reaches
 * several clock values the latest counts, and a NULL (a contract still running) means not due.
 */
export const retentionClock = z.union([
  fieldName,
  z.strictObject({
    collection: collectionName,
    field: fieldName,
  }),
]);
export type RetentionClock = z.infer<typeof retentionClock>;

export const retentionBinding = z.strictObject({
  /** Id of a retention rule of the policy. */
  rule: policyId,
  clock: retentionClock,
});
export type RetentionBinding = z.infer<typeof retentionBinding>;

export const collection = z.strictObject({
  description: z.string().optional(),
  kind: z.enum(['table', 'view', 'logfiles']).default('table'),
  /** Primary-key fields in key order; empty for log files and tables without one. */
  primaryKey: z.array(fieldName).default([]),
  retention: retentionBinding.optional(),
  /** Fields with personal data, and the keys and clocks the map needs; others may be left out. */
  fields: z.record(fieldName, field),
});
export type Collection = z.infer<typeof collection>;

export const system = z.strictObject({
  description: z.string().optional(),
  collections: z.record(collectionName, collection),
});
export type DataSystem = z.infer<typeof system>;

export const datamapSchema = z.strictObject({
  version: z.literal(1),
  systems: z.record(systemName, system),
});

export type Datamap = z.infer<typeof datamapSchema>;
export type DatamapInput = z.input<typeof datamapSchema>;

/** The erasure of a field in its long form. */
export function erasureOf(
  f: Field,
): { action: ErasureAction; options?: Record<string, string | number | boolean> } | undefined {
  if (f.erasure === undefined) return undefined;
  return typeof f.erasure === 'string' ? { action: f.erasure } : f.erasure;
}

/** JSON Schema (draft 2020-12) of the data-map file, for editors' completion and validation. */
export function datamapJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datamapSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $id: 'https://grondslag.dev/schema/datamap.schema.json',
    title: 'Grondslag data map',
    description:
      'Where personal data lives: systems, collections and fields, with categories, identities, references and retention.',
    ...schema,
  };
}
