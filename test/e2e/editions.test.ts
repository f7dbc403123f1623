import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { EditionDiff, EditionPolicies, QualityReport } from '../../schemas/types.ts';
import { diffEditions } from '../../pipeline/publish/edition/diff-editions.ts';
import { publishFolder, type FolderContents } from '../../pipeline/publish/atomic-folder.ts';
import { readRevisionFiles } from '../../pipeline/publish/edition/edition-store.ts';
import { publishEditions } from '../../pipeline/publish/edition/publish-editions.ts';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import { addDiffCommand } from '../../workers/cli-diff.ts';
import { finishRun } from '../../pipeline/run/finish-run.ts';
import { inChromium } from '../support/chromium.ts';
import { runCli } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

const SAMPLES = ['soumu-juten-shisaku-2020.pdf', 'soumu-shisaku-fy2021.pdf', 'soumu-digiden-shisaku-2022.pdf'].map((f) => join(samplesDir, f));
const EDITIONS = ['soumu-juten-shisaku/2019-08-30/r1', 'soumu-shisaku-fy2021/2021-03-31/r1', 'soumu-digiden-shisaku/2022-12-23/r1'];
const fixedTime = (iso: string) => () => new Date(iso);

let root: string;
let out: string;
let runEditions: { path: string; status: string }[];
const json = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(out, path), 'utf8')) as T;

/** A published CSV read back as a user's script would, with Python's csv module (strict), rows keyed by the header. */
async function readWithPython(path: string): Promise<Record<string, string>[]> {
  const script = 'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8") as f:\n    json.dump(list(csv.DictReader(f, strict=True)), sys.stdout, ensure_ascii=False)';
  const { stdout } = await promisify(execFile)('python3', ['-c', script, path], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Record<string, string>[];
}

/** Every file under a folder but the manifests (which hold the run time), by relative path. */
async function dataFiles(folder: string): Promise<Map<string, Buffer>> {
  const files = await readRevisionFiles(folder);
  for (const path of [...files.keys()]) if (path.endsWith('manifest.json') || path.startsWith('documents/') || path === 'run-report.json') files.delete(path);
  return files;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'editions-'));
  out = join(root, 'out');
  const run = await runCli(['run', ...SAMPLES, '--out', out, '--no-ocr', '--log', 'json']);
  expect(run.code, run.stderr).toBe(0);
  runEditions = (JSON.parse(await readFile(join(out, 'run-report.json'), 'utf8')) as { editions: { path: string; status: string }[] }).editions;
  // Published again from the run's documents with a fixed clock, so manifests can be compared.
  for (const entry of await readdir(out)) if (entry !== 'documents') await rm(join(out, entry), { recursive: true, force: true });
  await publishEditions(out, { toolVersion: '0.1.0', now: fixedTime('2024-01-01T00:00:00.000Z') });
}, 90_000);

