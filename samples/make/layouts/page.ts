/**
 * Pages of a rendering: the page box for its size and margins, running header and footer, the
 * chapter tab, page numbers in several forms, the cover and chapter dividers, and the CSS that
 * sets the spec's type and rules.
 */
import { esc } from './model.ts';
import type { NFamily } from './model.ts';
import type { PageNoForm, RenderingSpec, Slot } from './spec.ts';

export const PAGE_MM: Record<RenderingSpec['page'], [number, number]> = { a4p: [210, 297], a4l: [297, 210], slide: [338.7, 190.5] };

export function pageNumber(form: PageNoForm, n: number, total: number): string {
  return form === 'dash' ? `- ${n} -` : form === 'of' ? `${n} / ${total}` : form === 'p' ? `P.${n}` : String(n);
}

const slotText = (fam: NFamily, slot: Slot | undefined, group: string | null): string =>
  slot === 'ministry' ? fam.ministry : slot === 'doc' ? fam.docTitle : slot === 'group' ? group ?? '' : slot === 'context' ? fam.context : slot === 'date' ? fam.datePrint : '';

/** One page: furniture around a `.content` box that FIT_CONTENT_SCRIPT may shrink, never more than it allows. */
export function pageHtml(spec: RenderingSpec, fam: NFamily, body: string, n: number, total: number, group: string | null): string {
  const h = spec.header;
  const f = spec.footer;
  const head = h ? `<div class="rh${h.rule ? ' rule' : ''}"><span>${esc(slotText(fam, h.left, group))}</span><span>${esc(slotText(fam, h.right, group))}</span></div>` : '';
  const foot = f ? `<div class="rf"><span>${esc(slotText(fam, f.left, group))}</span><span>${esc(slotText(fam, f.right, group))}</span></div>` : '';
  const tab = spec.tab && group ? `<div class="tab">${esc(group)}</div>` : '';
  const pn = spec.pageNo ? `<div class="pn ${spec.pageNo.at}">${esc(pageNumber(spec.pageNo.form, n, total))}</div>` : '';
  return `<div class="page">${head}${tab}<div class="content"><div class="inner">${body}</div></div>${foot}${pn}</div>`;
}

export function coverHtml(spec: RenderingSpec, fam: NFamily): string {
  const date = spec.cover === 'title-date' ? `<div class="cdate">${esc(fam.datePrint)}</div>` : '';
  return `<div class="page cover"><div class="ctitle">${fam.coverTitle.map((t) => `<div>${esc(t)}</div>`).join('')}</div>${date}<div class="cmin">${esc(fam.ministry)}</div></div>`;
}

export function dividerHtml(group: string): string {
  return `<div class="page divider"><div class="dv">${esc(group)}</div></div>`;
}

