import type { RunReport } from '../schemas/types.ts';

/** 「15 files, 178 pages: 14 published, 0 unchanged, 0 duplicate, 1 failed; 1 page quarantined」, the last line of a run. */
export function runSummary(report: RunReport): string {
  const counts = (['published', 'unchanged', 'duplicate', 'failed'] as const)
    .map((status) => `${report.files.filter((f) => f.status === status).length} ${status}`)
    .join(', ');
  const quarantined = report.files.reduce((n, f) => n + (f.quarantined_pages?.length ?? 0), 0);
  const pages = quarantined === 0 ? '' : `; ${quarantined} ${quarantined === 1 ? 'page' : 'pages'} quarantined`;
  return `${report.totals.files} files, ${report.totals.pages} pages: ${counts}${pages}`;
}

/** One line per page a published document lacks, naming the file, the page and why: `a.pdf: page 2 quarantined: damaged PDF: …`. */
export function quarantinedPageLines(report: RunReport): { file: string; page: number; code: string; line: string }[] {
  return report.files.flatMap((f) =>
    (f.quarantined_pages ?? []).map((p) => ({ file: f.file, page: p.number, code: p.code, line: `${f.file}: page ${p.number} quarantined: ${p.message}` })),
  );
}
