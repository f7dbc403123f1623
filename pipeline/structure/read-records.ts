import type { PageLayout } from '../extract/extract-page.ts';
import type { SourceSummary } from '../extract/assemble-document.ts';
import type { WordSplitter } from '../normalise/wrap-spaces.ts';
import type { Page, RecordSet } from '../../schemas/types.ts';
import { validateCases, validatePolicies } from '../validate/quarantine.ts';
import { extractCases } from './extract-cases.ts';
import { extractPolicies } from './extract-policies.ts';
import type { DocumentProfile } from './profile.ts';
import { detectProfile } from './profiles/index.ts';

export interface ReadRecordsOptions {
  /** Decides the doubtful wrap spaces of a profile with `wrapSpaces` (see `removeWrapSpaces`); without it they are kept as printed. */
  words?: WordSplitter;
}

function readWith(source: SourceSummary, layouts: readonly PageLayout[], profile: DocumentProfile, words: WordSplitter | undefined): { set: RecordSet; undecidedSpaces: number } {
  if (profile.cases !== undefined) {
    const read = extractCases(layouts, profile, source);
    const validated = validateCases(read.cases);
    return { set: { schema_version: '1.0.0', profile: profile.id, records: [], cases: validated.cases, quarantine: validated.quarantine, issues: read.issues }, undecidedSpaces: 0 };
  }
  const { records, issues, undecidedSpaces } = extractPolicies(layouts, profile, source, { words });
  const validated = validatePolicies(records);
  return { set: { schema_version: '1.0.0', profile: profile.id, records: validated.records, quarantine: validated.quarantine, issues }, undecidedSpaces };
}

/**
 * The records of a document, validated (failures quarantined with their reasons), read by `profile`
 * or by the profile that recognises the document; null when there is none.
 */
export function readRecords(source: SourceSummary, layouts: readonly PageLayout[], pages: readonly Page[], profile = detectProfile(pages), options: ReadRecordsOptions = {}): RecordSet | null {
  return profile === undefined ? null : readWith(source, layouts, profile, options.words).set;
}

/**
 * `readRecords` as the runners call it: read without a word splitter first, and only when that
 * left doubtful wrap spaces read again with kuromoji, loaded once per process (it holds about
 * 370 MiB and takes seconds to build: most documents never need it).
 */
export async function readRecordsLoadingWords(
  source: SourceSummary,
  layouts: readonly PageLayout[],
  pages: readonly Page[],
  profile = detectProfile(pages),
  loadWords: () => Promise<WordSplitter> = async () => (await import('../normalise/word-splitter.ts')).loadWordSplitter(),
): Promise<RecordSet | null> {
  if (profile === undefined) return null;
  const first = readWith(source, layouts, profile, undefined);
  return first.undecidedSpaces === 0 ? first.set : readWith(source, layouts, profile, await loadWords()).set;
}

/** How many records a document gave: policies, or cases for a case collection; null when no profile read it. */
