import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseRecord, DocumentText, EditionCases, EditionDiff, QualityReport, RecordSet } from '../../schemas/types.ts';
import { publishEditions } from '../../pipeline/publish/edition/publish-editions.ts';
import { normaliseCharacters } from '../../pipeline/normalise/normalise-text.ts';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import { runCli } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

const EDITION = 'digiden-koufukin-jireishu/2022-12-12/r1';
const { Package } = createRequire(import.meta.url)('datapackage') as {
  Package: { load(descriptor: unknown, options: { basePath: string }): Promise<{ valid: boolean; errors: Error[] }> };
};

let root: string;
let out: string;
let recordSet: RecordSet;
let cases: CaseRecord[];
let documentId: string;

const byTitle = (title: string): CaseRecord => {
  const found = cases.find((c) => c.title === title);
  if (found === undefined) throw new Error(`no case titled ${title}`);
  return found;
};
const field = (record: CaseRecord, label: string): string | undefined => record.fields.find((f) => f.label === label)?.text;
const edition = (path: string): Promise<string> => readFile(join(out, EDITION, path), 'utf8');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cases-'));
  out = join(root, 'out');
  const run = await runCli(['run', join(samplesDir, 'digiden-koufukin-jireishu-2022.pdf'), '--out', out, '--no-ocr', '--log', 'json']);
  expect(run.code, run.stderr).toBe(0);
  [documentId] = await readdir(join(out, 'documents'), { withFileTypes: true }).then((entries) => entries.filter((e) => e.isSymbolicLink()).map((e) => e.name)) as [string];
  recordSet = JSON.parse(await readFile(join(out, 'documents', documentId!, 'records.json'), 'utf8')) as RecordSet;
  cases = recordSet.cases ?? [];
}, 90_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('cases of the 交付金 case collection (事例集)', () => {
  it('recognises the family by content and reads its 14 cases, every one valid, no policies', () => {
    expect(recordSet.profile).toBe('digiden-koufukin-jireishu');
    expect(validateAgainst('record-set.schema.json', recordSet)).toEqual([]);
    expect(recordSet.records).toEqual([]);
    expect(recordSet.quarantine).toEqual([]);
    expect(cases).toHaveLength(14);
  });

  it('reads 事例1 of 兵庫県佐用町 under its chapter 準公共分野, the tag apart from the heading, its two boxes side by side', () => {
    const sayo = byTitle('校務支援システムのパブリッククラウド化、校務系・学習系ネットワークの統合');
    expect(sayo).toMatchObject({ number: '事例1', chapter: '準公共分野', prefecture: '兵庫県', municipality: '佐用町', municipalities: ['佐用町']});
    // The tag as printed, its Kangxi-radical 「⽤」 and full-width colon kept.
    expect(normaliseCharacters(sayo.place_raw)).toBe('事例1:兵庫県佐用町');
    expect(sayo.place_raw).not.toBe(normaliseCharacters(sayo.place_raw));
    expect(sayo.source.pages).toEqual([8]);
    expect(sayo.fields.map((f) => f.label)).toEqual(['ポイント', '具体的な取組内容']);
    expect(field(sayo, 'ポイント')?.split('\n')).toEqual([
      'ゼロトラスト型セキュリティ(統合認証基盤)の導入',
      'パブリッククラウド型校務支援システムの導入',
      '学習系・校務系ネットワークの統合',
      '標準規格による異なるシステム間での、データの相互運用',
    ]);
    expect(field(sayo, '具体的な取組内容')?.split('\n')[1]).toBe('ネットワーク統合と合わせ、ゼロトラスト型セキュリティ対策への切替を行う。');
  });

  it('reads a case covering two cities, with both as a list', () => {
    const nagasaki = byTitle('【ローカル5G】医療・ヘルスケア分野における活用例');
    expect(nagasaki).toMatchObject({ number: null, chapter: 'ローカル5G等', prefecture: '長崎県', municipality: '長崎市、五島市', municipalities: ['長崎市', '五島市'] });
    expect(field(nagasaki, '課題')).toBe('離島・山間等のへき地を中心に医療機関の医師不足が課題\n専門的な医療を受けるためには、船舶・飛行機等での移動を強いられている');
  });

  it('reads two cases printed side by side on one page, each with its own box', () => {
    const sakai = byTitle('TYPE2 茨城県境町');
    const sarabetsu = byTitle('TYPE3 北海道更別村');
    expect([sakai.municipality, sarabetsu.municipality]).toEqual(['境町', '更別村']);
    expect([sakai.chapter, sarabetsu.chapter]).toEqual(['【参考】R3補正 TYPE2/3採択実績', '【参考】R3補正 TYPE2/3採択実績']);
    expect(field(sakai, '事業概要')).toMatch(/^既存の自動運転バスの取組に加え、.*徐々にサービスメニューを拡大。$/u);
    expect(field(sarabetsu, '事業概要')).toMatch(/^月額3,980円で、.*地域の生活者の交流拠点も整備。$/u);
  });

  it('reads prefecture-only cases, the note under a heading, and the same town in two chapters as two cases', () => {
    expect(cases.filter((c) => c.municipality === null).map((c) => c.prefecture)).toEqual(['高知県', '広島県', '群馬県']);
    expect(field(byTitle('複数のICT教材を活用した学習データの収集及び活用'), '注記')).toBe('(令和4年度「学びと社会の連携促進事業」において実証中)');
    expect(cases.filter((c) => c.municipality === '境町').map((c) => c.chapter)).toEqual(['準公共分野', '【参考】R3補正 TYPE2/3採択実績']);
  });

  it('publishes an edition with cases.json, cases.csv and case_fields.csv described in its data package', async () => {
    const published = JSON.parse(await edition('cases.json')) as EditionCases;
    expect(validateAgainst('edition-cases.schema.json', published)).toEqual([]);
    expect(published.cases.map((c) => c.id)).toEqual(cases.map((c) => c.id));

    const csv = await edition('cases.csv');
    const [header, ...rows] = csv.split(/\r\n(?=digiden-koufukin-jireishu-)/u);
    expect(csv.startsWith('事例ID,事例番号,事例名,')).toBe(true);
    expect(header).toContain('都道府県,市区町村');
    expect(header).toContain('項目:ポイント');
    expect(rows).toHaveLength(14);
    expect(rows.find((r) => r.includes('佐用町'))).toContain(',事例1,校務支援システムのパブリッククラウド化、校務系・学習系ネットワークの統合,');
    expect(rows.find((r) => r.includes('五島市'))).toContain(',ローカル5G等,長崎県,長崎市、五島市,');
    expect(await edition('case_fields.csv')).toContain('事例ID,行番号,見出し,見出し(原文),本文,本文(原文)');

    const descriptor = JSON.parse(await edition('datapackage.json')) as { resources: { name: string; schema?: { fields: { name: string }[]; primaryKey?: string[] } }[] };
    const resource = descriptor.resources.find((r) => r.name === 'cases');
    expect(resource?.schema?.primaryKey).toEqual(['事例ID']);
    expect(resource?.schema?.fields.map((f) => f.name)).toContain('市区町村');
    expect(descriptor.resources.map((r) => r.name)).not.toContain('policies');
    const dataPackage = await Package.load(descriptor, { basePath: join(out, EDITION) });
    expect(dataPackage.errors.map((e) => e.message)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
  });

  it('reports the cases and their fill rates in the quality report', async () => {
    const quality = JSON.parse(await edition('quality.json')) as QualityReport;
    expect(quality.counts.records).toBe(14);
    expect(quality.fill_rates.find((r) => r.field === 'municipality')).toMatchObject({ filled: 11, total: 14 });
    expect(quality.fill_rates.find((r) => r.field === 'fields/ポイント')).toMatchObject({ filled: 2, total: 14 });
  });
});

describe('a later edition of the case collection', () => {
  it('is diffed against the earlier one, case by case, when published and from the command line', async () => {
    // Next year's collection: the same document under another name and date, one case dropped and one box rewritten.
    const later = join(out, 'documents', 'jireishu-2023');
    await cp(join(out, 'documents', documentId), later, { recursive: true, dereference: true });
    const document = JSON.parse(await readFile(join(later, 'document.json'), 'utf8')) as DocumentText;
    await writeFile(join(later, 'document.json'), JSON.stringify({ ...document, source: { ...document.source, file_name: 'jireishu-2023.pdf' } }));
    const [dropped, rewritten] = [cases[13]!, cases[0]!];
    const box = rewritten.fields[0]!;
    const next = cases.filter((c) => c !== dropped).map((c) => (c === rewritten ? { ...c, fields: [{ ...box, text: `${box.text}\n導入校を拡大。` }, ...c.fields.slice(1)] } : c));
    await writeFile(join(later, 'records.json'), JSON.stringify({ ...recordSet, cases: next }));

    const outcomes = await publishEditions(out, { editionDates: { 'jireishu-2023.pdf': '2023-06-01' } });
    expect(outcomes.map((o) => [o.path, o.status, o.previous])).toContainEqual(['digiden-koufukin-jireishu/2023-06-01/r1', 'published', 'digiden-koufukin-jireishu/2022-12-12']);
    const diff = JSON.parse(await readFile(join(out, 'digiden-koufukin-jireishu/2023-06-01/r1/diff.json'), 'utf8')) as EditionDiff;
    expect(validateAgainst('edition-diff.schema.json', diff)).toEqual([]);
    expect(diff).toMatchObject({ kind: 'cases', from: { records: 14 }, to: { records: 13 }, summary: { matched: 13, added: 0, removed: 1, changed: 1 }, totals: [] });
    expect(diff.removed).toEqual([{ id: dropped.id, name: dropped.title, budget: null }]);
    expect(diff.changed).toEqual([{ id: rewritten.id, name: rewritten.title, fields: [{ field: `fields/${box.label}`, before: box.text, after: `${box.text}\n導入校を拡大。` }], budget: [], headline: null }]);

    const printed = await runCli(['diff', 'digiden-koufukin-jireishu/2022-12-12', 'digiden-koufukin-jireishu/2023-06-01', '--root', out]);
    expect(printed).toMatchObject({ code: 0, stderr: '' });
    expect(printed.stdout).toContain('- 事例数: 14 → 13');
    expect(printed.stdout).toContain(`## 削除\n\n- 「${dropped.title}」 \`${dropped.id}\``);
    expect(printed.stdout).toContain(`- 項目「${box.label}」: 変更`);
  });
});
