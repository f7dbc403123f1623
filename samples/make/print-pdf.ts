import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pdfPageCount } from './check-pdf.ts';

/** Flags that keep Debian's Chromium off the (closed) network and out of the user's profile. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-pdf-header-footer',
];

/** Prints an HTML document to PDF with Debian's Chromium (the browser toolchain ministries also use). */
export function printHtmlToPdf(html: string, outPdf: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'print-pdf-'));
  try {
    const htmlPath = join(dir, 'page.html');
    writeFileSync(htmlPath, html);
    execFileSync(
      'chromium',
      [...CHROMIUM_FLAGS, `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${resolve(outPdf)}`, `file://${htmlPath}`],
      { stdio: 'ignore' },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Converts an office document (HTML, .fods, .odt …) to PDF with Debian's LibreOffice. */
export function convertWithLibreOffice(inputPath: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', resolve(outDir), resolve(inputPath)],
      { stdio: 'ignore' },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * A script for printed pages: shrinks the text of a `.content` box that overflows (ministries do the
 * same by hand), records the scale in `data-scale`, and marks what still overflows `data-overflow`.
 */
export const FIT_CONTENT_SCRIPT = `<script>
for (const c of document.querySelectorAll('.content')) {
  const inner = c.firstElementChild;
  let scale = 1;
  while (inner.getBoundingClientRect().height > c.clientHeight + 1 && scale > 0.72) { scale -= 0.04; inner.style.zoom = String(scale); }
  if (inner.getBoundingClientRect().height > c.clientHeight + 1) c.setAttribute('data-overflow', '1');
  c.setAttribute('data-scale', scale.toFixed(2));
}
</script>`;

/** Prints a one-page HTML document to PDF with Chromium and checks that it came out as one page. */
export function printOnePage(html: string, outPdf: string): 1 {
  printHtmlToPdf(html, outPdf);
  const pageCount = pdfPageCount(outPdf);
  if (pageCount !== 1) throw new Error(`Expected 1 page: got ${pageCount}`);
  return 1;
}
