import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditionIndex, EditionManifest, QualityReport } from '../../schemas/types.ts';
import { inChromium } from '../support/chromium.ts';
import { runCli } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

// Three editions of one series (policies) and a case collection.
const SAMPLES = ['soumu-juten-shisaku-2020.pdf', 'soumu-shisaku-fy2021.pdf', 'soumu-digiden-shisaku-2022.pdf', 'digiden-koufukin-jireishu-2022.pdf'].map((f) => join(samplesDir, f));

let root: string;
let out: string;
let dom: string;
const json = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(out, path), 'utf8')) as T;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'portal-page-'));
  out = join(root, 'out');
  const run = await runCli(['run', ...SAMPLES, '--out', out, '--no-ocr', '--log', 'json']);
  expect(run.code, run.stderr).toBe(0);
  dom = await inChromium(join(out, 'index.html'), join(root, 'portal.png'));
}, 180_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the portal page (index.html), as Chromium renders it', () => {
  it('lists every series and every edition of index.json, in Japanese, with its latest revision and record count', async () => {
    const index = await json<EditionIndex>('index.json');
    const editions = index.datasets.flatMap((d) => d.editions.map((e) => ({ dataset: d, edition: e })));
    expect(editions).toHaveLength(4);
    expect(dom).toContain('<html lang="ja">');
    expect(dom).toContain('<h1>オープンデータ一覧</h1>');
    expect(dom).toContain(`data-datasets="${index.datasets.length}"`);
    expect(dom).toContain(`data-editions="${editions.length}"`);
    expect([...dom.matchAll(/data-series="([^"]+)"/gu)].map((m) => m[1]).sort()).toEqual([...new Set(index.datasets.map((d) => d.series))].sort());
    for (const { dataset, edition } of editions) {
      const { counts } = await json<QualityReport>(`${edition.latest}/quality.json`);
      expect(dom).toContain(`data-edition="${dataset.dataset}/${edition.edition}" data-latest="${edition.latest}" data-records="${counts.records}"`);
    }
    // The series of three policy editions lists them newest first.
    const order = [...dom.matchAll(/data-edition="soumu-[^/]+\/([\d-]+)"/gu)].map((m) => m[1]);
    expect(order).toEqual(['2022-12-23', '2021-03-31', '2019-08-30']);
    expect(dom).not.toMatch(/<(script|link)\b/u);
  });

  it('links every published file of each latest revision, its size as on disk, and each CSV beside its Shift_JIS copy', async () => {
    const links = new Map([...dom.matchAll(/<a href="([^"]+)" data-download="([^"]+)" data-bytes="(\d+)">/gu)].map((m) => [m[2]!, { href: m[1]!, bytes: Number(m[3]) }]));
    const index = await json<EditionIndex>('index.json');
    let csvs = 0;
    for (const edition of index.datasets.flatMap((d) => d.editions)) {
      const manifest = await json<EditionManifest>(`${edition.latest}/manifest.json`);
      for (const file of [...manifest.files.map((f) => f.path), 'manifest.json']) {
        const path = `${edition.latest}/${file}`;
        const linked = links.get(path);
        expect(linked, path).toBeDefined();
        expect(linked!.href).toBe(path);
        expect(linked!.bytes, path).toBe((await stat(join(out, path))).size);
      }
      for (const csv of manifest.files.filter((f) => f.path.endsWith('.csv') && !f.path.startsWith('cp932/'))) {
        const row = new RegExp(`data-download="${edition.latest}/${csv.path}"[^]*?</tr>`, 'u').exec(dom)?.[0] ?? '';
        expect(row, csv.path).toContain(`data-download="${edition.latest}/cp932/${csv.path}"`);
        csvs += 1;
      }
    }
    // One Shift_JIS link per CSV, none without its CSV.
    expect(csvs).toBeGreaterThan(index.datasets.length * 2);
    expect([...links.keys()].filter((path) => path.includes('/cp932/'))).toHaveLength(csvs);
    for (const path of ['index.json', 'documents/index.json']) {
      expect(dom).toContain(`<a href="${path}" data-download="${path}">`);
      expect((await stat(join(out, path))).isFile()).toBe(true);
    }
  });

  it('is written again when a run publishes, and left alone when nothing changed', async () => {
    const before = await readFile(join(out, 'index.html'));
    const { mtimeMs } = await stat(join(out, 'index.html'));
    const again = await runCli(['run', ...SAMPLES, '--out', out, '--no-ocr', '--log', 'json']);
    expect(again.code, again.stderr).toBe(0);
    expect((await stat(join(out, 'index.html'))).mtimeMs).toBe(mtimeMs);
    // A base URL changes ckan.json and dcat.jsonld: a new revision of every edition, and the page lists the first as earlier.
    const moved = await runCli(['run', ...SAMPLES, '--out', out, '--no-ocr', '--log', 'json', '--base-url', 'https://opendata.example.jp/']);
    expect(moved.code, moved.stderr).toBe(0);
    const after = await readFile(join(out, 'index.html'), 'utf8');
    expect(after).not.toBe(before.toString());
    expect(after).toContain('data-latest="soumu-digiden-shisaku/2022-12-23/r2"');
    expect(after).toContain('<a href="soumu-digiden-shisaku/2022-12-23/r1/manifest.json">r1</a>');
  }, 180_000);
});
