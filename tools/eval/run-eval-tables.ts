import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import type { OcrEngine } from '../../pipeline/ocr/engine.ts';
import { withOcrEngine } from '../../pipeline/ocr/engines.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { SourceError } from '../../pipeline/errors.ts';
import { findTables } from '../../pipeline/tables/find-tables.ts';
import type { Table } from '../../schemas/types.ts';
import { extractPages } from '../../workers/thread-pages.ts';
import { comparePeerRows, type PeerComparison, type PeerCsv } from './compare-peer-rows.ts';

/**
 * The lists are split by prefecture number: the first half is tuned on, the second half is only
 * ever measured (a fixed boundary, so that adding lists never moves one across it).
 */
const HOLDOUT_FROM_PREFECTURE = 25;

/** The targets for each list; peer rows reproduced are counted without the rows that show the peer's own errors (cells cut short, hidden text read). */
export const TABLE_TARGETS = { tables: 1, headerRowsInBody: 0, reproduced: 0.99 } as const;

/** Peer rows set aside as the peer's own errors. */
const setAside = (r: Pick<PeerComparison, 'cutShort' | 'hiddenText'>): number => r.cutShort.length + r.hiddenText.length;

/** The share of the peer's rows reproduced, the rows that show its own errors set aside. */
const reproducedShare = (reproduced: number, peerRows: number, asideRows: number): number =>
  peerRows === asideRows ? 1 : reproduced / (peerRows - asideRows);

export interface ListEval extends PeerComparison {
  /** The PDF's file name; its two leading digits are the prefecture number. */
  file: string;
  half: 'tuned' | 'holdout';
  pages: number;
  tables: number;
  /** Time spent finding the tables in the extracted pages, milliseconds (extraction not counted; the fastest of `TIMED_RUNS`). */
  tableMs: number;
}

