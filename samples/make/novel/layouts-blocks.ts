/**
 * Novel layouts of blocks several to a page: two records side by side, tab-like label boxes, half
 * pages under a rule, circled numbers with two-line names, and labels run into their text.
 */
import { esc } from '../layouts/model.ts';
import { RECORDS } from './records.ts';
import { contactText, coverPage, documentHtml, itemsHtml, labelOf, nameHtml, perPage, runTogether, shown, type NovelLayout, type Shown } from './kit.ts';

const budgetLines = (s: Shown, label = '予算額'): string => s.budget.map((b) => `<div>${esc(label)}　${esc(b.text)}</div>`).join('');
const officeLine = (s: Shown, label = '担当'): string => s.offices.map((o) => `<div>${esc(label)}：${esc(o.name)}（${esc(contactText(o))}）</div>`).join('');

export const twoUp: NovelLayout = {
  id: 'two-up-landscape',
  describe: 'A4 landscape; cover; two policies side by side in two columns of each page, split by a vertical rule; name as a heading with a left bar, office 「担当：」 line, 予算額 line, sections as 「■」 headings',
  build() {
    const list = RECORDS.slice(0, 8).map((r) => shown(r));
    const col = (s: Shown) => `<div class="col"><div class="nm">${esc(s.rec.name)}</div>${officeLine(s)}${budgetLines(s)}` +
      s.sections.map(([k, items]) => `<div class="h">■${esc(labelOf(k))}</div>${itemsHtml(items, '・')}`).join('') + '</div>';
    const pages = perPage(list, 2).map((two) => `<div class="page"><div class="cols">${two.map(col).join('<div class="bar"></div>')}</div></div>`);
    const style = `.cols{position:absolute;inset:15mm 14mm;display:flex;gap:6mm}.col{flex:1}.bar{width:0;border-left:0.4mm solid #888}
.nm{font-size:14pt;border-left:2mm solid #2a6;padding-left:2mm;margin-bottom:3mm}.h{margin-top:3mm;color:#2a6}`;
    return { html: documentHtml('a4l', style, coverPage() + pages.join('')), shown: list };
  },
};

export const tabLabels: NovelLayout = {
  id: 'tab-labels',
  describe: 'A4 portrait; cover; two policies per page; every label (事業名 too) a dark tab-like box sitting on top of a framed box holding its value',
  build() {
    const list = RECORDS.slice(2, 12).map((r) => shown(r));
    const tab = (label: string, html: string, cls = '') => `<div class="tb"><span class="tab">${esc(label)}</span><div class="val ${cls}">${html}</div></div>`;
    const rec = (s: Shown) => `<div class="rec">${tab('事業名', esc(s.rec.name), 'nm')}<div class="two">${tab('担当', s.offices.map((o) => `<div>${esc(o.name)}</div><div>${esc(contactText(o))}</div>`).join(''))}` +
      `${tab('予算額', s.budget.map((b) => `<div>${esc(b.text)}</div>`).join(''))}</div>${s.sections.map(([k, items]) => tab(labelOf(k), itemsHtml(items))).join('')}</div>`;
    const pages = perPage(list, 2).map((two) => `<div class="page"><div class="body">${two.map(rec).join('')}</div></div>`);
    const style = `.body{padding:14mm 16mm}.rec{margin-bottom:7mm}.tb{margin-top:2mm}.tab{display:inline-block;background:#335;color:#fff;font-size:8.5pt;padding:0.6mm 3mm;border-radius:1.5mm 1.5mm 0 0}
.val{border:0.4mm solid #335;padding:1.2mm 2.5mm}.nm{font-size:13pt}.two{display:flex;gap:4mm}.two>.tb{flex:1}`;
    return { html: documentHtml('a4p', style, coverPage() + pages.join('')), shown: list };
  },
};

