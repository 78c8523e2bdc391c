/**
 * Grondslag's library API. Each export names where it lives; there is no re-export of whole modules.
 */

export { type Config, loadConfig } from './config.js';
export { type ErrorDetail, GrondslagError, type SourceLocation } from './errors.js';
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
