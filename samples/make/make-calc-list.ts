/**
 * Builds samples/calc-list-local5g-jisshou.pdf: a project list as a ministry exports it from a
 * spreadsheet. A flat ODS (.fods) is written and printed with LibreOffice Calc (A4 portrait).
 *
 * Content: the 19 令和2年度 ローカル5G 実証 projects of seed 000_ba2badbcc32d7d27 (件名, 請負者,
 * 実証地域 as printed there; 「ト∃タ」 read as トヨタ), followed by deterministic synthetic rows
 * for 令和3・4年度 (a fixed list of real municipalities × fixed themes × the seed's contractors).
 * Dates, 周波数帯 and amounts (千円) are deterministic fabrications; nothing is random.
 *
 * Layout hazards: a two-row header (merged group headers 「実施期間」「金額（千円）」 over two
 * columns each, the other header cells merged over both rows) repeated on every page as
 * print rows (table:table-header-rows); a title row above it on page 1 only; in-cell line
 * breaks (several text:p in one cell); ruled cells; numbers formatted with thousands separators.
 *
 * Truth conventions (chosen here):
 * - In-cell lines are joined with no separator, except that one space is put between two lines
 *   when the last character of the first and the first character of the next are both printable
 *   ASCII (so Latin words stay apart: 「Sub6」+「(4.7GHz帯)」 → "Sub6 (4.7GHz帯)").
 * - JSON header: the two header rows as printed; a cell covered by a merge is "".
 *   Spans: rows 0-1 are the header rows, body rows start at row 2.
 * - CSV (UTF-8 with BOM, one header row): per column, the row-1 and row-2 header texts joined
 *   with " / " when both are non-empty (「実施期間 / 開始日」), else the one that is printed.
 *   Body cells as printed (amounts keep their thousands separators, so they are quoted).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertWithLibreOffice } from './print-pdf.js';
import type { TruthDocument, TruthTable } from './truth.js';

const NAME = 'calc-list-local5g-jisshou';
const SAMPLES = new URL('..', import.meta.url).pathname;
const CAPTION = 'ローカル5G開発実証 実施案件一覧（令和2年度～令和4年度）';

type Lines = string[];
interface Row {
  no: number;
  year: string;
  title: Lines;
  contractor: Lines;
  area: Lines;
  band: Lines;
  start: [number, number, number];
  end: [number, number, number];
  amount: number;
  national: number;
}

/** Seed 000, <令和2年度実証事業>: 件名 (split where a narrow cell would break), 請負者, 実証地域. */
const R2: [Lines, Lines, Lines][] = [
  [['自動トラクター等の農機の', '遠隔監視制御による', '自動運転の実現'], ['東日本電信電話株式会社'], ['北海道岩見沢市']],
  [['農業ロボットによる農作業の', '自動化の実現'], ['関西ブロードバンド株式会社'], ['鹿児島県志布志市']],
  [['スマートグラスを活用した', '熟練農業者技術の「見える化」', 'の実現'], ['日本電気株式会社'], ['山梨県山梨市']],
  [['海中の状況を可視化する', '仕組み等の実現'], ['株式会社レイヤーズ・', 'コンサルティング'], ['広島県江田島市']],
  [['地域の中小工場等への', '横展開の仕組みの構築'], ['沖電気工業株式会社'], ['群馬県及び隣接地域']],
  [['MR技術を活用した', '遠隔作業支援の実現'], ['トヨタ自動車株式会社'], ['愛知県豊田市']],
  [['目視検査の自動化や遠隔からの', '品質確認の実現'], ['住友商事株式会社'], ['大阪府大阪市']],
  [['工場内の無線化の実現'], ['日本電気株式会社'], ['滋賀県栗東市']],
  [['自動運転車両の安全確保支援の', '仕組みの実現'], ['一般社団法人ICTまちづくり', '共通プラットフォーム推進機構'], ['群馬県前橋市']],
  [['遠隔・リアルタイムでの', '列車検査、線路巡視等の実現'], ['中央復建コンサルタンツ株式会社'], ['神奈川県横須賀市']],
  [['観光客の滞在時間と場所の', '分散化の促進等に資する', '仕組みの実現'], ['株式会社十六総合研究所'], ['岐阜県大野郡白川村']],
  [['eスポーツ等を通じた施設の', '有効活用による地域活性化の', '実現'], ['東日本電信電話株式会社'], ['北海道旭川市', '東京都千代田区']],
  [['MR技術を活用した', '新たな観光体験の実現'], ['日本電気株式会社'], ['奈良県奈良市']],
  [['防災業務の高度化及び', '迅速な住民避難行動の実現'], ['株式会社地域ワイヤレスジャパン'], ['栃木県栃木市']],
  [['遠隔巡回・遠隔監視等による', '警備力向上に資する', '新たなモデルの構築'], ['綜合警備保障株式会社'], ['東京都大田区']],
  [['遠隔会議や遠隔協調作業などの', '新しい働き方に必要な', 'リアルコミュニケーションの実現'], ['東日本電信電話株式会社'], ['新潟県新潟市', '東京都渋谷区']],
  [['遠隔会議や遠隔協調作業などの', '新しい働き方に必要な', 'リアルコミュニケーションの実現'], ['株式会社エヌ・ティ・ティ・', 'データ経営研究所'], ['愛知県新城市']],
  [['専門医の遠隔サポートによる', '離島等の基幹病院の医師の', '専門外来等の実現'], ['株式会社NTTフィールドテクノ'], ['長崎県長崎市', '長崎県五島市']],
  [['専門医の遠隔サポートによる', '離島等の基幹病院の医師の', '専門外来等の実現'], ['特定非営利活動法人滋賀県', '医療情報連携ネットワーク協議会'], ['滋賀県高島市']],
];

