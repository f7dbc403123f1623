import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { publishCp932Copy } from '../../pipeline/publish/cp932-copies.ts';
import { toPublishedJson } from '../../pipeline/publish/document-dataset.ts';
import { buildDataPackage } from '../../pipeline/publish/edition/datapackage.ts';
import { tableCsvTable } from '../../pipeline/publish/table-csv.ts';
import { findTables } from '../../pipeline/tables/find-tables.ts';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import type { Table } from '../../schemas/types.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

/** The Frictionless Data reference library (untyped CommonJS): what this test uses of it. */
interface FrictionlessResource { name: string; schema: { fields: { name: string; type: string }[] }; read(options: { keyed: boolean }): Promise<Record<string, unknown>[]> }
const { Package } = createRequire(import.meta.url)('datapackage') as {
  Package: { load(descriptor: string, options: { basePath: string }): Promise<{ valid: boolean; errors: Error[]; resources: FrictionlessResource[] }> };
};

/** A sample's CSV truth (as printed: figures with separators), header and rows. */
const truthCsv = (name: string): string[][] => parse(readFileSync(join(samplesDir, `${name}.truth.csv`), 'utf8'), { bom: true }) as string[][];

let out: string;
/** The first table of each sample, as an edition publishes it under tables/<sample>.csv. */
const tables = new Map<string, Table>();
const SAMPLES = ['borderless-table', 'calc-list-local5g-jisshou'];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'table-csv-'));
  const files = new Map<string, string | Uint8Array>();
  const csvTables = [];
  for (const sample of SAMPLES) {
    const { documents } = await ingestSources([join(samplesDir, `${sample}.pdf`)]);
    const [table] = findTables((await readPdfPages(documents[0]!)).layouts);
    tables.set(sample, table!);
    const csv = tableCsvTable(table!, `tables/${sample}.csv`, sample);
    csvTables.push(csv);
    files.set(csv.path, csv.text);
    publishCp932Copy(files, csv.path, csv.text);
  }
  const edition = { dataset: 'samples', title: '表の見本', series: 'samples', date: '2026-12-03', ministry: null, sources: [] };
  files.set('datapackage.json', toPublishedJson(buildDataPackage(edition, 'policies', csvTables, files, new Map())));
  for (const [path, data] of files) {
    await mkdir(dirname(join(out, path)), { recursive: true });
    await writeFile(join(out, path), data);
  }
}, 120_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Reads a CSV with Python's csv module in strict mode, as a user's script would. */
function readWithPython(path: string): string[][] {
  const script = 'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8") as f:\n    json.dump(list(csv.reader(f, strict=True)), sys.stdout, ensure_ascii=False)';
  const run = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 could not read ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

/** The truth's columns whose every body cell prints a figure with separators or none (「4,512」, 「12」). */
const figureColumns = (truth: string[][]): number[] =>
  truth[0]!.flatMap((_, c) => (truth.slice(1).every((row) => /^\d{1,3}(?:,\d{3})*$|^\d+$/u.test(row[c]!)) ? [c] : []));

describe('a table CSV with figures (samples/borderless-table.pdf, samples/calc-list-local5g-jisshou.pdf)', () => {
  it('reads back with Python’s csv module holding the figures as plain numbers, the truth elsewhere', () => {
    for (const sample of SAMPLES) {
      const truth = truthCsv(sample);
      const figures = figureColumns(truth);
      expect(figures.length, sample).toBeGreaterThan(0);
      const [header, ...rows] = readWithPython(join(out, 'tables', `${sample}.csv`));
      expect(rows, sample).toHaveLength(truth.length - 1);
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (figures.includes(c)) expect(cell, `${sample} ${r},${c}`).toBe(truth[r + 1]![c]!.replace(/,/gu, ''));
          else expect(cell.replace(/\s+/gu, ''), `${sample} ${r},${c}`).toBe(truth[r + 1]![c]!.normalize('NFKC').replace(/\s+/gu, ''));
        }),
      );
      expect(header!.length, sample).toBe(truth[0]!.length);
    }
  });

  it('keeps the printed figures in the table’s JSON, its columns typed there', () => {
    const table = tables.get('borderless-table')!;
    expect(validateAgainst('table.schema.json', table)).toEqual([]);
    expect(table.columns.map((c) => c.type)).toEqual(['string', 'number', 'number', 'number', 'string']);
    expect(table.rows[0]!.map((cell) => cell.text)).toContain('4,512');
  });

  it('is declared with number fields that the Frictionless validator accepts and casts to numbers', async () => {
    const dataPackage = await Package.load(join(out, 'datapackage.json'), { basePath: out });
    expect(dataPackage.errors.map((e) => e.message)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    for (const sample of SAMPLES) {
      const resource = dataPackage.resources.find((r) => r.name === sample)!;
      const numberFields = resource.schema.fields.filter((f) => f.type === 'number').map((f) => f.name);
      const truth = truthCsv(sample);
      expect(numberFields, sample).toHaveLength(figureColumns(truth).length);
      const rows = await resource.read({ keyed: true });
      expect(rows, sample).toHaveLength(truth.length - 1);
      for (const row of rows) for (const field of numberFields) expect(typeof row[field], `${sample} ${field}`).toBe('number');
    }
    const [first] = await dataPackage.resources.find((r) => r.name === 'borderless-table')!.read({ keyed: true });
    expect(first!['事業費(千円)']).toBe(4512);
  });
});
