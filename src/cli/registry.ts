import type { Command } from './command.js';
import { auditExportCommand } from './commands/audit/export.js';
import { auditListCommand } from './commands/audit/list.js';
import { auditVerifyCommand } from './commands/audit/verify.js';
import { dbMigrateCommand } from './commands/db/migrate.js';
import { jobsListCommand } from './commands/jobs/list.js';
import { policyLintCommand } from './commands/policy/lint.js';
import { policyRegisterCommand } from './commands/policy/register.js';
import { policyRenderCommand } from './commands/policy/render.js';
import { policyRulesCommand } from './commands/policy/rules.js';
import { policySchemaCommand } from './commands/policy/schema.js';
import { serveCommand } from './commands/serve.js';
import { tokenCreateCommand } from './commands/token/create.js';
import { userAddCommand } from './commands/user/add.js';
import { userListCommand } from './commands/user/list.js';
import { workerCommand } from './commands/worker.js';

/** Every CLI command, in the order `grondslag --help` lists them. */
export const commands: Command[] = [
  policySchemaCommand,
  policyLintCommand,
  policyRulesCommand,
  policyRegisterCommand,
  policyRenderCommand,
  dbMigrateCommand,
  auditVerifyCommand,
  auditListCommand,
  auditExportCommand,
  workerCommand,
  jobsListCommand,
  serveCommand,
  userAddCommand,
  userListCommand,
  tokenCreateCommand,
];
