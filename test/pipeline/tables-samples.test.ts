import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { normaliseCharacters } from '../../pipeline/normalise/normalise-text.ts';
import { findTables } from '../../pipeline/tables/find-tables.ts';
import type { TruthDocument, TruthTable } from '../../samples/make/truth.ts';
import type { Table } from '../../schemas/types.ts';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

/** Cell texts compared as published: characters normalised (NFKC, look-alikes) on both sides. */
const strict = (a: string, b: string): boolean => normaliseCharacters(a).trim() === normaliseCharacters(b).trim();

/**
 * Cell texts compared up to layout: whitespace dropped (the truth files join list items inside a
 * cell with "\n", " " or nothing depending on the sample) and the wave dash folded (printers write
 * 〜 U+301C or ～ U+FF5E for one glyph, and NFKC maps only the second to "~").
 */
const loose = (a: string, b: string): boolean => {
  const fold = (s: string): string => normaliseCharacters(s).replace(/\s+/gu, '').replace(/[〜～~]/gu, '~');
  return fold(a) === fold(b);
};

const grid = (table: Table): string[][] => [...table.header, ...table.rows].map((row) => row.map((cell) => cell.text));
const spansOf = (table: Table): TruthTable['spans'] =>
  [...table.header, ...table.rows].flatMap((row, r) =>
    row.flatMap((cell, c) =>
      cell.merged_into === null && (cell.row_span > 1 || cell.col_span > 1) ? [{ row: r, col: c, rowSpan: cell.row_span, colSpan: cell.col_span }] : [],
    ),
  );

interface Agreement {
  truth: TruthTable;
  found: Table | undefined;
  right: number;
  rightLoose: number;
  total: number;
}

/** Cells of the truth grid (header rows, then body rows) that the found table has at the same place. */
function cellsRight(truth: TruthTable, found: Table, equal: (a: string, b: string) => boolean): number {
  const got = grid(found);
  return [...truth.header, ...truth.rows].reduce(
    (sum, row, r) => sum + row.filter((cell, c) => got[r]?.[c] !== undefined && equal(got[r]![c]!, cell)).length,
    0,
  );
}

/**
 * Pairs each truth table with the found table on its pages that agrees with it best (by content);
 * found tables paired with no truth table are extra: a 施策集's ruled label boxes (分野 / 予算額,
 * 施策分類, sections), a chart, a diagram or a framed box published as a table.
 */
function agreements(truth: TruthDocument, tables: readonly Table[]): { rows: Agreement[]; extra: Table[] } {
  const rows = truth.tables.map((t): Agreement => {
    const total = [...t.header, ...t.rows].reduce((sum, row) => sum + row.length, 0);
    const candidates = tables.filter((found) => found.pages.some((p) => t.pages.includes(p)));
    const scored = candidates.map((found) => ({ found, right: cellsRight(t, found, strict), rightLoose: cellsRight(t, found, loose) }));
    const best = scored.sort((a, b) => b.rightLoose - a.rightLoose)[0];
    return { truth: t, found: best?.found, right: best?.right ?? 0, rightLoose: best?.rightLoose ?? 0, total };
  });
  const matched = new Set(rows.map((row) => row.found?.id));
  return { rows, extra: tables.filter((t) => !matched.has(t.id)) };
}

const SAMPLES = [
  'calc-list-local5g-jisshou',
  'soumu-shisaku-fy2021',
  'soumu-digiden-shisaku-2022',
  'soumu-ict-lecture-2018',
  'digiden-koufukin-jireishu-2022',
  'figures-not-tables',
  'budget-frames',
] as const;

const found = new Map<string, { truth: TruthDocument; tables: Table[] }>();

beforeAll(async () => {
  for (const name of SAMPLES) {
    const { documents } = await ingestSources([join(samplesDir, `${name}.pdf`)]);
    const layouts = (await readPdfPages(documents[0]!)).layouts;
    const truth = JSON.parse(readFileSync(join(samplesDir, `${name}.truth.json`), 'utf8')) as TruthDocument;
    found.set(name, { truth, tables: findTables(layouts) });
  }
});

