import type { ErrorDetail } from '../errors.js';
import { formatPath, type YamlSource } from '../yaml/source.js';
import { describeCycle, findReferenceCycles, referencePath } from './graph.js';
import { nameHint } from './names.js';
import type { Datamap } from './schema.js';

/**
 * What the schema cannot express: primary keys, references and retention clocks name fields and
 * collections that exist, a clock kept in another collection can be reached through references, and
 * the references form no cycle. Each problem is located at the name as written.
 */
export function checkDatamapConsistency(map: Datamap, source: YamlSource): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const at = (path: PropertyKey[], code: string, message: string) =>
    details.push({ code, path: formatPath(path), location: source.locate(path), message });

  for (const [system, sys] of Object.entries(map.systems)) {
    for (const [collection, col] of Object.entries(sys.collections)) {
      const base = ['systems', system, 'collections', collection];
      const fieldNames = Object.keys(col.fields);

      col.primaryKey.forEach((key, i) => {
        if (!(key in col.fields)) {
          at(
            [...base, 'primaryKey', i],
            'DATAMAP_UNKNOWN_FIELD',
            `primary-key field "${key}" is not among the fields of ${collection}${nameHint(key, fieldNames)}`,
          );
        }
      });

      for (const [field, f] of Object.entries(col.fields)) {
        const r = f.references;
        if (!r) continue;
        const refPath = [...base, 'fields', field, 'references'];
        const targetSystem = r.system ?? system;
        const sysTarget = map.systems[targetSystem];
        if (!sysTarget) {
          at(
            [...refPath, 'system'],
            'DATAMAP_DANGLING_REFERENCE',
            `system "${targetSystem}" is not in the data map${nameHint(targetSystem, Object.keys(map.systems))}`,
          );
          continue;
        }
        const target = sysTarget.collections[r.collection];
        if (!target) {
          at(
            [...refPath, 'collection'],
            'DATAMAP_DANGLING_REFERENCE',
            `collection "${r.collection}" is not in system ${targetSystem}${nameHint(r.collection, Object.keys(sysTarget.collections))}`,
          );
          continue;
        }
        if (!(r.field in target.fields)) {
          at(
            [...refPath, 'field'],
            'DATAMAP_DANGLING_REFERENCE',
            `field "${r.field}" is not among the fields of ${r.collection}${nameHint(r.field, Object.keys(target.fields))}`,
          );
        }
      }

      const clock = col.retention?.clock;
      if (clock === undefined) continue;
      const clockPath = [...base, 'retention', 'clock'];
      if (typeof clock === 'string') {
        if (!(clock in col.fields)) {
          at(
            clockPath,
            'DATAMAP_UNKNOWN_FIELD',
            `clock field "${clock}" is not among the fields of ${collection}${nameHint(clock, fieldNames)}`,
          );
        }
        continue;
      }
      const clockCol = sys.collections[clock.collection];
      if (!clockCol) {
        at(
          [...clockPath, 'collection'],
          'DATAMAP_UNKNOWN_COLLECTION',
          `collection "${clock.collection}" is not in system ${system}${nameHint(clock.collection, Object.keys(sys.collections))}`,
        );
        continue;
      }
      if (!(clock.field in clockCol.fields)) {
        at(
          [...clockPath, 'field'],
          'DATAMAP_UNKNOWN_FIELD',
          `clock field "${clock.field}" is not among the fields of ${clock.collection}${nameHint(clock.field, Object.keys(clockCol.fields))}`,
        );
        continue;
      }
      if (!referencePath(map, { system, collection }, clock.collection)) {
        at(
          [...clockPath, 'collection'],
          'DATAMAP_CLOCK_UNREACHABLE',
          `no chain of references leads from ${collection} to ${clock.collection}, so the clock cannot be applied to its rows`,
        );
      }
    }
  }

  for (const cycle of findReferenceCycles(map)) {
    const first = cycle.edges[0]!.child;
    at(
      ['systems', first.system, 'collections', first.collection, 'fields', first.field, 'references'],
      'DATAMAP_REFERENCE_CYCLE',
      `references form a cycle (${describeCycle(cycle)}): no order deletes these rows without breaking a reference; add \`follow: false\` to one of them`,
    );
  }
  return details;
}
