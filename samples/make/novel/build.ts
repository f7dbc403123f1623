/**
 * Builds the novel-layout corpus: layouts the layout generator (samples/make/layouts/) cannot
 * express, printed with Chromium from invented records, each with a truth in the shape of
 * samples/layouts/*.truth.json, and scans of two of them. The corpus is a probe of the record
 * reader, not a committed sample set: it is written outside the repository.
 *
 *   npx tsx samples/make/novel/build.ts [out-dir] [layout-id…]   (default /work/scratch/novel, every layout)
 *   npm run eval -- --samples <out-dir>                 (scores it as the `samples` group)
 *
 * A record's pages are where pdftotext finds its name next to its own text, through the page that
 * holds the last of its text: a layout's contents and index pages print names alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printHtmlToPdf } from '../print-pdf.ts';
import { pdfPageCount } from '../check-pdf.ts';
import { scanRendering, SCAN_STEPS } from '../layouts/scan.ts';
import type { TruthDocument, TruthPolicy } from '../truth.ts';
import { CATALOGUE } from './records.ts';
import type { NovelLayout, Shown } from './kit.ts';
import { apparatus, bilingual, budgetTable, catalogueTable } from './layouts-tables.ts';
import { halfPage, maruTwoLine, runIn, runInOverprinted, tabLabels, twoUp } from './layouts-blocks.ts';
import { bandBadge, bilingualHeadings, enquiriesFoot, prSheet, runningTitle, slideCards } from './layouts-pages.ts';

export const NOVEL_LAYOUTS: NovelLayout[] = [
  catalogueTable, budgetTable, apparatus, bilingual, twoUp, tabLabels, halfPage, maruTwoLine, runIn, runInOverprinted, bandBadge, runningTitle, prSheet, slideCards, enquiriesFoot, bilingualHeadings,
];

const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');

const itemsOf = (s: Shown): string[] => s.sections.flatMap(([, items]) => items).map(squash);

/** Short probes of a record's own text that no other record prints: the start and end of each item, and its phones. */
function probes(s: Shown, all: Shown[]): string[] {
  const others = all.filter((o) => o !== s).flatMap(itemsOf).join('|');
  return [...itemsOf(s).flatMap((i) => [i.slice(0, 12), i.slice(-12)]), ...s.offices.flatMap((o) => o.phones)].filter((p) => !others.includes(p));
}

function pagesOf(s: Shown, all: Shown[], texts: string[], file: string): number[] {
  const name = squash(s.rec.name);
  const own = probes(s, all);
  const start = texts.findIndex((t) => t.includes(name) && own.some((p) => t.includes(p)));
  if (start < 0) throw new Error(`${file}: ${s.rec.name}: name not printed beside its text`);
  for (const p of own) if (!texts.slice(start).some((t) => t.includes(p))) throw new Error(`${file}: ${s.rec.name}: 「${p}」 not printed`);
  // A record runs on while the next page holds its own text (a probe long enough not to be another's: not 「1/2」)
  const long = own.filter((p) => p.length >= 6);
  let end = start;
  while (end + 1 < texts.length && long.some((p) => texts[end + 1]!.includes(p))) end++;
  return Array.from({ length: end - start + 1 }, (_, i) => start + i + 1);
}

function truthPolicy(s: Shown, pages: number[]): TruthPolicy {
  return {
    name: s.rec.name, pages, category: null, field: null, strategy_refs: [],
    offices: s.offices.map((o) => ({ ...o })),
    budget: s.budget.flatMap((b) => b.lines.map((l) => ({ ...l, raw: b.text }))),
    sections: Object.fromEntries(s.sections.map(([k, items]) => [k, items.join('\n')])),
    number: s.number,
  };
}

export function buildLayout(layout: NovelLayout, dir: string): TruthDocument {
  const { html, shown } = layout.build();
  const file = `novel-${layout.id}.pdf`;
  const pdf = join(dir, file);
  printHtmlToPdf(html, pdf);
  // Chromium's output differs between runs only in its dates: fixed (same length) so a rebuild is byte-stable
  writeFileSync(pdf, readFileSync(pdf, 'latin1').replace(/D:\d{14}/g, `D:${CATALOGUE.dateIso.replace(/-/g, '')}090000`), 'latin1');
  const count = pdfPageCount(pdf);
  const texts = Array.from({ length: count }, (_, i) => squash(execFileSync('pdftotext', ['-raw', '-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-'], { encoding: 'utf8' })));
  const policies = shown.map((s) => truthPolicy(s, pagesOf(s, shown, texts, file)));
  const hasCover = texts[0]!.includes(squash(CATALOGUE.title[1]));
  const truth: TruthDocument = {
    file, seed: 'novel-invented', family: 'novel-chiiki-digital', edition: hasCover ? CATALOGUE.dateIso : null, page_count: count,
    made_with: `HTML printed with Debian Chromium by samples/make/novel/build.ts (layout ${layout.id}): ${layout.describe}.`,
    hazards: [layout.describe], policies, cases: [], tables: [], page_texts: [],
  };
  writeFileSync(join(dir, file.replace(/\.pdf$/, '.truth.json')), `${JSON.stringify(truth, null, 2)}\n`);
  console.log(`${file}: ${count} pages, ${policies.length} records, ${policies.reduce((a, p) => a + p.budget.length, 0)} budget lines`);
  return truth;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? '/work/scratch/novel');
  mkdirSync(dir, { recursive: true });
  const only = process.argv.slice(3);
  NOVEL_LAYOUTS.forEach((layout, i) => {
    if (only.length > 0 && !only.includes(layout.id)) return;
    const truth = buildLayout(layout, dir);
    if (layout.scan) scanRendering(dir, truth, layout.scan, 7 * i);
  });
  console.log(`Scans: ${SCAN_STEPS}`);
}
