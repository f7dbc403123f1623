import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageLayout, Rule } from '../../pipeline/extract/types.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { normaliseCharacters } from '../../pipeline/normalise/normalise-text.ts';
import { findTables } from '../../pipeline/tables/find-tables.ts';
import { joinLetterSpaced, unspaced } from '../../pipeline/tables/letter-spaced.ts';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import type { TruthDocument } from '../../samples/make/truth.ts';
import type { Line, Table } from '../../schemas/types.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

const truth = JSON.parse(readFileSync(join(samplesDir, 'budget-frames.truth.json'), 'utf8')) as TruthDocument;
let tables: Table[];

beforeAll(async () => {
  const { documents } = await ingestSources([join(samplesDir, 'budget-frames.pdf')]);
  tables = findTables((await readPdfPages(documents[0]!)).layouts);
});

const texts = (rows: Table['rows']): string[][] => rows.map((row) => row.map((cell) => cell.text));
const normalised = (rows: string[][]): string[][] => rows.map((row) => row.map(normaliseCharacters));
const onPage = (page: number): Table[] => tables.filter((t) => t.pages.includes(page));

describe('budget tables set without row rules (samples/budget-frames.pdf)', () => {
  it('reads the 予算フレーム ruled by column only as one row an item: 17 rows, spread labels as one word', () => {
    const [frame] = onPage(1).filter((t) => t.ruling === 'ruled');
    const [wanted] = truth.tables;
    expect(frame!.caption).toBe(normaliseCharacters(wanted!.caption!));
    expect(texts(frame!.header)).toEqual(normalised(wanted!.header));
    expect(frame!.rows).toHaveLength(17);
    expect(texts(frame!.rows)).toEqual(normalised(wanted!.rows));
    expect(frame!.columns.slice(1).map((c) => c.type)).toEqual(['number', 'number', 'number']);
    expect(validateAgainst('table.schema.json', frame)).toEqual([]);
  });

  it('finds the borderless 兆円 table in the prose, labels centred and spread, figures right-aligned, each in its column', () => {
    const [cho] = onPage(1).filter((t) => t.ruling === 'aligned');
    const wanted = truth.tables[1]!;
    expect(cho!.caption).toBe(normaliseCharacters(wanted.caption!));
    expect(texts(cho!.header)).toEqual(normalised(wanted.header));
    expect(texts(cho!.rows)).toEqual(normalised(wanted.rows));
  });

  it('reads each item list in the two columns of prose as a table of its own: names wrapped over two lines joined beside their amount, no heading or prose line in it', () => {
    const lists = onPage(2);
    expect(lists.map((t) => [t.ruling, t.column_count])).toEqual([
      ['aligned', 2],
      ['aligned', 2],
    ]);
    const wanted = truth.tables.slice(2).map((t) => normalised(t.rows));
    // Ordered by where they start on the page: the right column's list stands higher.
    expect(lists.map((t) => texts(t.rows)).sort((a, b) => a[0]![0]!.localeCompare(b[0]![0]!))).toEqual(wanted.sort((a, b) => a[0]![0]!.localeCompare(b[0]![0]!)));
    for (const list of lists) {
      expect(list.header).toEqual([]);
      expect(list.caption).toBe(normaliseCharacters(truth.tables[2]!.caption!));
      expect(list.columns[1]!.type).toBe('number');
    }
  });

  it('publishes no other table', () => {
    expect(tables).toHaveLength(truth.tables.length);
  });
});

/** A page of synthetic lines and rules (points, top-left origin). */
const page = (lines: Line[], rules: Rule[] = []): PageLayout => ({ page: { number: 1, width: 595, height: 842, method: 'text', method_reason: null, lines }, rules });
const line = (text: string, x: number, y: number, size = 9): Line => ({ text, bbox: [x, y, x + [...text].length * size, y + size], font_size: size });
const rightAligned = (text: string, right: number, y: number, size = 9): Line => ({ text, bbox: [right - [...text].length * size * 0.55, y, right, y + size], font_size: size });
const frame = (xs: number[], top: number, headerBottom: number, bottom: number): Rule[] => [
  ...[top, headerBottom, bottom].map((at): Rule => ({ orientation: 'horizontal', from: xs[0]!, to: xs.at(-1)!, at })),
  ...xs.map((at): Rule => ({ orientation: 'vertical', from: top, to: bottom, at })),
];

