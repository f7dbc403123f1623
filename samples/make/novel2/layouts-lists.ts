/**
 * Second novel corpus, layouts of lists and flows: a catalogue of aligned columns with no rules and a
 * two-row header, three records side by side on a slide, two columns of running text, 予算概要 entries
 * with 国費 / 事業費 lines, and records under a cover that alone gives the budget's year.
 */
import { esc } from '../layouts/model.ts';
import { CATALOGUE, RECORDS } from '../novel/records.ts';
import { budgetHeadValue, contactText, coverPage, documentHtml, itemsHtml, only, perPage, runTogether, shown, type NovelLayout, type Shown } from '../novel/kit.ts';
import { bl, NATIONAL, NATIONAL_CHAPTERS, NATIONAL_TITLE, SPLIT, splitBudget } from './records.ts';
import { cover, label, NATIONAL_LABELS, roman } from './kit2.ts';

export const catalogueUnruled: NovelLayout = {
  id: 'n2-catalogue-unruled',
  describe: 'A4 landscape, Mincho; cover; a catalogue of aligned columns with no rules or shading, columns 番号 | 所管課 | 事業名 | 事業内容 | 予算額（百万円）, the last over two columns 令和6年度案 | 令和5年度 in a two-row header repeated on each page; amounts as bare numbers (「－」 for a new project); page numbers 「n / N」 at the bottom right',
  build() {
    const list: Shown[] = RECORDS.map((r, i) => {
      const r6 = 180 + i * 37;
      const r5 = i % 4 === 3 ? null : 150 + i * 29;
      const budget = [{ text: `${r6}`, lines: [bl(2024, '令和6年度', 'draft', r6 * 1e6, '百万円')] }, ...(r5 === null ? [] : [{ text: `${r5}`, lines: [bl(2023, '令和5年度', 'initial', r5 * 1e6, '百万円')] }])];
      return { ...only(shown(r, String(i + 1)), ['概要']), budget, offices: r.offices.map((o) => ({ ...o, phones: [], emails: [] })) };
    });
    const rows = list.map((s, i) => `<tr><td class="c">${s.number}</td><td>${esc(s.offices[0]!.name)}</td><td>${esc(s.rec.name)}</td><td>${itemsHtml(s.sections[0]![1])}</td>` +
      `<td class="r">${esc(s.budget[0]!.text)}</td><td class="r">${s.budget[1] === undefined ? '－' : esc(s.budget[1].text)}</td></tr>${i % 4 === 3 ? '<tr class="gap"><td colspan="6"></td></tr>' : ''}`);
    const head = '<thead><tr><th rowspan="2">番号</th><th rowspan="2" style="width:50mm">所管課</th><th rowspan="2" style="width:58mm">事業名</th><th rowspan="2">事業内容</th><th colspan="2">予算額（百万円）</th></tr><tr><th class="r" style="width:22mm">令和6年度案</th><th class="r" style="width:22mm">令和5年度</th></tr></thead>';
    const style = `@page{size:297mm 210mm;margin:15mm 15mm 17mm;@bottom-right{content:counter(page) " / " counter(pages);font-size:8.5pt}}
.cover{width:267mm;height:178mm}table{border-collapse:collapse;width:100%}th{font-weight:bold;text-align:left;padding:1mm 2.5mm;vertical-align:bottom}td{padding:1.6mm 2.5mm;vertical-align:top}
.r{text-align:right}.c{text-align:center;width:12mm}tr{break-inside:avoid}thead{display:table-header-group}.gap td{height:3mm}h1{font-size:14pt;margin:0 0 4mm}`;
    const body = `${coverPage()}<h1>令和6年度予算案　主要事業一覧</h1><table>${head}<tbody>${rows.join('')}</tbody></table>`;
    return { html: documentHtml('a4l', style, body, 'IPAexMincho').replace(/@page\{size:297mm 210mm;margin:0\}/, ''), shown: list };
  },
};

