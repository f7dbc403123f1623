import { describe, expect, it } from 'vitest';
import type { PageLayout, Rule } from '../../pipeline/extract/types.ts';
import { findTables } from '../../pipeline/tables/find-tables.ts';
import type { TableIssue } from '../../pipeline/tables/types.ts';
import type { Line, Table } from '../../schemas/types.ts';

/** A cell of a synthetic grid: its text lines, and how many rows and columns it covers. */
interface Spec {
  lines: string[];
  rowSpan?: number;
  colSpan?: number;
}

/**
 * A page with one ruled grid drawn the way office suites draw it: every cell strokes its own four
 * sides (so inner borders come doubled, `offset` apart), text lines centred in their cells.
 */
function gridPage(page: number, xs: number[], ys: number[], cells: (Spec | null)[][], extra: Line[] = [], offset = 0.5): PageLayout {
  const rules: Rule[] = [];
  const lines: Line[] = [];
  cells.forEach((row, r) =>
    row.forEach((spec, c) => {
      if (spec === null) return;
      const [x0, y0, x1, y1] = [xs[c]!, ys[r]!, xs[c + (spec.colSpan ?? 1)]!, ys[r + (spec.rowSpan ?? 1)]!];
      const o = (c + r) % 2 === 0 ? 0 : offset;
      rules.push(
        { orientation: 'horizontal', from: x0, to: x1, at: y0 + o },
        { orientation: 'horizontal', from: x0, to: x1, at: y1 - o },
        { orientation: 'vertical', from: y0, to: y1, at: x0 + o },
        { orientation: 'vertical', from: y0, to: y1, at: x1 - o },
      );
      spec.lines.forEach((text, i) => {
        const top = y0 + 2 + i * 10;
        lines.push({ text, bbox: [x0 + 2, top, Math.min(x1 - 2, x0 + 2 + 9 * text.length), top + 9], font_size: 9 });
      });
    }),
  );
  return { page: { number: page, width: 600, height: 800, method: 'text', method_reason: null, lines: [...extra, ...lines] }, rules };
}

const texts = (table: Table): string[][] => [...table.header, ...table.rows].map((row) => row.map((cell) => cell.text));
const spans = (table: Table): string[] =>
  [...table.header, ...table.rows].flatMap((row, r) =>
    row.flatMap((cell, c) => (cell.merged_into === null && (cell.row_span > 1 || cell.col_span > 1) ? [`${r},${c}:${cell.row_span}x${cell.col_span}`] : [])),
  );
const line = (text: string, bbox: Line['bbox']): Line => ({ text, bbox, font_size: 10 });

