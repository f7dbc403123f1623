import { INTERNAL_ERROR } from '../pipeline/errors.ts';
import type { RunReport } from '../schemas/types.ts';

/** 「15 files, 178 pages: 14 published, 0 unchanged, 0 duplicate, 1 failed; 1 page quarantined; 2 pages to check; 5 documents in no edition: …」, the last line of a run. */
export function runSummary(report: RunReport): string {
  const counts = (['published', 'unchanged', 'duplicate', 'failed'] as const)
    .map((status) => `${report.files.filter((f) => f.status === status).length} ${status}`)
    .join(', ');
  const quarantined = report.files.reduce((n, f) => n + (f.quarantined_pages?.length ?? 0), 0);
  const pages = quarantined === 0 ? '' : `; ${quarantined} ${quarantined === 1 ? 'page' : 'pages'} quarantined`;
  const toCheck = report.files.reduce((n, f) => n + (f.pages_to_check ?? 0), 0);
  const check = toCheck === 0 ? '' : `; ${toCheck} ${toCheck === 1 ? 'page' : 'pages'} to check`;
  const short = report.files.filter((f) => f.records_warning !== undefined).length;
  const records = short === 0 ? '' : `; ${short} ${short === 1 ? 'document' : 'documents'} with fewer records than their structure promises`;
  const undated = report.editions.filter((e) => e.status === 'skipped').length;
  const skipped = undated === 0 ? '' : `; ${undated} ${undated === 1 ? 'document' : 'documents'} in no edition: no date on the cover (--edition-date gives one)`;
  return `${report.totals.files} files, ${report.totals.pages} pages: ${counts}${pages}${check}${records}${skipped}`;
}

/** 「new editions: a/2022-12-23/r1, …」 or 「no new edition」, after the summary of `run` and `enqueue --wait`. */
export function editionsNote(report: RunReport): string {
  const published = report.editions.filter((e) => e.status === 'published').map((e) => e.path);
  return published.length === 0 ? 'no new edition' : `new editions: ${published.join(', ')}`;
}

/** One line per page a published document lacks, naming the file, the page and why: `a.pdf: page 2 quarantined: damaged PDF: …`. */
export function quarantinedPageLines(report: RunReport): { file: string; page: number; code: string; line: string }[] {
  return report.files.flatMap((f) =>
    (f.quarantined_pages ?? []).map((p) => ({ file: f.file, page: p.number, code: p.code, line: `${f.file}: page ${p.number} quarantined: ${p.message}` })),
  );
}

/** One line per document whose records fall short of what its structure promises: `a.pdf: records: 0 records, but 12 pages print blocks of labels`. */
export function recordsWarningLines(report: RunReport): { file: string; line: string }[] {
  return report.files.flatMap((f) => (f.records_warning === undefined ? [] : [{ file: f.file, line: `${f.file}: records: ${f.records_warning}` }]));
}

/** The files a bug stopped (`internal-error`): any makes the exit status 2, not 1. */
export const internalErrorCount = (report: RunReport): number => report.files.filter((f) => f.error?.code === INTERNAL_ERROR).length;

/** `, 1 by an internal error (a bug: its stack is in the log)` for the last line of a run, or nothing. */
export function internalErrorNote(report: RunReport, log: string): string {
  const count = internalErrorCount(report);
  return count === 0 ? '' : `, ${count} by an internal error (a bug: its stack is in ${log})`;
}
