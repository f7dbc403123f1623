import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { normaliseCharacters } from '../../pipeline/normalise/normalise-text.ts';
import { findTables } from '../../pipeline/tables/find-tables.ts';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import type { TruthDocument } from '../../samples/make/truth.ts';
import type { Line, Table } from '../../schemas/types.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

const truth = JSON.parse(readFileSync(join(samplesDir, 'borderless-table.truth.json'), 'utf8')) as TruthDocument;
let tables: Table[];

beforeAll(async () => {
  const { documents } = await ingestSources([join(samplesDir, 'borderless-table.pdf')]);
  tables = findTables((await readPdfPages(documents[0]!)).layouts);
});

const texts = (rows: Table['rows']): string[][] => rows.map((row) => row.map((cell) => cell.text));
const normalised = (rows: string[][]): string[][] => rows.map((row) => row.map(normaliseCharacters));

describe('a table drawn without rules (samples/borderless-table.pdf)', () => {
  it('is found once, marked as aligned, with its caption; the two columns of prose below are no table', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0]!.ruling).toBe('aligned');
    expect(tables[0]!.caption).toBe(normaliseCharacters(truth.tables[0]!.caption!));
    expect(validateAgainst('table.schema.json', tables[0])).toEqual([]);
  });

  it('has every header and body cell of the truth, the two-line cell joined', () => {
    const [table] = tables;
    const [wanted] = truth.tables;
    expect(table!.column_count).toBe(wanted!.header[0]!.length);
    expect(texts(table!.header)).toEqual(normalised(wanted!.header));
    expect(texts(table!.rows)).toEqual(normalised(wanted!.rows));
    expect(table!.rows[2]![4]!.raw.split('\n')).toHaveLength(2);
  });

  it('gives each cell a box inside the table, in its row and column, holding its text', () => {
    const table = tables[0]!;
    const [x0, y0, x1, y1] = table.regions[0]!.bbox;
    const all = [...table.header, ...table.rows];
    all.forEach((row, r) =>
      row.forEach((cell, c) => {
        const [cx0, cy0, cx1, cy1] = cell.source.bbox;
        expect(cx0 >= x0 && cx1 <= x1 && cy0 >= y0 && cy1 <= y1, `cell ${r},${c}`).toBe(true);
        if (c > 0) expect(cx0).toBe(row[c - 1]!.source.bbox[2]);
        if (r > 0) expect(cy0).toBe(all[r - 1]![c]!.source.bbox[3]);
      }),
    );
  });
});

/** A page of synthetic lines (points, top-left origin). */
const page = (lines: Line[]): PageLayout => ({ page: { number: 1, width: 595, height: 842, method: 'text', method_reason: null, lines }, rules: [] });
const line = (text: string, x: number, y: number, size = 10.5): Line => ({ text, bbox: [x, y, x + [...text].length * size, y + size], font_size: size });

describe('findTables without rules, on layouts that are not tables', () => {
  it('finds nothing in two columns of prose on shared baselines', () => {
    const prose = Array.from({ length: 8 }, (_, i) => [line('地域の課題解決に資することを目的として', 60, 100 + 18 * i), line('条件不利地域において整備を支援するため', 310, 100 + 18 * i)]).flat();
    expect(findTables([page(prose)])).toEqual([]);
  });

  it('finds nothing in label and value pairs', () => {
    const pairs = ['分野', '予算額', '担当'].flatMap((label, i) => [line(label, 60, 100 + 20 * i), line('5Gなどの情報通信基盤の早期整備', 140, 100 + 20 * i)]);
    expect(findTables([page(pairs)])).toEqual([]);
  });

  it('finds nothing in three columns of sentences', () => {
    const columns = Array.from({ length: 6 }, (_, i) => [0, 1, 2].map((c) => line('住民サービスの向上を図るための取組', 40 + 180 * c, 100 + 18 * i, 9))).flat();
    expect(findTables([page(columns)])).toEqual([]);
  });

  it('finds nothing in a table of contents set in two columns', () => {
    const entries = [['1. 分野横断的な施策', ''], ['・ふるさと納税', '5'], ['・過疎対策の推進', '17'], ['○ 人の流れをつくる', ''], ['・テレワーク', '12']];
    const toc = entries.flatMap(([title, folio], i) =>
      [0, 1].flatMap((c) => [line(title!, 40 + 400 * c, 100 + 20 * i), ...(folio === '' ? [] : [line(folio!, 380 + 400 * c - 10.5 * folio!.length, 100 + 20 * i)])]),
    );
    expect(findTables([page(toc)])).toEqual([]);
  });

  it('finds a grid of short texts in three aligned columns over three rows', () => {
    const grid = [['区分', '件数', '金額'], ['新規', '12', '4,512'], ['継続', '8', '2,300'], ['合計', '20', '6,812']].flatMap((row, r) =>
      row.map((text, c) => line(text, 60 + 120 * c, 100 + 20 * r)),
    );
    const found = findTables([page(grid)]);
    expect(found.map((t) => [t.ruling, t.column_count, t.header.length, t.rows.length])).toEqual([['aligned', 3, 1, 3]]);
  });

  it('keeps the second line of a top-aligned cell in its row', () => {
    // Rows 24 pt apart; the 内容 of 新規 wraps onto a second line 13 pt below its first, pushing the rows below down.
    const rows = [['区分', '件数', '内容'], ['新規', '12', '機器の整備'], ['継続', '8', '運用の支援'], ['合計', '20', '']];
    const top = (r: number): number => 100 + 24 * r + (r > 1 ? 13 : 0);
    const grid = rows.flatMap((row, r) => row.filter((text) => text !== '').map((text, c) => line(text, 60 + 120 * c, top(r))));
    grid.push(line('と研修', 300, 100 + 24 + 13));
    const [table] = findTables([page(grid)], { aligned: { minFilledShare: 0.8 } });
    expect(table!.rows.map((row) => row.map((cell) => cell.text))).toEqual([['新規', '12', '機器の整備と研修'], ['継続', '8', '運用の支援'], ['合計', '20', '']]);
  });
});

