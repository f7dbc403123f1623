/**
 * Novel layouts of one record per page: a coloured name band with a number badge, a big running
 * title over every page, a 事業PR資料 sheet with its budget boxed at the top right, 16:9 slides of
 * cards, and an enquiries block at each record's foot.
 */
import { esc } from '../layouts/model.ts';
import { CATALOGUE, RECORDS } from './records.ts';
import { ENGLISH } from './layouts-tables.ts';
import { budgetHeadValue, contactText, coverPage, documentHtml, itemsHtml, labelOf, nameHtml, perPage, runTogether, shown, type NovelLayout, type Shown } from './kit.ts';

const sectionsAs = (s: Shown, head: (label: string) => string, bullet = ''): string =>
  s.sections.map(([k, items]) => `${head(labelOf(k))}${itemsHtml(items, bullet)}`).join('');

export const bandBadge: NovelLayout = {
  id: 'band-badge',
  describe: 'A4 portrait; cover; one policy per page; the name in white on a coloured band with a number badge 「No.11」 at its left; 予算額 and 担当 as 「【予算額】」 「【担当】」 headings; sections as 【】 headings',
  build() {
    const list = RECORDS.map((r, i) => shown(r, String(i + 11)));
    const pages = list.map((s) => `<div class="page"><div class="body"><div class="band"><span class="badge">No.${s.number}</span><span class="nm">${esc(s.rec.name)}</span></div>` +
      `<div class="h">【予算額】</div>${s.budget.map((b) => `<div>${esc(b.text)}</div>`).join('')}` +
      `<div class="h">【担当】</div>${s.offices.map((o) => `<div>${esc(o.name)}　${esc(contactText(o))}</div>`).join('')}${sectionsAs(s, (l) => `<div class="h">【${esc(l)}】</div>`)}</div></div>`);
    const style = `.body{padding:18mm 18mm}.band{background:#1d4f91;color:#fff;display:flex;align-items:center;gap:4mm;padding:3mm 4mm;margin-bottom:5mm}
.badge{background:#fff;color:#1d4f91;border-radius:3mm;padding:0.5mm 2.5mm;font-size:11pt}.nm{font-size:15pt}.h{margin-top:3mm;color:#1d4f91}`;
    return { html: documentHtml('a4p', style, coverPage() + pages.join('')), shown: list };
  },
};

export const runningTitle: NovelLayout = {
  id: 'big-running-title',
  describe: 'A4 portrait; no cover; every page headed by the document title in 20 pt (larger than the names, 13 pt) over a thick rule, footer 「- n -」; one policy per page; name as a bare heading; 「●」 headings for office, budget and sections',
  build() {
    const list = RECORDS.map((r) => shown(r));
    const pages = list.map((s, i) => `<div class="page"><div class="rt">${esc(CATALOGUE.title.join(' '))}</div><div class="body"><div class="nm">${esc(s.rec.name)}</div>` +
      `<div class="h">●担当</div>${s.offices.map((o) => `<div>${esc(o.name)}（${esc(contactText(o))}）</div>`).join('')}` +
      `<div class="h">●予算額</div>${s.budget.map((b) => `<div>${esc(b.text)}</div>`).join('')}${sectionsAs(s, (l) => `<div class="h">●${esc(l)}</div>`)}</div><div class="pn">- ${i + 1} -</div></div>`);
    const style = `.rt{position:absolute;top:10mm;left:16mm;right:16mm;font-size:20pt;border-bottom:1.2mm solid #a33;padding-bottom:1mm}.body{position:absolute;top:32mm;left:18mm;right:18mm}
.nm{font-size:13pt;margin-bottom:3mm}.h{margin-top:3mm}.pn{position:absolute;bottom:9mm;left:0;right:0;text-align:center;font-size:9pt}`;
    return { html: documentHtml('a4p', style, pages.join('')), shown: list };
  },
};

export const prSheet: NovelLayout = {
  id: 'pr-sheet-budget-box',
  describe: 'A4 landscape; cover; one project per page (事業PR資料): the name at the top left in 18 pt, its division and phone under it, the budget in a framed box at the top right (head 「令和6年度予算案」 over the figure in 20 pt); 事業の目的・概要 and the other sections in a left column, a figure box (事業イメージ) in the right',
  scan: [1, 2, 3, 4, 5, 6],
  build() {
    const list = RECORDS.map((r): Shown => {
      const s = shown(r);
      const rest = s.sections.filter(([k]) => k !== '目的' && k !== '概要');
      const joint = s.sections.filter(([k]) => k === '目的' || k === '概要').flatMap(([, items]) => items);
      return { ...s, offices: s.offices.map((o) => ({ ...o, emails: [] })), sections: [['目的・概要', joint], ...rest] };
    });
    const pages = list.map((s) => {
      const [head, value] = budgetHeadValue(s.budget[0]!);
      return `<div class="page"><div class="top"><div><div class="nm">${esc(s.rec.name)}</div>${s.offices.map((o) => `<div class="of">${esc(o.name)}（${esc(o.phones.join('、'))}）</div>`).join('')}</div>` +
        `<div class="box"><div class="bh">${esc(head)}</div><div class="bv">${esc(value)}</div></div></div>` +
        `<div class="cols"><div class="left">${sectionsAs(s, (l) => `<div class="h">${esc(l)}</div>`, '○')}</div><div class="fig"><div class="h">事業イメージ</div><div class="pic">国 → 補助 → 地方公共団体 → 事業者</div></div></div></div>`;
    });
    const style = `.top{position:absolute;top:12mm;left:14mm;right:14mm;display:flex;justify-content:space-between;gap:8mm}.nm{font-size:18pt}.of{font-size:9pt}
.box{border:0.7mm solid #c60;padding:2mm 5mm;text-align:center;min-width:70mm}.bh{font-size:10pt}.bv{font-size:20pt;color:#c60}
.cols{position:absolute;top:48mm;left:14mm;right:14mm;display:flex;gap:8mm}.left{flex:1.3}.fig{flex:1;border:0.4mm solid #888;padding:3mm}.h{background:#c60;color:#fff;padding:0.5mm 2mm;margin:3mm 0 1mm}.pic{height:60mm;display:flex;align-items:center;justify-content:center;font-size:9pt}`;
    return { html: documentHtml('a4l', style, coverPage() + pages.join('')), shown: list };
  },
};

