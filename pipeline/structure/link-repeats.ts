import type { PolicyRecord, RecordIssue } from '../../schemas/types.ts';

/** The mark of a policy printed again in another chapter: 「(再掲)」「（再掲）」「【再掲】」, before or after the name. */
const REPEAT_MARK = /\s*[(（【]再掲[)）】]\s*/u;

/** Whether a printed name carries the repeat mark. */
export const isRepeat = (printedName: string): boolean => REPEAT_MARK.test(printedName);

/** A name without its repeat mark: the name of the policy it repeats. */
export const withoutRepeatMark = (name: string): string => name.replace(REPEAT_MARK, '').trim();

/**
 * Links each repeat (a record whose printed name carries 「再掲」) to the first record of the same
 * name that is not a repeat, so that it is not counted as a policy of its own; a repeat whose
 * original is not in the document keeps `repeat_of` null and is reported.
 */
export function linkRepeats(records: readonly PolicyRecord[]): { records: PolicyRecord[]; issues: RecordIssue[] } {
  const originals = new Map<string, PolicyRecord>();
  for (const record of records) if (!isRepeat(record.name_raw) && !originals.has(record.name)) originals.set(record.name, record);
  const issues: RecordIssue[] = [];
  const linked = records.map((record) => {
    if (!isRepeat(record.name_raw)) return record;
    const original = originals.get(record.name);
    if (original === undefined) {
      issues.push({ type: 'repeat-without-original', message: `no policy named 「${record.name}」 to repeat`, record: record.name, page: record.source.pages[0]! });
    }
    return { ...record, repeat_of: original?.id ?? null };
  });
  return { records: linked, issues };
}
