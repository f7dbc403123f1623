import { describe, expect, it } from 'vitest';
import type { Table, TableCell } from '../../schemas/types.ts';
import { comparePeerRows } from '../../tools/eval/compare-peer-rows.ts';
import { tableColumns } from '../../pipeline/tables/table-columns.ts';

const cell = (text: string): TableCell => ({ text, raw: text, row_span: 1, col_span: 1, merged_into: null, source: { page: 1, bbox: [0, 0, 1, 1], method: 'text' } });

const table = (header: string[][], rows: string[][]): Table => {
  const [head, body, columnCount] = [header.map((row) => row.map(cell)), rows.map((row) => row.map(cell)), (header[0] ?? rows[0])!.length];
  return {
    schema_version: '1.1.0',
    id: 't-1-1',
    caption: null,
    ruling: 'ruled',
    pages: [1],
    column_count: columnCount,
    columns: tableColumns(head, body, columnCount),
    header: head,
    rows: body,
    regions: [{ page: 1, bbox: [0, 0, 1, 1] }],
  };
};

const names = ['施設名', '郵便番号', 'ウェブサイトURL', '対応可能時間帯'];

describe('comparePeerRows', () => {
  it("matches the peer's columns by name when it drops one, and its text up to NFKC, whitespace and the wave dash", () => {
    const ours = table([names], [['明治病院', '960-8102', 'http://meiji.or.jp/', '平日 8:30〜12:00\n土 8:30〜15:00']]);
    const peer = { header: ['施設名', '郵便番号', '対応可能時間帯'], rows: [['明治病院', '960-8102', '平日8:30~12:00土8:30~15:00'], ['福島病院', '960-0001', '終日']] };
    expect(comparePeerRows(peer, [ours])).toMatchObject({ reproduced: 1, peerRows: 2, headerRowsInBody: 0, unmatchedColumns: [], missing: [['福島病院', '960-0001', '終日']] });
  });

  it("sets aside a peer row that reads text the page hides (Excel's 0 printed white in an empty cell) where our cell is empty, and only there", () => {
    const ours = table([names], [['菅野産婦人科医院', '960-8157', '', '平日 9:00〜18:00'], ['明治病院', '960-8102', '', '終日']]);
    const peer = { header: names, rows: [['菅野産婦人科医院', '960-8157', '0', '平日9:00~18:00'], ['明治病院', '960-8102', '1', '終日']] };
    expect(comparePeerRows(peer, [ours], ['0', '0'])).toMatchObject({ reproduced: 0, hiddenText: [peer.rows[0]], missing: [peer.rows[1]] });
    // Without the page's hidden text, the same row is a row we missed.
    expect(comparePeerRows(peer, [ours])).toMatchObject({ hiddenText: [], missing: peer.rows });
  });

  it('does not count cells read out of order, and counts column names left in the body as a header row there', () => {
    const ours = table([['基本情報', '', '', '']], [names, ['明治病院', '960-8102', '', '平日土 8:30〜12:00 8:30〜15:00']]);
    const peer = { header: names, rows: [['明治病院', '960-8102', '', '平日8:30~12:00土8:30~15:00']] };
    expect(comparePeerRows(peer, [ours])).toMatchObject({ reproduced: 0, headerRowsInBody: 1 });
  });

  it('counts a header repeated in the body of a table continued over pages', () => {
    const ours = table([names], [['明治病院', '960-8102', '', '終日'], names, ['福島病院', '960-0001', '', '終日']]);
    const peer = { header: names, rows: [['明治病院', '960-8102', '', '終日'], ['福島病院', '960-0001', '', '終日']] };
    expect(comparePeerRows(peer, [ours])).toMatchObject({ reproduced: 2, headerRowsInBody: 1 });
  });

  it('sets aside peer rows with cells cut short, and only those', () => {
    const ours = table([names], [
      ['田畑産婦人科', '064-0805', 'http://www.tabata.com/', '受付は15分前にはお済ませください'],
      ['蕨市立病院', '335-0001', 'http://www.city.warabi.jp/menu0001', '24時間対応'],
      ['獨協医科大学病院', '', '0282-86-1111 www2.dokkyomed.ac.jp', '終日'],
    ]);
    const peer = {
      header: names,
      rows: [
        ['田畑産婦人科', '064-0805', 'http://www.tabata.com/', '受付は15分前にはお済ませくださ'],
        ['蕨市立病院', '335-0001', 'http://www.city.war', 'abi.jp/menu0001 24時間対応'],
        ['獨協医科大学病院', '0282-86-1111', 'www2.dokkyomed.ac.jp', '終日'],
      ],
    };
    const compared = comparePeerRows(peer, [ours]);
    expect(compared.cutShort.map((row) => row[0])).toEqual(['田畑産婦人科']);
    // Text of two cells split otherwise is left to the eye: there ours is right, here (a phone number in the web-site column) wrong.
    expect(compared.missing.map((row) => row[0])).toEqual(['蕨市立病院', '獨協医科大学病院']);
  });
});
