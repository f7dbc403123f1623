/**
 * Builds one rendering: plans its pages (cover, dividers, records per page, records running over),
 * prints the HTML with Chromium, fails loudly when content overflows, checks the PDF's text with
 * pdftotext against what it printed, and writes the truth.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIT_CONTENT_SCRIPT, printHtmlToPdf } from '../print-pdf.ts';
import { missingPageTexts, pdfPageCount, pdfPageTexts } from '../check-pdf.ts';
import type { TruthDocument, TruthPolicy } from '../truth.ts';
import { checkBudget, must, type NFamily, type NRecord } from './model.ts';
import { coverHtml, css, dividerHtml, pageHtml } from './page.ts';
import { budgetStrings, labelOf, printedNumber, printedSections, recordHtml } from './record.ts';
import type { RenderingSpec } from './spec.ts';

interface Part { rec: number; html: string }
interface PlannedPage { kind: 'cover' | 'divider' | 'records'; parts: Part[]; group: string | null }

function plan(spec: RenderingSpec, recs: NRecord[]): PlannedPage[] {
  const pages: PlannedPage[] = spec.cover === 'none' ? [] : [{ kind: 'cover', parts: [], group: null }];
  const html = recs.map((r, i) => recordHtml(spec, r, i + 1));
  if (spec.runover) {
    recs.forEach((r, i) => {
      if (!must(html[i], 'part').tail) throw new Error(`${spec.id}: ${r.name} has nothing to run over to the next page`);
      const prev = i > 0 ? [{ rec: i - 1, html: must(html[i - 1], 'part').tail }] : [];
      pages.push({ kind: 'records', parts: [...prev, { rec: i, html: must(html[i], 'part').head }], group: r.group });
    });
    pages.push({ kind: 'records', parts: [{ rec: recs.length - 1, html: must(html.at(-1), 'part').tail }], group: recs.at(-1)?.group ?? null });
    return pages;
  }
  let current: PlannedPage | null = null;
  recs.forEach((r, i) => {
    const newGroup = spec.dividers && r.group !== (i > 0 ? recs[i - 1]?.group : undefined);
    if (newGroup && r.group) pages.push({ kind: 'divider', parts: [], group: r.group });
    if (!current || newGroup || current.parts.length >= spec.perPage) pages.push((current = { kind: 'records', parts: [], group: r.group }));
    const part = must(html[i], 'part');
    current.parts.push({ rec: i, html: part.head + part.tail });
  });
  return pages;
}

function render(spec: RenderingSpec, fam: NFamily, pages: PlannedPage[]): string {
  const body = pages.map((p, i) => {
    if (p.kind === 'cover') return coverHtml(spec, fam);
    if (p.kind === 'divider') return dividerHtml(must(p.group, 'group'));
    const inner = p.parts.map((x) => `<div class="rec">${x.html}</div>`).join('');
    return pageHtml(spec, fam, inner, i + 1, pages.length, p.group);
  });
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>${css(spec)}</style></head><body>${body.join('\n')}${FIT_CONTENT_SCRIPT}${WIDTH_CHECK_SCRIPT}</body></html>`;
}

/** Marks content wider than its box (a nowrap line, a wide table): clipped at the side, never shrunk by FIT_CONTENT_SCRIPT. */
const WIDTH_CHECK_SCRIPT = `<script>for (const c of document.querySelectorAll('.content')) if (c.scrollWidth > c.clientWidth + 1) c.setAttribute('data-overflow', '1');</script>`;

