import type { Connector, FieldInfo } from '../connectors/connector.js';
import { formatLocation } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import { bindRetention } from '../retention/bind.js';
import { columnEvidence, describeEvidence, isPersonal, isProfiled } from './column-evidence.js';
import { DEFAULT_DISCOVERY_SAMPLE } from './discover.js';
import type { LoadedDatamap } from './load.js';
import { nameHint } from './names.js';

/**
 * The drift check: holds the data map to the live stores and the policy, so that a map that was true
 * when written does not quietly stop being true. A store gains a column with e-mail addresses that
 * the map does not declare (requests would miss it, retention would never remove it), a declared
 * column is dropped (erasure would fail on it), the map names categories the policy does not know,
 * a retention rule governs nothing. Reads only: introspection and a bounded sample of undeclared columns.
 */

export type DriftKind =
  | 'undeclared_personal_data'
  | 'collection_vanished'
  | 'field_vanished'
  | 'type_changed'
  | 'unknown_category'
  | 'unknown_rule'
  | 'rule_unbound'
  | 'category_without_rule'
  | 'system_unreachable';

export interface DriftFinding {
  kind: DriftKind;
  system?: string;
  collection?: string;
  field?: string;
  /** Policy-level findings: the rule or category concerned. */
  rule?: string;
  category?: string;
  message: string;
  /** What the finding rests on: PII types found in sampled values, with masked examples. */
  evidence?: string;
  /** file:line:col in the data map, where the finding concerns something written there. */
  location?: string;
}

export interface DriftReport {
  ok: boolean;
  findings: DriftFinding[];
}

export interface DriftInput {
  map: LoadedDatamap;
  policy: Policy;
  /** The configured stores by system name (e.g. retention's `connectorsFor(config.systems)`); the caller closes them. */
  systems: { get(system: string): Promise<Connector> };
  /** Rows sampled per collection with undeclared columns (default 200). */
  sample?: number;
}

/**
 * @example
 *   const systems = connectorsFor(config.systems);
 *   try {
 *     const { ok, findings } = await checkDrift({ map: loaded, policy, systems });
 *   } finally { await systems.close(); }
 */
export async function checkDrift(input: DriftInput): Promise<DriftReport> {
  const { map, policy } = input;
  const sample = input.sample ?? DEFAULT_DISCOVERY_SAMPLE;
  const findings: DriftFinding[] = [];
  const where = (path: PropertyKey[], key?: string) => {
    const loc = map.source?.locate(path, key === undefined ? undefined : { key });
    return loc ? formatLocation(loc) : undefined;
  };

  for (const [system, sys] of Object.entries(map.datamap.systems)) {
    let connector: Connector;
    let collections: Awaited<ReturnType<Connector['introspect']>>['collections'];
    try {
      connector = await input.systems.get(system);
      collections = (await connector.introspect({ refresh: true })).collections;
    } catch (e) {
      findings.push({
        kind: 'system_unreachable',
        system,
        message: `${system} could not be checked: ${(e as Error).message}`,
        location: where(['systems'], system),
      });
      continue;
    }
    const live = new Map(collections.map((c) => [c.name, c]));

    for (const [collection, col] of Object.entries(sys.collections)) {
      const base = ['systems', system, 'collections', collection];
      const info = live.get(collection);
      if (!info) {
        findings.push({
          kind: 'collection_vanished',
          system,
          collection,
          message: `${system}.${collection} is in the data map but not in the store`,
          location: where(['systems', system, 'collections'], collection),
        });
        continue;
      }
      const liveFields = new Map(info.fields.map((f) => [f.name, f]));
      for (const [field, f] of Object.entries(col.fields)) {
        const lf = liveFields.get(field);
        if (!lf) {
          findings.push({
            kind: 'field_vanished',
            system,
            collection,
            field,
            message: `${system}.${collection}.${field} is in the data map but no longer in the store`,
            location: where([...base, 'fields'], field),
          });
        } else if (f.type !== undefined && f.type !== lf.type) {
          findings.push({
            kind: 'type_changed',
            system,
            collection,
            field,
            message: `${system}.${collection}.${field} is declared as ${f.type}, the store has ${lf.type} (${lf.nativeType})`,
            location: where([...base, 'fields', field, 'type']),
          });
        }
      }
    }

    for (const info of collections) {
      const declared = sys.collections[info.name];
      const undeclared = info.fields.filter((f) => isProfiled(f) && !(declared && f.name in declared.fields));
      if (undeclared.length === 0) continue;
      for (const f of await undeclaredPersonal(connector, info.name, undeclared, sample, policy)) {
        findings.push({
          kind: 'undeclared_personal_data',
          system,
          collection: info.name,
          field: f.field,
          message:
            `${system}.${info.name}.${f.field} holds personal data (${f.types.map((t) => t.type).join(', ')}) ` +
            `but ${declared ? 'the data map does not declare it' : `the data map does not declare ${info.name} at all`}`,
          evidence: describeEvidence(f),
          location: declared ? where(['systems', system, 'collections', info.name, 'fields']) : undefined,
        });
      }
    }
  }

  const categories = new Set(policy.categories.map((c) => c.id));
  const rules = new Set(policy.retention.map((r) => r.id));
  for (const [system, sys] of Object.entries(map.datamap.systems)) {
    for (const [collection, col] of Object.entries(sys.collections)) {
      const base = ['systems', system, 'collections', collection];
      for (const [field, f] of Object.entries(col.fields)) {
        f.categories.forEach((category, i) => {
          if (categories.has(category)) return;
          findings.push({
            kind: 'unknown_category',
            system,
            collection,
            field,
            category,
            message: `${system}.${collection}.${field} carries category "${category}", which the policy never mentions${nameHint(category, categories)}`,
            location: where([...base, 'fields', field, 'categories', i]),
          });
        });
      }
      const rule = col.retention?.rule;
      if (rule !== undefined && !rules.has(rule)) {
        findings.push({
          kind: 'unknown_rule',
          system,
          collection,
          rule,
          message: `${system}.${collection} is bound to retention rule "${rule}", which the policy does not define${nameHint(rule, rules)}`,
          location: where([...base, 'retention', 'rule']),
        });
      }
    }
  }

  const bindings = bindRetention(policy, map.datamap);
  for (const rule of bindings.unboundRules) {
    findings.push({
      kind: 'rule_unbound',
      rule,
      message: `retention rule "${rule}" of the policy is bound to no collection of the data map: nothing enforces it`,
    });
  }
  for (const { category, carriedBy } of bindings.unboundCategories) {
    findings.push({
      kind: 'category_without_rule',
      category,
      message: `category "${category}" (in ${carriedBy.join(', ')}) is governed by no retention rule bound in the data map: it would be kept for ever`,
    });
  }
  return { ok: findings.length === 0, findings };
}

/** The undeclared columns of one collection in which a sample of rows shows personal data. */
async function undeclaredPersonal(
  connector: Connector,
  collection: string,
  fields: FieldInfo[],
  sample: number,
  policy: Policy,
) {
  const rows = await connector.sample(collection, { limit: sample, fields: fields.map((f) => f.name) });
  return columnEvidence(rows, fields, policy).filter(isPersonal);
}
