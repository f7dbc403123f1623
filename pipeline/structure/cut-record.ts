import type { PolicyRecord, RecordIssue } from '../../schemas/types.ts';

/** Fewest other records whose sections say what a record usually prints, and in what order. */
const MIN_OTHERS = 2;
/**
 * With one other record (a short scan's two), the last must print that record's first sections, in its order,
 * and stop at least this many short of its end: one section left out is a record's own choice as often as a cut,
 * unless the other ran over a page break (records printed over two pages, the scan stopping at the break).
 */
const MIN_MISSING_BESIDE_ONE = 2;

/**
 * The issue a document's last record gets when it seems cut short: it ends on the document's last
 * page without the sections most records print after the last one it has (a scan of a catalogue's
 * first pages stops inside a record, which is then published as if whole). Said, not mended: a
 * record may leave a section out.
 */
export function cutRecordIssue(records: readonly PolicyRecord[], lastPage: number): RecordIssue | undefined {
  const last = records.at(-1);
  const others = records.slice(0, -1);
  if (last === undefined || others.length === 0 || last.source.pages.at(-1) !== lastPage) return undefined;
  const own = Object.keys(last.sections);
  if (own.length === 0) return undefined;
  // Where each section stands among a record's sections, on average over the records that print it.
  const places = new Map<string, number[]>();
  for (const record of others) Object.keys(record.sections).forEach((key, k) => places.set(key, [...(places.get(key) ?? []), k]));
  const place = (key: string): number => average(places.get(key)!);
  // Only sections the others print tell where the record stopped (a record of sub-measures' headings tells nothing).
  const known = own.filter((key) => places.has(key));
  if (known.length === 0) return undefined;
  const lastOwn = Math.max(...known.map(place));
  const usual = [...places].filter(([key, at]) => !own.includes(key) && 2 * at.length > others.length).map(([key]) => key);
  const missing = usual.filter((key) => place(key) > lastOwn);
  // Cut, it prints the usual sections up to where it stops; one missing before is another loss (a label OCR lost), not a cut.
  if (missing.length === 0 || missing.length < usual.length) return undefined;
  if (others.length < MIN_OTHERS) {
    const other = others[0]!;
    const fewest = other.source.pages.length > 1 ? 1 : MIN_MISSING_BESIDE_ONE;
    if (missing.length < fewest || !opensLike(own, Object.keys(other.sections))) return undefined;
  }
  const printed = missing.map((key) => `「${key}」 (${places.get(key)!.length} of ${others.length} others)`).join(', ');
  return {
    type: 'record-cut-short',
    message: `the last record ends on the document's last page without ${printed}, printed after its own sections: the document may stop inside it`,
    record: last.name,
    page: lastPage,
  };
}

/** Whether `own` is `other`'s first keys, in its order. */
const opensLike = (own: readonly string[], other: readonly string[]): boolean => own.every((key, k) => other[k] === key);

const average = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