/** The scale FIT_CONTENT_SCRIPT chose per page; throws when a page still overflows. */
function fitCheck(html: string, name: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'layout-fit-'));
  try {
    writeFileSync(join(dir, 'p.html'), html);
    const dom = execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      `--user-data-dir=${join(dir, 'profile')}`, '--dump-dom', `file://${join(dir, 'p.html')}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
    if (/data-overflow="1"/.test(dom)) throw new Error(`${name}: a page overflows even at the smallest scale`);
    return [...dom.matchAll(/data-scale="([\d.]+)"/g)].map((m) => must(m[1], 'scale'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace out, and NFKC: Chromium's IPAex text layer writes Kangxi radicals (⽅ for 方). */
const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '').replace(/[‧・]/gu, '・');

/**
 * An item is printed when its ends are in the text, or (cells side by side, whose lines pdftotext
 * interleaves) when its characters are there in order.
 */
function printedIn(item: string, text: string): boolean {
  if (text.includes(item.slice(0, 14)) && text.includes(item.slice(-14))) return true;
  let at = 0;
  for (const ch of item) if ((at = text.indexOf(ch, at) + 1) === 0) return false;
  return true;
}

function truthPolicy(spec: RenderingSpec, fam: NFamily, rec: NRecord, ordinal: number, pages: number[]): TruthPolicy {
  const printed = budgetStrings(spec, rec);
  const showBudget = spec.meta.includes('budget');
  const label = labelOf(spec, 'budget').replace(/　/gu, '');
  return {
    name: rec.name,
    pages,
    category: spec.meta.includes('category') ? rec.category : null,
    field: spec.meta.includes('field') ? rec.field : null,
    strategy_refs: spec.meta.includes('refs') ? rec.refs : [],
    offices: spec.office.at === 'none' ? [] : rec.offices.map((o) => ({ ...o, ministry: o.ministry ?? fam.ministry, emails: spec.office.emails ? o.emails : [] })),
    budget: !showBudget ? [] : rec.budget.flatMap((b, i) => {
      const raw = must(printed[i], 'printed');
      const problem = checkBudget(b, raw);
      if (problem) throw new Error(`${spec.id}: ${rec.name}: ${problem}`);
      const shown = spec.budgetForm === 'columns' && b.column ? `${b.column.head}${b.column.value}` : `${label}${raw}`;
      return b.lines.map((l) => ({ ...l, era_label: l.era_label && shown.includes(l.era_label) ? l.era_label : /^令和\d+年度/u.exec(label)?.[0] ?? '', raw }));
    }),
    sections: Object.fromEntries(printedSections(spec, rec).map((s) => [s.key, s.items.join('\n')])),
    number: printedNumber(spec, rec, ordinal),
  };
}

/** Builds the PDF and truth of one rendering into `dir`; returns the truth. */
export function buildRendering(spec: RenderingSpec, fam: NFamily, dir: string, madeWith: string, hazards: string[]): TruthDocument {
  const recs = spec.records.map((i) => must(fam.records[i], `record ${i} of ${fam.family}`));
  const pages = plan(spec, recs);
  const html = render(spec, fam, pages);
  const file = `${fam.stem}-${spec.id}.pdf`;
  const pdf = join(dir, file);
  const scales = fitCheck(html, file);
  printHtmlToPdf(html, pdf);
  // Chromium's output differs between runs only in its dates: fixed (same length, xref intact) so a rebuild is byte-stable
  const bytes = readFileSync(pdf, 'latin1').replace(/D:\d{14}/g, `D:${fam.dateIso.replace(/-/g, '')}090000`);
  writeFileSync(pdf, bytes, 'latin1');
  const count = pdfPageCount(pdf);
  if (count !== pages.length) throw new Error(`${file}: ${count} pages printed, ${pages.length} planned`);
  const pagesOf = (i: number) => pages.flatMap((p, n) => (p.kind === 'records' && p.parts.some((x) => x.rec === i) ? [n + 1] : []));
  const policies = recs.map((r, i) => truthPolicy(spec, fam, r, i + 1, pagesOf(i)));
  // pdftotext in reading order (not -layout, which interleaves a label column with the values beside it)
  const texts = Array.from({ length: count }, (_, i) => execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-'], { encoding: 'utf8' }));
  const problems: string[] = [];
  for (const p of policies) {
    const first = squash(must(texts[must(p.pages[0], 'page') - 1], 'text'));
    if (!first.includes(squash(p.name))) problems.push(`${p.name}: name not on page ${p.pages[0]}`);
    const all = squash(p.pages.map((n) => texts[n - 1]).join(''));
    for (const [k, v] of Object.entries(p.sections))
      for (const item of v.split('\n')) if (!printedIn(squash(item), all)) problems.push(`${p.name}: ${k} item not found: ${item.slice(0, 20)}`);
    const probes = spec.budgetForm === 'columns' ? recs[policies.indexOf(p)]!.budget.map((b) => b.column?.value ?? b.text) : p.budget.map((b) => b.raw);
    for (const b of probes) if (!all.includes(squash(b))) problems.push(`${p.name}: budget 「${b}」 not printed`);
    for (const o of p.offices) for (const ph of o.phones) if (!all.includes(ph)) problems.push(`${p.name}: phone ${ph} not printed`);
  }
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  if (/Type 3/.test(fonts)) problems.push('Type 3 font present');
  if (problems.length) throw new Error(`${file}:\n${problems.join('\n')}`);
  const cover = spec.cover === 'none' ? [] : [{ page: 1, texts: fam.coverTitle.slice(0, 2) }];
  const truth: TruthDocument = {
    file, seed: fam.seed, family: fam.family, edition: spec.cover === 'title-date' ? fam.dateIso : null, page_count: count,
    made_with: `${madeWith} Content scale per page: ${scales.join(' ')}.`, hazards, policies, cases: [], tables: [],
    page_texts: [...cover, ...policies.map((p) => ({ page: must(p.pages[0], 'page'), texts: [p.name.slice(0, 10)] }))].filter(
      (pt, i, all) => all.findIndex((x) => x.page === pt.page) === i,
    ),
  };
  const missing = missingPageTexts(truth, pdfPageTexts(pdf, count));
  if (missing.length) throw new Error(`${file}: page texts not found:\n${missing.join('\n')}`);
  writeFileSync(join(dir, file.replace(/\.pdf$/, '.truth.json')), `${JSON.stringify(truth, null, 2)}\n`);
  console.log(`${file}: ${count} pages, ${policies.length} records, ${policies.reduce((a, p) => a + p.budget.length, 0)} budget lines, scales ${scales.join(' ')}`);
  return truth;
}
