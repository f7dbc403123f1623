/**
 * Builds samples/figures-not-tables.pdf: one A4 page printed by Chromium (IPAex Gothic) with the
 * ruled shapes a report draws that are not tables, around one table that is:
 * - a bar chart: a ruled frame with gridlines and bars (drawn borders), value labels over the bars,
 *   axis labels outside the frame;
 * - a flow diagram: a row of framed steps with arrows between them, and a column of framed steps;
 * - a single framed box with a title row (a callout);
 * - the table: a caption above, named columns, figures with thousands separators (right-aligned),
 *   a column whose figures carry their unit (「1,240時間」), a letter-spaced label (「合　　計」, set
 *   with CSS letter-spacing as 均等割付 is), a centred column.
 * Text and figures are made up for the sample.
 *
 * Truth: the one table, cells as printed (the letter-spaced label as one word).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printOnePage } from './print-pdf.ts';
import type { TruthDocument } from './truth.ts';

const NAME = 'figures-not-tables';
const SAMPLES = new URL('..', import.meta.url).pathname;

const TITLE = '窓口業務の見直しの効果（令和5年度）';
const CHART_TITLE = '図1　手続別のオンライン申請件数';
const BARS: [string, number][] = [['住民票', 820], ['印鑑証明', 540], ['転出届', 310], ['児童手当', 460], ['保育申込', 690], ['税証明', 380]];
const FLOW_TITLE = '図2　申請から交付までの流れ';
const FLOW = ['申請', '審査', '交付決定', '実績報告', '確定'];
const STEPS = ['要綱の改正', '様式の見直し', 'システム改修'];
const BOX_TITLE = 'ポイント';
const BOX_TEXT = '窓口での待ち時間は前年度より平均12分短くなりました。引き続き、申請書の記入を不要とする取組を進めます。';
const CAPTION = '表1　課別の処理件数と事務量';
const HEADER = ['課名', '区分', '処理件数', '事務量', '前年度比'];
const ROWS: string[][] = [
  ['市民課', '窓口', '12,480', '1,240時間', '△3.5%'],
  ['保険年金課', '窓口', '8,315', '960時間', '2.1%'],
  ['子育て支援課', '郵送', '4,102', '420時間', '△1.2%'],
  ['税務課', '窓口', '6,958', '780時間', '0.8%'],
];
const TOTAL = ['合計', '', '31,855', '3,400時間', '△0.9%'];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function chartHtml(): string {
  const max = 1000;
  const grid = Array.from({ length: 10 }, (_, i) => `<div class="grid" style="bottom:${(i + 1) * 10}%"></div>`).join('');
  const axis = Array.from({ length: 6 }, (_, i) => `<div class="tick" style="bottom:calc(${i * 20}% - 5pt)">${i * 200}</div>`).join('');
  const bars = BARS.map(([, n], i) => `<div class="bar" style="left:${6 + i * 16}%;height:${(n / max) * 100}%"><span>${n}</span></div>`).join('');
  const labels = BARS.map(([name], i) => `<div class="xlabel" style="left:${3 + i * 16}%">${esc(name)}</div>`).join('');
  return `<p class="caption">${esc(CHART_TITLE)}</p><div class="chart"><div class="axis">${axis}</div><div class="plot">${grid}${bars}</div><div class="xlabels">${labels}</div></div>`;
}

function html(): string {
  const numeric = (i: number): boolean => i >= 2;
  const row = (cells: string[], tag: 'th' | 'td', cls = ''): string =>
    `<tr${cls}>${cells.map((c, i) => `<${tag}${tag === 'td' && numeric(i) ? ' class="num"' : i === 1 ? ' class="mid"' : ''}>${c === '合計' ? '<span class="spaced">合計</span>' : esc(c)}</${tag}>`).join('')}</tr>`;
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${NAME}</title><style>
@page { size: A4; margin: 16mm 20mm; }
body { font-family: "IPAexGothic"; font-size: 10pt; line-height: 1.6; color: #111; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 4mm; }
.caption { font-weight: bold; margin: 4mm 0 2mm; }
.chart { position: relative; height: 52mm; margin: 0 0 10mm 12mm; width: 130mm; }
.plot { position: absolute; left: 0; right: 0; top: 0; bottom: 0; border-left: 0.8pt solid #000; border-bottom: 0.8pt solid #000; }
.grid { position: absolute; left: 0; right: 0; border-top: 0.4pt solid #999; }
.bar { position: absolute; bottom: 0; width: 9%; background: #4a7ab5; border: 0.6pt solid #234; }
.bar span { position: absolute; top: -13pt; left: 0; right: 0; text-align: center; font-size: 8pt; }
.axis { position: absolute; left: -11mm; top: 0; bottom: 0; width: 9mm; }
.tick { position: absolute; right: 0; font-size: 8pt; }
.xlabels { position: absolute; left: 0; right: 0; bottom: -6mm; }
.xlabel { position: absolute; width: 15%; text-align: center; font-size: 8pt; }
.flow { display: flex; align-items: center; gap: 0; margin: 0 0 4mm; }
.step { border: 0.8pt solid #000; padding: 2mm 4mm; min-width: 16mm; text-align: center; }
.arrow { padding: 0 3mm; }
.steps { width: 50mm; margin: 0 0 6mm; }
.steps div { border: 0.8pt solid #000; padding: 1.5mm; text-align: center; margin-bottom: 3mm; }
.box { border: 0.8pt solid #000; width: 150mm; margin: 0 0 6mm; }
.box .head { border-bottom: 0.8pt solid #000; padding: 1mm 3mm; font-weight: bold; }
.box .body { padding: 2mm 3mm; }
table { border-collapse: collapse; margin: 0 0 4mm; }
th, td { border: 0.8pt solid #000; padding: 1.2mm 3mm; font-weight: normal; }
th { background: #e8eef6; text-align: center; }
.num { text-align: right; }
.mid { text-align: center; }
.spaced { letter-spacing: 2em; }
</style></head><body>
<h1>${esc(TITLE)}</h1>
${chartHtml()}
<p class="caption">${esc(FLOW_TITLE)}</p>
<div class="flow">${FLOW.map((s) => `<div class="step">${esc(s)}</div>`).join('<div class="arrow">→</div>')}</div>
<div class="steps">${STEPS.map((s) => `<div>${esc(s)}</div>`).join('')}</div>
<div class="box"><div class="head">${esc(BOX_TITLE)}</div><div class="body">${esc(BOX_TEXT)}</div></div>
<p class="caption">${esc(CAPTION)}</p>
<table><thead>${row(HEADER, 'th')}</thead><tbody>
${[...ROWS, TOTAL].map((r) => row(r, 'td')).join('\n')}
</tbody></table>
</body></html>`;
}

function main(): void {
  const out = join(SAMPLES, `${NAME}.pdf`);
  const pageCount = printOnePage(html(), out);
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: 'none',
    family: 'figures-not-tables',
    edition: null,
    page_count: pageCount,
    made_with: 'HTML printed with Chromium (printHtmlToPdf), IPAex Gothic, A4: a bar chart, a flow diagram, a framed box and one ruled table, text made up for the sample.',
    hazards: [
      'a bar chart drawn with gridlines and bars (not a table)',
      'a flow diagram of framed steps in a row and in a column (not a table)',
      'a framed box with a title row (not a table)',
      'figures with thousands separators and units in the cells',
      'a letter-spaced label (合　計)',
    ],
    policies: [],
    cases: [],
    tables: [{ caption: CAPTION, pages: [1], header: [HEADER], rows: [...ROWS, TOTAL], spans: [] }],
    page_texts: [{ page: 1, texts: [TITLE, CHART_TITLE, FLOW_TITLE, BOX_TITLE, BOX_TEXT, CAPTION] }],
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  console.log(`${NAME}.pdf: ${pageCount} page, 1 table`);
}

main();
