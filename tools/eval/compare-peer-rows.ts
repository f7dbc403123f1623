import type { Table, TableCell } from '../../schemas/types.ts';

/**
 * A peer's CSV of one list: its column names and body rows, as published (text NFKC-normalised).
 */
export interface PeerCsv {
  header: string[];
  rows: string[][];
}

/** How our tables of one list compare with the peer's CSV of it. */
export interface PeerComparison {
  /** Peer body rows some row of ours reproduces. */
  reproduced: number;
  peerRows: number;
  /** Our body rows that repeat a header: the peer's column names, or a header row of the same table. */
  headerRowsInBody: number;
  /** Peer columns whose name none of our tables prints (compared by position instead, when the widths agree). */
  unmatchedColumns: string[];
  /**
   * Peer rows not reproduced that show the peer's own error its README names, cells cut short:
   * beside our nearest row, each cell that differs is a part of ours, cut at its end or start. Text
   * of two cells interleaved is not set aside: the same text split otherwise may be our error.
   */
  cutShort: string[][];
  /**
   * Peer rows not reproduced that read text no reader of the page sees: beside our nearest row,
   * each cell that differs is empty in ours and, in the peer's, text the page hides (`hidden_text`:
   * Excel's 0 printed white in an empty cell, which the peer's tabula reads).
   */
  hiddenText: string[][];
  /** The other peer rows not reproduced, as the peer prints them, to check by eye. */
  missing: string[][];
}

/**
 * Text as compared: NFKC, no whitespace (where lines wrap and how wrapped lines are joined is
 * layout), and the wave dash folded (the peer's NFKC turns ～ into ~, ours keeps 〜 for both).
 */
export const comparable = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '').replace(/[〜～~]/gu, '~');

const texts = (row: readonly TableCell[]): string[] => row.map((cell) => comparable(cell.text));

/**
 * Where each peer column stands in one of our tables: at the column that prints its name in the
 * header or the first body rows (which hold the names when our header is wrong). The peer drops
 * the web-site column of some lists, so its columns are matched by name; a name we never print is
 * taken by position when both have as many columns, else left out (and reported).
 */
function columnMap(peerHeader: readonly string[], table: Table): (number | undefined)[] {
  const named = [...table.header, ...table.rows.slice(0, 3)].map(texts);
  return peerHeader.map((name, i) => {
    const key = comparable(name);
    const at = named.map((row) => row.indexOf(key)).find((c) => c >= 0);
    if (at !== undefined) return at;
    return peerHeader.length === table.column_count ? i : undefined;
  });
}

/**
 * The peer's own error a peer row that no row of ours reproduces shows, against our row with the
 * most cells alike (at least half): every cell that differs cut short (a part of ours, at its end
 * or start), or text the page hides where ours is empty. A cell of ours with more text than the
 * peer's beside one with less is not the peer's error: ours took its neighbour's text.
 */
function peerError(peerCells: readonly string[], ours: readonly string[][], hidden: ReadonlySet<string>): 'cut-short' | 'hidden-text' | undefined {
  const alike = (row: readonly string[]): number => row.filter((cell, i) => cell === peerCells[i]).length;
  const nearest = ours.reduce<readonly string[] | undefined>((best, row) => (best === undefined || alike(row) > alike(best) ? row : best), undefined);
  if (nearest === undefined || alike(nearest) < peerCells.length / 2) return undefined;
  const differing = peerCells.flatMap((cell, i) => (cell === nearest[i] ? [] : [[cell, nearest[i]!] as const]));
  if (differing.every(([peer, our]) => peer.length < our.length && our.includes(peer))) return 'cut-short';
  if (differing.every(([peer, our]) => our === '' && hidden.has(peer))) return 'hidden-text';
  return undefined;
}

/**
 * Compares our tables of one list with the peer's rows. A peer row counts as reproduced when one
 * body row of ours has the same cells in the peer's columns, once both are made comparable.
 * `hiddenText` is the text the list's pages hide (their `hidden_text`).
 */
export function comparePeerRows(peer: PeerCsv, tables: readonly Table[], hiddenText: readonly string[] = []): PeerComparison {
  const hidden = new Set(hiddenText.map(comparable));
  const peerNames = peer.header.map(comparable);
  const unmatched = new Set<string>(peer.header);
  let headerRowsInBody = 0;
  const keyed = tables.map((table) => {
    const map = columnMap(peer.header, table);
    const compared = peer.header.flatMap((_, i) => (map[i] === undefined ? [] : [i]));
    const named = [...table.header, ...table.rows.slice(0, 3)].map(texts);
    for (const i of compared) if (named.some((row) => row[map[i]!] === peerNames[i])) unmatched.delete(peer.header[i]!);
    const headers = new Set(table.header.map((row) => texts(row).join('\u0000')));
    const keys = new Set<string>();
    // Our rows as the peer's columns (a column we do not have, empty), to find the nearest to a peer row.
    const projected: string[][] = [];
    for (const row of table.rows) {
      const cells = texts(row);
      keys.add(compared.map((i) => cells[map[i]!]).join('\u0000'));
      projected.push(peer.header.map((_, i) => (map[i] === undefined ? '' : cells[map[i]!]!)));
      const names = compared.filter((i) => cells[map[i]!] === peerNames[i]).length;
      if (headers.has(cells.join('\u0000')) || names > compared.length / 2) headerRowsInBody++;
    }
    return { compared, keys, projected };
  });
  const ours = keyed.flatMap(({ projected }) => projected);
  const cutShort: string[][] = [];
  const hiddenRows: string[][] = [];
  const missing: string[][] = [];
  let reproduced = 0;
  for (const row of peer.rows) {
    const cells = peer.header.map((_, i) => comparable(row[i] ?? ''));
    if (keyed.some(({ compared, keys }) => keys.has(compared.map((i) => cells[i]).join('\u0000')))) {
      reproduced++;
      continue;
    }
    const error = peerError(cells, ours, hidden);
    (error === 'cut-short' ? cutShort : error === 'hidden-text' ? hiddenRows : missing).push(row);
  }
  return { reproduced, peerRows: peer.rows.length, headerRowsInBody, unmatchedColumns: [...unmatched], cutShort, hiddenText: hiddenRows, missing };
}
