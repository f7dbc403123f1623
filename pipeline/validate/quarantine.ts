import type { PolicyRecord, QuarantinedRecord } from '../../schemas/types.ts';
import { validateAgainst } from './schema-validator.ts';

export interface ValidatedRecords {
  records: PolicyRecord[];
  quarantine: QuarantinedRecord[];
}

/** Validates every record against its schema: the valid ones are published, the others quarantined with the reasons. */
export function validatePolicies(candidates: readonly PolicyRecord[]): ValidatedRecords {
  const records: PolicyRecord[] = [];
  const quarantine: QuarantinedRecord[] = [];
  for (const record of candidates) {
    const [first, ...more] = validateAgainst('policy-record.schema.json', record);
    if (first === undefined) records.push(record);
    else quarantine.push({ name: record.name, pages: record.source.pages, reasons: [first, ...more], record: { ...record } });
  }
  return { records, quarantine };
}