describe('findTables on the samples', () => {
  it('reads the Calc list as one table over five pages, header once, every cell as in the truth CSV', () => {
    const { truth, tables } = found.get('calc-list-local5g-jisshou')!;
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table!.pages).toEqual([1, 2, 3, 4, 5]);
    expect(table!.caption).toBe(normaliseCharacters(truth.tables[0]!.caption!));
    expect(table!.header.map((row) => row.map((c) => c.text))).toEqual(truth.tables[0]!.header.map((row) => row.map((c) => normaliseCharacters(c))));
    expect(spansOf(table!)).toEqual(truth.tables[0]!.spans);
    const csv = parse(readFileSync(join(samplesDir, 'calc-list-local5g-jisshou.truth.csv'), 'utf8').replace(/^\uFEFF/u, '')) as string[][];
    const body = csv.slice(1);
    expect(table!.rows).toHaveLength(body.length);
    const wrong = body.flatMap((row, r) => row.flatMap((cell, c) => (table!.rows[r]?.[c]?.text === normaliseCharacters(cell) ? [] : [`${r},${c}`])));
    expect(wrong).toEqual([]);
  });

  it('reads the ローカル5G table of the FY2021 施策集 cell for cell, merged 件名 cells included', () => {
    const { truth, tables } = found.get('soumu-shisaku-fy2021')!;
    const wanted = truth.tables.find((t) => t.pages.includes(8))!;
    const table = tables.find((t) => t.pages[0] === 8)!;
    expect(table.header).toHaveLength(wanted.header.length);
    expect(cellsRight(wanted, table, strict)).toBe(80);
    expect(grid(table)).toHaveLength(20);
    expect(spansOf(table)).toEqual(wanted.spans);
  });

  it('reads the roadmap tables of the 2022 デジ田 施策集 with their spans and headers', () => {
    const { truth, tables } = found.get('soumu-digiden-shisaku-2022')!;
    const { rows } = agreements(truth, tables);
    for (const { truth: t, found: table, rightLoose, total } of rows) {
      expect(table, t.caption ?? '').toBeDefined();
      expect(rightLoose, `${t.caption} p${t.pages}`).toBe(total);
      expect(table!.header).toHaveLength(t.header.length);
      expect(grid(table!)).toHaveLength(t.header.length + t.rows.length);
      expect(spansOf(table!)).toEqual(t.spans);
    }
  });

  it('joins the 交付金 table continued over pages 5–6 with its header once', () => {
    const { truth, tables } = found.get('digiden-koufukin-jireishu-2022')!;
    const wanted = truth.tables.find((t) => t.pages.length > 1)!;
    const table = tables.find((t) => t.pages.length > 1)!;
    expect(table.pages).toEqual(wanted.pages);
    expect(table.header).toHaveLength(1);
    expect(cellsRight(wanted, table, strict)).toBe(70);
    expect(spansOf(table)).toEqual(wanted.spans);
  });

  it('publishes no chart, diagram, framed box or record label box as a table: every table found is in the truth', () => {
    const extras = SAMPLES.flatMap((name) => {
      const { truth, tables } = found.get(name)!;
      return agreements(truth, tables).extra.map((t) => `${name} ${t.id} p${t.pages.join(',')} ${t.column_count} columns`);
    });
    expect(extras).toEqual([]);
  });

  it('reads the table beside a bar chart, a flow diagram and a framed box cell for cell, the letter-spaced 合計 as one word', () => {
    const { truth, tables } = found.get('figures-not-tables')!;
    expect(tables).toHaveLength(1);
    const [wanted] = truth.tables;
    expect(tables[0]!.caption).toBe(normaliseCharacters(wanted!.caption!));
    expect(grid(tables[0]!)).toEqual([...wanted!.header, ...wanted!.rows].map((row) => row.map((cell) => normaliseCharacters(cell))));
  });

  it('publishes tables valid against schemas/table.schema.json, with deterministic ids', () => {
    for (const name of SAMPLES) {
      const { tables } = found.get(name)!;
      for (const table of tables) expect(validateAgainst('table.schema.json', table), `${name} ${table.id}`).toEqual([]);
      expect(new Set(tables.map((t) => t.id)).size).toBe(tables.length);
    }
  });

  it('agrees with every truth table of every sample (report)', () => {
    const lines = ['| sample | table | pages | cells right (exact) | cells right (up to whitespace, 〜/～) | cells total | spans | header rows |', '|---|---|---|---|---|---|---|---|'];
    let [right, total] = [0, 0];
    const extras: string[] = [];
    for (const name of SAMPLES) {
      const { truth, tables } = found.get(name)!;
      const { rows, extra } = agreements(truth, tables);
      for (const row of rows) {
        const spansOk = row.found !== undefined && JSON.stringify(spansOf(row.found)) === JSON.stringify(row.truth.spans);
        const headerOk = row.found?.header.length === row.truth.header.length;
        lines.push(
          `| ${name} | ${row.found?.id ?? '-'} ${row.truth.caption ?? '(no caption)'} | ${row.truth.pages.join(',')} | ${row.right} | ${row.rightLoose} | ${row.total} | ${spansOk ? 'ok' : 'differ'} | ${headerOk ? 'ok' : `${row.found?.header.length} vs ${row.truth.header.length}`} |`,
        );
        right += row.rightLoose;
        total += row.total;
      }
      if (extra.length > 0) extras.push(`${name}: ${extra.length} ruled boxes not in the truth (${extra.map((t) => t.id).join(' ')})`);
    }
    console.log([...lines, '', ...extras].join('\n'));
    expect(right / total).toBeGreaterThan(0.99);
  });
});