const MUNICIPALITIES = [
  '北海道帯広市', '北海道更別村', '青森県弘前市', '岩手県盛岡市', '宮城県仙台市', '秋田県秋田市', '山形県鶴岡市',
  '福島県会津若松市', '茨城県つくば市', '栃木県宇都宮市', '群馬県前橋市', '埼玉県さいたま市', '千葉県柏市',
  '東京都八王子市', '神奈川県川崎市', '新潟県長岡市', '富山県富山市', '石川県加賀市', '福井県鯖江市', '長野県塩尻市',
  '岐阜県岐阜市', '静岡県浜松市', '愛知県名古屋市', '三重県伊勢市', '滋賀県大津市', '京都府京都市', '兵庫県神戸市',
  '奈良県生駒市', '和歌山県白浜町', '鳥取県鳥取市', '島根県松江市', '岡山県岡山市', '広島県福山市', '山口県宇部市',
  '徳島県神山町', '香川県高松市', '愛媛県松山市', '高知県高知市', '福岡県北九州市', '佐賀県伊万里市', '熊本県熊本市',
  '大分県大分市', '宮崎県小林市', '鹿児島県薩摩川内市', '沖縄県那覇市',
];
const THEMES: Lines[] = [
  ['自動トラクター等の農機の', '遠隔監視制御の実現'], ['スマートグラスを活用した', '熟練技術の継承'],
  ['養殖場の水中映像による', '給餌の最適化'], ['工場内の無線化による', '生産性の向上'],
  ['目視検査の自動化と', '遠隔品質確認の実現'], ['自動運転バスの', '遠隔監視の実現'],
  ['観光地の混雑の可視化と', '分散化の促進'], ['河川監視カメラによる', '防災業務の高度化'],
  ['遠隔診療による', '離島・へき地医療の確保'], ['建設機械の', '遠隔操作の実現'],
  ['スマートスタジアムにおける', '高精細映像配信'], ['鉄道設備の', '遠隔点検の実現'], ['港湾荷役の', '自動化の実現'],
];
const CONTRACTORS: Lines[] = [
  ['東日本電信電話株式会社'], ['日本電気株式会社'], ['沖電気工業株式会社'], ['住友商事株式会社'],
  ['株式会社地域ワイヤレスジャパン'], ['綜合警備保障株式会社'], ['株式会社NTTフィールドテクノ'],
  ['中央復建コンサルタンツ株式会社'], ['関西ブロードバンド株式会社'], ['株式会社十六総合研究所'],
  ['株式会社エヌ・ティ・ティ・', 'データ経営研究所'],
];
const BANDS: Lines[] = [['Sub6', '(4.7GHz帯)'], ['mmWave', '(28GHz帯)'], ['Sub6', 'mmWave']];
const BODY_ROWS = 230;

/** xs[i mod length], for fixed non-empty lists. */
function pick<T>(xs: readonly T[], i: number): T {
  const x = xs[i % xs.length];
  if (x === undefined) throw new Error(`Empty list: cannot pick item ${i}`);
  return x;
}

function buildRows(): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < BODY_ROWS; i++) {
    const amount = 60000 + ((i * 7919 + 1237) % 240000);
    if (i < R2.length) {
      const [title, contractor, area] = pick(R2, i);
      rows.push({ no: i + 1, year: '令和2年度', title, contractor, area, band: pick(BANDS, i), start: [2020, 9, 14 + (i % 10)], end: [2021, 3, 19], amount, national: amount });
      continue;
    }
    const k = i - R2.length;
    const r3 = k < 100;
    const title = pick(THEMES, k * 5);
    const area = [pick(MUNICIPALITIES, k * 7)];
    const contractor = pick(CONTRACTORS, k * 3);
    const band = pick(BANDS, k + 1);
    const start: [number, number, number] = r3 ? [2021, 8 + (k % 3), 1 + ((k * 3) % 27)] : [2022, 6 + (k % 4), 1 + ((k * 5) % 28)];
    const end: [number, number, number] = r3 ? [2022, 3, 18] : [2023, 2, 28 - (k % 3)];
    // 令和4年度 rows are grants (補助率1/2): うち国費 is half the amount, rounded down.
    rows.push({ no: i + 1, year: r3 ? '令和3年度' : '令和4年度', title, contractor, area, band, start, end, amount, national: r3 ? amount : Math.floor(amount / 2) });
  }
  return rows;
}

