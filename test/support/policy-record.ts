import type { PolicyRecord } from '../../schemas/types.ts';
import { emptyPolicy } from '../../pipeline/structure/record-fields.ts';

/** A policy record with nothing read but its name, and the fields a test gives. */
export const policyRecord = (name: string, fields: Partial<PolicyRecord> = {}): PolicyRecord => ({
  ...emptyPolicy(`test-${name}`, { name, raw: name, number: null }, { sha256: '0'.repeat(64), file_name: 'a.pdf', pages: [1], method: 'text', ocr_confidence: null }),
  ...fields,
});
