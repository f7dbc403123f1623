/**
 * The shared rendering toolkit for one record: name, office, labelled meta fields, sections,
 * budget, figure, each placed and spelled as a spec says. Returns HTML and what it printed (the
 * budget strings, for the truth's era labels and the amount check).
 */
import type { TruthOffice } from '../truth.ts';
import { esc, hasOwnBullet, type NBudget, type NRecord, type NSection } from './model.ts';
import type { Place, RenderingSpec } from './spec.ts';

const DEFAULT_LABEL: Record<string, string> = {
  name: '施策名', office: '担当', field: '分野', category: '施策分類', refs: '総合戦略該当箇所', budget: '予算額',
};

/** The printed label of a field or section: the spec's spelling, letter-spaced when asked. */
export function labelOf(spec: RenderingSpec, key: string): string {
  const text = spec.labels[key] ?? DEFAULT_LABEL[key] ?? key;
  return spec.spaced?.includes(key) ? Array.from(text).join('　') : text;
}

const markLabel = (spec: RenderingSpec, text: string): string => {
  const m = spec.mark ?? '■';
  return m.length === 2 ? `${m[0]}${text}${m[1]}` : `${m}${m === '◆' ? '' : ' '}${text}`;
};

function itemsHtml(items: string[], bullet: string): string {
  const own = items.some(hasOwnBullet);
  const glyph = (s: string) => (own || hasOwnBullet(s) || s.startsWith('※') || !bullet || items.length === 1 ? '' : bullet);
  return items.map((s) => (glyph(s) ? `<div class="bl"><span class="g">${glyph(s)}</span>${esc(s)}</div>` : `<div class="pl">${esc(s)}</div>`)).join('');
}

function phoneText(spec: RenderingSpec, phone: string): string {
  const f = spec.office.phone;
  return f === 'paren' ? `（${phone}）` : `${f}${phone}`;
}

/** One office as printed: its name, its phones in the spec's form, its e-mails when asked. */
export function officeText(spec: RenderingSpec, o: TruthOffice): string {
  const contacts = [...o.phones.map((p) => phoneText(spec, p)), ...(spec.office.emails ? o.emails : [])];
  if (contacts.length === 0) return o.name;
  return spec.office.phone === 'paren' ? `${o.name}${contacts.join('')}` : `${o.name}（${contacts.join('　')}）`;
}

/** The budget entries as printed, each with the label context a reader sees on its line. */
export function budgetStrings(spec: RenderingSpec, rec: NRecord): string[] {
  const bare = spec.budgetForm === 'bare' || spec.budgetForm === 'bare-paren';
  return rec.budget.map((b) => (bare && b.bare !== null ? b.bare : b.text));
}

function budgetHtml(spec: RenderingSpec, rec: NRecord): string {
  const printed = budgetStrings(spec, rec);
  const cols = rec.budget.map((b) => b.column);
  if (spec.budgetForm === 'columns' && cols.every((c) => c !== null) && cols.length > 0) {
    const c = cols as NonNullable<NBudget['column']>[];
    return `<table class="ycols"><tr>${c.map((x) => `<th>${esc(x.head)}</th>`).join('')}</tr><tr>${c.map((x) => `<td>${esc(x.value)}</td>`).join('')}</tr></table>`;
  }
  const paren = spec.budgetForm === 'paren' || spec.budgetForm === 'bare-paren';
  return printed.map((s, i) => `<div class="yl">${esc(paren && i > 0 ? `（${s}）` : s)}</div>`).join('');
}

interface Item { key: string; label: string; html: string; long?: boolean; big?: boolean }

function metaItems(spec: RenderingSpec, rec: NRecord, only?: 'budget'): Item[] {
  const out: Item[] = [];
  if (only) return rec.budget.length ? [{ key: 'budget', label: labelOf(spec, 'budget'), html: budgetHtml(spec, rec) }] : [];
  if (spec.office.at === 'cell' && rec.offices.length > 0)
    out.push({ key: 'office', label: labelOf(spec, 'office'), html: rec.offices.map((o) => `<div>${esc(officeText(spec, o))}</div>`).join('') });
  for (const key of spec.meta) {
    if (key === 'field' && rec.field) out.push({ key, label: labelOf(spec, key), html: esc(rec.field) });
    if (key === 'category' && rec.category) out.push({ key, label: labelOf(spec, key), html: esc(rec.category) });
    if (key === 'refs' && rec.refs.length) out.push({ key, label: labelOf(spec, key), html: rec.refs.map((r) => `<div>${esc(r)}</div>`).join('') });
    if (key === 'budget' && rec.budget.length && !spec.budgetAfter) out.push({ key, label: labelOf(spec, key), html: budgetHtml(spec, rec), big: spec.budgetBig });
  }
  return out;
}