export const halfPage: NovelLayout = {
  id: 'half-pages-fullwidth',
  describe: 'A4 portrait; cover; two policies per page, each a half page, a heavy rule between; names numbered with full-width digits 「１．」; office and 予算 as 「〈担当〉」 「〈予算〉」 headings; sections as 「〈目的〉」 headings',
  build() {
    const wide = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const list = RECORDS.map((r, i) => shown(r, String(i + 1)));
    const rec = (s: Shown) => `<div class="half"><div class="nm">${wide(Number(s.number))}．${esc(s.rec.name)}</div>` +
      `<div class="h">〈担当〉</div>${s.offices.map((o) => `<div>${esc(o.name)}　${esc(contactText(o))}</div>`).join('')}` +
      `<div class="h">〈予算〉</div>${s.budget.map((b) => `<div>${esc(b.text)}</div>`).join('')}` +
      s.sections.map(([k, items]) => `<div class="h">〈${esc(labelOf(k))}〉</div>${itemsHtml(items)}`).join('') + '</div>';
    const pages = perPage(list, 2).map((two) => `<div class="page"><div class="body">${two.map(rec).join('<hr>')}</div></div>`);
    const style = `.body{padding:14mm 18mm;display:flex;flex-direction:column;height:100%}.half{height:128mm;overflow:hidden}hr{border:0;border-top:1.2mm solid #333;margin:3mm 0}
.nm{font-size:13pt;margin-bottom:2mm}.h{margin-top:1.5mm;color:#633}`;
    return { html: documentHtml('a4p', style, coverPage() + pages.join(''), 'IPAexMincho'), shown: list };
  },
};

export const maruTwoLine: NovelLayout = {
  id: 'maru-twoline-inline',
  describe: 'A4 portrait; cover; three policies per page numbered ①②③, names of two lines where long; 「予算：」 「担当：」 and every section as inline 「label：value」 paragraphs',
  build() {
    const maru = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫';
    const list = RECORDS.map((r, i) => shown(r, maru[i]!));
    const rec = (s: Shown) => `<div class="rec"><div class="nm"><span class="no">${s.number}</span><span>${nameHtml(s.rec, true)}</span></div>` +
      s.budget.map((b) => `<div>予算：${esc(b.text)}</div>`).join('') + officeLine(s) +
      s.sections.map(([k, items]) => `<div>${esc(labelOf(k))}：${esc(items.join(''))}</div>`).join('') + '</div>';
    const pages = perPage(list, 3).map((three) => `<div class="page"><div class="body">${three.map(rec).join('')}</div></div>`);
    const style = `.body{padding:15mm 17mm}.rec{margin-bottom:6mm}.nm{display:flex;gap:2mm;font-size:13pt;margin-bottom:1.5mm}.no{flex:none}`;
    return { html: documentHtml('a4p', style, coverPage() + pages.join('')), shown: list.map(runTogether) };
  },
};

/**
 * Labels run into their text after a full-width space, no colon (「目的　高齢者の…」); `overprinted`
 * sets them bold the way a text stroke does, drawing each label twice (fill, then stroke) in the text layer.
 */
function runInLayout(overprinted: boolean): NovelLayout {
  return {
    id: overprinted ? 'run-in-labels-overprinted' : 'run-in-labels',
    describe: `A4 portrait; cover; two policies per page; name underlined; labels run into their text after a full-width space, no colon (「目的　高齢者の…」, 「予算額　令和6年度…」, 「担当　…」)${overprinted ? ', set bold by a text stroke, so each label is drawn twice' : ''}`,
    build() {
      const list = RECORDS.slice(1, 11).map((r) => shown(r));
      const run = (label: string, text: string) => `<p><span class="lb">${esc(label)}</span>　${esc(text)}</p>`;
      const rec = (s: Shown) => `<div class="rec"><div class="nm">${esc(s.rec.name)}</div>${s.budget.map((b) => run('予算額', b.text)).join('')}` +
        s.offices.map((o) => run('担当', `${o.name}（${contactText(o)}）`)).join('') + s.sections.map(([k, items]) => run(labelOf(k), items.join(''))).join('') + '</div>';
      const pages = perPage(list, 2).map((two) => `<div class="page"><div class="body">${two.map(rec).join('')}</div></div>`);
      const bold = overprinted ? '-webkit-text-stroke:0.25px #000' : 'color:#036';
      const style = `.body{padding:18mm 18mm}.rec{margin-bottom:9mm}.nm{font-size:13pt;border-bottom:0.4mm solid #000;margin-bottom:2mm}p{margin:0 0 1.5mm}.lb{letter-spacing:0.05em;${bold}}`;
      return { html: documentHtml('a4p', style, coverPage() + pages.join('')), shown: list.map(runTogether) };
    },
  };
}

export const runIn = runInLayout(false);
export const runInOverprinted = runInLayout(true);