describe('findTables', () => {
  it('reads a 2×2 grid with a header row', () => {
    const layout = gridPage(1, [50, 150, 250], [100, 120, 140], [
      [{ lines: ['区分'] }, { lines: ['金額'] }],
      [{ lines: ['国'] }, { lines: ['2/3'] }],
    ]);
    const [table, ...rest] = findTables([layout]);
    expect(rest).toHaveLength(0);
    expect(table!.id).toBe('t-1-1');
    expect(table!.pages).toEqual([1]);
    expect(table!.column_count).toBe(2);
    expect(table!.header.map((row) => row.map((c) => c.text))).toEqual([['区分', '金額']]);
    expect(table!.rows.map((row) => row.map((c) => c.text))).toEqual([['国', '2/3']]);
    const { source } = table!.rows[0]![1]!;
    expect(source).toMatchObject({ page: 1, method: 'text' });
    // A doubled border sits between its two strokes.
    source.bbox.forEach((v, i) => expect(v).toBeCloseTo([150, 120, 250, 140][i]!, 0));
  });

  it('finds a column span where an inner vertical border is missing', () => {
    const layout = gridPage(1, [50, 150, 250, 350], [100, 120, 140, 160], [
      [{ lines: ['年度'] }, { lines: ['令和4年度'] }, { lines: ['令和5年度'] }],
      [{ lines: ['事業の採択・実施'], colSpan: 2 }, null, { lines: ['自走化'] }],
      [{ lines: ['効果測定'] }, { lines: ['-'] }, { lines: ['-'] }],
    ]);
    const [table] = findTables([layout]);
    expect(texts(table!)).toEqual([
      ['年度', '令和4年度', '令和5年度'],
      ['事業の採択・実施', '', '自走化'],
      ['効果測定', '-', '-'],
    ]);
    expect(spans(table!)).toEqual(['1,0:1x2']);
    expect(table!.rows[0]![1]!.merged_into).toEqual({ row: 1, col: 0 });
  });

  it('finds a row span where an inner horizontal border is missing, with wrapped text joined', () => {
    const layout = gridPage(1, [50, 150, 250], [100, 120, 140, 160], [
      [{ lines: ['件名'] }, { lines: ['請負者'] }],
      [{ lines: ['遠隔会議や遠隔協調作業', 'などの新しい働き方'], rowSpan: 2 }, { lines: ['東日本電信電話株式会社'] }],
      [null, { lines: ['Sub6', '(4.7GHz帯)'] }],
    ]);
    const [table] = findTables([layout]);
    expect(texts(table!)).toEqual([
      ['件名', '請負者'],
      ['遠隔会議や遠隔協調作業などの新しい働き方', '東日本電信電話株式会社'],
      ['', 'Sub6 (4.7GHz帯)'],
    ]);
    expect(spans(table!)).toEqual(['1,0:2x1']);
  });

  it('joins doubled borders and borders drawn in touching pieces into one grid', () => {
    const layout = gridPage(1, [50, 150, 250], [100, 120, 140], [
      [{ lines: ['A'] }, { lines: ['B'] }],
      [{ lines: ['1'] }, { lines: ['2'] }],
    ], [], 1);
    // Split every rule in two pieces that meet end to end.
    const pieces = layout.rules.flatMap((r): Rule[] => {
      const mid = (r.from + r.to) / 2;
      return [{ ...r, to: mid }, { ...r, from: mid + 0.4 }];
    });
    const tables = findTables([{ ...layout, rules: pieces }]);
    expect(tables).toHaveLength(1);
    expect(texts(tables[0]!)).toEqual([['A', 'B'], ['1', '2']]);
    expect(spans(tables[0]!)).toEqual([]);
  });

  it('joins a table continued on the next page with its header repeated: header once, rows in order', () => {
    const xs = [50, 150, 250];
    const first = gridPage(1, xs, [600, 620, 640, 660, 680], [
      [{ lines: ['番号'] }, { lines: ['件名'] }],
      [{ lines: ['1'] }, { lines: ['一'] }],
      [{ lines: ['2'] }, { lines: ['二'] }],
      [{ lines: ['3'] }, { lines: ['三'] }],
    ], [line('一覧', [50, 585, 90, 597]), line('1 / 2', [280, 770, 310, 780])]);
    const second = gridPage(2, xs.map((x) => x + 0.8), [50, 70, 90], [
      [{ lines: ['番号'] }, { lines: ['件名'] }],
      [{ lines: ['4'] }, { lines: ['四'] }],
    ], [line('2 / 2', [280, 770, 310, 780])]);
    const tables = findTables([first, second]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.pages).toEqual([1, 2]);
    expect(tables[0]!.caption).toBe('一覧');
    expect(tables[0]!.header.map((row) => row.map((c) => c.text))).toEqual([['番号', '件名']]);
    expect(tables[0]!.rows.map((row) => row[1]!.text)).toEqual(['一', '二', '三', '四']);
    expect(tables[0]!.rows[3]![0]!.source.page).toBe(2);
    expect(tables[0]!.regions.map((r) => r.page)).toEqual([1, 2]);
  });

  it('joins a continuation without a repeated header, and keeps merges on it pointing at the right rows', () => {
    const xs = [50, 150, 250];
    const first = gridPage(1, xs, [700, 720, 740], [
      [{ lines: ['区分'] }, { lines: ['内容'] }],
      [{ lines: ['a'] }, { lines: ['x'] }],
    ]);
    const second = gridPage(2, xs, [50, 70, 90], [
      [{ lines: ['b'] }, { lines: ['y'] }],
      [null, { lines: ['z'] }],
    ].map((row, r) => (r === 0 ? [{ lines: ['b'], rowSpan: 2 }, { lines: ['y'] }] : row)));
    const [table, ...rest] = findTables([first, second]);
    expect(rest).toHaveLength(0);
    expect(texts(table!)).toEqual([['区分', '内容'], ['a', 'x'], ['b', 'y'], ['', 'z']]);
    expect(spans(table!)).toEqual(['2,0:2x1']);
    expect(table!.rows[2]![0]!.merged_into).toEqual({ row: 2, col: 0 });
  });

  it('keeps tables apart when text follows the first one or the columns differ', () => {
    const grid = (page: number, xs: number[], ys: number[]): PageLayout =>
      gridPage(page, xs, ys, [
        [{ lines: ['地域'] }, { lines: ['北海道'] }],
        [{ lines: ['分野'] }, { lines: ['農業'] }],
      ]);
    const followed = grid(1, [50, 150, 250], [600, 620, 640]);
    followed.page.lines.push(line('課題', [50, 660, 80, 670]));
    expect(findTables([followed, grid(2, [50, 150, 250], [50, 70, 90])])).toHaveLength(2);
    expect(findTables([grid(1, [50, 150, 250], [700, 720, 740]), grid(2, [50, 200, 250], [50, 70, 90])])).toHaveLength(2);
  });

  it('continues a list under the same title atop every page, and keeps the header it repeats once', () => {
    const page = (n: number, title: string, body: string): PageLayout =>
      gridPage(n, [50, 150, 250], [150, 170, 190], [
        [{ lines: ['施設名'] }, { lines: ['郵便番号'] }],
        [{ lines: [body] }, { lines: [`02${n}-0066`] }],
      ], [line(title, [50, 120, 300, 130])]);
    const [table, ...rest] = findTables([page(1, '医療機関等一覧', '中央病院'), page(2, '医療機関等一覧', '西島産婦人科')]);
    expect(rest).toHaveLength(0);
    expect(texts(table!)).toEqual([['施設名', '郵便番号'], ['中央病院', '021-0066'], ['西島産婦人科', '022-0066']]);
    expect(table!.header).toHaveLength(1);
    // A title of its own over the second page's grid is a caption: another table.
    expect(findTables([page(1, '医療機関等一覧', '中央病院'), page(2, '薬局一覧', '西島薬局')])).toHaveLength(2);
  });

  it("closes a page's last row where its column rules end when its bottom rule is missing, and continues the list", () => {
    const xs = [50, 150, 250];
    const first = gridPage(1, xs, [700, 720, 740, 760], [
      [{ lines: ['施設名'] }, { lines: ['郵便番号'] }],
      [{ lines: ['中央病院'] }, { lines: ['020-0066'] }],
      [{ lines: ['盛岡友愛病院'] }, { lines: ['020-0834'] }],
    ]);
    first.rules = first.rules.filter((rule) => !(rule.orientation === 'horizontal' && Math.abs(rule.at - 760) < 1));
    const second = gridPage(2, xs, [50, 70, 90], [
      [{ lines: ['施設名'] }, { lines: ['郵便番号'] }],
      [{ lines: ['西島産婦人科'] }, { lines: ['020-0066'] }],
    ]);
    const [table, ...rest] = findTables([first, second]);
    expect(rest).toHaveLength(0);
    expect(table!.rows.map((row) => row[0]!.text)).toEqual(['中央病院', '盛岡友愛病院', '西島産婦人科']);
  });

  it('skips framed boxes of one cell and reports grids without text', () => {
    const box = gridPage(1, [50, 550], [100, 200], [[{ lines: ['第4章 各分野の施策の推進'] }]]);
    const empty = gridPage(2, [50, 150, 250], [100, 120, 140], [
      [{ lines: [] }, { lines: [] }],
      [{ lines: [] }, { lines: [] }],
    ]);
    const issues: TableIssue[] = [];
    expect(findTables([box, empty], { onIssue: (issue) => issues.push(issue) })).toEqual([]);
    expect(issues.map((i) => [i.type, i.page])).toEqual([['empty-table', 2]]);
  });
});
