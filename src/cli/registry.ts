import type { Command } from './command.js';
import { dbMigrateCommand } from './commands/db/migrate.js';
import { policyLintCommand } from './commands/policy/lint.js';
import { policyRegisterCommand } from './commands/policy/register.js';
import { policyRenderCommand } from './commands/policy/render.js';
import { policyRulesCommand } from './commands/policy/rules.js';
import { policySchemaCommand } from './commands/policy/schema.js';

/** Every CLI command, in the order `grondslag --help` lists them. */
export const commands: Command[] = [
  policySchemaCommand,
  policyLintCommand,
  policyRulesCommand,
  policyRegisterCommand,
  policyRenderCommand,
  dbMigrateCommand,
];