export const threeUpSlides: NovelLayout = {
  id: 'n2-three-up-slides',
  describe: '16:9 slides; cover; three projects side by side on each slide in bordered columns under a running slide title; each numbered 「(ア)」 over its name; labels in 〔〕 on their own lines (〔予算〕 〔所管〕 〔事業目的〕 〔事業内容〕 〔成果目標〕 〔補助率〕 〔交付先〕)',
  build() {
    const kana = 'アイウエオカキクケコ';
    const list = NATIONAL.map((r, i) => shown(r, `(${kana[i]})`));
    const col = (s: Shown) => `<div class="col"><div class="no">${esc(s.number!)}</div><div class="nm">${esc(s.rec.name)}</div>` +
      `<div class="h">〔予算〕</div>${s.budget.map((b) => `<div>${esc(b.text)}</div>`).join('')}` +
      `<div class="h">〔所管〕</div>${s.offices.map((o) => `<div>${esc(o.name)}</div><div>${esc(contactText(o, ' '))}</div>`).join('')}` +
      s.sections.map(([k, items]) => `<div class="h">〔${esc(label(NATIONAL_LABELS, k))}〕</div>${itemsHtml(items)}`).join('') + '</div>';
    const pages = perPage(list, 3).map((three, p) => `<div class="page"><div class="tt">${esc(NATIONAL_TITLE.join(' '))}（${p + 1}）</div><div class="cols">${three.map(col).join('')}</div></div>`);
    const style = `.tt{background:#4a2a6a;color:#fff;font-size:13pt;padding:2.5mm 8mm}.cols{position:absolute;top:18mm;left:7mm;right:7mm;bottom:7mm;display:flex;gap:4mm}
.col{flex:0 0 calc((100% - 8mm) / 3);border:0.4mm solid #4a2a6a;padding:2mm 3mm;font-size:8.6pt;line-height:1.35}.no{font-size:9pt;color:#4a2a6a}.nm{font-size:12pt;font-weight:bold;margin-bottom:1.5mm}.h{color:#4a2a6a;margin-top:1.2mm}`;
    return { html: documentHtml('slide', style, cover(NATIONAL_TITLE, '令和5年12月22日', '経済産業省・国土交通省') + pages.join('')), shown: list };
  },
};

export const twoColumnFlow: NovelLayout = {
  id: 'n2-two-column-flow',
  describe: 'A4 portrait, Mincho 9 pt; cover; six records a page in two columns of running text (a record may break from one column into the next); each record only a rule and a bold name, then run-in 「◇」 labels (◇予算額 ◇担当 ◇目的 ◇概要 …) with the text following on the same line',
  build() {
    const list = RECORDS.map((r) => runTogether(shown(r)));
    const rec = (s: Shown) => `<div class="rec"><div class="nm">${esc(s.rec.name)}</div>${s.budget.map((b) => `<p>◇予算額　${esc(b.text)}</p>`).join('')}` +
      s.offices.map((o) => `<p>◇担当　${esc(o.name)}（${esc(contactText(o))}）</p>`).join('') + s.sections.map(([k, items]) => `<p>◇${esc(k)}　${esc(items.join(''))}</p>`).join('') + '</div>';
    const pages = perPage(list, 6).map((six, i) => `<div class="page"><div class="hd">${esc(CATALOGUE.docTitle)}</div><div class="cols">${six.map(rec).join('')}</div><div class="pn">${i + 1}</div></div>`);
    const style = `.hd{position:absolute;top:9mm;left:16mm;font-size:8pt;color:#555}.cols{position:absolute;top:18mm;left:16mm;right:16mm;bottom:18mm;column-count:2;column-gap:9mm;column-fill:auto;font-size:9pt;line-height:1.55}
.rec{border-top:0.35mm solid #000;padding-top:1.5mm;margin-bottom:6mm}.nm{font-weight:bold;font-size:10.5pt;margin-bottom:1mm}p{margin:0 0 1mm;text-align:justify}.pn{position:absolute;bottom:9mm;left:0;right:0;text-align:center;font-size:8pt}`;
    return { html: documentHtml('a4p', style, coverPage() + pages.join(''), 'IPAexMincho'), shown: list };
  },
};

