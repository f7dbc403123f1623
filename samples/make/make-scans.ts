/**
 * Makes the scanned samples from pages of the born-digital ones, the way a ministry's scanner
 * would: 300 dpi grayscale, a small rotation, blur and noise, JPEG, one image per page (img2pdf).
 *
 *   scanned-<family>-pages.pdf  4 image-only pages of each of the 000, 004 and 003 samples
 *   mixed-text-and-scans.pdf    text pages of the 2022 施策集 with two of its pages scanned
 *   scanned-vertical-text.pdf   both pages of vertical-text.pdf (縦書き) scanned
 *
 * Truth is the truth of the pages they were made from, renumbered. Deterministic: fixed angles
 * and ImageMagick's noise seeded. Needs poppler-utils, imagemagick, img2pdf and qpdf.
 * Run: npx tsx samples/make/make-scans.ts [file.pdf …] (after the born-digital samples exist; with
 * file names, only those are made, leaving the others as committed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scanPage } from './scan-page.ts';
import type { TruthDocument } from './truth.ts';

const samples = resolve(import.meta.dirname, '..');

/** A page taken from a born-digital sample, scanned or kept as text. */
interface PagePick {
  sample: string;
  page: number;
  scan: boolean;
}

const truthOf = (sample: string): TruthDocument =>
  JSON.parse(readFileSync(join(samples, `${sample}.truth.json`), 'utf8')) as TruthDocument;

/** One page of the output PDF: a scanned JPEG wrapped by img2pdf, or the born-digital page as is. */
function pagePdf(pick: PagePick, index: number, dir: string): string {
  const out = join(dir, `page-${index}.pdf`);
  if (pick.scan) {
    execFileSync('img2pdf', ['--imgsize', '300dpi', '-o', out, scanPage(join(samples, `${pick.sample}.pdf`), pick.page, index, dir)]);
  } else {
    execFileSync('qpdf', ['--empty', '--pages', join(samples, `${pick.sample}.pdf`), `${pick.page}`, '--', out]);
  }
  return out;
}

/** The truth of the picked pages: records whose pages are all picked, renumbered; page texts likewise. */
function truthOfPicks(file: string, picks: readonly PagePick[], madeWith: string, hazards: string[]): TruthDocument {
  const newPage = (sample: string, page: number): number | undefined => {
    const at = picks.findIndex((p) => p.sample === sample && p.page === page);
    return at < 0 ? undefined : at + 1;
  };
  const remap = (sample: string, pages: readonly number[]): number[] | undefined => {
    const mapped = pages.map((p) => newPage(sample, p));
    return mapped.every((p) => p !== undefined) ? (mapped as number[]) : undefined;
  };
  const sources = [...new Set(picks.map((p) => p.sample))];
  const truth: TruthDocument = {
    file, seed: '', family: sources.length === 1 ? truthOf(sources[0]!).family : 'mixed', edition: null, page_count: picks.length,
    made_with: madeWith, hazards, policies: [], cases: [], tables: [], page_texts: [],
  };
  truth.seed = sources.map((s) => truthOf(s).seed).join(', ');
  for (const sample of sources) {
    const source = truthOf(sample);
    for (const policy of source.policies) {
      const pages = remap(sample, policy.pages);
      if (pages !== undefined) truth.policies.push({ ...policy, pages });
    }
    for (const table of source.tables) {
      const pages = remap(sample, table.pages);
      if (pages !== undefined) truth.tables.push({ ...table, pages });
    }
    for (const pageText of source.page_texts) {
      const page = newPage(sample, pageText.page);
      if (page !== undefined) truth.page_texts.push({ page, texts: pageText.texts });
    }
  }
  truth.page_texts.sort((a, b) => a.page - b.page);
  return truth;
}

const only = process.argv.slice(2);

function makePdf(file: string, picks: PagePick[], madeWith: string, hazards: string[]): void {
  if (only.length > 0 && !only.includes(file)) return;
  const dir = mkdtempSync(join(tmpdir(), 'make-scans-'));
  try {
    const pages = picks.map((pick, index) => pagePdf(pick, index, dir));
    execFileSync('qpdf', ['--empty', '--pages', ...pages, '--', '--deterministic-id', join(samples, file)]);
    const truth = truthOfPicks(file, picks, madeWith, hazards);
    writeFileSync(join(samples, file.replace(/\.pdf$/, '.truth.json')), `${JSON.stringify(truth, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const scanned = (sample: string, pages: number[]): PagePick[] => pages.map((page) => ({ sample, page, scan: true }));

const SCAN_STEPS =
  'rasterised at 300 dpi gray (pdftoppm), rotated 0.3–1.2°, slight blur, Gaussian noise, JPEG q70 (ImageMagick, seeded), one image per page (img2pdf), joined with qpdf.';
const SCAN_HAZARDS = ['image-only pages: no text layer', 'skew up to 1.2°', 'scanner noise and JPEG artefacts'];

// One scanned document per family, as a ministry would scan one catalogue: 12 image-only pages in all.
makePdf('scanned-shisaku-fy2021-pages.pdf', scanned('soumu-shisaku-fy2021', [5, 6, 10, 19]), `Pages 5, 6, 10, 19 of soumu-shisaku-fy2021.pdf ${SCAN_STEPS}`, SCAN_HAZARDS);
makePdf('scanned-digiden-shisaku-2022-pages.pdf', scanned('soumu-digiden-shisaku-2022', [5, 6, 9, 14]), `Pages 5, 6, 9, 14 of soumu-digiden-shisaku-2022.pdf ${SCAN_STEPS}`, SCAN_HAZARDS);
makePdf('scanned-juten-shisaku-2020-pages.pdf', scanned('soumu-juten-shisaku-2020', [12, 13, 14, 25]), `Pages 12, 13, 14, 25 of soumu-juten-shisaku-2020.pdf ${SCAN_STEPS}`, SCAN_HAZARDS);

makePdf(
  'mixed-text-and-scans.pdf',
  [
    { sample: 'soumu-digiden-shisaku-2022', page: 16, scan: false },
    { sample: 'soumu-digiden-shisaku-2022', page: 17, scan: true },
    { sample: 'soumu-digiden-shisaku-2022', page: 18, scan: false },
    { sample: 'soumu-digiden-shisaku-2022', page: 19, scan: true },
  ],
  'Born-digital pages of the 2022 施策集 (qpdf) with pages 2 and 4 replaced by 300 dpi gray JPEG scans of themselves (as make-scans does).',
  ['text pages and scanned pages in one document'],
);

makePdf(
  'scanned-vertical-text.pdf',
  scanned('vertical-text', [1, 2]),
  `Pages 1 and 2 of vertical-text.pdf ${SCAN_STEPS}`,
  [...SCAN_HAZARDS, 'vertical text (縦書き) in two 段, columns right to left', 'a horizontal footer under vertical text'],
);
