import type { PageLayout } from '../extract/extract-page.ts';
import type { SourceSummary } from '../extract/assemble-document.ts';
import type { Page, RecordSet } from '../../schemas/types.ts';
import { validateCases, validatePolicies } from '../validate/quarantine.ts';
import { extractCases } from './extract-cases.ts';
import { extractPolicies } from './extract-policies.ts';
import { detectProfile } from './profiles/index.ts';

/**
 * The records of a document, validated (failures quarantined with their reasons), read by `profile`
 * or by the profile that recognises the document; null when there is none.
 */
export function readRecords(source: SourceSummary, layouts: readonly PageLayout[], pages: readonly Page[], profile = detectProfile(pages)): RecordSet | null {
  if (profile === undefined) return null;
  if (profile.cases !== undefined) {
    const read = extractCases(layouts, profile, source);
    const validated = validateCases(read.cases);
    return { schema_version: '1.0.0', profile: profile.id, records: [], cases: validated.cases, quarantine: validated.quarantine, issues: read.issues };
  }
  const { records, issues } = extractPolicies(layouts, profile, source);
  const validated = validatePolicies(records);
  return { schema_version: '1.0.0', profile: profile.id, records: validated.records, quarantine: validated.quarantine, issues };
}

/** How many records a document gave: policies, or cases for a case collection; null when no profile read it. */
export const recordCount = (records: RecordSet | null): number | null => (records === null ? null : records.records.length + (records.cases?.length ?? 0));
