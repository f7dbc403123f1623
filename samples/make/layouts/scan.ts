/**
 * A scan of some pages of a rendering, the way make-scans.ts scans the samples: 300 dpi gray,
 * a small rotation, blur and noise, JPEG q70, one image per page (img2pdf), joined with qpdf.
 * Its truth is the rendering's records whose pages were all scanned, renumbered.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TruthDocument } from '../truth.ts';

const ANGLES = [0.7, -0.8, 0.4, 1.1, -0.5, 0.9];

export const SCAN_STEPS =
  'rasterised at 300 dpi gray (pdftoppm), rotated 0.4–1.1°, slight blur, Gaussian noise, JPEG q70 (ImageMagick, seeded), one image per page (img2pdf), joined with qpdf.';

export function scanRendering(dir: string, truth: TruthDocument, pages: number[], seed: number): TruthDocument {
  const src = join(dir, truth.file);
  const file = truth.file.replace(/\.pdf$/, '-scan.pdf');
  const tmp = mkdtempSync(join(tmpdir(), 'layout-scan-'));
  try {
    const parts = pages.map((page, i) => {
      const prefix = join(tmp, `r${i}`);
      execFileSync('pdftoppm', ['-r', '300', '-gray', '-singlefile', '-f', `${page}`, '-l', `${page}`, '-png', src, prefix]);
      const jpeg = join(tmp, `s${i}.jpg`);
      execFileSync('/usr/bin/convert', [`${prefix}.png`, '-seed', `${seed + i}`, '-background', 'white', '-rotate', `${ANGLES[(seed + i) % ANGLES.length]}`,
        '-blur', '0x0.6', '-attenuate', '0.12', '+noise', 'Gaussian', '-colorspace', 'Gray', '-density', '300', '-quality', '70', jpeg]);
      const out = join(tmp, `p${i}.pdf`);
      execFileSync('img2pdf', ['--nodate', '--imgsize', '300dpi', '-o', out, jpeg]);
      return out;
    });
    execFileSync('qpdf', ['--empty', '--pages', ...parts, '--', '--deterministic-id', join(dir, file)]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const at = (p: number) => pages.indexOf(p) + 1;
  const scanned: TruthDocument = {
    ...truth, file, page_count: pages.length,
    edition: pages.includes(1) ? truth.edition : null,
    made_with: `Pages ${pages.join(', ')} of ${truth.file} ${SCAN_STEPS}`,
    hazards: ['image-only pages: no text layer', 'skew up to 1.1°', 'scanner noise and JPEG artefacts', ...truth.hazards],
    policies: truth.policies.filter((p) => p.pages.every((n) => pages.includes(n))).map((p) => ({ ...p, pages: p.pages.map(at) })),
    page_texts: truth.page_texts.filter((t) => pages.includes(t.page)).map((t) => ({ ...t, page: at(t.page) })),
  };
  writeFileSync(join(dir, file.replace(/\.pdf$/, '.truth.json')), `${JSON.stringify(scanned, null, 2)}\n`);
  console.log(`${file}: ${pages.length} pages, ${scanned.policies.length} records`);
  return scanned;
}