/** Labelled items in one of the four placements. */
function placeItems(spec: RenderingSpec, place: Place, items: Item[], cls: string): string {
  if (items.length === 0) return '';
  const w = `style="width:${spec.labelWidth ?? 24}mm"`;
  if (place === 'left-column')
    return `<table class="kv ${cls}">${items.map((i) => (i.label ? `<tr><th ${w}>${esc(i.label)}</th><td>${i.html}</td></tr>` : `<tr><td colspan="2">${i.html}</td></tr>`)).join('')}</table>`;
  if (place === 'header-row') {
    const rows: Item[][] = [];
    for (const i of items) (rows.at(-1) && rows.at(-1)!.length < (cls === 'meta' ? 4 : 2) && !i.long ? rows.at(-1)! : (rows[rows.length] = [])).push(i);
    return rows
      .map((r) => `<table class="hr ${cls}"><tr>${r.map((i) => `<th>${esc(i.label)}</th>`).join('')}</tr><tr>${r.map((i) => `<td>${i.html}</td>`).join('')}</tr></table>`)
      .join('');
  }
  if (place === 'inline')
    return items.map((i) => (i.label ? `<div class="il ${cls}${i.big ? ' big' : ''}"><span class="lb">${esc(i.label)}${i.big ? '　' : /[】>＞]$/u.test(i.label) ? '' : '：'}</span><div class="iv">${i.html}</div></div>` : `<div class="blk">${i.html}</div>`)).join('');
  return items.map((i) => `<div class="hblk ${cls}">${i.label ? `<div class="hd">${esc(markLabel(spec, i.label))}</div>` : ''}<div class="hv">${i.html}</div></div>`).join('');
}

function flowDiagram(caption: string, scheme: string): string {
  const parts = scheme.split(/\s*→\s*/u).map((p) => (/^（.*）$/u.test(p) ? `<span class="arr">${esc(p)}<br>⇒</span>` : `<span class="node">${esc(p)}</span>`));
  return `<div class="diagram"><div class="cap">${esc(caption)}</div><div class="flow">${parts.join('')}</div></div>`;
}

export function figureHtml(rec: NRecord, caption: string): string {
  if (rec.figure.length === 0) return '';
  return `<div class="figure"><div class="cap">${esc(caption)}</div><div class="figrow">${rec.figure.map((f) => `<span class="fnode">${esc(f)}</span>`).join('<span class="farr">▶</span>')}</div><div class="figph"></div></div>`;
}

/** Which sections this rendering prints as sections (the truth's sections). */
export const printedSections = (spec: RenderingSpec, rec: NRecord): NSection[] =>
  rec.sections.filter((s) => !spec.omit?.includes(s.key) && !spec.diagram?.includes(s.key));

function sectionsHtml(spec: RenderingSpec, secs: NSection[]): string {
  const box = spec.condBox;
  const plain = secs.filter((s) => !box?.keys.includes(s.key));
  const chunks: string[] = [];
  let run: Item[] = [];
  const flush = () => { chunks.push(placeItems(spec, spec.sectionsAt, run, 'sec')); run = []; };
  for (const s of plain) {
    if (s.ownHeading) {
      flush();
      chunks.push(`<div class="sub">◆ ${esc(s.key)}</div><div class="subv">${itemsHtml(s.items, spec.bullet)}</div>`);
    } else run.push({ key: s.key, label: s.key === '注記' ? '' : labelOf(spec, s.key), html: itemsHtml(s.items, spec.bullet), long: s.items.join('').length > 220 });
  }
  flush();
  const inBox = secs.filter((s) => box?.keys.includes(s.key));
  if (box && inBox.length)
    chunks.push(`<div class="cond"><div class="cap">${esc(box.caption)}</div>${inBox.map((s) => `<div class="il"><span class="lb">${esc(labelOf(spec, s.key))}：</span><div class="iv">${esc(s.items.join(''))}</div></div>`).join('')}</div>`);
  return chunks.join('');
}

/** The number printed in brackets: the last step of the record's number path, or its ordinal. */
function parenNumber(rec: NRecord, ordinal: number): string {
  return /\((\d+)\)$/.exec(rec.number ?? '')?.[1] ?? String(ordinal);
}

function numberText(spec: RenderingSpec, rec: NRecord, ordinal: number): string {
  const n = spec.name.numbered;
  if (!n) return '';
  if (n === 'path') return `${rec.number ?? ordinal}　`;
  if (n === 'paren') return `(${parenNumber(rec, ordinal)}) `;
  if (n === 'maru') return `${'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭'[ordinal - 1]} `;
  return `${ordinal}．`;
}