describe('findTables without rules, on a catalogue whose column of sentences wraps', () => {
  /** A record: its number, office, name, 概要 and amount, each cell's lines top to bottom. */
  type Entry = [string[], string[], string[], string[], string[]];
  const entries: Entry[] = [
    [['1'], ['地域振興局まちづくり推進課'], ['商店街にぎわい創出支援事業'], ['空き店舗を活用した交流拠点の整備と運営に要する経費を', '補助する。'], ['120']],
    [['2'], ['地域振興局交通政策課'], ['地域公共交通再編推進事業'], ['路線の再編に向けた需要の調査と実証運行の経費を補助'], ['85']],
    [['3'], ['観光局誘客推進課'], ['広域周遊ルート形成支援事業'], ['複数の市町村が連携して行う周遊ルートの造成と発信を', '支援する。'], ['64']],
    [['4'], ['産業局地域産業振興課'], ['伝統工芸品販路開拓支援事業', '（海外展開）'], ['海外の見本市への出展と商談の経費の一部を補助する。'], ['47']],
  ];
  const columnsX = [40, 80, 230, 400];
  const size = 10;
  /** Lines of the catalogue: 番/号 and 令和6年度/案 on two header lines, each record's cells wrapped at a 4 pt leading, `gaps[i]` above record i. */
  function catalogue(rows: readonly Entry[], gaps: readonly number[] = []): Line[] {
    const header = [line('番', 40, 100, size), line('令和6年度', 680, 100, size), line('号', 40, 114, size), line('所管課', 80, 114, size), line('事業名', 230, 114, size), line('事業内容', 400, 114, size), line('案', 720, 114, size)];
    let y = 138;
    return [
      ...header,
      ...rows.flatMap((cells, r) => {
        y += gaps[r] ?? 0;
        const top = y;
        y += 14 * Math.max(...cells.map((lines) => lines.length)) + 10;
        return cells.flatMap((lines, c) => lines.map((text, k) => line(text, c < 4 ? columnsX[c]! : 730 - [...text].length * size, top + 14 * k, size)));
      }),
    ];
  }
  const texts = (table: Table): string[][] => [...table.header, ...table.rows].map((row) => row.map((cell) => cell.text));
  const joined = (rows: readonly Entry[]): string[][] => rows.map((cells) => cells.map((lines) => normaliseCharacters(lines.join(''))));

  it('reads a row a record under a header titling every column, the titles on two lines joined', () => {
    const [table, ...others] = findTables([page(catalogue(entries))]);
    expect(others).toEqual([]);
    expect(texts(table!)).toEqual([['番号', '所管課', '事業名', '事業内容', '令和6年度案'], ...joined(entries)]);
  });

  it('keeps a record set further below the one above (its cells wrapped over more lines) when it fills every column', () => {
    const [table] = findTables([page(catalogue(entries, [0, 0, 16]))]);
    expect(table!.rows).toHaveLength(4);
  });

  it('keeps the last line of the last record when only its sentences wrap', () => {
    const last: Entry = [['5'], ['産業局商工振興課'], ['創業支援拠点運営事業'], ['起業を目指す人の相談窓口と交流の場を市町村と共同で', '運営する。'], ['30']];
    const [table] = findTables([page(catalogue([...entries, last]))]);
    expect(texts(table!).at(-1)).toEqual(joined([last])[0]);
  });

  it('finds nothing when no header titles the columns beside the sentences', () => {
    const untitled = catalogue(entries).filter((l) => l.bbox[1] > 130);
    expect(findTables([page(untitled)])).toEqual([]);
  });

  it('takes no record for the header: its number and amount are no titles, however short its sentences', () => {
    const short: Entry = [['1'], ['地域振興局企画課'], ['地域計画策定支援事業'], ['計画の策定を支援する。'], ['12']];
    const untitled = catalogue([short, ...entries.slice(1)]).filter((l) => l.bbox[1] > 130);
    expect(findTables([page(untitled)])).toEqual([]);
  });
});
