import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPageCount } from './check-pdf.ts';
import { printHtmlToPdf } from './print-pdf.js';

/**
 * Prints `html` with Chromium and deletes the /ToUnicode map of every font whose base name ends
 * with `fontName` (qpdf --qdf, edit, fix-qdf, qpdf recompress). Chromium keeps the font's own
 * glyph ids, so pdf.js then returns them as code points: letters of Devanagari, Greek, Arabic,
 * Cyrillic… while the page renders right. Returns how many maps were deleted (at least one).
 */
export function printWithoutToUnicode(html: string, outPdf: string, fontName: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'no-tounicode-'));
  try {
    printHtmlToPdf(html, join(dir, 'clean.pdf'));
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(dir, 'clean.pdf'), join(dir, 'clean.qdf')]);
    let count = 0;
    const font = new RegExp(`(/BaseFont /[A-Z]{6}\\+${fontName}\\n(?: {2}.*\\n)*?) {2}/ToUnicode \\d+ 0 R\\n`, 'g');
    const text = readFileSync(join(dir, 'clean.qdf'), 'latin1').replace(font, (_m, before: string) => {
      count++;
      return before;
    });
    if (count === 0) throw new Error(`No ${fontName} font with a ToUnicode map in the printed PDF`);
    writeFileSync(join(dir, 'dropped.qdf'), text, 'latin1');
    writeFileSync(join(dir, 'fixed.qdf'), execFileSync('fix-qdf', [join(dir, 'dropped.qdf')], { maxBuffer: 64 * 1024 * 1024 }));
    execFileSync('qpdf', ['--compress-streams=y', '--object-streams=generate', join(dir, 'fixed.qdf'), outPdf]);
    return count;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-page sample printed without its font's ToUnicode map into `samples/<name>.pdf`: says how many maps went, checks it is one page. */
export function printOnePageWithoutToUnicode(html: string, samplesDir: string, name: string, fontName: string): void {
  const out = join(samplesDir, `${name}.pdf`);
  const count = printWithoutToUnicode(html, out, fontName);
  console.log(`${name}.pdf: ${count} ToUnicode map${count > 1 ? 's' : ''} deleted`);
  const pageCount = pdfPageCount(out);
  if (pageCount !== 1) throw new Error(`Expected 1 page: got ${pageCount}`);
}
