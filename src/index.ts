/**
 * Grondslag's library API. Each export names where it lives; there is no re-export of whole modules.
 */

export type { AuditData, AuditEntryInput, AuditRecord } from './audit/entry.js';
export { type AuditExport, exportAudit } from './audit/export.js';
export { type AppendAuditOptions, appendAudit } from './audit/log.js';
export { type AuditVerification, verifyAuditChain } from './audit/verify.js';
export { type Config, loadConfig } from './config.js';
export { type ErrorDetail, GrondslagError, type SourceLocation } from './errors.js';
export { defineJobKind, type JobContext, type JobKind, type RetryPolicy } from './jobs/kind.js';
export { type EnqueueOptions, enqueue, type JobQueue, openJobQueue } from './jobs/queue.js';
export { type RunningWorker, startWorker, type WorkerDeps } from './jobs/worker.js';
export { AllowList, allowList } from './pii/allow-list.js';
export type { CorpusDocument, DecoySpan, GroundTruthSpan } from './pii/corpus/builder.js';
export { type Corpus, type CorpusOptions, corpusDocuments, generateCorpus } from './pii/corpus/generate.js';
export type { PiiFinding } from './pii/finding.js';
export { checkIdCopy, type IdCopyCheck, type IdCopyOptions } from './pii/idcopy/check.js';
export type { IdCopyFinding } from './pii/idcopy/finding.js';
export { applyOperator, type HmacKey, type Operator } from './pii/operators.js';
export {
  type OrganisationContactReason,
  organisationContactReason,
  withoutOrganisationContacts,
} from './pii/organisation-contacts.js';
export { type RedactOptions, redactText } from './pii/redact.js';
export { type ColumnProfile, type ColumnTypeProfile, profileColumns } from './pii/sample.js';
export { type ScanOptions, scanText } from './pii/scan.js';
export { createRedactStream, type LineFinding, type RedactStreamOptions } from './pii/stream.js';
export { type LintFinding, type LintReport, lintPolicy } from './policy/lint/lint.js';
export { type LoadedPolicy, loadPolicyFile, parsePolicy } from './policy/load.js';
export { buildRegister, type Register, type RegisterActivity } from './policy/register.js';
export {
  type RenderOptions,
  renderStatement,
  renderStatementHtmlFragment,
  type StatementFormat,
} from './policy/render/render.js';
export { type Policy, policyJsonSchema, policySchema } from './policy/schema.js';
export {
  bindRetention,
  type CollectionBinding,
  type RetentionBindings,
  type RetentionFinding,
} from './retention/bind.js';
export { addHold, type LegalHold, type LegalHoldInput, listHolds, releaseHold } from './retention/holds.js';
export { planRetention, type RetentionDeps, type RetentionPlan } from './retention/plan.js';
export { type SweepOptions, type SweepReport, sweepRetention } from './retention/sweep.js';
