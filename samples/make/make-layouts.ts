/**
 * The layout-variation corpus (issue 16): the records of four families printed in layouts the
 * extraction code was not written for, each with its truth.
 *
 *   samples/layouts/seen/<family>-<rendering>.pdf (+ .truth.json)     renderings in layouts/seen-renderings.ts
 *   samples/layouts/holdout/<family>-<rendering>.pdf (+ .truth.json)  renderings in layouts/holdout-renderings.ts
 *
 * Families (layouts/families.ts): the FY2021 施策集, the 2022 デジ田 施策集 and the 2020 重点施策 from
 * their committed truth, and an invented 事業PR資料 (data/jigyo-pr-invented.json). A rendering is a
 * spec of choices (layouts/spec.ts) over one toolkit (layouts/record.ts, page.ts); layouts/build.ts
 * prints it with Chromium, fails on overflow, checks the text with pdftotext and writes the truth.
 * Renderings with `scan` also get a 300 dpi scan of those pages (layouts/scan.ts).
 *
 * Run: npx tsx samples/make/make-layouts.ts [seen|holdout] [rendering-id …]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildRendering } from './layouts/build.ts';
import { describe } from './layouts/describe.ts';
import { FAMILIES } from './layouts/families.ts';
import { scanRendering } from './layouts/scan.ts';
import type { RenderingSpec } from './layouts/spec.ts';

const root = join(import.meta.dirname, '..', 'layouts');
const [which, ...only] = process.argv.slice(2);

async function specsOf(set: 'seen' | 'holdout'): Promise<RenderingSpec[]> {
  const mod = set === 'seen' ? await import('./layouts/seen-renderings.ts') : await import('./layouts/holdout-renderings.ts');
  return mod.RENDERINGS;
}

for (const set of ['seen', 'holdout'] as const) {
  if (which && which !== set) continue;
  const dir = join(root, set);
  mkdirSync(dir, { recursive: true });
  for (const spec of await specsOf(set)) {
    if (only.length && !only.includes(spec.id)) continue;
    const fam = FAMILIES[spec.family]();
    const words = describe(spec);
    const truth = buildRendering(spec, fam, dir, `HTML printed with Debian Chromium by samples/make/make-layouts.ts (rendering ${spec.id}): ${words.join('; ')}.`, words);
    if (spec.scan) scanRendering(dir, truth, spec.scan, spec.id.length * 7);
  }
}
