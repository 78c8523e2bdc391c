import { GrondslagError } from '../errors.js';
import {
  type Datamap,
  type ErasureAction,
  erasureOf,
  type IdentityKind,
  type referenceOrigins,
} from './schema.js';

/**
 * The data map as a graph: collections are nodes, references are edges from the child (the field
 * holding the key) to the parent (the field it points at). From a person's identity this module
 * computes which collections hold their rows, in which order they can be read (each collection after
 * the ones whose keys lead to it), and in which order rows can be deleted (children before parents).
 * Pure: no store is touched; connectors execute the plan.
 */

export interface CollectionRef {
  system: string;
  collection: string;
}

export interface FieldRef extends CollectionRef {
  field: string;
}

export type ReferenceOrigin = (typeof referenceOrigins)[number];

/** One reference: `child` holds values of `parent` (a foreign key, or a link declared by hand). */
export interface ReferenceEdge {
  child: FieldRef;
  parent: FieldRef;
  origin: ReferenceOrigin;
  /** False when the map says not to traverse it (a documented link that would close a cycle). */
  follow: boolean;
}

/** Someone a request is about: what is known of them, e.g. `{ kind: 'email', value: 'a@b.nl' }`. */
export interface Identity {
  kind: IdentityKind;
  value: unknown;
}

/** How rows of a step are found. Rows matching any of a step's matches belong to the person. */
export type StepMatch =
  | {
      via: 'identity';
      /** The field compared with the identity values. */
      field: string;
      kind: IdentityKind;
      values: unknown[];
    }
  | {
      via: 'reference';
      /** The field of this step compared with the values carried from `fromStep`. */
      field: string;
      fromStep: number;
      fromField: string;
      /** `child_to_parent`: this step holds the rows pointed at; `parent_to_child`: the rows pointing. */
      direction: 'child_to_parent' | 'parent_to_child';
      origin: ReferenceOrigin;
    };

export interface TraversalStep extends CollectionRef {
  /** Position in `steps`; reference matches name earlier steps only. */
  index: number;
  match: StepMatch[];
  /** Fields whose values later steps need: the keys carried to the next hops. */
  carry: string[];
  primaryKey: string[];
}

/** A field rewritten in place by erasure, and how. */
export interface ErasureField {
  field: string;
  action: Exclude<ErasureAction, 'delete_row'>;
  options?: Record<string, string | number | boolean>;
}

/**
 * What erasure does to one collection's matching rows: delete them, rewrite their personal fields
 * in place, or leave them (rows that must stay because kept rows reference them and carry nothing
 * the map says to rewrite). `pinnedBy` names the kept collections whose foreign keys stop deletion.
 */
export type ErasureStep = CollectionRef & { step: number } & (
    | { mode: 'delete' }
    | { mode: 'anonymise'; fields: ErasureField[]; pinnedBy?: CollectionRef[] }
    | { mode: 'keep'; pinnedBy: CollectionRef[] }
  );

export interface TraversalPlan {
  identities: Identity[];
  /** In dependency order: every reference match reads values of an earlier step. */
  steps: TraversalStep[];
  /**
   * The order to change rows in for erasure: children before parents, so no foreign key is broken
   * on the way. Read every step first (the keys come from the rows), then erase in this order.
   */
  erasure: ErasureStep[];
}

const nodeKey = (r: CollectionRef) => `${r.system}\u0000${r.collection}`;

/** `collection.field`, or `system.collection.field` when the system has to be told. */
export function fieldLabel(f: FieldRef, withSystem = false): string {
  return withSystem ? `${f.system}.${f.collection}.${f.field}` : `${f.collection}.${f.field}`;
}

/**
 * Every reference of the map, and separately those whose target is not in it (the loader reports
 * those with their position; planning refuses a map that has any).
 *
 * @example
 *   const { edges } = referenceEdges(map); // [{ child: contacts.customer_id, parent: customers.id, … }]
 */
export function referenceEdges(map: Datamap): { edges: ReferenceEdge[]; dangling: ReferenceEdge[] } {
  const edges: ReferenceEdge[] = [];
  const dangling: ReferenceEdge[] = [];
  for (const [system, sys] of Object.entries(map.systems)) {
    for (const [collection, col] of Object.entries(sys.collections)) {
      for (const [field, f] of Object.entries(col.fields)) {
        const r = f.references;
        if (!r) continue;
        const edge: ReferenceEdge = {
          child: { system, collection, field },
          parent: { system: r.system ?? system, collection: r.collection, field: r.field },
          origin: r.origin,
          follow: r.follow,
        };
        const target = map.systems[edge.parent.system]?.collections[edge.parent.collection];
        if (target?.fields[edge.parent.field] === undefined) dangling.push(edge);
        else edges.push(edge);
      }
    }
  }
  return { edges, dangling };
}

