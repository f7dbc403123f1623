/**
 * Builds samples/borderless-table.pdf: one A4 page printed by Chromium (IPAex Gothic) with a table
 * drawn without a single rule, as reports set small tables: a header row, ten body rows, Japanese
 * names, right-aligned numbers with thousands separators, cells vertically centred, and one cell
 * broken over two lines (<br>). Around it: a heading, a paragraph, the caption, a note, and two
 * columns of prose (which must not be read as a table). Text and figures are made up for the sample.
 *
 * Truth: the table's header and body cells as printed (a two-line cell joined with nothing between
 * the Japanese characters); `.truth.csv` holds the same grid as a CSV (UTF-8 with BOM, one header row).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { printOnePage } from './print-pdf.ts';
import type { TruthDocument } from './truth.ts';

const NAME = 'borderless-table';
const SAMPLES = new URL('..', import.meta.url).pathname;

const TITLE = '地域情報化アドバイザー派遣の実績（令和4年度）';
const LEAD =
  '令和4年度は、全国の地方公共団体等に延べ262回アドバイザーを派遣しました。ブロック別の派遣団体数、派遣回数、事業費及び主な相談分野は次のとおりです。';
const CAPTION = '表1　ブロック別の派遣実績';
const HEADER = ['ブロック', '派遣団体数', '派遣回数', '事業費（千円）', '主な相談分野'];
/** Body rows; a cell given as two strings is printed on two lines. */
const ROWS: (string | [string, string])[][] = [
  ['北海道', '12', '31', '4,512', 'テレワーク導入'],
  ['東北', '15', '38', '5,204', '自治体DX推進'],
  ['関東', '21', '46', '6,830', ['オープンデータの公開と', '庁内データの利活用']],
  ['信越', '6', '14', '1,975', '情報セキュリティ対策'],
  ['北陸', '5', '11', '1,620', 'スマート農業'],
  ['東海', '11', '27', '3,948', '自治体DX推進'],
  ['近畿', '14', '33', '4,877', 'キャッシュレス決済'],
  ['中国', '9', '22', '3,105', '地域公共交通'],
  ['四国', '7', '16', '2,236', 'テレワーク導入'],
  ['九州・沖縄', '10', '24', '3,562', '観光DX'],
];
const NOTE = '※ 事業費は、アドバイザーの謝金及び旅費の合計額。';
const PROSE = [
  '派遣を受けた団体からは、庁内の検討体制の立ち上げや計画の策定に役立ったとの声が多く寄せられました。特に、小規模な団体では、専門人材の確保が難しいことから、継続的な支援を求める意見がありました。',
  '令和5年度は、申込みの受付を通年とし、オンラインによる助言も組み合わせることで、より多くの団体が制度を活用できるよう改善を図ります。また、派遣事例を取りまとめ、ホームページで公表する予定です。',
];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cellHtml = (cell: string | [string, string]): string => (typeof cell === 'string' ? esc(cell) : cell.map(esc).join('<br>'));
const cellText = (cell: string | [string, string]): string => (typeof cell === 'string' ? cell : cell.join(''));

function html(): string {
  const numeric = (i: number): boolean => i >= 1 && i <= 3;
  const row = (cells: (string | [string, string])[], tag: 'th' | 'td'): string =>
    `<tr>${cells.map((c, i) => `<${tag}${numeric(i) ? ' class="num"' : ''}>${cellHtml(c)}</${tag}>`).join('')}</tr>`;
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${NAME}</title><style>
@page { size: A4; margin: 20mm 22mm; }
body { font-family: "IPAexGothic"; font-size: 10.5pt; line-height: 1.7; color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 5mm; }
p { margin: 0 0 4mm; text-indent: 1em; }
.caption { text-indent: 0; font-weight: bold; margin: 6mm 0 2mm; }
table { border-collapse: collapse; margin: 0 0 2mm 4mm; }
th, td { padding: 1.2mm 6mm 1.2mm 0; text-align: left; font-weight: normal; line-height: 1.45; }
th { color: #1f4e79; }
.num { text-align: right; }
tbody tr:nth-child(even) td { background: #f4f6f9; }
.note { text-indent: 0; font-size: 9pt; margin-bottom: 8mm; }
.prose { column-count: 2; column-gap: 10mm; }
</style></head><body>
<h1>${esc(TITLE)}</h1>
<p>${esc(LEAD)}</p>
<p class="caption">${esc(CAPTION)}</p>
<table><thead>${row(HEADER, 'th')}</thead><tbody>
${ROWS.map((r) => row(r, 'td')).join('\n')}
</tbody></table>
<p class="note">${esc(NOTE)}</p>
<div class="prose">${PROSE.map((p) => `<p>${esc(p)}</p>`).join('')}</div>
</body></html>`;
}

function main(): void {
  const out = join(SAMPLES, `${NAME}.pdf`);
  const pageCount = printOnePage(html(), out);
  const rows = ROWS.map((r) => r.map(cellText));
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: 'none',
    family: 'borderless-table',
    edition: null,
    page_count: pageCount,
    made_with: 'HTML printed with Chromium (printHtmlToPdf), IPAex Gothic, A4: a table with no borders (every other row shaded), text made up for the sample.',
    hazards: ['table without rules, found from text alignment only', 'right-aligned numbers', 'a cell on two lines', 'two columns of prose on the same page'],
    policies: [],
    cases: [],
    tables: [{ caption: CAPTION, pages: [1], header: [HEADER], rows, spans: [] }],
    page_texts: [{ page: 1, texts: [TITLE, LEAD, CAPTION, HEADER.join(''), ...rows.map((r) => r.join('')), NOTE, ...PROSE] }],
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(join(SAMPLES, `${NAME}.truth.csv`), stringify([HEADER, ...rows], { bom: true, record_delimiter: 'windows' }));
  console.log(`${NAME}.pdf: ${pageCount} page, ${rows.length} body rows`);
}

main();
