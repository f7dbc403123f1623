import { describe, expect, it } from 'vitest';
import { headerRowCount, repeatedRowCount } from '../../pipeline/tables/header-rows.ts';
import type { TableCell } from '../../schemas/types.ts';

const source = { page: 1, bbox: [0, 0, 1, 1] as [number, number, number, number], method: 'text' as const };
const cell = (text: string, row_span = 1, col_span = 1): TableCell => ({ text, raw: text, row_span, col_span, merged_into: null, source });
const covered = (row: number, col: number): TableCell => ({ text: '', raw: '', row_span: 1, col_span: 1, merged_into: { row, col }, source });

describe('headerRowCount', () => {
  it('takes a first row of short titles as the header', () => {
    expect(headerRowCount([[cell('年'), cell('出来事')], [cell('2024年'), cell('3人に1人が65歳以上の「超・高齢者大国」へ')], [cell('2025年'), cell('ついに東京都も人口減少へ')]])).toBe(1);
  });

  it('keeps a two-row header with group titles over sub-titles as two rows', () => {
    const rows = [
      [cell('番号', 2), cell('実施期間', 1, 2), covered(0, 1)],
      [covered(0, 0), cell('開始日'), cell('終了日')],
      [cell('1'), cell('2020/9/14'), cell('2021/3/19')],
    ];
    expect(headerRowCount(rows)).toBe(2);
  });

  it('takes a title row across every column and the column titles under it as the header', () => {
    const title = [cell('基本情報', 1, 3), covered(0, 0), covered(0, 0)];
    const names = [cell('施設名'), cell('郵便番号'), cell('電話番号')];
    const body = [
      [cell('岩手県立中央病院'), cell('020-0066'), cell('019-653-1151')],
      [cell('西島産婦人科'), cell('020-0066'), cell('019-624-5855')],
    ];
    expect(headerRowCount([title, names, ...body])).toBe(2);
    // Under a title row, an entry like the rest of the body (figures where the body has figures) stays in the body.
    expect(headerRowCount([title, ...body, [cell('盛岡友愛病院'), cell('020-0834'), cell('019-638-2222')]])).toBe(1);
  });

  it('finds no header in a label–value table or a table of lists', () => {
    expect(headerRowCount([[cell('地域'), cell('北海道岩見沢市')], [cell('請負者'), cell('東日本電信電話(株)')], [cell('実証概要'), cell('①複数台の自動運転トラクター等の遠隔監視制御')]])).toBe(0);
    expect(headerRowCount([[cell('● 診断情報\n・社会診断'), cell('● 債権管理')], [cell('● 検索'), cell('● 統計処理')]])).toBe(0);
  });
});

describe('repeatedRowCount', () => {
  it('counts the leading rows a continuation repeats', () => {
    const first = [[cell('No.'), cell('区分')], [cell('1'), cell('行政手続き')]];
    expect(repeatedRowCount(first, [[cell('No.'), cell('区分')], [cell('9'), cell('その他')]])).toBe(1);
    expect(repeatedRowCount(first, [[cell('9'), cell('その他')], [cell('10'), cell('')]])).toBe(0);
  });
});