/** A loop of followed references, child → parent, ending where it started. */
export interface ReferenceCycle {
  edges: ReferenceEdge[];
}

/**
 * The loops among followed references (a self-reference is a loop of one). Traversal itself visits
 * each collection once and cannot loop, but a loop leaves no order in which rows can be deleted
 * without breaking a foreign key, so the loader refuses it and names the references to break.
 * Iterative (Tarjan's strongly connected components), so a long chain of references cannot
 * overflow the stack.
 */
export function findReferenceCycles(map: Datamap): ReferenceCycle[] {
  const followed = referenceEdges(map).edges.filter((e) => e.follow);
  const out = new Map<string, ReferenceEdge[]>();
  const nodes: string[] = [];
  for (const e of followed) {
    const c = nodeKey(e.child);
    const p = nodeKey(e.parent);
    if (!out.has(c)) {
      out.set(c, []);
      nodes.push(c);
    }
    if (!out.has(p)) {
      out.set(p, []);
      nodes.push(p);
    }
    out.get(c)!.push(e);
  }

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    // Each frame: the node and how many of its edges have been looked at.
    const frames: [string, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const [node, next] = frame;
      const edges = out.get(node)!;
      if (next < edges.length) {
        frame[1]++;
        const to = nodeKey(edges[next]!.parent);
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          frames.push([to, 0]);
        } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        components.push(component);
      }
    }
  }

  const order = new Map(nodes.map((n, i) => [n, i]));
  const cycles: ReferenceCycle[] = [];
  for (const component of components) {
    const members = new Set(component);
    const start = component.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
    const loop = shortestLoop(start, members, out);
    if (loop) cycles.push({ edges: loop });
  }
  // Report in the order the collections appear in the map, so the first error is the first in the file.
  return cycles.sort(
    (a, b) => order.get(nodeKey(a.edges[0]!.child))! - order.get(nodeKey(b.edges[0]!.child))!,
  );
}

/** The shortest path of edges from `start` back to itself inside one component, if there is one. */
function shortestLoop(
  start: string,
  members: Set<string>,
  out: Map<string, ReferenceEdge[]>,
): ReferenceEdge[] | undefined {
  const cameBy = new Map<string, ReferenceEdge>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const e of out.get(node) ?? []) {
      const to = nodeKey(e.parent);
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [e];
        let at = node;
        while (at !== start) {
          const prev = cameBy.get(at)!;
          path.unshift(prev);
          at = nodeKey(prev.child);
        }
        return path;
      }
      if (!cameBy.has(to)) {
        cameBy.set(to, e);
        queue.push(to);
      }
    }
  }
  return undefined;
}

/** `a.x → b.id, b.y → a.id`: the references of a loop as an author finds them in the file. */
export function describeCycle(cycle: ReferenceCycle): string {
  const systems = new Set(cycle.edges.flatMap((e) => [e.child.system, e.parent.system]));
  const q = systems.size > 1;
  return cycle.edges.map((e) => `${fieldLabel(e.child, q)} → ${fieldLabel(e.parent, q)}`).join(', ');
}

/**
 * Which collections hold rows of the person with these identities, how each is reached, and in which
 * order to erase them.
 *
 * Collections with a field of an identity's kind are entered directly; from there references are
 * followed both ways (a customer's contacts; the customer a call record's number belongs to),
 * breadth-first, each collection visited once. Each reference is used once, from the collection
 * visited first to the other, so every step depends on earlier steps only and executing the steps
 * in order never loops.
 *
 * @example
 *   const plan = planTraversal(map, [{ kind: 'email', value: 'jan@example.nl' }]);
 *   plan.steps[0]; // { collection: 'customers', match: [{ via: 'identity', field: 'email', … }], carry: ['id'] }
 */
