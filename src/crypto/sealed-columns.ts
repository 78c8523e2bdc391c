/**
 * Every column of Grondslag's own store that holds sealed values (src/crypto/sealed.ts), with the
 * key that addresses a row. Key rotation re-seals exactly these, and `grondslag keys retire` counts
 * them; a migration that adds a sealed column adds one line here.
 */
export interface SealedColumns {
  table: string;
  /** Primary-key columns. */
  key: readonly string[];
  /** The sealed columns of the table (nullable ones are skipped where null). */
  columns: readonly string[];
}

export const sealedColumns: readonly SealedColumns[] = [
  { table: 'grondslag.dsr_request', key: ['id'], columns: ['details_sealed'] },
  { table: 'grondslag.dsr_identity', key: ['id'], columns: ['sealed'] },
  { table: 'grondslag.dsr_id_copy', key: ['request_id'], columns: ['sealed'] },
  { table: 'grondslag.dsr_message', key: ['id'], columns: ['subject_sealed', 'body_sealed'] },
  { table: 'grondslag.dsr_execution_rows', key: ['request_id', 'step', 'batch'], columns: ['sealed'] },
  { table: 'grondslag.dsr_package', key: ['request_id'], columns: ['sealed'] },
  { table: 'grondslag.retention_hold', key: ['id'], columns: ['identity_cipher'] },
  { table: 'grondslag.breach', key: ['id'], columns: ['details_sealed'] },
  {
    table: 'grondslag.breach_notice',
    key: ['breach_id', 'seq'],
    columns: ['content_sealed', 'delay_reasons_sealed'],
  },
];
