/**
 * Builds samples/budget-frames.pdf: two A4 pages printed by Chromium (IPAex Gothic) with the
 * tables a budget document sets without row rules:
 * - page 1, a 予算フレーム: a ruled frame with a rule under its header and between its columns but
 *   none between its 17 items (one item's name on two lines, labels spread over the column's width
 *   as 均等割付 is, glyph by glyph), figures right-aligned;
 * - page 1, below it, a borderless 兆円 table in the prose: a unit line over it, labels centred and
 *   letter-spaced, figures right-aligned and of unlike widths;
 * - page 2, prose in two columns with a rule between them, as a 財務省 説明 sets it, each column
 *   holding item lists with their amounts under 「（単位　百万円）」: names wrapped over two lines
 *   beside an amount centred on them, a centred 「計」, then a numbered heading and a 「追　加」
 *   line of the prose that are not the table's.
 * Text and figures are made up for the sample.
 *
 * Truth: the four tables, cells as printed (spread labels as one word, wrapped names joined).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPageCount } from './check-pdf.ts';
import { printHtmlToPdf } from './print-pdf.ts';
import type { TruthDocument, TruthTable } from './truth.ts';

const NAME = 'budget-frames';
const SAMPLES = new URL('..', import.meta.url).pathname;

const TITLE = '令和6年度予算の概要';
const LEAD = '令和6年度一般会計予算の規模は、前年度当初予算に比べて減少している。歳出の内訳は次のとおりである。';
const FRAME_CAPTION = '表1　令和6年度一般会計歳出予算フレーム（単位：億円）';
const FRAME_HEADER = ['区分', '令和5年度予算', '令和6年度予算', '増減額'];
/** Items of the frame; a name given as two strings is printed on two lines, one marked `spread` is set 均等割付. */
const FRAME_ROWS: { name: string | [string, string]; spread?: boolean; figures: [string, string, string] }[] = [
  { name: '社会保障関係費', figures: ['368,889', '377,193', '8,304'] },
  { name: '文教及び科学振興費', figures: ['54,158', '54,716', '558'] },
  { name: '恩給関係費', spread: true, figures: ['970', '760', '△210'] },
  { name: '地方交付税交付金等', figures: ['163,992', '177,863', '13,871'] },
  { name: '防衛関係費', spread: true, figures: ['67,880', '79,172', '11,292'] },
  { name: '公共事業関係費', figures: ['60,600', '60,828', '228'] },
  { name: '経済協力費', spread: true, figures: ['5,114', '5,041', '△73'] },
  { name: '中小企業対策費', figures: ['1,704', '1,693', '△11'] },
  { name: 'エネルギー対策費', figures: ['8,540', '8,329', '△211'] },
  { name: '食料安定供給関係費', figures: ['12,654', '12,618', '△36'] },
  { name: 'その他の事項経費', figures: ['56,154', '55,802', '△352'] },
  { name: '予備費', spread: true, figures: ['5,000', '10,000', '5,000'] },
  { name: ['原油価格・物価高騰対策', '及び賃上げ促進環境整備対応予備費'], figures: ['40,000', '10,000', '△30,000'] },
  { name: '国債費', spread: true, figures: ['252,503', '270,090', '17,587'] },
  { name: '地方創生推進費', figures: ['1,000', '1,000', '0'] },
  { name: '防衛力強化資金繰入れ', figures: ['33,806', '0', '△33,806'] },
  { name: '合計', spread: true, figures: ['1,143,812', '1,125,717', '△18,095'] },
];

const CHO_LEAD = '歳入歳出の規模を兆円で示すと、次のとおりとなる。';
const CHO_UNIT = '（単位：兆円）';
const CHO_HEADER = ['区分', '令和5年度', '令和6年度', '増減'];
const CHO_ROWS: { name: string; spread?: boolean; figures: [string, string, string] }[] = [
  { name: '歳出', spread: true, figures: ['114.4', '112.6', '△1.8'] },
  { name: '税収', spread: true, figures: ['69.4', '69.6', '0.2'] },
  { name: 'その他収入', figures: ['9.3', '7.5', '△1.8'] },
  { name: '公債金', spread: true, figures: ['35.6', '35.4', '△0.2'] },
  { name: '基礎的財政収支', figures: ['△10.8', '△8.3', '2.5'] },
];
const CHO_NOTE = 'なお、計数は四捨五入によっているので、端数において合計とは合致しないものがある。';