/** The printed number of a record for the truth: the number path a reader takes from the page. */
export function printedNumber(spec: RenderingSpec, rec: NRecord, ordinal: number): string | null {
  const n = spec.name.numbered;
  // A family without number paths is printed with its ordinals, which a reader takes as the number.
  if (n === 'path' || (n === 'paren' && spec.name.topic)) return rec.number ?? String(ordinal);
  if (n === 'paren') return parenNumber(rec, ordinal);
  if (n === 'dot') return String(ordinal);
  if (n === 'maru') return '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭'[ordinal - 1] ?? null;
  return null;
}

function officeLines(spec: RenderingSpec, rec: NRecord, atEnd = false): string {
  const o = spec.office;
  if (rec.offices.length === 0 || o.at === 'none' || o.at === 'cell' || (o.at === 'box') !== atEnd) return '';
  if (o.at === 'prefix') return `<div class="office">${esc(labelOf(spec, 'office'))}：${rec.offices.map((x) => esc(officeText(spec, x))).join('、')}</div>`;
  if (o.at === 'plain') return `<div class="office">${rec.offices.map((x) => `<div>${esc(officeText(spec, x))}</div>`).join('')}</div>`;
  if (o.at === 'top-right') return `<div class="otr">${rec.offices.map((x, i) => `${(rec.officeLines?.[i] ?? [x.name]).map((l) => `<div>${esc(l)}</div>`).join('')}${[...x.phones, ...(o.emails ? x.emails : [])].map((p) => `<div>${esc(p)}</div>`).join('')}`).join('')}</div>`;
  return `<div class="obox"><span class="lb">${esc(labelOf(spec, 'office'))}</span>${rec.offices.map((x) => `<div>${esc(officeText(spec, x))}</div>`).join('')}</div>`;
}

function nameBlock(spec: RenderingSpec, rec: NRecord, ordinal: number, meta: string): string {
  const nm = `${numberText(spec, rec, ordinal)}${rec.name}`;
  const at = spec.name.at;
  const topic = spec.name.topic && rec.topic ? `<div class="topic">${esc(rec.topic)}</div>` : '';
  if (at === 'prefix') return `${topic}<div class="nm rule">${esc(labelOf(spec, 'name'))}：${esc(nm)}</div>${officeLines(spec, rec)}${meta}`;
  if (at === 'heading') {
    const otr = spec.office.at === 'top-right';
    return `${topic}<div class="nmrow${otr ? ' otrrow' : ''}"><div class="nm big">${esc(nm)}</div>${otr ? officeLines(spec, rec) : ''}</div>${otr ? '' : officeLines(spec, rec)}${meta}`;
  }
  const w = `style="width:${spec.labelWidth ?? 24}mm"`;
  if (at === 'cell-beside')
    return `${topic}<table class="kv namecell"><tr><th ${w}>${esc(labelOf(spec, 'name'))}</th><td class="nmv">${esc(nm)}</td></tr></table>${officeLines(spec, rec)}${meta}`;
  return `${topic}<table class="hr namecell"><tr><th>${esc(labelOf(spec, 'name'))}</th></tr><tr><td class="nmv">${esc(nm)}</td></tr></table>${officeLines(spec, rec)}${meta}`;
}

/** A record's HTML: whole, or split in a head and a tail for records that run over a page. */
export function recordHtml(spec: RenderingSpec, rec: NRecord, ordinal: number): { head: string; tail: string } {
  const secs = printedSections(spec, rec);
  const meta = placeItems(spec, spec.metaAt, metaItems(spec, rec), 'meta');
  const head = nameBlock(spec, rec, ordinal, meta);
  const fig = spec.figure === 'box' ? figureHtml(rec, '事業イメージ') : '';
  const diagrams = (spec.diagram ?? []).map((k) => rec.sections.find((x) => x.key === k)).map((s) => (s ? flowDiagram(labelOf(spec, s.key), s.items.join('')) : '')).join('');
  const budget = spec.budgetAfter && spec.meta.includes('budget') ? placeItems(spec, spec.metaAt, metaItems(spec, rec, 'budget'), 'meta yafter') : '';
  const box = `${budget}${officeLines(spec, rec, true)}`;
  const cut = spec.runover ? Math.ceil(secs.length / 2) : secs.length;
  const body = (part: NSection[], last: boolean) => `${part.length ? sectionsHtml(spec, part) : ''}${last ? diagrams : ''}`;
  if (spec.twoColumn) {
    const left = `<div class="lc">${spec.runover ? body(secs.slice(0, cut), false) : body(secs, true)}</div><div class="rc">${fig}</div>`;
    return spec.runover ? { head: `${head}<div class="two">${left}</div>`, tail: `${body(secs.slice(cut), true)}${box}` } : { head: `${head}<div class="two">${left}</div>${box}`, tail: '' };
  }
  return { head: `${head}${body(secs.slice(0, cut), !spec.runover)}`, tail: `${spec.runover ? body(secs.slice(cut), true) : ''}${fig}${box}` };
}