describe('edition publication', () => {
  it('is published by the run itself, every edition reported in the run report', () => {
    expect(runEditions.map((e) => [e.path, e.status])).toEqual(EDITIONS.map((path) => [path, 'published']));
  });

  it('publishes one edition per family under its cover date, an index and the series ids', async () => {
    const index = await json<{ datasets: { dataset: string; editions: { edition: string; latest: string }[] }[] }>('index.json');
    expect(index.datasets.flatMap((d) => d.editions.map((e) => e.latest)).sort()).toEqual([...EDITIONS].sort());
    expect(validateAgainst('edition-index.schema.json', index)).toEqual([]);
    expect(validateAgainst('series-ids.schema.json', await json('soumu-chihou-shisaku/ids.json'))).toEqual([]);
    for (const edition of EDITIONS) {
      expect(validateAgainst('edition-policies.schema.json', await json(`${edition}/policies.json`))).toEqual([]);
      expect(validateAgainst('quality-report.schema.json', await json(`${edition}/quality.json`))).toEqual([]);
      const manifest = await json<{ files: { path: string; sha256: string }[]; published_at: string }>(`${edition}/manifest.json`);
      expect(validateAgainst('edition-manifest.schema.json', manifest)).toEqual([]);
      expect(manifest.published_at).toBe('2024-01-01T00:00:00.000Z');
      expect(manifest.files.map((f) => f.path)).toContain('policies.csv');
    }
    expect(validateAgainst('edition-diff.schema.json', await json(`${EDITIONS[2]}/diff.json`))).toEqual([]);
  });

  it('re-publishes nothing on unchanged sources, and is byte-identical from scratch', async () => {
    const again = await publishEditions(out, { toolVersion: '0.1.0', now: fixedTime('2025-01-01T00:00:00.000Z') });
    expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect((await json<{ published_at: string }>(`${EDITIONS[0]}/manifest.json`)).published_at).toBe('2024-01-01T00:00:00.000Z');

    const fresh = join(root, 'fresh');
    // Document folders are relative symlinks into documents/.versions/: copied as they are, not made absolute into `out`.
    await cp(join(out, 'documents'), join(fresh, 'documents'), { recursive: true, verbatimSymlinks: true });
    await publishEditions(fresh, { toolVersion: '0.1.0', now: fixedTime('2030-06-01T00:00:00.000Z') });
    const [a, b] = [await dataFiles(out), await dataFiles(fresh)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, data] of a) expect(b.get(path)?.equals(data), path).toBe(true);
  });

  it('keeps the previous state when a publication crashes mid-way, and adds a revision when it succeeds', async () => {
    const copy = join(root, 'crash');
    await cp(out, copy, { recursive: true, verbatimSymlinks: true });
    const records = join(copy, 'documents', (await readdir(join(copy, 'documents'))).find((d) => d.startsWith('soumu-digiden'))!, 'records.json');
    const set = JSON.parse(await readFile(records, 'utf8')) as { records: { name: string }[] };
    set.records[0]!.name = `${set.records[0]!.name}(訂正)`;
    await writeFile(records, JSON.stringify(set));
    const before = await readRevisionFiles(copy);
    // The real atomic writer, made to fail half-way: a file path that is also a folder path cannot be written.
    const failing = (target: string, contents: FolderContents): Promise<void> => publishFolder(target, new Map([...contents, ['policies.json/crash', 'x']]));
    await expect(publishEditions(copy, { writeFolder: failing })).rejects.toThrow();
    expect(await readRevisionFiles(copy)).toEqual(before);

    const outcomes = await publishEditions(copy, { toolVersion: '0.1.0' });
    expect(outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'published']);
    expect(outcomes[2]!.path).toBe('soumu-digiden-shisaku/2022-12-23/r2');
    expect(await readFile(join(copy, EDITIONS[2]!, 'policies.json'), 'utf8')).toBe(before.get(`${EDITIONS[2]}/policies.json`)?.toString());
    // The corrected record keeps its series id: a close name of the same office.
    const r1 = JSON.parse(before.get(`${EDITIONS[2]}/policies.json`)!.toString()) as EditionPolicies;
    const r2 = JSON.parse(await readFile(join(copy, 'soumu-digiden-shisaku/2022-12-23/r2/policies.json'), 'utf8')) as EditionPolicies;
    expect(r2.policies[0]!.id).toBe(r1.policies[0]!.id);
    const index = JSON.parse(await readFile(join(copy, 'index.json'), 'utf8')) as { datasets: { editions: { latest: string }[] }[] };
    expect(index.datasets.flatMap((d) => d.editions.map((e) => e.latest))).toContain('soumu-digiden-shisaku/2022-12-23/r2');
  });

  it('publishes once when two runs finish into one folder at the same moment', async () => {
    const shared = join(root, 'shared');
    await cp(join(out, 'documents'), join(shared, 'documents'), { recursive: true, verbatimSymlinks: true });
    const finish = () => finishRun(shared, [], new Date().toISOString());
    const reports = await Promise.all([finish(), finish()]);
    const statuses = reports.map((r) => r.editions.map((e) => e.status).join(' ')).sort();
    expect(statuses).toEqual(['published published published', 'unchanged unchanged unchanged']);
    expect(reports.map((r) => r.editions.map((e) => e.path))).toEqual([EDITIONS, EDITIONS]);
    expect((await readdir(shared)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('writes CSVs without a BOM, with Japanese headers, integer yen and the printed dash as it is', async () => {
    const budget = await readFile(join(out, EDITIONS[2]!, 'budget_lines.csv'), 'utf8');
    expect(budget.startsWith('施策ID,行番号,年度')).toBe(true);
    expect(budget).toContain(',580000000,百万円,true,');
    expect(budget).toMatch(/,-\r\n/u); // a 「-」 cell: no amount, which no spreadsheet runs as a formula
    const policies = await readFile(join(out, EDITIONS[2]!, 'policies.csv'), 'utf8');
    expect(policies.split('\r\n')[0]).toContain('施策名');
    expect(policies).not.toMatch(/(^|,)[=+@]/mu);
  });

  it('writes a CP932 copy of every CSV, the PDF’s look-alikes folded to what Shift_JIS has, and reports the folds', async () => {
    const quality = await json<QualityReport>(`${EDITIONS[2]}/quality.json`);
    const policies = quality.cp932.find((c) => c.path === 'policies.csv')!;
    // The printed names keep the PDF's look-alike code points (⾼ U+2FBC for 高, ⼈ U+2F08 for 人).
    expect(policies).toMatchObject({ copy: 'cp932/policies.csv', lost_characters: [] });
    expect(policies.folded_characters).toEqual(expect.arrayContaining([{ character: '⾼', replacement: '高' }, { character: '⼈', replacement: '人' }]));
    const utf8 = await readFile(join(out, EDITIONS[2]!, 'policies.csv'), 'utf8');
    const copy = iconv.decode(await readFile(join(out, EDITIONS[2]!, 'cp932', 'policies.csv')), 'cp932');
    expect(utf8).toContain('⾼');
    expect(copy).not.toContain('⾼');
    expect(copy.length).toBe(utf8.length);
  });
});

describe('the budget series', () => {
  it('holds every edition’s figures of the matched policies, prior years included, in budget_series.csv', async () => {
    const rows = await readWithPython(join(out, EDITIONS[2]!, 'budget_series.csv'));
    const editionsOf = new Map<string, Set<string>>();
    for (const r of rows) editionsOf.set(r['施策ID']!, (editionsOf.get(r['施策ID']!) ?? new Set()).add(r['版']!));
    expect([...editionsOf.values()].filter((e) => e.size >= 2).length).toBeGreaterThanOrEqual(20);
    const series = rows.filter((r) => r['施策ID'] === rows.find((x) => x['施策名'] === '高度無線環境整備推進事業')!['施策ID']).map((r) => [r['年度'], r['段階'], r['金額(円)'], r['版']]);
    expect(series).toEqual([
      ['2019', 'initial', '5250000000', '2019-08-30'],
      ['2020', 'request', '6480000000', '2019-08-30'],
      ['2021', 'initial', '3682000000', '2021-03-31'],
      ['2022', 'initial', '3683000000', '2022-12-23'], // the prior year's figure the 2022 edition prints
      ['2022', 'supplementary', '2842000000', '2022-12-23'],
      ['2023', 'draft', '4196000000', '2022-12-23'],
    ]);
    // Each edition's series goes up to itself: the first holds its own figures only.
    expect(new Set((await readWithPython(join(out, EDITIONS[0]!, 'budget_series.csv'))).map((r) => r['版']))).toEqual(new Set(['2019-08-30']));
  });

  it('is declared in datapackage.json with its Table Schema', async () => {
    const pkg = await json<{ resources: { name: string; path: string; schema?: { fields: { name: string; type: string }[] } }[] }>(`${EDITIONS[2]}/datapackage.json`);
    const resource = pkg.resources.find((r) => r.path === 'budget_series.csv')!;
    expect(resource.schema!.fields.map((f) => [f.name, f.type])).toEqual(expect.arrayContaining([['施策ID', 'string'], ['年度', 'integer'], ['段階', 'string'], ['金額(円)', 'integer'], ['版', 'string']]));
    expect(pkg.resources.map((r) => r.path)).toContain('cp932/budget_series.csv');
  });
});

describe('diffs across the sample editions', () => {
  const policies = (edition: string): Promise<EditionPolicies> => json<EditionPolicies>(`${edition}/policies.json`);

  it('matches 20 or more policies across the three editions', async () => {
    const d1 = await json<EditionDiff>(`${EDITIONS[1]}/diff.json`);
    const d2 = await json<EditionDiff>(`${EDITIONS[2]}/diff.json`);
    expect(d1.summary.matched + d2.summary.matched).toBeGreaterThanOrEqual(20);
    expect(d2.summary.matched).toBeGreaterThanOrEqual(15);
    expect(d2.renamed).toContainEqual(expect.objectContaining({ from_name: 'インターネットトラヒック流通効率化等促進事業', to_name: 'インターネットトラフィック流通効率化等促進事業', via: 'name' }));
    expect(d1.renamed).toContainEqual(expect.objectContaining({ from_name: '高速・大容量の無線局を支える光ファイバの整備', to_name: '高度無線環境整備推進事業', via: 'budget-item', score: 1 }));
  });

  it('reports 個人番号カード交付事業費補助金 → マイナンバーカード交付事業費補助金 as a rename', async () => {
    const diff = diffEditions('soumu-chihou-shisaku', await policies(EDITIONS[0]!), await policies(EDITIONS[2]!));
    const rename = diff.renamed.find((r) => r.to_name === 'マイナンバーカード交付事業費補助金');
    expect(rename).toMatchObject({ via: 'budget-item', via_text: '個人番号カード交付事業費補助金', from_name: 'マイナンバーカードの普及・利活用の促進' });
    expect(rename!.score).toBeCloseTo(0.6667, 4);
  });

  it('gives no delta between figures of different years or stages, and says they are not comparable', async () => {
    const d2 = await json<EditionDiff>(`${EDITIONS[2]}/diff.json`);
    const change = (name: string) => d2.changed.find((c) => c.name === name)!;
    expect(change('高度無線環境整備推進事業').headline).toEqual({
      before: expect.objectContaining({ fiscal_year: 2021, stage: 'initial', amount_jpy: 3_682_000_000 }),
      after: expect.objectContaining({ fiscal_year: 2023, stage: 'draft', amount_jpy: 4_196_000_000 }),
      comparable: false,
      delta_jpy: null,
      delta_percent: null,
    });
    // No two consecutive sample editions print the same year and stage of one policy.
    for (const c of d2.changed) expect([c.headline?.comparable, c.headline?.delta_jpy ?? null]).not.toContain(true);
    const rows = (await readWithPython(join(out, EDITIONS[2]!, 'diff.csv'))).filter((r) => r['施策名(後)'] === '高度無線環境整備推進事業' && r['種別'] === '主要予算額');
    expect(rows).toEqual([expect.objectContaining({ 変更前: '3682000000', 変更後: '4196000000', '増減額(円)': '', 備考: '年度・段階が異なるため比較できません' })]);
    const changelog = await readFile(join(out, EDITIONS[2]!, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('- 主要予算額: 2021年度 当初 3,682,000,000円 → 2023年度 予算(案) 4,196,000,000円 (年度・段階が異なるため比較できません)');
  });

  it('gives the added and removed policies their amounts, and each year’s and stage’s totals', async () => {
    const d2 = await json<EditionDiff>(`${EDITIONS[2]}/diff.json`);
    expect(d2.added.find((p) => p.name === '地域おこし協力隊')!.budget).toMatchObject({ fiscal_year: 2023, stage: 'draft', amount_jpy: 208_000_000 });
    expect(d2.removed.find((p) => p.name === 'マイナポイントによる消費活性化策の拡充')!.budget).toMatchObject({ fiscal_year: 2021, stage: 'initial', amount_jpy: 25_000_000_000 });
    // A total is the edition's budget lines of that year and stage, の内数 left out, as budget_lines.csv gives them.
    const sum = async (edition: string, year: string, stage: string): Promise<number> =>
      (await readWithPython(join(out, edition, 'budget_lines.csv')))
        .filter((r) => r['年度'] === year && r['段階'] === stage && r['内数'] === 'false' && r['金額(円)'] !== '')
        .reduce((n, r) => n + Number(r['金額(円)']), 0);
    const total = (year: number, stage: string) => d2.totals.find((t) => t.fiscal_year === year && t.stage === stage)!;
    expect(total(2023, 'draft')).toMatchObject({ before_jpy: null, after_jpy: await sum(EDITIONS[2]!, '2023', 'draft'), delta_jpy: null });
    expect(total(2021, 'initial')).toMatchObject({ before_jpy: await sum(EDITIONS[1]!, '2021', 'initial'), after_jpy: null, removed_jpy: 31_127_000_000 });
    const changelog = await readFile(join(out, EDITIONS[2]!, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('- 「地域おこし協力隊」 2023年度 予算(案) 208,000,000円 `');
    expect(changelog).toContain('## 予算の合計 (年度・段階ごと、内数を除く)');
  });

  it('marks weak renames for review with their score, and says a field was added rather than 「(なし)」', async () => {
    const d2 = await json<EditionDiff>(`${EDITIONS[2]}/diff.json`);
    expect(d2.renamed.find((r) => r.to_name === '地域情報化アドバイザー派遣事業')).toMatchObject({ score: 0.32, review: true });
    expect(d2.renamed.find((r) => r.to_name === 'インターネットトラフィック流通効率化等促進事業')).toMatchObject({ review: false });
    const changelog = await readFile(join(out, EDITIONS[2]!, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('→「地域情報化アドバイザー派遣事業」 一致度 0.32 **要確認**');
    expect(changelog).toContain('- 施策分類: 追加');
    expect(changelog).not.toContain('(なし)');
    const renames = (await readWithPython(join(out, EDITIONS[2]!, 'diff.csv'))).filter((r) => r['種別'] === '名称変更');
    expect(renames.filter((r) => r['備考'] === '要確認').map((r) => r['一致度']).sort()).toEqual(d2.renamed.filter((r) => r.review).map((r) => String(r.score)).sort());
  });

  it('prints a diff between any two editions from the command line', async () => {
    const program = new Command('pdf-opendata').exitOverride();
    addDiffCommand(program);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let printed = '';
    try {
      await program.parseAsync(['diff', 'soumu-juten-shisaku/2019-08-30', 'soumu-digiden-shisaku/2022-12-23', '--root', out, '--format', 'json'], { from: 'user' });
      printed = write.mock.calls.map((call) => String(call[0])).join('');
    } finally {
      write.mockRestore();
    }
    const diff = JSON.parse(printed) as EditionDiff;
    expect(diff.renamed.map((r) => r.via_text)).toContain('個人番号カード交付事業費補助金');
  });
});

describe('report pages in headless Chromium', () => {
  it('quality.html shows the numbers of quality.json', async () => {
    const report = await json<QualityReport>(`${EDITIONS[2]}/quality.json`);
    const dom = await inChromium(join(out, EDITIONS[2]!, 'quality.html'), join(root, 'quality.png'));
    for (const [metric, value] of Object.entries(report.counts)) expect(dom).toContain(`data-metric="${metric}" data-value="${value}"`);
    for (const fill of report.fill_rates) expect(dom).toContain(`data-field="${fill.field}" data-filled="${fill.filled}" data-total="${fill.total}" data-rate="${fill.rate}"`);
    for (const [key, value] of Object.entries(report.changes!.summary)) expect(dom).toContain(`data-change="${key}" data-value="${value}"`);
    const exact = report.cp932.filter((c) => c.folded_characters.length + c.lost_characters.length === 0);
    expect(dom).toContain(`data-cp932-exact="${exact.length}"`);
    for (const copy of report.cp932.filter((c) => !exact.includes(c))) expect(dom).toContain(`data-cp932="${copy.path}" data-lost="${copy.lost_characters.length}"`);
    expect(dom).not.toMatch(/<(script|link)\b/u);
  });

  it('diff.html shows the renames (weak ones for review), additions with amounts, removals, totals and headlines of diff.json', async () => {
    const diff = await json<EditionDiff>(`${EDITIONS[2]}/diff.json`);
    const dom = await inChromium(join(out, EDITIONS[2]!, 'diff.html'), join(root, 'diff.png'));
    for (const [key, value] of Object.entries(diff.summary)) expect(dom).toContain(`data-change="${key}" data-value="${value}"`);
    for (const r of diff.renamed) expect(dom).toContain(`data-renamed="${r.id}" data-score="${r.score}" data-review="${r.review}"`);
    expect(dom).toContain('<td class="down">要確認</td>');
    for (const p of diff.added) expect(dom).toContain(`<td data-added="${p.id}">`);
    for (const p of diff.removed) expect(dom).toContain(`<td data-removed="${p.id}">`);
    expect(dom).toMatch(/data-amount="208000000">2023年度 予算\(案\) 208,000,000円</u);
    for (const t of diff.totals) expect(dom).toContain(`data-after="${t.after_jpy ?? ''}"`);
    const headlines = diff.changed.filter((c) => c.headline !== null);
    expect(headlines.length).toBeGreaterThan(0);
    for (const c of headlines) expect(dom).toContain(`data-policy="${c.id}" data-headline="true"`);
    // Every headline compares different years or stages: no bar, and each row says why there is no delta.
    expect(dom).not.toContain('class="delta"');
    expect(dom).toContain('比べられるものはありません');
    expect(dom.split('data-comparable="false">年度・段階が異なるため比較できません').length - 1).toBe(headlines.length);
    expect(dom).not.toMatch(/<(script|link)\b/u);
  });
});

describe('the budget series in diff.html, as Chromium renders it', () => {
  it('charts each policy’s budget over the editions, bar for bar the rows of budget_series.csv', async () => {
    const rows = await readWithPython(join(out, EDITIONS[2]!, 'budget_series.csv'));
    const dom = await inChromium(`${join(out, EDITIONS[2]!, 'diff.html')}#series`, join(root, 'diff-series.png'));
    const bars = (id: string): string[][] => {
      const chart = new RegExp(`<svg[^>]*class="series" data-policy="${id}"[^>]*>(.*?)</svg>`, 'su').exec(dom)?.[1] ?? '';
      return [...chart.matchAll(/data-year="(\d+)" data-stage="(\w+)" data-edition="([\d-]+)" data-amount="(\d+)"/gu)].map((m) => m.slice(1));
    };
    const id = rows.find((r) => r['施策名'] === '高度無線環境整備推進事業')!['施策ID']!;
    expect(bars(id)).toEqual(rows.filter((r) => r['施策ID'] === id && r['金額(円)'] !== '').map((r) => [r['年度'], r['段階'], r['版'], r['金額(円)']]));
    expect(bars(id)).toHaveLength(6);
    // One chart per policy of this edition with amounts printed by two editions or more.
    const editionsOf = new Map<string, Set<string>>();
    for (const r of rows) if (r['金額(円)'] !== '') editionsOf.set(r['施策ID']!, (editionsOf.get(r['施策ID']!) ?? new Set()).add(r['版']!));
    const charted = [...dom.matchAll(/<svg[^>]*class="series" data-policy="([^"]+)"/gu)].map((m) => m[1]);
    expect(charted.sort()).toEqual([...editionsOf].filter(([, e]) => e.size >= 2 && e.has('2022-12-23')).map(([key]) => key).sort());
  });
});

describe('a page quarantined in a published edition', () => {
  it('is listed in quality.json and in quality.html as Chromium renders it', { timeout: 120_000 }, async () => {
    // The 重点施策 catalogue with a 9 MP scanned page after it, read under a 5 MP limit: the scan is quarantined.
    const dir = await mkdtemp(join(tmpdir(), 'quarantined-page-'));
    const source = join(dir, 'juten-plus-scan.pdf');
    await promisify(execFile)('qpdf', ['--empty', '--pages', SAMPLES[0]!, join(samplesDir, 'scanned-juten-shisaku-2020-pages.pdf'), '1', '--', source]);
    const output = join(dir, 'out');
    const run = await runCli(['run', source, '--out', output, '--no-ocr', '--max-megapixels', '5', '--log', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const revision = join(output, EDITIONS[0]!);
    const report = JSON.parse(await readFile(join(revision, 'quality.json'), 'utf8')) as QualityReport;
    const quarantined = report.sources.flatMap((s) => s.quarantined_pages);
    expect(quarantined).toEqual([{ number: 41, code: 'page-too-large', message: expect.stringContaining('more than the 5 MP limit') as string }]);
    expect(report.counts.records).toBe(50);
    const dom = await inChromium(join(revision, 'quality.html'), join(root, 'quality-quarantined.png'));
    expect(dom).toContain('読めなかったページ');
    expect(dom).toMatch(/data-quarantined-page="41">41<\/td><td>page-too-large<\/td>/u);
    // The one page a person should look at, in the report and in the run's last line.
    expect(report.pages_to_check.map((p) => [p.file_name, p.page, p.method, p.reasons[0]!.split(':')[0]])).toEqual([['juten-plus-scan.pdf', 41, null, 'quarantined']]);
    expect(dom).toMatch(/data-page-to-check="41">41<\/td>/u);
    expect(run.stderr).toContain('1 page quarantined; 1 page to check');
    await rm(dir, { recursive: true, force: true });
  });
});
