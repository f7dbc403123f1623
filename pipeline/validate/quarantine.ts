import type { CaseRecord, PolicyRecord, QuarantinedRecord } from '../../schemas/types.ts';
import { validateAgainst } from './schema-validator.ts';

export interface ValidatedRecords {
  records: PolicyRecord[];
  quarantine: QuarantinedRecord[];
}

/** Splits records into the valid ones and the others, quarantined with the schema's reasons. */
function partition<T extends { source: { pages: number[] } }>(schema: string, candidates: readonly T[], nameOf: (record: T) => string): { valid: T[]; quarantine: QuarantinedRecord[] } {
  const valid: T[] = [];
  const quarantine: QuarantinedRecord[] = [];
  for (const record of candidates) {
    const [first, ...more] = validateAgainst(schema, record);
    if (first === undefined) valid.push(record);
    else quarantine.push({ name: nameOf(record), pages: record.source.pages, reasons: [first, ...more], record: { ...record } });
  }
  return { valid, quarantine };
}

/** Validates every record against its schema: the valid ones are published, the others quarantined with the reasons. */
export function validatePolicies(candidates: readonly PolicyRecord[]): ValidatedRecords {
  const { valid, quarantine } = partition('policy-record.schema.json', candidates, (record) => record.name);
  return { records: valid, quarantine };
}

/** Validates every case against its schema, like `validatePolicies`; a quarantined case is named by its title. */
export function validateCases(candidates: readonly CaseRecord[]): { cases: CaseRecord[]; quarantine: QuarantinedRecord[] } {
  const { valid, quarantine } = partition('case-record.schema.json', candidates, (record) => record.title);
  return { cases: valid, quarantine };
}
