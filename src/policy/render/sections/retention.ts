import type { RenderContext } from '../context.js';
import { type Block, list, paragraph, type Section } from '../document.js';

/**
 * The general retention promise and one line per rule (Art. 13(2)(a)): the rule's own wording where the
 * policy has one, else a wording generated from its period and the event that starts the clock.
 */
export function retentionSection(ctx: RenderContext): Section | undefined {
  const { policy, phrases, t } = ctx;
  const intro = [
    policy.retentionStatement ? t(policy.retentionStatement) : undefined,
    policy.retention.length > 0 ? phrases.retentionIntro : undefined,
  ].filter((s): s is string => s !== undefined);
  if (intro.length === 0) return undefined;

  const blocks: Block[] = [paragraph(intro.join(' '))];
  if (policy.retention.length > 0) {
    blocks.push(
      list(
        policy.retention.map((r) => {
          const wording = r.wording
            ? t(r.wording)
            : phrases.retentionPeriod({
                from: r.from,
                duration: ctx.duration(r.period),
                legalHold: r.legalHoldExtends,
                anonymise: r.action === 'anonymise',
              });
          const ground = r.ground !== 'unstated' ? ` ${phrases.retentionGround(r.ground)}` : '';
          return [`${t(r.label)}: ${wording}${ground}`];
        }),
      ),
    );
  }
  return { id: 'retention', heading: phrases.headings.retention, blocks };
}