export const kokuhiLines: NovelLayout = {
  id: 'n2-kokuhi-jigyouhi',
  describe: 'A4 portrait, Mincho; cover; 予算概要 style, three projects a page separated by a rule: 「○ name（office）」 in bold with the office in brackets after the name, no phone; a right-hand budget block 「令和6年度予算案」 over two lines 「国費 4.0億円」 「事業費 8.0億円」; sections as 「◇」 headings',
  build() {
    const list: Shown[] = SPLIT.map((sp) => ({ ...shown(sp.rec), budget: [splitBudget(sp)], offices: sp.rec.offices.map((o) => ({ ...o, phones: [], emails: [] })) }));
    const rec = (s: Shown, i: number) => {
      const sp = SPLIT[i]!;
      return `<div class="rec"><div class="bx"><div class="bh">${esc(sp.head)}</div><div>国費　<b>${esc(sp.kokuhi[0])}</b></div><div>事業費　<b>${esc(sp.jigyouhi[0])}</b></div></div>` +
        `<div class="nm">○ ${esc(s.rec.name)}（${esc(s.offices[0]!.name)}）</div>` + s.sections.map(([k, items]) => `<div class="h">◇${esc(label(NATIONAL_LABELS, k))}</div>${itemsHtml(items, '・')}`).join('') + '</div>';
    };
    const pages = perPage(list, 3).map((three, p) => `<div class="page"><div class="body">${three.map((s, j) => rec(s, p * 3 + j)).join('')}</div></div>`);
    const style = `.body{padding:18mm 18mm}.rec{border-bottom:0.5mm solid #333;padding-bottom:4mm;margin-bottom:5mm;min-height:70mm}.nm{font-weight:bold;font-size:12pt;margin-bottom:2mm}
.bx{float:right;width:48mm;margin:0 0 2mm 5mm;border:0.3mm solid #999;padding:1.5mm 3mm;text-align:right}.bh{text-align:left;font-size:8.5pt}.h{margin-top:1.5mm}`;
    return { html: documentHtml('a4p', style, cover(NATIONAL_TITLE, '令和5年12月22日', '国土交通省・経済産業省') + pages.join(''), 'IPAexMincho'), shown: list };
  },
};

export const coverYear: NovelLayout = {
  id: 'n2-cover-year',
  describe: 'A4 portrait; a cover 「令和6年度予算(案) 主要事業の概要」 is the only place the year of most figures is printed; chapter headings 「Ⅰ　…」; several records a page, each a bold name numbered 「Ⅰ-2」 under a thin rule; labels in 《》 (《予算額》 《所管》 《目的》 《概要》 …), the figure printed bare (「12.3億円（令和5年度：10.0億円）」) where its year is the cover\'s',
  build() {
    const bare = (s: Shown): Shown => ({ ...s, budget: s.budget.map((b) => {
      const [head, figure] = budgetHeadValue(b);
      return /^令和6年度予算(案|\(案\))$/.test(head) ? { ...b, text: figure } : { ...b, text: `${head}　${figure}` };
    }) });
    const chapters = NATIONAL_CHAPTERS.map((c, ci) => ({ c, recs: NATIONAL.filter((r) => r.chapter === c).map((r, j) => bare(shown(r, `${roman(ci)}-${j + 1}`))) }));
    const list = chapters.flatMap((c) => c.recs);
    const rec = (s: Shown) => `<div class="rec"><div class="nm">${esc(s.number!)}　${esc(s.rec.name)}</div>${s.budget.map((b) => `<div>《予算額》${esc(b.text)}</div>`).join('')}` +
      s.offices.map((o) => `<div>《所管》${esc(o.name)}　${esc(contactText(o))}</div>`).join('') + s.sections.map(([k, items]) => `<div class="h">《${esc(k)}》</div>${itemsHtml(items)}`).join('') + '</div>';
    const blocks = chapters.flatMap((c) => [`<div class="ch">${esc(c.c)}</div>`, ...c.recs.map(rec)]);
    const style = `@page{size:210mm 297mm;margin:20mm 20mm 20mm}.cover{width:170mm;height:257mm}.ch{font-size:14pt;font-weight:bold;margin:2mm 0 4mm;border-left:2.5mm solid #777;padding-left:3mm;break-after:avoid}
.rec{border-top:0.25mm solid #333;padding-top:2mm;margin-bottom:6mm;break-inside:avoid}.nm{font-weight:bold;font-size:11.5pt;margin-bottom:1.5mm}.h{margin-top:1mm}`;
    const cov = cover(['令和6年度予算(案)', '主要事業の概要'], '令和5年12月', '国土交通省・経済産業省');
    return { html: documentHtml('a4p', style, cov + blocks.join('')).replace(/@page\{size:210mm 297mm;margin:0\}/, ''), shown: list };
  },
};
