/**
 * Typed errors with stable codes. Domain code throws these; the CLI maps them to exit code 2
 * (unusable input) and HTTP maps them to a 4xx with `{ error: { code, message } }`.
 *
 * @example
 *   throw new GrondslagError('POLICY_UNKNOWN_KEY', 'unknown key "purpse"', { file, line: 3, column: 5 });
 */

/** Where in a source file a problem is. Lines and columns are 1-based, as editors show them. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface ErrorDetail {
  /** Stable code of this particular problem, when it differs from the error's own code. */
  code?: string;
  /** Dotted path inside the document, e.g. `purposes[2].legalBasis`. */
  path?: string;
  location?: SourceLocation;
  message: string;
}

/** Error kinds decide how edges present the error; the code is the stable identifier. */
export type ErrorKind = 'input' | 'not_found' | 'conflict' | 'unauthorized' | 'forbidden' | 'internal';

const httpStatusByKind: Record<ErrorKind, number> = {
  input: 400,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  internal: 500,
};

export class GrondslagError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly details: ErrorDetail[];

  constructor(
    code: string,
    message: string,
    options: { kind?: ErrorKind; details?: ErrorDetail[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'GrondslagError';
    this.code = code;
    this.kind = options.kind ?? 'input';
    this.details = options.details ?? [];
  }

  get httpStatus(): number {
    return httpStatusByKind[this.kind];
  }

  /** Human-readable, one problem per line, each prefixed with `file:line:col` when known. */
  describe(): string {
    if (this.details.length === 0) return `${this.code}: ${this.message}`;
    const lines = this.details.map((d) => {
      const where = d.location ? `${formatLocation(d.location)}: ` : '';
      const path = d.path ? ` (at ${d.path})` : '';
      return `${where}${d.message}${path}`;
    });
    return `${this.code}: ${this.message}\n${lines.map((l) => `  ${l}`).join('\n')}`;
  }

  toJSON(): { code: string; message: string; details?: ErrorDetail[] } {
    return this.details.length > 0
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

export function isGrondslagError(e: unknown): e is GrondslagError {
  return e instanceof GrondslagError;
}
