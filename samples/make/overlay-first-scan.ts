/**
 * What the samples made by laying text over a scan share (make-stamped-scan.ts,
 * make-invisible-ocr-layer.ts): page 1 of scanned-shisaku-fy2021-pages.pdf with a one-page PDF
 * overlaid on it (qpdf), and the truth of that page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPageCount } from './check-pdf.ts';
import type { TruthDocument } from './truth.ts';

export const SAMPLES = new URL('..', import.meta.url).pathname;
export const SCANNED = 'scanned-shisaku-fy2021-pages.pdf';
/** The born-digital page the scan's first page was made from (make-scans.ts). */
export const SOURCE = { file: 'soumu-shisaku-fy2021.pdf', page: 5 };

/** Writes `samples/<name>.pdf`: the scan with the one page `writeOverlay` writes to the path it is given laid over it. */
export function overlayFirstScan(name: string, writeOverlay: (path: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  const out = join(SAMPLES, `${name}.pdf`);
  try {
    writeOverlay(join(dir, 'overlay.pdf'));
    execFileSync('qpdf', ['--empty', '--pages', join(SAMPLES, SCANNED), '1', '--', join(dir, 'scan.pdf')]);
    execFileSync('qpdf', [join(dir, 'scan.pdf'), '--overlay', join(dir, 'overlay.pdf'), '--', '--deterministic-id', out]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (pdfPageCount(out) !== 1) throw new Error(`Expected 1 page in ${out}`);
  return out;
}

/** The truth of such a sample: the scan's family and its page-1 record, with the given page texts. */
export function firstScanTruth(name: string, madeWith: string, hazards: string[], texts: string[]): TruthDocument {
  const scannedTruth = JSON.parse(readFileSync(join(SAMPLES, SCANNED.replace(/\.pdf$/u, '.truth.json')), 'utf8')) as TruthDocument;
  return {
    file: `${name}.pdf`,
    seed: scannedTruth.seed,
    family: scannedTruth.family,
    edition: null,
    page_count: 1,
    made_with: madeWith,
    hazards,
    policies: scannedTruth.policies.filter((policy) => policy.pages.every((page) => page === 1)),
    cases: [],
    tables: [],
    page_texts: [{ page: 1, texts: texts.filter((text) => text.trim() !== '') }],
  };
}