export function css(spec: RenderingSpec): string {
  const [w, h] = PAGE_MM[spec.page];
  const [mt, mr, mb, ml] = spec.margins;
  const a = spec.accent;
  const head = spec.headFont ?? spec.font;
  return `@page{size:${w}mm ${h}mm;margin:0}
*{box-sizing:border-box;font-weight:normal!important}
body{margin:0;font-family:"${spec.font}";font-size:${spec.size}pt;line-height:1.42;color:#111}
.page{width:${w}mm;height:${h}mm;position:relative;overflow:hidden;break-after:page}
.content{position:absolute;top:${mt}mm;right:${mr}mm;bottom:${mb}mm;left:${ml}mm;overflow:hidden}
.rh,.rf{position:absolute;left:${ml}mm;right:${mr}mm;display:flex;justify-content:space-between;font-size:8.5pt;color:#444}
.rh{top:${Math.max(3, mt - 8)}mm}.rh.rule{border-bottom:0.4mm solid ${a};padding-bottom:0.6mm}
.rf{bottom:${Math.max(3, mb - 8)}mm}
.tab{position:absolute;top:0;right:${mr}mm;background:${a};color:#fff;font-size:8.5pt;padding:1mm 3mm;max-width:45%;text-align:right}
.pn{position:absolute;font-size:9pt}
.pn.top-right{top:${Math.max(3, mt - 8)}mm;right:${mr / 2}mm}.pn.bottom-center{bottom:${Math.max(3, mb / 2 - 2)}mm;left:0;right:0;text-align:center}
.pn.bottom-right{bottom:${Math.max(3, mb / 2 - 2)}mm;right:${mr}mm}.pn.bottom-left{bottom:${Math.max(3, mb / 2 - 2)}mm;left:${ml}mm}
.rec{margin-bottom:4mm}.rec+.rec{border-top:0.5mm dashed #888;padding-top:3mm}
.nm{font-family:"${head}";font-size:${spec.nameSize}pt;color:${a};line-height:1.3;margin:0 0 1.5mm}
.nm.rule{border-bottom:0.5mm solid ${a};padding-bottom:1mm}
.nm.big{border-left:2mm solid ${a};padding-left:2.5mm}
.nmrow.otrrow{display:flex;justify-content:space-between;align-items:flex-start;gap:6mm}.nmrow.otrrow .nm{flex:1}
.otr{font-size:${Math.max(8, spec.size - 1)}pt;text-align:right;border:0.3mm solid #777;padding:1mm 2mm;line-height:1.3;white-space:nowrap}
.topic{font-family:"${head}";font-size:${spec.size + 2}pt;background:#eef2f8;padding:1mm 2mm;margin-bottom:1.5mm}
.office{text-align:right;font-size:${Math.max(8, spec.size - 1)}pt;margin-bottom:1.5mm}
.obox{border:0.4mm solid ${a};padding:1.2mm 2.5mm;margin-top:2mm;font-size:${Math.max(8, spec.size - 1)}pt}
.obox .lb{display:block;color:${a}}
table{border-collapse:collapse;width:100%;margin-bottom:1.5mm;table-layout:auto}
th,td{border:0.25mm solid #444;padding:0.8mm 1.5mm;vertical-align:top;text-align:left}
th{background:#e4eaf3;font-family:"${head}"}
table.kv th{text-align:center;vertical-align:middle;word-break:break-all}
table.hr th{text-align:center}
td.nmv{font-family:"${head}";font-size:${spec.nameSize}pt;color:${a}}
table.ycols{width:auto;margin:0}table.ycols th,table.ycols td{border-color:#888;font-size:${spec.size - 0.5}pt;padding:0.4mm 2mm}
table.ycols td{text-align:right}
.il{display:flex;margin:0.6mm 0}.il .lb{flex:0 0 auto;color:${a};font-family:"${head}"}.il .iv{flex:1}
.il.big{font-size:${spec.nameSize - 3}pt;border:0.4mm solid ${a};padding:1mm 3mm;display:inline-flex;margin:0 0 2mm}
.hblk{margin:1.2mm 0}.hd{font-family:"${head}";color:${a};font-size:${spec.size + 0.5}pt;margin-bottom:0.5mm}.hv{padding-left:3mm}
.bl{padding-left:1.2em;text-indent:-1.2em}.g{display:inline-block;width:1.2em;text-indent:0}
.sub{font-family:"${head}";color:${a};margin:1.2mm 0 0.4mm}.subv{padding-left:3mm}
.cond{border:0.3mm solid #666;padding:1mm 2mm;margin:1.5mm 0}.cond .cap,.diagram .cap,.figure .cap{font-family:"${head}";color:${a};margin-bottom:0.6mm}
.diagram{margin:1.5mm 0}.flow{display:flex;align-items:center;gap:2mm;flex-wrap:wrap}
.node{border:0.35mm solid #333;padding:1mm 2mm;background:#f7f7f7}.arr{font-size:${spec.size - 1.5}pt;text-align:center}
.figure{border:0.3mm solid #9aa8bd;border-radius:2mm;padding:2mm;margin-top:2mm;background:#f5f8fc}
.figrow{display:flex;align-items:center;gap:2mm;flex-wrap:wrap;font-size:${spec.size - 1}pt}.fnode{border:0.3mm solid #6b7d99;border-radius:3mm;padding:1.5mm 3mm;background:#fff}
.figph{height:22mm;margin-top:2mm;background:linear-gradient(135deg,#e9eef6,#d5dfec);border-radius:1mm}
.two{display:flex;gap:5mm}.two .lc{flex:1.35}.two .rc{flex:1}
.cover .ctitle{position:absolute;top:32%;left:0;right:0;text-align:center;font-family:"${head}";font-size:24pt;line-height:1.5;color:${a}}
.cover .cdate{position:absolute;top:66%;left:0;right:0;text-align:center;font-size:14pt}
.cover .cmin{position:absolute;top:76%;left:0;right:0;text-align:center;font-size:18pt;letter-spacing:3mm}
.divider .dv{position:absolute;top:42%;left:10%;right:10%;text-align:center;font-family:"${head}";font-size:22pt;border-top:0.6mm solid ${a};border-bottom:0.6mm solid ${a};padding:4mm 0}`;
}
