import { bindingErrors, bindRetention, type CollectionBinding } from '../../../retention/bind.js';
import { retentionInputs } from '../../../retention/deps.js';
import { type Command, ExitCode, printJson } from '../../command.js';

/**
 * `grondslag retention bindings [--json]`: each retention rule of the policy bound through the data
 * map — the collections it governs, the field that starts each clock, what the sweep does — and what
 * cannot be enforced: categories no bound rule governs, rules bound to nothing, anonymisation that
 * would not anonymise. Exit 1 when a binding is in error (the sweep refuses to run then).
 */
export const retentionBindingsCommand: Command = {
  name: ['retention', 'bindings'],
  summary: 'show how each retention rule is bound to collections and clocks; exit 1 on errors',
  usage: '[--json]',
  async run(ctx) {
    const { policy, datamap } = await retentionInputs(await ctx.config());
    const b = bindRetention(policy, datamap);
    const failing = bindingErrors(b).length > 0;
    if (ctx.json) {
      printJson(ctx, {
        rules: b.rules.map((r) => ({
          rule: r.rule.id,
          period: r.rule.period,
          from: r.rule.from,
          action: r.rule.action,
          legalHoldExtends: r.rule.legalHoldExtends,
          collections: r.collections.map(describe),
        })),
        sweepOrder: b.sweepOrder.map((c) => c.key),
        unboundCategories: b.unboundCategories,
        unboundRules: b.unboundRules,
        findings: b.findings,
      });
      return failing ? ExitCode.findings : ExitCode.ok;
    }
    const lines: string[] = [];
    for (const r of b.rules) {
      lines.push(
        `${r.rule.id}  ${r.rule.period} from ${r.rule.from}, ${r.rule.action}${r.rule.legalHoldExtends ? ', legal holds extend it' : ''}`,
      );
      if (r.collections.length === 0) lines.push('  (bound to nothing)');
      for (const c of r.collections) {
        const d = describe(c);
        const action =
          c.action.mode === 'delete'
            ? c.kind === 'logfiles'
              ? 'delete lines, remove rotated files'
              : 'delete rows'
            : `anonymise ${c.action.fields.map((f) => `${f.field}:${f.operator}`).join(', ')}`;
        lines.push(
          `  ${c.key.padEnd(36)} clock ${d.clock.padEnd(44)} ${action}${c.administrationRecord ? '  (tax records: at least 7 years)' : ''}`,
        );
      }
    }
    if (b.findings.length > 0) lines.push('');
    for (const f of b.findings) lines.push(`${f.severity} ${f.code} ${f.message}`);
    ctx.io.stdout(`${lines.join('\n')}\n`);
    return failing ? ExitCode.findings : ExitCode.ok;
  },
};

function describe(c: CollectionBinding) {
  const via = c.clock.path.map((h) => `${h.field} → ${h.collection}.${h.to}`).join(', ');
  return {
    key: c.key,
    kind: c.kind,
    clock: c.clock.path.length === 0 ? c.clock.field : `${c.clock.collection}.${c.clock.field} (via ${via})`,
    clockPath: c.clock.path,
    action: c.action,
    identities: c.identities,
    administrationRecord: c.administrationRecord,
    holdable: c.holdable,
  };
}