export function planTraversal(map: Datamap, identities: Identity | readonly Identity[]): TraversalPlan {
  const wanted = Array.isArray(identities) ? [...identities] : [identities as Identity];
  if (wanted.length === 0) {
    throw new GrondslagError('DATAMAP_NO_IDENTITY', 'a traversal needs at least one identity to start from');
  }
  const { edges, dangling } = referenceEdges(map);
  if (dangling.length > 0) {
    const d = dangling[0]!;
    throw new GrondslagError(
      'DATAMAP_DANGLING_REFERENCE',
      `${fieldLabel(d.child, true)} references ${fieldLabel(d.parent, true)}, which is not in the data map`,
    );
  }
  const followed = edges.filter((e) => e.follow);
  const touching = new Map<string, ReferenceEdge[]>();
  for (const e of followed) {
    for (const end of [e.child, e.parent]) {
      const k = nodeKey(end);
      if (!touching.has(k)) touching.set(k, []);
      // A self-reference is listed once; it never leads anywhere new.
      if (!touching.get(k)!.includes(e)) touching.get(k)!.push(e);
    }
  }

  const steps: TraversalStep[] = [];
  const stepOf = new Map<string, TraversalStep>();
  const stepFor = (ref: CollectionRef): TraversalStep => {
    const k = nodeKey(ref);
    let s = stepOf.get(k);
    if (!s) {
      const col = map.systems[ref.system]!.collections[ref.collection]!;
      s = {
        system: ref.system,
        collection: ref.collection,
        index: steps.length,
        match: [],
        carry: [],
        primaryKey: [...col.primaryKey],
      };
      steps.push(s);
      stepOf.set(k, s);
    }
    return s;
  };

  for (const [system, sys] of Object.entries(map.systems)) {
    for (const [collection, col] of Object.entries(sys.collections)) {
      for (const [field, f] of Object.entries(col.fields)) {
        if (f.identity === undefined) continue;
        const values = wanted.filter((i) => i.kind === f.identity).map((i) => i.value);
        if (values.length === 0) continue;
        stepFor({ system, collection }).match.push({ via: 'identity', field, kind: f.identity, values });
      }
    }
  }
  if (steps.length === 0) {
    const kinds = [...new Set(wanted.map((i) => i.kind))].join(', ');
    throw new GrondslagError(
      'DATAMAP_NO_IDENTITY_FIELD',
      `no field of the data map identifies a person by ${kinds}; mark one with \`identity: ${wanted[0]!.kind}\``,
    );
  }

  const done = new Set<string>();
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const here = nodeKey(step);
    done.add(here);
    for (const e of touching.get(here) ?? []) {
      const fromChild = nodeKey(e.child) === here;
      const mine = fromChild ? e.child : e.parent;
      const other = fromChild ? e.parent : e.child;
      const there = nodeKey(other);
      if (there === here || done.has(there)) continue;
      const next = stepFor(other);
      next.match.push({
        via: 'reference',
        field: other.field,
        fromStep: step.index,
        fromField: mine.field,
        direction: fromChild ? 'child_to_parent' : 'parent_to_child',
        origin: e.origin,
      });
      if (!step.carry.includes(mine.field)) step.carry.push(mine.field);
    }
  }

  return { identities: wanted, steps, erasure: erasureOrder(map, steps, followed) };
}

/**
 * Children before parents: a collection comes after every collection of the plan that references it.
 * Among collections that are free to go, the earlier step goes first, so the order is stable.
 */
function erasureOrder(map: Datamap, steps: TraversalStep[], followed: ReferenceEdge[]): ErasureStep[] {
  const inPlan = new Map(steps.map((s) => [nodeKey(s), s]));
  const waitingFor = new Map<string, Set<string>>(steps.map((s) => [nodeKey(s), new Set()]));
  for (const e of followed) {
    const c = nodeKey(e.child);
    const p = nodeKey(e.parent);
    if (c !== p && inPlan.has(c) && inPlan.has(p)) waitingFor.get(p)!.add(c);
  }
  const modes = erasureModes(map, steps, followed);
  const emitted = new Set<string>();
  const order: ErasureStep[] = [];
  while (order.length < steps.length) {
    const ready = steps.find(
      (s) => !emitted.has(nodeKey(s)) && [...waitingFor.get(nodeKey(s))!].every((c) => emitted.has(c)),
    );
    if (!ready) {
      const stuck = steps.filter((s) => !emitted.has(nodeKey(s))).map((s) => s.collection);
      throw new GrondslagError(
        'DATAMAP_REFERENCE_CYCLE',
        `the references between ${stuck.join(', ')} form a cycle, so there is no order to erase their rows in; mark one of them \`follow: false\``,
      );
    }
    emitted.add(nodeKey(ready));
    order.push(modes.get(nodeKey(ready))!);
  }
  return order;
}

