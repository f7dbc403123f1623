import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout, Rule } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';

const line = (text: string, x: number, y: number, size = 9): Line => ({ text, bbox: [x, y, x + size * [...text].length, y + size], font_size: size });
const source = { fileName: 'list.pdf', sha256: 'e'.repeat(64), bytes: 1 };

/** A ruled grid: a border at every x of `columns` and every y of `rows`, across the whole grid. */
function grid(columns: readonly number[], rows: readonly number[]): Rule[] {
  const [left, right, top, bottom] = [columns[0]!, columns.at(-1)!, rows[0]!, rows.at(-1)!];
  return [
    ...rows.map((at): Rule => ({ orientation: 'horizontal', from: left, to: right, at })),
    ...columns.map((at): Rule => ({ orientation: 'vertical', from: top, to: bottom, at })),
  ];
}

// Columns of a list in an order and with spellings no sample prints: number, name, budget, prose, office.
const COLUMNS = [40, 70, 230, 330, 560, 800];
const HEADER = ['番号', '事業名', '令和6年度予算額', '事業概要', '所管'];

/** A page of the list: its header row, then each row's cells (lines of text per column). */
function listPage(number: number, rows: readonly (readonly (readonly string[])[])[], header: readonly string[] = HEADER): PageLayout {
  const rowHeight = 48;
  const ys = [60, 80, ...rows.map((_, k) => 80 + (k + 1) * rowHeight)];
  const lines: Line[] = [line(`地域交通支援事業一覧`, 40, 30, 12), ...header.map((text, c) => line(text, COLUMNS[c]! + 4, 65))];
  rows.forEach((cells, r) => cells.forEach((cell, c) => cell.forEach((text, k) => lines.push(line(text, COLUMNS[c]! + 4, ys[r + 1]! + 4 + 12 * k)))));
  return { page: { number, width: 842, height: 595, method: 'text', method_reason: null, lines }, rules: grid(COLUMNS, ys) };
}

describe('a catalogue printed as one table', () => {
  it('gives one record per row, each column read as its header label says', () => {
    const cover: PageLayout = { page: { number: 1, width: 842, height: 595, method: 'text', method_reason: null, lines: [line('地域交通支援事業一覧', 300, 200, 24), line('国土交通省', 380, 260, 14)] }, rules: [] };
    const layouts = [
      cover,
      listPage(2, [
        [['1'], ['地域鉄道安全性向上', '事業'], ['12.3億円'], ['・鉄道事業者が行う施設の', '老朽化対策を支援する。'], ['鉄道局鉄道事業課', '03-5253-8111']],
        [['2'], ['バス運転手確保支援'], ['580百万円の内数'], ['・運転手の養成経費を補助する。'], ['物流・自動車局旅客課', 'bus-unten@mlit.go.jp']],
      ]),
      // The second row runs over the page: its name cell there is empty.
      listPage(3, [
        [[], [], [], ['・女性運転手の就業環境も整える。'], []],
        [['3'], ['離島航路維持事業'], ['4,500百万円'], ['・離島航路の欠損を補助する。'], ['海事局内航課', '03-5253-8625']],
        [['4'], ['地域交通DX推進事業'], ['2.5億円'], ['・予約と決済の共通化を実証する。'], ['総合政策局モビリティサービス推進課']],
      ]),
    ];
    const set = readRecords(source, layouts, layouts.map((l) => l.page))!;
    expect(set.records.map((record) => [record.number, record.name])).toEqual([
      ['1', '地域鉄道安全性向上事業'],
      ['2', 'バス運転手確保支援'],
      ['3', '離島航路維持事業'],
      ['4', '地域交通DX推進事業'],
    ]);
    const [first, second, third] = set.records;
    // The header's year is the figures' year.
    expect(first!.budget.map((line) => [line.fiscal_year, line.amount_jpy, line.part_of])).toEqual([[2024, 1_230_000_000, false]]);
    expect(second!.budget.map((line) => [line.fiscal_year, line.amount_jpy, line.part_of])).toEqual([[2024, 580_000_000, true]]);
    expect(first!.offices.map((office) => [office.name, office.phones])).toEqual([['鉄道局鉄道事業課', ['03-5253-8111']]]);
    expect(second!.offices.map((office) => office.emails)).toEqual([['bus-unten@mlit.go.jp']]);
    expect(first!.sections['概要']).toBe('鉄道事業者が行う施設の老朽化対策を支援する。');
    expect(second!.sections['概要']).toBe('運転手の養成経費を補助する。\n女性運転手の就業環境も整える。');
    expect(second!.source.pages).toEqual([2, 3]);
    expect(third!.sections['概要']).toBe('離島航路の欠損を補助する。');
  });

  it('reports a row whose labelled cell is empty, as an empty label is reported anywhere else', () => {
    const layouts = [
      listPage(1, [
        [['1'], ['地域鉄道安全性向上事業'], ['12.3億円'], ['・施設の老朽化対策を支援する。'], ['鉄道局鉄道事業課']],
        [['2'], ['バス運転手確保支援'], [], ['・運転手の養成経費を補助する。'], ['物流・自動車局旅客課']],
      ]),
      listPage(2, [[['3'], ['離島航路維持事業'], ['4,500百万円'], ['・離島航路の欠損を補助する。'], ['海事局内航課']]]),
    ];
    const set = readRecords(source, layouts, layouts.map((l) => l.page))!;
    expect(set.records.map((record) => [record.name, record.budget.length])).toEqual([['地域鉄道安全性向上事業', 1], ['バス運転手確保支援', 0], ['離島航路維持事業', 1]]);
    expect(set.issues.filter((issue) => issue.type === 'missing-value').map((issue) => [issue.record, issue.message])).toEqual([['バス運転手確保支援', 'no value in the 「令和6年度予算額」 column on page 1']]);
  });
});

