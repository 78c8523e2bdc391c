import { policyJsonSchema } from '../../../policy/schema.js';
import type { Command } from '../../command.js';
import { ExitCode } from '../../command.js';

/** `grondslag policy schema`: the JSON Schema of the policy file, for editors. */
export const policySchemaCommand: Command = {
  name: ['policy', 'schema'],
  summary: 'print the JSON Schema of the policy file (for editor completion and validation)',
  usage: '',
  async run(ctx) {
    ctx.io.stdout(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
    return ExitCode.ok;
  },
};