describe('rows from the text inside a ruled frame', () => {
  it('keeps a tall row of one list entry whose cells wrap over several lines as one row', () => {
    // A ruled list's one entry on its last page: a name, an address on four lines, hours on four.
    const address = ['北海道札幌市', '中央区北1条', '西2丁目3番地', '山田ビル2階'];
    const hours = ['月 9:00〜17:00', '火 9:00〜17:00', '木 9:00〜17:00', '土 9:00〜12:00'];
    const lines = [
      line('施設名', 65, 105), line('所在地', 205, 105), line('診療時間', 345, 105),
      line('山田クリニック', 65, 130),
      ...address.map((text, i) => line(text, 205, 130 + 12 * i)),
      ...hours.map((text, i) => line(text, 345, 130 + 12 * i)),
    ];
    const [table] = findTables([page(lines, frame([60, 200, 340, 520], 100, 118, 182))]);
    expect(table!.rows).toHaveLength(1);
    expect(table!.rows[0]![1]!.text).toBe(address.join(''));
  });
});

describe('borderless item lists with their amounts', () => {
  const items = ['情報通信基盤整備費', '地域情報化推進費', '電波利用料財源事業費', '計'];
  const amounts = ['4,512', '1,230', '86', '5,828'];
  const list = (unit: Line[]): Line[] => [...unit, ...items.flatMap((name, i) => [line(name, 80, 120 + 14 * i), rightAligned(amounts[i]!, 300, 120 + 14 * i)])];

  it('finds items and amounts under a unit line as a table of two columns', () => {
    const [table] = findTables([page(list([line('(単位 百万円)', 240, 104)]))]);
    expect(texts(table!.rows)).toEqual(items.map((name, i) => [name, amounts[i]]));
  });

  it('finds none without the unit line: two columns of a name and a figure are as often labels and values', () => {
    expect(findTables([page(list([]))])).toEqual([]);
  });
});

describe('right-aligned and centred cells', () => {
  it('keeps each in its column: a right-aligned date a few points from the next column, centred numbers and 兆円 figures', () => {
    const rows = [
      ['1', '北部地区センター', '2024年4月1日', '1.25'],
      ['12', '中央図書館', '2024年10月15日', '12.5'],
      ['3', '南部地区市民センター', '2025年1月8日', '0.8'],
      ['104', '東部体育館', '2024年12月20日', '114.4'],
    ];
    const lines = [
      line('番号', 60, 100), line('施設名', 110, 100), line('開始日', 260, 100), line('兆円', 330, 100),
      ...rows.flatMap(([no, name, date, amount], r) => {
        const y = 116 + 16 * r;
        const centred = line(no!, 0, y);
        const width = centred.bbox[2] - centred.bbox[0];
        // Numbers centred on x = 69, dates right-aligned 4 pt before the amounts' column starts at 326.
        return [{ ...centred, bbox: [69 - width / 2, y, 69 + width / 2, y + 9] as Line['bbox'] }, line(name!, 110, y), rightAligned(date!, 322, y), rightAligned(amount!, 360, y)];
      }),
    ];
    const [table] = findTables([page(lines)]);
    expect(texts(table!.header)).toEqual([['番号', '施設名', '開始日', '兆円']]);
    expect(texts(table!.rows)).toEqual(rows);
  });
});

describe('letter-spaced labels', () => {
  it('reads a label printed with spaces between its glyphs as one word', () => {
    expect(unspaced('文 部 科 学 省')).toBe('文部科学省');
    expect(unspaced('担い手育成・確 保 等 対 策 費(補助金に限る。)')).toBe('担い手育成・確保等対策費(補助金に限る。)');
    expect(unspaced('新型コロナ 対策')).toBe('新型コロナ 対策');
    expect(unspaced('木 9:00〜12:00')).toBe('木 9:00〜12:00');
  });

  it('joins a label printed one glyph a line, first on its row, and leaves one-glyph column titles after 「区分」 apart', () => {
    const glyphs = (text: string, x: number, y: number, pitch: number): Line[] => [...text].map((g, i) => line(g, x + i * pitch, y));
    const label = joinLetterSpaced([...glyphs('農林水産省', 60, 100, 20), line('2,217,023', 200, 100)]);
    expect(label.map((l) => l.text).sort()).toEqual(['2,217,023', '農林水産省']);
    const titles = joinLetterSpaced([line('区分', 60, 80), ...glyphs('男女計', 120, 80, 50)]);
    expect(titles.map((l) => l.text)).toEqual(['区分', '男', '女', '計']);
  });
});
