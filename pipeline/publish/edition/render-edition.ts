import type { EditionDiff, EditionPolicies, QualityReport } from '../../../schemas/types.ts';
import { cp932Path, publishCp932Copy } from '../cp932-copies.ts';
import { toPublishedJson } from '../document-dataset.ts';
import { tableCsvTable } from '../table-csv.ts';
import { budgetSeriesRows, renderBudgetSeries } from './budget-series.ts';
import { buildDataPackage, type RecordKind } from './datapackage.ts';
import { renderDiffHtml } from './diff-html.ts';
import { DIFF_HEADER, diffToChangelog, diffToCsv } from './diff-render.ts';
import { renderCaseTables } from './case-csv.ts';
import { renderRecordTables, type CsvTable } from './edition-csv.ts';
import { editionCases, revisionPath, type Edition } from './edition-model.ts';
import { renderCaseLongTables, renderPolicyLongTables } from './long-tables.ts';
import { portalLinks } from './portal-links.ts';
import { buildCkanPackage, buildDcatRecord, type CkanOptions, type PortalEdition, type PortalFile } from './portal-metadata.ts';
import { renderQualityHtml } from './quality-html.ts';
import type { QualityFindings } from './quality-report.ts';

/** What one revision holds, before its manifest. */
export interface EditionContent {
  edition: Edition;
  policies: EditionPolicies;
  /** The series' earlier editions, oldest first: budget_series.csv holds their figures and this one's. */
  earlier: readonly EditionPolicies[];
  /** Against the previous edition of the series; null for its first edition. */
  diff: EditionDiff | null;
  quality: QualityFindings;
  /** The revision the files are rendered for: the portal metadata links to its folder. */
  revision: number;
  /** Where the output folder is served, for absolute links in the portal metadata. @defaultValue none: relative links */
  baseUrl?: string;
  /** The publisher as a CKAN portal knows it (ckan.json). @defaultValue none */
  ckan?: CkanOptions;
}

/** Where a source's table CSVs go: `tables/<id>.csv`, or `tables/<document-id>/<id>.csv` when an edition has several PDFs. */
const tablePath = (edition: Edition, documentId: string, tableId: string): string =>
  edition.sources.length === 1 ? `tables/${tableId}.csv` : `tables/${documentId}/${tableId}.csv`;

/**
 * Every file of an edition's revision but the manifest, by path (deterministic: no run time, no
 * absolute paths; key order as built).
 */
export function renderEditionFiles(content: EditionContent): Map<string, string | Uint8Array> {
  const { edition, policies, diff } = content;
  const sourceIds = new Map(policies.matches.map((m) => [m.id, m.source_id]));
  const seriesRows = budgetSeriesRows([...content.earlier, policies]);
  // A case collection publishes its cases instead of policies.
  const cases = editionCases(edition);
  const kind: RecordKind = cases === null ? 'policies' : 'cases';
  const csvTables: CsvTable[] =
    cases !== null
      ? [...renderCaseTables(cases.cases), ...renderCaseLongTables(cases.cases)]
      : [...renderRecordTables(policies.policies, sourceIds), ...renderPolicyLongTables(policies.policies), renderBudgetSeries(seriesRows)];
  for (const source of edition.sources) {
    for (const table of source.tables) {
      csvTables.push(tableCsvTable(table, tablePath(edition, source.documentId, table.id), `table-${edition.sources.length === 1 ? '' : `${source.documentId}-`}${table.id}`));
    }
  }
  if (diff !== null) {
    const text = diffToCsv(diff);
    csvTables.push({ path: 'diff.csv', name: 'diff', title: '前の版からの差分', columns: DIFF_HEADER.map((name) => ({ name, type: name.startsWith('増減額') ? 'integer' as const : name.startsWith('増減率') || name === '一致度' ? 'number' as const : 'string' as const, description: '差分の列。' })), primaryKey: [], foreignKeys: [], text });
  }

  const files = new Map<string, string | Uint8Array>();
  const quality: QualityReport = { ...content.quality, cp932: csvTables.map((table) => publishCp932Copy(files, table.path, table.text)) };

  const json = new Map<string, string>();
  if (cases !== null) json.set('cases.json', toPublishedJson(cases));
  else json.set('policies.json', toPublishedJson(policies));
  json.set(
    'tables.json',
    toPublishedJson(edition.sources.length === 1 ? (edition.sources[0]?.tables ?? []) : edition.sources.map((s) => ({ document_id: s.documentId, file_name: s.fileName, tables: s.tables }))),
  );
  if (diff !== null) json.set('diff.json', toPublishedJson(diff));
  json.set('quality.json', toPublishedJson(quality));
  for (const [path, text] of json) files.set(path, text);
  if (diff !== null) {
    files.set('CHANGELOG.md', diffToChangelog(diff));
    files.set('diff.html', renderDiffHtml(diff, edition.title, seriesRows));
  }
  files.set('quality.html', renderQualityHtml(quality, edition.title));
  files.set('datapackage.json', toPublishedJson(buildDataPackage(edition, kind, csvTables, files, json)));

  const listed = (path: string, title: string, format: string, mediatype: string): PortalFile => ({ path, title, format, mediatype, data: files.get(path)! });
  const portalFiles: PortalFile[] = [
    ...csvTables.filter((t) => !t.path.startsWith('tables/')).flatMap((t) => [listed(t.path, t.title, 'CSV', 'text/csv'), listed(cp932Path(t.path), `${t.title} (Shift_JIS)`, 'CSV', 'text/csv')]),
    ...[...json.keys()].map((path) => listed(path, path, 'JSON', 'application/json')),
    listed('quality.html', 'データ品質報告', 'HTML', 'text/html'),
    ...(diff === null ? [] : [listed('diff.html', '前の版からの変更点', 'HTML', 'text/html')]),
    listed('datapackage.json', 'Data Package', 'JSON', 'application/json'),
  ];
  const portal: PortalEdition = {
    edition,
    kind,
    files: portalFiles,
    links: portalLinks(content.baseUrl, revisionPath(edition.dataset, edition.date, content.revision)),
    previous: diff === null ? null : { dataset: diff.from.dataset, date: diff.from.edition },
    records: policies.policies,
    ...(content.ckan === undefined ? {} : { ckan: content.ckan }),
  };
  files.set('ckan.json', toPublishedJson(buildCkanPackage(portal)));
  files.set('dcat.jsonld', toPublishedJson(buildDcatRecord(portal)));
  return files;
}