/** Page 2: one column of prose, the item list it leads to, and what follows it. */
interface ProseColumn {
  heading: string;
  added: string;
  prose: string;
  items: { name: string | [string, string]; amount: string }[];
  total: string;
  next: string;
  nextAdded: string;
  after: string;
}

const COLUMNS: ProseColumn[] = [
  {
    heading: '（ハ）　児童福祉施設等における感染拡大防止対策',
    added: '41,490（百万円）',
    prose: '上記の追加額は、地方公共団体等が行う児童福祉施設等におけるマスク・消毒液の確保等に要する費用の補助等に必要な経費であって、その内訳は次のとおりである。',
    items: [
      { name: ['児童福祉施設等における', '感染拡大防止対策費'], amount: '23,955' },
      { name: ['障害者支援施設等におけ', 'る感染拡大防止対策費'], amount: '10,221' },
      { name: ['幼稚園における感染拡大', '防止対策費'], amount: '3,571' },
      { name: '保護施設等整備費', amount: '2,575' },
      { name: ['小学校等における感染拡', '大防止対策費'], amount: '1,169' },
    ],
    total: '41,490',
    next: '②　学校等における衛生環境改善等',
    nextAdded: '32,543（百万円）',
    after: '上記の追加額は、学校等の衛生環境の改善に必要な経費である。',
  },
  {
    heading: '（イ）　学校等の衛生環境改善',
    added: '10,610（百万円）',
    prose: '上記の追加額は、公立学校施設等における衛生環境の改善に必要な経費であって、その内訳は次のとおりである。',
    items: [
      { name: '公立文教施設整備費', amount: '5,733' },
      { name: '国立大学法人施設整備費', amount: '3,952' },
      { name: ['独立行政法人国立高等専', '門学校機構施設整備費'], amount: '598' },
      { name: '私立学校振興費', amount: '275' },
      { name: ['日本留学試験における感', '染拡大防止対策費'], amount: '52' },
    ],
    total: '10,610',
    next: '（ロ）　介護施設等の衛生環境改善',
    nextAdded: '5,694（百万円）',
    after: '上記の追加額は、介護施設等の整備に要する費用に充てるための交付金の交付等に必要な経費である。',
  },
];
const PROSE_UNIT = '（単位　百万円）';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A label spread over its cell's width glyph by glyph, as 均等割付 prints it. */
const spreadHtml = (s: string): string => `<span class="spread">${[...s].map((g) => `<span>${esc(g)}</span>`).join('')}</span>`;
const nameHtml = (name: string | [string, string], spread = false): string =>
  typeof name === 'string' ? (spread ? spreadHtml(name) : esc(name)) : name.map(esc).join('<br>');
const nameText = (name: string | [string, string]): string => (typeof name === 'string' ? name : name.join(''));