/** Joins in-cell lines as documented at the top of this file. */
export function joinCellLines(lines: Lines): string {
  return lines.reduce((acc, line) => (acc && /[!-~]$/.test(acc) && /^[!-~]/.test(line) ? `${acc} ${line}` : acc + line), '');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paras = (lines: Lines) => lines.map((l) => `<text:p>${esc(l)}</text:p>`).join('');
const isoDate = ([y, m, d]: number[]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const shownDate = ([y, m, d]: number[]) => `${y}/${m}/${d}`;
const shownAmount = (n: number) => n.toLocaleString('en-US');

const HEAD1: { text: string; rows?: number; cols?: number }[] = [
  { text: '番号', rows: 2 }, { text: '年度', rows: 2 }, { text: '件名', rows: 2 }, { text: '請負者', rows: 2 },
  { text: '実証地域', rows: 2 }, { text: '周波数帯', rows: 2 }, { text: '実施期間', cols: 2 }, { text: '金額（千円）', cols: 2 },
];
const HEAD2 = ['開始日', '終了日', '契約額', 'うち国費'];
const WIDTHS_MM = [6, 14, 41, 31, 22, 15, 16.5, 16.5, 14.5, 14.5];

function buildFods(rows: Row[]): string {
  const head1 = HEAD1.map((h) => {
    const attrs = `${h.rows ? ` table:number-rows-spanned="${h.rows}"` : ''}${h.cols ? ` table:number-columns-spanned="${h.cols}"` : ''}`;
    const cell = `<table:table-cell table:style-name="head"${attrs} office:value-type="string"><text:p>${esc(h.text)}</text:p></table:table-cell>`;
    return h.cols ? cell + '<table:covered-table-cell/>' : cell;
  }).join('');
  const head2 = '<table:covered-table-cell/>'.repeat(6) + HEAD2.map((t) => `<table:table-cell table:style-name="head" office:value-type="string"><text:p>${t}</text:p></table:table-cell>`).join('');
  const str = (style: string, lines: Lines) => `<table:table-cell table:style-name="${style}" office:value-type="string">${paras(lines)}</table:table-cell>`;
  const body = rows.map((r) => '<table:table-row table:style-name="ro">' +
    `<table:table-cell table:style-name="num" office:value-type="float" office:value="${r.no}"><text:p>${r.no}</text:p></table:table-cell>` +
    str('center', [r.year]) + str('text', r.title) + str('text', r.contractor) + str('text', r.area) + str('center', r.band) +
    [r.start, r.end].map((d) => `<table:table-cell table:style-name="date" office:value-type="date" office:date-value="${isoDate(d)}"><text:p>${shownDate(d)}</text:p></table:table-cell>`).join('') +
    [r.amount, r.national].map((n) => `<table:table-cell table:style-name="amount" office:value-type="float" office:value="${n}"><text:p>${shownAmount(n)}</text:p></table:table-cell>`).join('') +
    '</table:table-row>').join('\n');
  const cellStyle = (name: string, align: string, extra = '') =>
    `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default"${extra}>` +
    `<style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle" fo:padding="0.4mm"/>` +
    `<style:paragraph-properties fo:text-align="${align}"/></style:style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="IPAexGothic" svg:font-family="IPAexGothic" style:font-family-generic="modern"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="table-cell"><style:text-properties style:font-name="IPAexGothic" style:font-name-asian="IPAexGothic" style:font-name-complex="IPAexGothic" fo:font-size="7pt" style:font-size-asian="7pt" style:font-size-complex="7pt" fo:language="ja" fo:country="JP" style:language-asian="ja" style:country-asian="JP"/></style:default-style>
<style:style style:name="Default" style:family="table-cell"/>
</office:styles>
<office:automatic-styles>
${WIDTHS_MM.map((w, i) => `<style:style style:name="co${i}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${w}mm"/></style:style>`).join('\n')}
<style:style style:name="ro" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>
<style:style style:name="rotitle" style:family="table-row"><style:table-row-properties style:row-height="9mm" fo:break-before="auto"/></style:style>
<style:style style:name="ta" style:family="table" style:master-page-name="List"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
<number:number-style style:name="N1"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:date-style style:name="N2"><number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/></number:date-style>
${cellStyle('text', 'start')}
${cellStyle('center', 'center')}
${cellStyle('num', 'end')}
${cellStyle('amount', 'end', ' style:data-style-name="N1"')}
${cellStyle('date', 'center', ' style:data-style-name="N2"')}
<style:style style:name="head" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#d9e1f2" fo:wrap-option="wrap" style:vertical-align="middle" fo:padding="0.4mm"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="title" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties style:vertical-align="middle"/><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-top="9mm" fo:margin-bottom="8mm" fo:margin-left="9mm" fo:margin-right="9mm" style:print-page-order="ttb" style:print="objects charts drawings"/><style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="6mm" fo:margin-top="2mm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="List" style:page-layout-name="pm"><style:header style:display="false"/><style:footer><text:p><text:page-number>1</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:spreadsheet>
<table:table table:name="実施案件一覧" table:style-name="ta">
${WIDTHS_MM.map((_, i) => `<table:table-column table:style-name="co${i}" table:default-cell-style-name="Default"/>`).join('')}
<table:table-row table:style-name="rotitle"><table:table-cell table:style-name="title" table:number-columns-spanned="10" office:value-type="string"><text:p>${esc(CAPTION)}</text:p></table:table-cell>${'<table:covered-table-cell/>'.repeat(9)}</table:table-row>
<table:table-header-rows>
<table:table-row table:style-name="ro">${head1}</table:table-row>
<table:table-row table:style-name="ro">${head2}</table:table-row>
</table:table-header-rows>
${body}
</table:table>
</office:spreadsheet></office:body></office:document>
`;
}

function csvField(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function main(): void {
  const rows = buildRows();
  const dir = mkdtempSync(join(tmpdir(), 'calc-list-'));
  try {
    writeFileSync(join(dir, `${NAME}.fods`), buildFods(rows));
    convertWithLibreOffice(join(dir, `${NAME}.fods`), dir);
    renameSync(join(dir, `${NAME}.pdf`), join(SAMPLES, `${NAME}.pdf`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const info = execFileSync('pdfinfo', [join(SAMPLES, `${NAME}.pdf`)], { encoding: 'utf8' });
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  if (!(pageCount >= 5)) throw new Error(`Expected at least 5 pages: got ${pageCount}`);
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);

  const head1 = [...HEAD1.slice(0, 6).map((h) => h.text), '実施期間', '', '金額（千円）', ''];
  const head2 = ['', '', '', '', '', '', ...HEAD2];
  const header = [head1, head2];
  const body = rows.map((r) => [String(r.no), r.year, joinCellLines(r.title), joinCellLines(r.contractor), joinCellLines(r.area),
    joinCellLines(r.band), shownDate(r.start), shownDate(r.end), shownAmount(r.amount), shownAmount(r.national)]);
  const table: TruthTable = {
    caption: CAPTION,
    pages,
    header,
    rows: body,
    spans: [
      ...[0, 1, 2, 3, 4, 5].map((col) => ({ row: 0, col, rowSpan: 2, colSpan: 1 })),
      { row: 0, col: 6, rowSpan: 1, colSpan: 2 },
      { row: 0, col: 8, rowSpan: 1, colSpan: 2 },
    ],
  };
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: '000_ba2badbcc32d7d27',
    family: 'calc-list',
    edition: null,
    page_count: pageCount,
    made_with: 'Flat ODS (.fods) printed with LibreOffice Calc (soffice --convert-to pdf), IPAexGothic 7pt, A4 portrait. ' +
      'Rows 1-19 are the 令和2年度 ローカル5G 実証 projects of seed 000; rows 20-230 are deterministic synthetic rows ' +
      '(real municipality names × fixed themes); dates, 周波数帯 and amounts are fabricated. ' +
      'In-cell lines joined without a separator, with one space between two ASCII characters.',
    hazards: [
      'two-row header with merged group cells, repeated on every page (print rows)',
      'title row on the first page only',
      'in-cell line breaks',
      'one table continued across pages',
      'thousands separators in amounts',
    ],
    policies: [],
    cases: [],
    tables: [table],
    page_texts: pages.map((page) => ({ page, texts: page === 1 ? [CAPTION, '実施期間', '金額（千円）', 'うち国費'] : ['実施期間', '金額（千円）', 'うち国費', `${page} / ${pageCount}`] })),
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  // Covered cells of a column-spanning group take the group's text, so 「終了日」 becomes 「実施期間 / 終了日」.
  const groups = head1.map((h, i) => h || (head1[i - 1] ?? ''));
  const csvHeader = groups.map((g, i) => (head2[i] ? `${g} / ${head2[i]}` : g));
  const csv = [csvHeader, ...body].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  writeFileSync(join(SAMPLES, `${NAME}.truth.csv`), '\uFEFF' + csv);
  console.log(`${NAME}.pdf: ${pageCount} pages, ${rows.length} body rows`);
}

main();
