/**
 * Random renderings for scratch evaluation (issue 16): layouts no one has tuned on, made fresh for each
 * round of work and kept out of the repository. Each is a seen rendering of a family with its layout
 * choices swapped, at random, for other seen renderings' (`--wild`: also drawn from the spec's whole
 * range of values), its records picked at random, printed and checked as `make-layouts.ts` prints the
 * committed corpus, with its truth; some also scanned (pages 1–3, as the committed scans).
 *
 * Run: npx tsx samples/make/make-random-layouts.ts DIR --seed N [--count 16] [--scans 10] [--all-scans] [--wild] [--family fy2021]
 * then: npm run eval -- --samples DIR
 */
import { mkdirSync } from 'node:fs';
import { Command, Option } from 'commander';
import { buildRendering } from './layouts/build.ts';
import { describe } from './layouts/describe.ts';
import { FAMILIES, type FamilyId } from './layouts/families.ts';
import { scanRendering } from './layouts/scan.ts';
import { RENDERINGS } from './layouts/seen-renderings.ts';
import type { RenderingSpec } from './layouts/spec.ts';

const program = new Command()
  .argument('<dir>', 'folder the renderings and their truth are written to')
  .requiredOption('--seed <n>', 'seed of the random choices (the same seed makes the same renderings)', Number)
  .option('--count <n>', 'renderings to make', Number, 16)
  .option('--scans <n>', 'most renderings also scanned', Number, 0)
  .option('--all-scans', 'scan every rendering up to --scans, not about half of them')
  .option('--wild', "draw values from the spec's whole range too, not only from the seen renderings'")
  .addOption(new Option('--family <id>', 'only this family').choices(Object.keys(FAMILIES)))
  .parse();
const options = program.opts<{ seed: number; count: number; scans: number; allScans?: boolean; wild?: boolean; family?: FamilyId }>();
const dir = program.args[0]!;

// A linear congruential generator: the same seed gives the same corpus on any machine.
let state = options.seed;
const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const maybe = (p: number): boolean => random() < p;
const step = (low: number, high: number, by: number): number => low + by * Math.floor(random() * ((high - low) / by + 1));

/** The choices a rendering swaps for another seen rendering's; the family's own spellings and meta stay. */
const SWAPPED = ['page', 'margins', 'font', 'headFont', 'size', 'nameSize', 'accent', 'cover', 'header', 'footer', 'tab', 'pageNo', 'dividers', 'perPage', 'runover', 'name', 'office', 'metaAt', 'sectionsAt', 'mark', 'spaced', 'labelWidth', 'bullet'] as const satisfies readonly (keyof RenderingSpec)[];

/** Values from the spec's whole range, each choice made about half the time. */
function wildChoices(spec: RenderingSpec): Partial<RenderingSpec> {
  const slot = () => pick([undefined, 'ministry', 'doc', 'group', 'context', 'date'] as const);
  const place = () => pick(['left-column', 'header-row', 'heading', 'inline'] as const);
  const size = maybe(0.5) ? step(9, 12, 0.5) : spec.size;
  return {
    size,
    ...(maybe(0.5) && { page: pick(['a4p', 'a4l', 'slide'] as const) }),
    ...(maybe(0.5) && { margins: [step(8, 26, 1), step(8, 22, 1), step(8, 24, 1), step(8, 22, 1)] as [number, number, number, number] }),
    ...(maybe(0.6) && { nameSize: step(size, size + 8, 0.5) }),
    ...(maybe(0.3) && { headFont: pick(['IPAexGothic', 'IPAexMincho'] as const) }),
    ...(maybe(0.3) && { cover: pick(['title-date', 'title', 'none'] as const) }),
    ...(maybe(0.4) && { header: { left: slot(), right: slot(), rule: maybe(0.5) } }),
    ...(maybe(0.4) && { footer: { left: slot(), right: slot() } }),
    ...(maybe(0.3) && { tab: maybe(0.5) }),
    ...(maybe(0.4) && { pageNo: maybe(0.1) ? null : { form: pick(['dash', 'plain', 'of', 'p'] as const), at: pick(['top-right', 'bottom-center', 'bottom-right', 'bottom-left'] as const) } }),
    ...(maybe(0.4) && { name: { at: pick(['prefix', 'heading', 'cell-beside', 'cell-below'] as const), numbered: pick([undefined, undefined, 'dot', 'paren', 'path', 'maru'] as const), topic: maybe(0.2) } }),
    ...(maybe(0.4) && { office: { at: pick(['prefix', 'plain', 'cell', 'box', 'top-right', 'none'] as const), phone: pick(['TEL:', '電話：', 'paren', 'TEL '] as const), emails: maybe(0.5) } }),
    ...(maybe(0.4) && { metaAt: place() }),
    ...(maybe(0.4) && { sectionsAt: place() }),
    ...(maybe(0.5) && { mark: pick(['■', '【】', '〈〉', '◆', '●', '＜＞'] as const) }),
    ...(maybe(0.3) && { labelWidth: step(14, 32, 2) }),
    ...(maybe(0.4) && { budgetForm: pick(['lines', 'paren', 'columns', 'bare', 'bare-paren'] as const) }),
    // Not ※: it marks a note, never a list item.
    ...(maybe(0.3) && { bullet: pick(['・', '', '○', '◯', '•', '-', '➢'] as const) }),
    ...(maybe(0.2) && { budgetAfter: maybe(0.5) }),
    ...(maybe(0.2) && { budgetBig: maybe(0.5) }),
    ...(maybe(0.2) && { dividers: maybe(0.5) }),
    ...(maybe(0.3) && { perPage: pick([1, 2, 3] as const) }),
  };
}

mkdirSync(dir, { recursive: true });
const bases = options.family === undefined ? RENDERINGS : RENDERINGS.filter((rendering) => rendering.family === options.family);
let made = 0;
let scanned = 0;
// A choice of values may not fit its page (a slide of three records): it is skipped, with a line saying so.
for (let tries = 0; made < options.count && tries < 5 * options.count; tries++) {
  const base = pick(bases);
  let spec: RenderingSpec = { ...base, id: `r${options.seed}-${tries}` };
  for (const key of SWAPPED) if (maybe(0.5)) spec = { ...spec, [key]: pick(RENDERINGS)[key] };
  if (options.wild) spec = { ...spec, ...wildChoices(spec) };
  if (spec.sectionsAt === 'heading' && spec.mark === undefined) spec.mark = pick(['■', '【】', '◆', '●'] as const);
  if (spec.runover && spec.perPage > 1) spec.runover = false;
  const family = FAMILIES[spec.family]();
  const records = new Set<number>();
  const count = Math.min(6 + Math.floor(random() * 4), family.records.length);
  while (records.size < count) records.add(Math.floor(random() * family.records.length));
  spec.records = [...records].sort((a, b) => a - b);
  delete spec.scan;
  try {
    const words = describe(spec);
    const truth = buildRendering(spec, family, dir, `random rendering ${spec.id} from ${base.id} by samples/make/make-random-layouts.ts: ${words.join('; ')}`, words);
    made++;
    if (scanned < options.scans && (options.allScans === true || maybe(0.5))) {
      scanRendering(dir, truth, [1, 2, 3], state % 97);
      scanned++;
    }
  } catch (error) {
    console.log(`skipped ${spec.id}: ${(error as Error).message.split('\n')[0]}`);
  }
}
console.log(`${made} renderings, ${scanned} scanned, in ${dir}`);