function frameHtml(): string {
  const head = `<tr>${FRAME_HEADER.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const body = FRAME_ROWS.map(({ name, spread, figures }) => `<tr><td class="name">${nameHtml(name, spread)}</td>${figures.map((f) => `<td class="num">${esc(f)}</td>`).join('')}</tr>`);
  return `<p class="caption">${esc(FRAME_CAPTION)}</p><table class="frame"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

function choHtml(): string {
  const head = `<tr>${CHO_HEADER.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const body = CHO_ROWS.map(({ name, spread, figures }) => `<tr><td class="label">${nameHtml(name, spread)}</td>${figures.map((f) => `<td class="num">${esc(f)}</td>`).join('')}</tr>`);
  return `<p>${esc(CHO_LEAD)}</p><div class="cho"><div class="unit">${esc(CHO_UNIT)}</div><table><thead>${head}</thead><tbody>${body.join('')}</tbody></table></div><p>${esc(CHO_NOTE)}</p>`;
}

const added = (amount: string): string => `<div class="added"><span class="spread2"><span>追</span><span>加</span></span><span class="amount">${esc(amount)}</span></div>`;

function columnHtml(c: ProseColumn): string {
  const items = c.items.map(({ name, amount }) => `<tr><td class="item">${nameHtml(name)}</td><td class="num">${esc(amount)}</td></tr>`).join('');
  return `<div class="col"><p class="head">${esc(c.heading)}</p>${added(c.added)}<p>${esc(c.prose)}</p>
<div class="unit">${esc(PROSE_UNIT)}</div><table class="items">${items}<tr><td class="total">計</td><td class="num">${esc(c.total)}</td></tr></table>
<p class="head">${esc(c.next)}</p>${added(c.nextAdded)}<p>${esc(c.after)}</p></div>`;
}

function html(): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${NAME}</title><style>
@page { size: A4; margin: 18mm 20mm; }
body { font-family: "IPAexGothic"; font-size: 10pt; line-height: 1.6; color: #111; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 4mm; text-align: center; }
p { margin: 0 0 2mm; text-indent: 1em; }
.caption { text-indent: 0; font-weight: bold; margin: 4mm 0 2mm; }
table { border-collapse: collapse; }
.frame { border: 0.8pt solid #000; margin: 0 0 6mm; }
.frame th { border: 0.8pt solid #000; padding: 1.2mm 3mm; font-weight: normal; text-align: center; }
.frame td { border-left: 0.8pt solid #000; border-right: 0.8pt solid #000; padding: 0.6mm 3mm; font-size: 9pt; line-height: 1.3; }
.frame td.name { width: 62mm; }
.num { text-align: right; }
.spread { display: inline-flex; justify-content: space-between; width: 100%; }
.frame .spread { width: 40mm; }
.unit { text-align: right; font-size: 9pt; }
.cho { display: inline-block; margin: 0 0 3mm 10mm; }
.cho th { font-weight: normal; padding: 0.8mm 6mm; text-align: center; }
.cho td { padding: 0.8mm 6mm; }
.cho td.label { width: 34mm; text-align: center; }
.cho .spread { width: 24mm; }
.page2 { break-before: page; }
.cols { display: flex; }
.col { flex: 1; padding: 0 5mm; }
.col:first-child { border-right: 0.8pt solid #000; }
.head { text-indent: 0; margin: 3mm 0 1mm; }
.added { display: flex; justify-content: space-between; font-size: 9pt; margin: 0 0 1mm; }
.spread2 { display: inline-flex; justify-content: space-between; width: 20mm; }
.items { margin: 0 0 2mm 6mm; width: calc(100% - 8mm); font-size: 9pt; line-height: 1.15; }
.items td { padding: 0.5mm 0; vertical-align: middle; }
.items td.item { width: 38mm; }
.items td.total { text-align: center; }
</style></head><body>
<h1>${esc(TITLE)}</h1>
<p>${esc(LEAD)}</p>
${frameHtml()}
${choHtml()}
<div class="page2"><div class="cols">${COLUMNS.map(columnHtml).join('')}</div></div>
</body></html>`;
}

const figuresTable = (caption: string | null, pages: number[], header: string[][], rows: string[][]): TruthTable => ({ caption, pages, header, rows, spans: [] });

function main(): void {
  const out = join(SAMPLES, `${NAME}.pdf`);
  printHtmlToPdf(html(), out);
  const pageCount = pdfPageCount(out);
  if (pageCount !== 2) throw new Error(`Expected 2 pages: got ${pageCount}`);
  const tables = [
    figuresTable(FRAME_CAPTION, [1], [FRAME_HEADER], FRAME_ROWS.map(({ name, figures }) => [nameText(name), ...figures])),
    figuresTable(CHO_UNIT, [1], [CHO_HEADER], CHO_ROWS.map(({ name, figures }) => [name, ...figures])),
    ...COLUMNS.map((c) => figuresTable(PROSE_UNIT, [2], [], [...c.items.map(({ name, amount }) => [nameText(name), amount]), ['計', c.total]])),
  ];
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: 'none',
    family: 'budget-frames',
    edition: null,
    page_count: pageCount,
    made_with: 'HTML printed with Chromium (printHtmlToPdf), IPAex Gothic, A4: a budget frame ruled by column only, a borderless 兆円 table and item lists in two columns of prose, text made up for the sample.',
    hazards: [
      'a ruled frame with column rules and a header rule but no rules between its 17 items',
      'labels spread over their column glyph by glyph (均等割付)',
      'a borderless table of 兆円 figures in prose, labels centred, figures right-aligned',
      'two columns of prose with a rule between them, each with item lists of two columns under a unit line',
      'item names wrapped over two lines beside an amount centred on them',
      'a numbered heading and a 「追　加」 line after a list total (not the table\'s)',
    ],
    policies: [],
    cases: [],
    tables,
    page_texts: [
      { page: 1, texts: [TITLE, LEAD, FRAME_CAPTION, CHO_LEAD, CHO_NOTE] },
      // The left column's last paragraph is left out: the page text reads it after the right
      // column's (a reading-order fault of two columns of text with a rule between them).
      { page: 2, texts: [COLUMNS[0]!.prose, COLUMNS[1]!.prose, COLUMNS[1]!.after] },
    ],
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  console.log(`${NAME}.pdf: ${pageCount} pages, ${tables.length} tables`);
}

main();
