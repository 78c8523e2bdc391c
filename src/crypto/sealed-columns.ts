/**
 * Every column of Grondslag's own store that holds sealed values (src/crypto/sealed.ts), with the
 * key that addresses a row. Key rotation re-seals exactly these, and `grondslag keys retire` counts
 * them; a migration that adds a sealed column, or code that starts sealing values into a column,
 * adds one line here.
 */
export interface SealedColumns {
  table: string;
  /** Primary-key columns. */
  key: readonly string[];
  /** The sealed columns of the table (nullable ones are skipped where null). */
  columns: readonly string[];
  /**
   * `text` (the default): each column is one sealed value. `jsonb`: each column is a JSON document
   * whose strings of the sealed form are sealed values, at the top or nested (src/crypto/sealed-json.ts).
   */
  form?: 'text' | 'jsonb';
}

export const sealedColumns: readonly SealedColumns[] = [
  { table: 'grondslag.dsr_request', key: ['id'], columns: ['details_sealed'] },
  { table: 'grondslag.dsr_identity', key: ['id'], columns: ['sealed'] },
  { table: 'grondslag.dsr_id_copy', key: ['request_id'], columns: ['sealed'] },
  { table: 'grondslag.dsr_message', key: ['id'], columns: ['subject_sealed', 'body_sealed'] },
  { table: 'grondslag.dsr_execution_rows', key: ['request_id', 'step', 'batch'], columns: ['sealed'] },
  { table: 'grondslag.dsr_package', key: ['request_id'], columns: ['sealed'] },
  // A running execution's working data (src/dsr/execution-store.ts): key sets, references,
  // precomputed replacements and carried values. It lives only until the execution finishes, but a
  // paused execution resumed after its key was retired must still open it.
  {
    table: 'grondslag.dsr_execution_key',
    key: ['request_id', 'step', 'batch', 'ordinal'],
    columns: ['key', 'refs', 'replacement'],
    form: 'jsonb',
  },
  { table: 'grondslag.dsr_execution_step', key: ['request_id', 'step'], columns: ['carry'], form: 'jsonb' },
  { table: 'grondslag.retention_hold', key: ['id'], columns: ['identity_cipher'] },
  { table: 'grondslag.breach', key: ['id'], columns: ['details_sealed'] },
  {
    table: 'grondslag.breach_notice',
    key: ['breach_id', 'seq'],
    columns: ['content_sealed', 'delay_reasons_sealed'],
  },
];
