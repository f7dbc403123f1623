import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { findTables } from '../../pipeline/tables/find-tables.ts';
import type { Table } from '../../schemas/types.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { repoRoot } from '../support/samples.ts';

/**
 * 厚生労働省's lists of clinics (Excel exports) read where they live, beside the repository: only
 * lists of the half the tables were tuned on (prefectures 01–23; `eval-tables` measures the rest).
 */
const listsDir = join(repoRoot, '..', 'shared', 'realworld', 'lists', 'pdf');
const present = existsSync(listsDir);
if (!present) console.warn(`tables-lists: skipped, ${listsDir} is absent (the real lists live beside the repository)`);

/** The tables a run publishes from the list of one prefecture (or from some of its pages, to keep the test quick). */
async function listTables(prefecture: string, pages: number[] | 'all' = 'all'): Promise<Table[]> {
  const file = readdirSync(listsDir).find((f) => f.startsWith(`${prefecture}_`))!;
  const { documents } = await ingestSources([join(listsDir, file)]);
  return findTables((await readPdfPages(documents[0]!, { pages })).layouts);
}

/** The body row of the clinic named `name` (column 0), as its cells' texts. */
const rowOf = (tables: readonly Table[], name: string): string[] | undefined =>
  tables.flatMap((t) => t.rows).find((row) => row[0]!.text.includes(name))?.map((cell) => cell.text);

describe.skipIf(!present)('tables of the 厚生労働省 lists', () => {
  it('reads a cell of hours day by day, each day before its hours (21 岐阜県)', async () => {
    const hours = rowOf(await listTables('21'), '永田産婦人科')?.[6];
    expect(hours).toBe('月・火・水・金 9:00〜12:00 15:30〜18:00木 9:00〜12:00土 9:00〜13:00');
  });

  it('keeps the title row 「基本情報」 and the column names under it as the header, never as a body row, the title as the caption no line above gives (15 新潟県)', async () => {
    const tables = await listTables('15');
    expect(tables).toHaveLength(1);
    const [table] = tables as [Table];
    const texts = (row: Table['rows'][number]): string[] => row.map((cell) => cell.text);
    expect(table.header.map(texts)).toEqual([
      ['基本情報', '', '', '', '', '', '', ''],
      ['施設名', '郵便番号', '住所', '電話番号', 'ウェブサイトURL', '産科、婦人科又は産婦人科の標榜の有無', '医療機関における緊急避妊にかかる対面診療への対応可能時間帯', '常時の緊急避妊薬の在庫の有無'],
    ]);
    expect(texts(table.rows[0]!)[0]).toBe('村上総合病院');
    expect(table.caption).toBe('基本情報');
    expect(table.columns.map((c) => c.name)).toEqual(texts(table.header[1]!));
    const headers = table.header.map((row) => texts(row).join('|'));
    expect(table.rows.filter((row) => headers.includes(texts(row).join('|')))).toEqual([]);
  });

  it('reads a list over pages under the same title as one table, the header once and no row lost at a page break (13 東京都, pages 1–3)', async () => {
    const tables = await listTables('13', [1, 2, 3]);
    expect(tables).toHaveLength(1);
    const [table] = tables as [Table];
    expect(table.pages).toEqual([1, 2, 3]);
    expect(table.header).toHaveLength(2);
    // Twenty clinics a page, and the last of one page before the first of the next.
    expect(table.rows).toHaveLength(60);
    const names = table.rows.map((row) => row[0]!.text);
    expect(names.filter((name) => name === '施設名' || name === '基本情報')).toEqual([]);
    expect(names.indexOf('一般財団法人健康医学協会附属 霞が関ビル診療所')).toBe(39);
    expect(names.indexOf('公益財団法人東京都保健医療公社 豊島病院')).toBe(19);
  });

  it('keeps a URL a little wider than its cell, and the next cell\'s text under a long URL, out of their neighbours (09 栃木県, 11 埼玉県)', async () => {
    expect(rowOf(await listTables('09', [3]), '獨協医科大学病院')?.slice(3, 5)).toEqual(['0282-86-1111', 'www2.dokkyomed.ac.jp/dep-m/ob-gyn']);
    expect(rowOf(await listTables('11', [3]), '蕨市立病院')?.slice(4, 6)).toEqual(['http://www.city.warabi.saitama.jp/menu000001700/hpg000009649.htm', '有']);
  });

  it('reads a name whose last glyph wrapped under the first of its line in order (13 東京都)', async () => {
    expect(rowOf(await listTables('13', [12]), '高井戸東健診')?.[0]).toBe('一般財団法人労働衛生協会高井戸東健診クリニック');
  });
});