/** A peer CSV as read by a user's CSV parser: the first record names the columns. */
function readPeerCsv(file: string): PeerCsv {
  const [header = [], ...rows] = parse(readFileSync(file, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
  return { header, rows };
}

/** The pages of one list, read as `extract` reads them; a file that cannot be read is named in the error. */
async function extractList(path: string, ocr: OcrEngine): Promise<PageLayout[]> {
  try {
    const { documents, unreadable } = await ingestSources([path]);
    const source = documents[0];
    if (source === undefined) throw unreadable[0]!.error;
    return (await extractPages(source, 'all', { ocr })).layouts;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    throw new SourceError(error.code, `${path}: ${error.message}`, { cause: error });
  }
}

/** Runs taken to time finding the tables: the fastest is kept, the others are the shared machine's noise. */
const TIMED_RUNS = 3;

/** The tables of extracted pages, found as often as `TIMED_RUNS` says, and the fastest time. */
function timedFindTables(layouts: readonly PageLayout[]): { tables: Table[]; tableMs: number } {
  let tableMs = Infinity;
  let tables: Table[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const started = performance.now();
    tables = findTables(layouts);
    tableMs = Math.min(tableMs, performance.now() - started);
  }
  return { tables, tableMs };
}

/**
 * Runs table extraction on every list in `listsDir` (`pdf/NN_*.pdf`, with the peer's
 * `peer-csv/NN_*.csv`) as `extract` does, and compares the tables with the peer's rows.
 */
export async function evaluateLists(listsDir: string): Promise<ListEval[]> {
  const csvDir = join(listsDir, 'peer-csv');
  const csvs = existsSync(csvDir) ? readdirSync(csvDir) : [];
  const pdfs = readdirSync(join(listsDir, 'pdf')).filter((f) => f.endsWith('.pdf')).sort();
  return withOcrEngine({}, async (ocr) => {
    const results: ListEval[] = [];
    for (const file of pdfs) {
      const prefecture = file.slice(0, 2);
      const csv = csvs.find((f) => f.startsWith(`${prefecture}_`) && f.endsWith('.csv'));
      if (csv === undefined) continue;
      const path = join(listsDir, 'pdf', file);
      const layouts = await extractList(path, ocr);
      const { tables, tableMs } = timedFindTables(layouts);
      const half = Number(prefecture) < HOLDOUT_FROM_PREFECTURE ? 'tuned' : 'holdout';
      const hidden = layouts.flatMap((layout) => layout.page.hidden_text ?? []);
      results.push({ file, half, pages: layouts.length, tables: tables.length, tableMs, ...comparePeerRows(readPeerCsv(join(csvDir, csv)), tables, hidden) });
    }
    return results;
  });
}

const percent = (n: number): string => `${(n * 100).toFixed(1)}%`;

/** Whether a list meets every target. */
export const listPassed = (r: ListEval): boolean =>
  r.tables === TABLE_TARGETS.tables && r.headerRowsInBody === TABLE_TARGETS.headerRowsInBody && reproducedShare(r.reproduced, r.peerRows, setAside(r)) >= TABLE_TARGETS.reproduced;

/** One half's totals in one line. */
function totals(rows: readonly ListEval[]): string {
  const sum = (f: (r: ListEval) => number): number => rows.reduce((a, r) => a + f(r), 0);
  const [reproduced, peerRows, aside] = [sum((r) => r.reproduced), sum((r) => r.peerRows), sum(setAside)];
  return (
    `${rows.length} lists: one table in ${rows.filter((r) => r.tables === 1).length}, ${sum((r) => r.tables)} tables in all; ` +
    `header rows in bodies ${sum((r) => r.headerRowsInBody)}; peer rows reproduced ${reproduced} / ${peerRows} (${percent(peerRows === 0 ? 1 : reproduced / peerRows)}), ` +
    `${reproduced} / ${peerRows - aside} (${percent(reproducedShare(reproduced, peerRows, aside))}) without the ${sum((r) => r.cutShort.length)} rows whose cells the peer cut short and the ${sum((r) => r.hiddenText.length)} where it read text the page hides; ` +
    `tables found in ${(sum((r) => r.tableMs) / 1000).toFixed(2)} s (fastest of ${TIMED_RUNS} runs)`
  );
}

/** The tables eval as a Markdown report: per half, its totals and one line per list; then the peer rows we miss. */
export function renderTablesEval(results: readonly ListEval[]): string {
  const out: string[] = [];
  for (const [half, title] of [['tuned', 'Lists tuned on'], ['holdout', 'Lists held out (never tuned on)']] as const) {
    const rows = results.filter((r) => r.half === half);
    if (rows.length === 0) continue;
    out.push(`## ${title}`, '', `- ${totals(rows)}`, '', '| list | pages | tables | header rows in body | peer rows reproduced | peer rows cut short | peer rows reading hidden text | share without them | target |', '|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      const share = percent(r.peerRows === 0 ? 1 : r.reproduced / r.peerRows);
      const cells = [r.file, r.pages, r.tables, r.headerRowsInBody, `${r.reproduced} / ${r.peerRows} (${share})`, r.cutShort.length, r.hiddenText.length, percent(reproducedShare(r.reproduced, r.peerRows, setAside(r))), listPassed(r) ? 'met' : 'MISSED'];
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  out.push(`All: ${totals(results)}`);
  for (const r of results) {
    if (r.unmatchedColumns.length > 0) out.push('', `${r.file}: peer columns no table names: ${r.unmatchedColumns.join(' | ')}`);
    if (r.cutShort.length > 0) out.push('', `${r.file}: peer rows whose cells the peer cut short (set aside):`, ...r.cutShort.map((row) => `- ${row.join(' | ')}`));
    if (r.hiddenText.length > 0) out.push('', `${r.file}: peer rows reading text the page hides, empty cells in ours (set aside):`, ...r.hiddenText.map((row) => `- ${row.join(' | ')}`));
    if (r.missing.length > 0) out.push('', `${r.file}: peer rows not reproduced:`, ...r.missing.map((row) => `- ${row.join(' | ')}`));
  }
  return `${out.join('\n')}\n`;
}
