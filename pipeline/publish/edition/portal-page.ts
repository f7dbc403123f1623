import { cp932Path } from '../cp932-copies.ts';
import { escapeHtml, htmlPage, htmlTable } from './html-page.ts';
import type { PortalPageDataset, PortalPageEdition, PortalPageFile } from './portal-page-data.ts';

/** What the files a revision always has are, in Japanese (the CSVs take their titles from datapackage.json). */
const FILE_TITLES: Readonly<Record<string, string>> = {
  'quality.html': 'データ品質報告',
  'diff.html': '前の版からの変更点',
  'CHANGELOG.md': '変更の一覧 (Markdown)',
  'policies.json': '施策 (JSON)',
  'cases.json': '事例 (JSON)',
  'tables.json': '表 (JSON)',
  'diff.json': '前の版からの差分 (JSON)',
  'quality.json': 'データ品質報告 (JSON)',
  'datapackage.json': 'Data Package (Frictionless: CSVの列と型、外部キー)',
  'dcat.jsonld': 'DCAT (JSON-LD: データカタログ向けメタデータ)',
  'ckan.json': 'CKAN (package_create の形)',
  'manifest.json': 'マニフェスト (全ファイルの SHA-256)',
};

const KIND_LABELS = { policies: '施策', cases: '事例' } as const;