export const slideCards: NovelLayout = {
  id: 'slide-cards',
  describe: '16:9 slides; cover slide; one policy per slide: the name in white on a full-width title bar, four cards in a grid each with its label as a coloured card header, the budget and office in a grey bar at the slide foot 「予算額：… ｜ 担当：…」',
  build() {
    const list = RECORDS.map((r) => shown(r));
    const pages = list.map((s) => `<div class="page"><div class="bar">${nameHtml(s.rec, true)}</div><div class="grid">` +
      s.sections.map(([k, items]) => `<div class="card"><div class="ch">${esc(labelOf(k))}</div>${itemsHtml(items, '・')}</div>`).join('') + '</div>' +
      `<div class="foot">予算額：${s.budget.map((b) => esc(b.text)).join('、')}　｜　担当：${s.offices.map((o) => `${esc(o.name)}（${esc(contactText(o))}）`).join('')}</div></div>`);
    const style = `.bar{background:#0b5;color:#fff;font-size:20pt;padding:5mm 10mm;line-height:1.25}.grid{position:absolute;top:36mm;left:10mm;right:10mm;bottom:30mm;display:grid;grid-template-columns:1fr 1fr;gap:5mm}
.card{border:0.4mm solid #0b5;border-radius:2mm;padding:0 3mm 2mm;font-size:11pt}.ch{background:#0b5;color:#fff;margin:0 -3mm 2mm;padding:1mm 3mm;border-radius:1.6mm 1.6mm 0 0}
.foot{position:absolute;left:10mm;right:10mm;bottom:8mm;background:#eee;padding:2mm 4mm;font-size:10pt}`;
    return { html: documentHtml('slide', style, coverPage().replace('class="page cover"', 'class="page cover"') + pages.join('')), shown: list };
  },
};

export const enquiriesFoot: NovelLayout = {
  id: 'enquiries-foot',
  describe: 'A4 portrait; cover; two policies per page, each in a frame; name as 「施策名」 in a small grey box above it; 予算 inline; sections inline 「目的：」; the office only at the record\'s foot as 「【お問い合わせ】…課　TEL …　E-mail …」',
  build() {
    const list = RECORDS.slice(0, 10).map((r) => shown(r));
    const rec = (s: Shown) => `<div class="rec"><div class="lb">施策名</div><div class="nm">${esc(s.rec.name)}</div>${s.budget.map((b) => `<div>予算：${esc(b.text)}</div>`).join('')}` +
      s.sections.map(([k, items]) => `<div>${esc(labelOf(k))}：${esc(items.join(''))}</div>`).join('') +
      s.offices.map((o) => `<div class="enq">【お問い合わせ】${esc(o.name)}　${esc(contactText(o))}</div>`).join('') + '</div>';
    const pages = perPage(list, 2).map((two) => `<div class="page"><div class="body">${two.map(rec).join('')}</div></div>`);
    const style = `.body{padding:16mm 17mm}.rec{border:0.4mm solid #666;padding:3mm 4mm;margin-bottom:8mm}.lb{display:inline-block;background:#ddd;font-size:8pt;padding:0.3mm 2mm}
.nm{font-size:13pt;margin-bottom:2mm}.enq{margin-top:3mm;border-top:0.3mm dashed #666;padding-top:1.5mm;font-size:9pt}`;
    return { html: documentHtml('a4p', style, coverPage() + pages.join('')), shown: list.map(runTogether) };
  },
};

export const bilingualHeadings: NovelLayout = {
  id: 'bilingual-headings',
  describe: 'A4 portrait; cover; one policy per page; the name as a heading with its English line under it in small type; every label a 「■」 heading with its English word after it on the same line (「■ 目的 Purpose」, 「■ 予算額 Budget」, 「■ 担当 Contact」)',
  build() {
    const list = RECORDS.map((r) => shown(r));
    const head = (label: string) => `<div class="h">■ ${esc(label)} <span class="en">${ENGLISH[label] ?? ''}</span></div>`;
    const pages = list.map((s, i) => `<div class="page"><div class="body"><div class="nm">${esc(s.rec.name)}</div><div class="en">Project ${i + 1}</div>` +
      `${head('担当')}${s.offices.map((o) => `<div>${esc(o.name)}（${esc(contactText(o))}）</div>`).join('')}` +
      `${head('予算額')}${s.budget.map((b) => `<div>${esc(b.text)}</div>`).join('')}${s.sections.map(([k, items]) => `${head(labelOf(k))}${itemsHtml(items)}`).join('')}</div></div>`);
    const style = `.body{padding:20mm 20mm}.nm{font-size:15pt}.en{font-size:8pt;color:#555}.h{margin-top:4mm;border-bottom:0.3mm solid #888}`;
    return { html: documentHtml('a4p', style, coverPage() + pages.join('')), shown: list };
  },
};
