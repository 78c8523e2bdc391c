import type { Command } from './command.js';
import { auditExportCommand } from './commands/audit/export.js';
import { auditListCommand } from './commands/audit/list.js';
import { auditVerifyCommand } from './commands/audit/verify.js';
import { backupCommand } from './commands/backup.js';
import { breachAddCommand } from './commands/breach/add.js';
import { breachListCommand } from './commands/breach/list.js';
import { breachNoticeCommand } from './commands/breach/notice.js';
import { breachShowCommand } from './commands/breach/show.js';
import { cookiesAuditCommand } from './commands/cookies/audit.js';
import { datamapCheckCommand } from './commands/datamap/check.js';
import { datamapDiscoverCommand } from './commands/datamap/discover.js';
import { datamapSchemaCommand } from './commands/datamap/schema.js';
import { datamapValidateCommand } from './commands/datamap/validate.js';
import { dbMigrateCommand } from './commands/db/migrate.js';
import { demoSeedCommand } from './commands/demo/seed.js';
import {
  dsrAnswerCommand,
  dsrApproveCommand,
  dsrDecideCommand,
  dsrDenyCommand,
  dsrExtendCommand,
  dsrSendCodeCommand,
  dsrTypeCommand,
  dsrVerifyCommand,
  dsrWithdrawCommand,
} from './commands/dsr/decisions.js';
import { dsrExportCommand } from './commands/dsr/export.js';
import { dsrImportCommand } from './commands/dsr/import.js';
import { dsrListCommand } from './commands/dsr/list.js';
import { dsrRunCommand } from './commands/dsr/run.js';
import { dsrShowCommand } from './commands/dsr/show.js';
import { dsrSubmitCommand } from './commands/dsr/submit.js';
import { holdAddCommand } from './commands/hold/add.js';
import { holdListCommand } from './commands/hold/list.js';
import { holdReleaseCommand } from './commands/hold/release.js';
import { jobsListCommand } from './commands/jobs/list.js';
import { keysListCommand } from './commands/keys/list.js';
import { keysRetireCommand } from './commands/keys/retire.js';
import { keysRotateCommand } from './commands/keys/rotate.js';
import { policyLintCommand } from './commands/policy/lint.js';
import { policyRegisterCommand } from './commands/policy/register.js';
import { policyRenderCommand } from './commands/policy/render.js';
import { policyRulesCommand } from './commands/policy/rules.js';
import { policySchemaCommand } from './commands/policy/schema.js';
import { restoreCommand } from './commands/restore.js';
import { restrictionCheckCommand } from './commands/restriction/check.js';
import { restrictionLiftCommand, restrictionListCommand } from './commands/restriction/entries.js';
import { restrictionFilterCommand } from './commands/restriction/filter.js';
import { retentionBindingsCommand } from './commands/retention/bindings.js';
import { retentionPlanCommand } from './commands/retention/plan.js';
import { retentionRunCommand } from './commands/retention/run.js';
import { scanFileCommand } from './commands/scan/file.js';
import { scanIdcopyCommand } from './commands/scan/idcopy.js';
import { scanTextCommand } from './commands/scan/text.js';
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
  datamapSchemaCommand,
  datamapValidateCommand,
  datamapDiscoverCommand,
  datamapCheckCommand,
  demoSeedCommand,
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
  scanIdcopyCommand,
  scanTextCommand,
  scanFileCommand,
  dsrSubmitCommand,
  dsrListCommand,
  dsrImportCommand,
  dsrSendCodeCommand,
  dsrVerifyCommand,
  dsrTypeCommand,
  dsrApproveCommand,
  dsrDecideCommand,
  dsrDenyCommand,
  dsrExtendCommand,
  dsrRunCommand,
  dsrShowCommand,
  dsrExportCommand,
  dsrAnswerCommand,
  dsrWithdrawCommand,
  restrictionListCommand,
  restrictionCheckCommand,
  restrictionFilterCommand,
  restrictionLiftCommand,
  retentionBindingsCommand,
  retentionPlanCommand,
  retentionRunCommand,
  holdAddCommand,
  holdListCommand,
  holdReleaseCommand,
  breachAddCommand,
  breachListCommand,
  breachShowCommand,
  breachNoticeCommand,
  cookiesAuditCommand,
  keysListCommand,
  keysRotateCommand,
  keysRetireCommand,
  backupCommand,
  restoreCommand,
];