/** A size as people read it: 1,234 B, 12.3 KB, 4.5 MB. */
const size = (bytes: number): string =>
  bytes < 1024 ? `${bytes.toLocaleString('en-US')} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A link to a file of a revision, relative to the output folder (where index.html is). */
const link = (edition: PortalPageEdition, file: PortalPageFile, text: string): string =>
  `<a href="${escapeHtml(`${edition.path}/${file.path}`)}" data-download="${escapeHtml(`${edition.path}/${file.path}`)}" data-bytes="${file.bytes}">${escapeHtml(text)}</a>`;

const REPORTS = ['quality.html', 'diff.html', 'CHANGELOG.md'];
const METADATA = ['datapackage.json', 'dcat.jsonld', 'ckan.json', 'manifest.json'];

/** The files of a revision, by group; every file lands in one, so nothing published goes unlisted. */
function groupFiles(files: readonly PortalPageFile[]): Record<'reports' | 'csvs' | 'tables' | 'json' | 'metadata' | 'other', PortalPageFile[]> {
  const csvs = files.filter((f) => f.path.endsWith('.csv') && !f.path.startsWith('cp932/'));
  // A CSV's copy is shown on its CSV's row.
  const copies = new Set(csvs.map((c) => cp932Path(c.path)));
  const rest = files.filter((f) => !csvs.includes(f) && !copies.has(f.path));
  const named = (order: readonly string[]): PortalPageFile[] => order.flatMap((path) => rest.filter((f) => f.path === path));
  const [reports, metadata] = [named(REPORTS), named(METADATA)];
  const json = rest.filter((f) => f.path.endsWith('.json') && !METADATA.includes(f.path));
  const listed = new Set([...reports, ...metadata, ...json]);
  return {
    reports,
    csvs: csvs.filter((f) => !f.path.startsWith('tables/')),
    tables: csvs.filter((f) => f.path.startsWith('tables/')),
    json,
    metadata,
    other: rest.filter((f) => !listed.has(f)),
  };
}

/** One CSV's row: its title, the UTF-8 file, its Shift_JIS copy and their sizes. */
function csvRow(edition: PortalPageEdition, csv: PortalPageFile): string[] {
  const copy = edition.files.find((f) => f.path === cp932Path(csv.path));
  return [
    `<td>${escapeHtml(csv.title ?? csv.path)}</td>`,
    `<td>${link(edition, csv, csv.path)} <span class="none">${size(csv.bytes)}</span></td>`,
    `<td>${copy === undefined ? '—' : `${link(edition, copy, 'Shift_JIS')} <span class="none">${size(copy.bytes)}</span>`}</td>`,
  ];
}

const fileList = (edition: PortalPageEdition, files: readonly PortalPageFile[]): string =>
  `<ul>${files.map((f) => `<li>${link(edition, f, FILE_TITLES[f.path] ?? f.path)} <span class="none">${f.path}、${size(f.bytes)}</span></li>`).join('')}</ul>`;

function renderEdition(dataset: PortalPageDataset, edition: PortalPageEdition): string {
  const groups = groupFiles(edition.files);
  const earlier = edition.earlier.map((r) => `<a href="${escapeHtml(`${r.path}/manifest.json`)}">r${r.revision}</a>`).join('、');
  return [
    `<section class="edition" data-edition="${escapeHtml(`${dataset.dataset}/${edition.edition}`)}" data-latest="${escapeHtml(edition.path)}" data-records="${edition.records}">`,
    `<h3>${edition.edition} 版: ${escapeHtml(dataset.title)}</h3>`,
    `<p>データセット <code>${escapeHtml(dataset.dataset)}</code>、リビジョン r${edition.revision}${earlier === '' ? '' : `、以前のリビジョン ${earlier}`}。${KIND_LABELS[edition.kind]} ${edition.records}件${edition.pagesToCheck > 0 ? `、確認が必要なページ ${edition.pagesToCheck}` : ''}。</p>`,
    `<h4>報告</h4>${fileList(edition, groups.reports)}`,
    `<h4>CSV (UTF-8、Excel 向けに Shift_JIS の写し)</h4>${htmlTable(['内容', 'UTF-8', 'Shift_JIS (CP932)'], groups.csvs.map((csv) => csvRow(edition, csv)), 'CSVはありません。')}`,
    groups.tables.length === 0 ? '' : `<details><summary>PDFの表のCSV (${groups.tables.length}件)</summary>${htmlTable(['表', 'UTF-8', 'Shift_JIS (CP932)'], groups.tables.map((csv) => csvRow(edition, csv)), '')}</details>`,
    `<h4>JSON</h4>${fileList(edition, groups.json)}`,
    `<h4>メタデータ (データカタログ向け)</h4>${fileList(edition, groups.metadata)}`,
    groups.other.length === 0 ? '' : `<h4>その他</h4>${fileList(edition, groups.other)}`,
    '</section>',
  ].join('\n');
}

/** A series: the editions of its datasets newest first (a family renamed between editions stays one series), under the newest one's title. */
function renderSeries(series: string, datasets: readonly PortalPageDataset[]): string {
  const editions = datasets.flatMap((dataset) => dataset.editions.map((edition) => ({ dataset, edition }))).sort((a, b) => b.edition.edition.localeCompare(a.edition.edition) || a.dataset.dataset.localeCompare(b.dataset.dataset));
  const notes = [
    editions.length > 1 ? '前の版からの変更は各版の「前の版からの変更点」にあります。' : '',
    editions.some((e) => e.edition.kind === 'policies') ? '施策ごとの予算の推移は最新の版の budget_series.csv にあります。' : '',
  ];
  return [
    `<section class="series" data-series="${escapeHtml(series)}">`,
    `<h2>${escapeHtml(editions[0]!.dataset.title)}</h2>`,
    `<p>シリーズ <code>${escapeHtml(series)}</code>: 版 ${editions.length}件 (${editions.map((e) => e.edition.edition).join('、')})。${notes.join('')}</p>`,
    ...editions.map((e) => renderEdition(e.dataset, e.edition)),
    '</section>',
  ].join('\n');
}

/**
 * index.html at the top of the output folder: every series of datasets, its editions newest first, and each
 * edition's downloads (CSV with their Shift_JIS copies, JSON, catalogue metadata) and reports, in
 * Japanese; self-contained like the report pages, with links relative to the output folder.
 */
export function renderPortalPage(datasets: readonly PortalPageDataset[]): string {
  const editions = datasets.reduce((n, d) => n + d.editions.length, 0);
  const body = [
    '<h1>オープンデータ一覧</h1>',
    `<p>府省のPDFから抽出したデータセット <span data-datasets="${datasets.length}">${datasets.length}</span>件、版 <span data-editions="${editions}">${editions}</span>件。各版は公開後に書き換えず、訂正は新しいリビジョン (r2, r3 …) として公開します。利用条件: 政府標準利用規約 (第2.0版) 準拠、CC BY 4.0 互換。</p>`,
    '<p>機械可読な一覧: <a href="index.json" data-download="index.json">index.json</a> (データセット・版・リビジョン)、<a href="documents/index.json" data-download="documents/index.json">documents/index.json</a> (元PDFごとのテキストと表)。</p>',
    datasets.length === 0 ? '<p class="none">公開した版はまだありません。</p>' : '',
    ...[...new Set(datasets.map((d) => d.series))].sort().map((series) => renderSeries(series, datasets.filter((d) => d.series === series))),
  ];
  return htmlPage('オープンデータ一覧', body);
}
