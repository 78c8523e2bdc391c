import { datamapJsonSchema } from '../../../datamap/schema.js';
import type { Command } from '../../command.js';
import { ExitCode } from '../../command.js';

/** `grondslag datamap schema`: the JSON Schema of the data-map file, for editors. */
export const datamapSchemaCommand: Command = {
  name: ['datamap', 'schema'],
  summary: 'print the JSON Schema of the data-map file (for editor completion and validation)',
  usage: '',
  async run(ctx) {
    ctx.io.stdout(`${JSON.stringify(datamapJsonSchema(), null, 2)}\n`);
    return ExitCode.ok;
  },
};