describe('a catalogue table with columns the vocabulary does not name', () => {
  it('reads bare figures under 「令和6年度予算額（千円）」 in that unit and year, and a column under words no label names (根拠法令) as a section under them', () => {
    const layouts = [
      listPage(1, [
        [['1'], ['地域鉄道安全性向上事業'], ['48,620'], ['・施設の老朽化対策を支援する。'], ['鉄道事業法']],
        [['2'], ['バス運転手確保支援'], ['125,300'], ['・運転手の養成経費を補助する。'], ['道路運送法']],
      ], ['番号', '事業名', '令和6年度予算額（千円）', '事業概要', '根拠法令']),
    ];
    const set = readRecords(source, layouts, layouts.map((l) => l.page))!;
    expect(set.records.map((record) => [record.name, record.budget.map((b) => [b.fiscal_year, b.amount_jpy, b.unit]), record.sections['根拠法令']])).toEqual([
      ['地域鉄道安全性向上事業', [[2024, 48_620_000, '千円']], '鉄道事業法'],
      ['バス運転手確保支援', [[2024, 125_300_000, '千円']], '道路運送法'],
    ]);
    expect(set.issues.filter((issue) => issue.type === 'labels-learned').map((issue) => issue.message)).toEqual(['columns no spelling of the vocabulary names, read as sections under their headers: 「根拠法令」']);
  });

  it('does not make a table a catalogue by columns no label names: a name and one named field are not enough', () => {
    const layouts = [listPage(1, [[['1'], ['地域鉄道安全性向上事業'], ['鉄道局'], ['・施設の老朽化対策を支援する。'], ['鉄道事業法']]], ['番号', '事業名', '実施主管', '事業概要', '根拠法令'])];
    expect(readRecords(source, layouts, layouts.map((l) => l.page))?.records.map((record) => Object.keys(record.sections)) ?? []).not.toContainEqual(expect.arrayContaining(['根拠法令']));
  });
});

describe('a catalogue table whose budgets stand in a column a year', () => {
  // Columns: number, name, this year's draft, last year's, office; 「予算額（百万円）」 over the two years.
  const YEARS = [40, 70, 300, 370, 440, 700];
  const rowTops = [60, 78, 96, 114, 132, 150];
  /** The list's rules: every border, but none between the two years under their shared title. */
  const rules = (): Rule[] => [
    ...rowTops.map((at): Rule => ({ orientation: 'horizontal', from: YEARS[0]!, to: YEARS.at(-1)!, at })),
    ...YEARS.map((at, c): Rule => ({ orientation: 'vertical', from: c === 3 ? rowTops[1]! : rowTops[0]!, to: rowTops.at(-1)!, at })),
  ];
  const rows = [
    ['1', '港湾施設耐震化促進事業', '75', '60', '港湾局計画課'],
    ['2', '船員確保育成支援事業', '42', '－', '海事局船員政策課'],
    ['3', '内航海運省エネ化推進事業', '18', '15', '海事局内航課'],
  ];
  const page = (number: number): PageLayout => {
    const lines = [
      line('予算額（百万円）', 304, 64),
      ...['番号', '事業名', '令和6年度案', '令和5年度', '担当課'].map((text, c) => line(text, YEARS[c]! + 4, 82)),
      ...rows.flatMap((cells, r) => cells.map((text, c) => line(text, YEARS[c]! + 4, rowTops[r + 2]! + 4))),
    ];
    return { page: { number, width: 842, height: 595, method: 'text', method_reason: null, lines }, rules: rules() };
  };

  const budgets = (layout: PageLayout): unknown[] =>
    readRecords(source, [layout], [layout.page])!.records.map((record) => [record.name, record.budget.map((line) => [line.fiscal_year, line.stage, line.amount_jpy])]);
  const wanted = [
    ['港湾施設耐震化促進事業', [[2024, 'draft', 75_000_000], [2023, 'initial', 60_000_000]]],
    ['船員確保育成支援事業', [[2024, 'draft', 42_000_000]]],
    ['内航海運省エネ化推進事業', [[2024, 'draft', 18_000_000], [2023, 'initial', 15_000_000]]],
  ];

  it('reads the figure of each year under the budget label over it, in its unit, a dash as no budget', () => {
    expect(budgets(page(1))).toEqual(wanted);
  });

  it('reads the budget label of a table printed without rules from the caption over it', () => {
    expect(budgets({ ...page(1), rules: [] })).toEqual(wanted);
  });
});