/**
 * A collection's rows are deleted when a field says `delete_row` or no field names an action;
 * otherwise the fields with an action are rewritten and the rows stay (an invoice kept for the tax
 * authority, with the name on it removed).
 *
 * A row that stays keeps its foreign keys, so the rows it references cannot be deleted either: those
 * fall back to rewriting their fields (the actions other than `delete_row`), or are left as they are
 * when they have none. Declared references are not enforced by the store and pin nothing.
 */
function erasureModes(
  map: Datamap,
  steps: TraversalStep[],
  followed: ReferenceEdge[],
): Map<string, ErasureStep> {
  const modes = new Map<string, ErasureStep>();
  const fallback = new Map<string, ErasureField[]>();
  for (const step of steps) {
    const col = map.systems[step.system]!.collections[step.collection]!;
    const actions = Object.entries(col.fields).flatMap(([field, f]) => {
      const e = erasureOf(f);
      return e ? [{ field, ...e }] : [];
    });
    const rewrites = actions.filter((a): a is ErasureField => a.action !== 'delete_row');
    const base = { system: step.system, collection: step.collection, step: step.index };
    fallback.set(nodeKey(step), rewrites);
    const deletes = actions.length === 0 || actions.some((a) => a.action === 'delete_row');
    modes.set(
      nodeKey(step),
      deletes ? { ...base, mode: 'delete' } : { ...base, mode: 'anonymise', fields: rewrites },
    );
  }
  const pinning = followed.filter(
    (e) =>
      e.origin === 'foreign_key' &&
      nodeKey(e.child) !== nodeKey(e.parent) &&
      modes.has(nodeKey(e.child)) &&
      modes.has(nodeKey(e.parent)),
  );
  // Pinning travels up chains (a kept payment keeps its invoice, which keeps its contract), so repeat
  // until nothing changes; each round pins at least one more collection or ends.
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of pinning) {
      const child = modes.get(nodeKey(e.child))!;
      const parent = modes.get(nodeKey(e.parent))!;
      if (child.mode === 'delete') continue;
      const by = { system: e.child.system, collection: e.child.collection };
      if (parent.mode === 'delete') {
        const fields = fallback.get(nodeKey(e.parent))!;
        const base = { system: parent.system, collection: parent.collection, step: parent.step };
        modes.set(
          nodeKey(e.parent),
          fields.length > 0
            ? { ...base, mode: 'anonymise', fields, pinnedBy: [by] }
            : { ...base, mode: 'keep', pinnedBy: [by] },
        );
        changed = true;
      } else if (
        'pinnedBy' in parent &&
        parent.pinnedBy &&
        !parent.pinnedBy.some((p) => nodeKey(p) === nodeKey(by))
      ) {
        parent.pinnedBy.push(by);
      }
    }
  }
  return modes;
}

/** One hop of a path through references: from a field of one collection to a field of the next. */
export interface PathHop {
  from: FieldRef;
  to: FieldRef;
  direction: 'child_to_parent' | 'parent_to_child';
}

/**
 * The shortest way from `from` to the collection `to` in the same system, following references either
 * way: how a retention clock kept elsewhere (a customer's contract end) reaches the rows it governs.
 * Undefined when there is none; an empty list when `from` is `to`.
 *
 * @example
 *   referencePath(map, { system: 'cloudaware', collection: 'invoices' }, 'contracts');
 *   // [{ from: invoices.contract_id, to: contracts.id, direction: 'child_to_parent' }]
 */
export function referencePath(map: Datamap, from: CollectionRef, to: string): PathHop[] | undefined {
  if (from.collection === to) return [];
  const { edges } = referenceEdges(map);
  const local = edges.filter(
    (e) => e.follow && e.child.system === from.system && e.parent.system === from.system,
  );
  const cameBy = new Map<string, PathHop>();
  const queue = [from.collection];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const here = queue[i]!;
    for (const e of local) {
      const hops: PathHop[] = [];
      if (e.child.collection === here)
        hops.push({ from: e.child, to: e.parent, direction: 'child_to_parent' });
      if (e.parent.collection === here)
        hops.push({ from: e.parent, to: e.child, direction: 'parent_to_child' });
      for (const hop of hops) {
        const there = hop.to.collection;
        if (seen.has(there)) continue;
        seen.add(there);
        cameBy.set(there, hop);
        if (there === to) {
          const path: PathHop[] = [];
          for (let at = to; at !== from.collection; at = cameBy.get(at)!.from.collection)
            path.unshift(cameBy.get(at)!);
          return path;
        }
        queue.push(there);
      }
    }
  }
  return undefined;
}
