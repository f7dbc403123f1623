import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DiffSummary, EditionPolicies, SeriesIds } from '../../../schemas/types.ts';
import { publishFolder, writeFileAtomic, type FolderContents } from '../atomic-folder.ts';
import { toPublishedJson } from '../document-dataset.ts';
import { diffEditionRecords } from './diff-editions.ts';
import { editionCases, revisionPath, type Edition, type EditionRecords } from './edition-model.ts';
import { buildEditionIndex, listRevisions, readEditions, readLatestRecords, readRevisionFiles, readSeriesIds, seriesIdsPath } from './edition-store.ts';
import { buildManifest } from './manifest.ts';
import { buildQualityReport } from './quality-report.ts';
import type { CkanOptions } from './portal-metadata.ts';
import { readPortalPage } from './portal-page-data.ts';
import { renderPortalPage } from './portal-page.ts';
import { renderEditionFiles } from './render-edition.ts';
import { assignSeriesIds, editionKey, type MatchOptions } from './series-ids.ts';

export interface PublishEditionsOptions {
  /** Written into each manifest. @defaultValue `'0.0.0'` */
  toolVersion?: string;
  /** The run's time, written into manifests only. @defaultValue the current time */
  now?: () => Date;
  /**
   * Edition dates by source file name (from a sources file): they take the place of the date
   * printed on the cover. @defaultValue none
   */
  editionDates?: Readonly<Record<string, string>>;
  /** Edition dates by the PDF's sha256 (`--edition-date`), for documents whose cover has no date. @defaultValue none */
  coverlessDates?: Readonly<Record<string, string>>;
  /** Thresholds of the id matching. @defaultValue see `MatchOptions` */
  match?: MatchOptions;
  /**
   * The address the output folder is served at (`https://…/`): ckan.json and dcat.jsonld then give
   * absolute URLs and IRIs. @defaultValue none: links relative to each revision folder
   */
  baseUrl?: string;
  /** The publisher as a CKAN portal knows it: owner_org and maintainer in ckan.json. @defaultValue none */
  ckan?: CkanOptions;
  /** Writes one revision folder atomically (tests inject a failing one). @defaultValue `publishFolder` */
  writeFolder?: (target: string, contents: FolderContents) => Promise<void>;
}

/** What became of one edition (or of one document that could not be placed in an edition). */
export interface EditionOutcome {
  dataset: string;
  /** YYYY-MM-DD; null for a document without a date. */
  edition: string | null;
  series: string | null;
  status: 'published' | 'unchanged' | 'skipped';
  /** The revision now latest, or null when skipped. */
  revision: number | null;
  /** Relative to the output folder, e.g. `soumu-digiden-shisaku/2022-12-23/r1`. */
  path: string | null;
  /** The previous edition of the series it was diffed against (`<dataset>/<date>`), or null. */
  previous: string | null;
  /** The diff's summary against the previous edition, or null. */
  changes: DiffSummary | null;
  /** Why an edition was skipped. */
  reason: string | null;
}

const sameFiles = (rendered: ReadonlyMap<string, string | Uint8Array>, published: ReadonlyMap<string, Buffer>): boolean =>
  rendered.size === published.size && [...rendered].every(([path, data]) => published.get(path)?.equals(typeof data === 'string' ? Buffer.from(data) : data) === true);

/** Publishes one edition's new revision when its content differs from the latest one; returns its outcome and policies. */
async function publishEdition(
  outDir: string,
  edition: Edition,
  registry: SeriesIds,
  /** The series' earlier editions, oldest first, by key: the last one is diffed against. */
  earlier: readonly { key: string; records: EditionRecords }[],
  options: Required<Omit<PublishEditionsOptions, 'match' | 'editionDates' | 'coverlessDates' | 'baseUrl' | 'ckan'>> & Pick<PublishEditionsOptions, 'baseUrl' | 'ckan'> & { match: MatchOptions },
): Promise<{ outcome: EditionOutcome; records: EditionRecords; registry: SeriesIds }> {
  const key = editionKey(edition.dataset, edition.date);
  const records = edition.sources.flatMap((s) => s.records.records);
  const assigned = assignSeriesIds(registry, key, records, options.match);
  const policies: EditionPolicies = {
    schema_version: '1.0.0',
    dataset: edition.dataset,
    series: edition.series,
    edition: edition.date,
    policies: records.map((record, i) => ({ ...record, id: assigned.matches[i]!.id })),
    matches: assigned.matches,
  };
  const cases = editionCases(edition);
  const current: EditionRecords = cases === null ? { kind: 'policies', policies } : { kind: 'cases', cases };
  const previous = earlier.at(-1) ?? null;
  const diff = previous === null ? null : diffEditionRecords(edition.series, previous.records, current);
  const earlierPolicies = earlier.flatMap((e) => (e.records.kind === 'policies' ? [e.records.policies] : []));
  const quality = buildQualityReport(edition, policies.policies, diff === null ? null : { from: previous!.key, summary: diff.summary });
  const render = (revision: number): Map<string, string | Uint8Array> =>
    renderEditionFiles({ edition, policies, earlier: earlierPolicies, diff, quality, revision, ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }), ...(options.ckan === undefined ? {} : { ckan: options.ckan }) });

  const revisions = await listRevisions(outDir, edition.dataset, edition.date);
  const latest = revisions.at(-1);
  const outcome: EditionOutcome = {
    dataset: edition.dataset,
    edition: edition.date,
    series: edition.series,
    status: 'unchanged',
    revision: latest ?? null,
    path: latest === undefined ? null : revisionPath(edition.dataset, edition.date, latest),
    previous: previous?.key ?? null,
    changes: diff?.summary ?? null,
    reason: null,
  };
  // Rendered for the latest revision to compare (the portal metadata links to its folder), then for the next one.
  if (latest !== undefined) {
    const files = render(latest);
    const published = await readRevisionFiles(join(outDir, outcome.path!));
    const manifest = published.get('manifest.json');
    published.delete('manifest.json');
    const sources = manifest === undefined ? [] : (JSON.parse(manifest.toString('utf8')) as { sources: { sha256: string }[] }).sources.map((s) => s.sha256);
    if (sameFiles(files, published) && sources.join() === edition.sources.map((s) => s.sha256).join()) return { outcome, records: current, registry: assigned.registry };
  }
  const revision = (latest ?? 0) + 1;
  const files = render(revision);
  const manifest = buildManifest(edition, revision, files, { toolVersion: options.toolVersion, publishedAt: options.now().toISOString() });
  const contents = new Map(files).set('manifest.json', toPublishedJson(manifest));
  const path = revisionPath(edition.dataset, edition.date, revision);
  await options.writeFolder(join(outDir, path), contents);
  return { outcome: { ...outcome, status: 'published', revision, path }, records: current, registry: assigned.registry };
}

async function writeIfChanged(path: string, text: string): Promise<void> {
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing !== text) await writeFileAtomic(path, text);
}

/**
 * Publishes every dataset edition found in a run's output (`outDir/documents/<id>/records.json`):
 * editions by family and date (given for the file, else printed on its cover), stable ids per series (`outDir/<series>/ids.json`), each edition
 * diffed against the one before it in its series, one immutable folder per revision
 * (`outDir/<dataset>/<date>/r<n>/`, written aside and renamed into place), `outDir/index.json`, and
 * the portal page listing them, `outDir/index.html`.
 * An edition whose content is unchanged publishes nothing.
 */
export async function publishEditions(outDir: string, options: PublishEditionsOptions = {}): Promise<EditionOutcome[]> {
  const { toolVersion = '0.0.0', now = () => new Date(), match = {}, writeFolder = publishFolder, baseUrl, ckan } = options;
  const settings = { toolVersion, now, match, writeFolder, ...(baseUrl === undefined ? {} : { baseUrl }), ...(ckan === undefined ? {} : { ckan }) };
  const { editions, undated } = await readEditions(outDir, {
    ...(options.editionDates === undefined ? {} : { byFileName: options.editionDates }),
    ...(options.coverlessDates === undefined ? {} : { coverless: options.coverlessDates }),
  });
  const outcomes: EditionOutcome[] = undated.map((d) => ({
    dataset: d.dataset,
    edition: null,
    series: null,
    status: 'skipped',
    revision: null,
    path: null,
    previous: null,
    changes: null,
    reason: `${d.fileName}: no date found on the cover (document ${d.documentId})`,
  }));

  for (const series of [...new Set(editions.map((e) => e.series))]) {
    let registry = await readSeriesIds(outDir, series);
    const published = new Map<string, EditionRecords>();
    for (const edition of editions.filter((e) => e.series === series)) {
      const key = editionKey(edition.dataset, edition.date);
      // The earlier editions: those this run read, and those the series' registry remembers; the last is the previous one.
      const earlierKeys = [...new Set([...published.keys(), ...registry.editions.map((e) => e.key)])]
        .filter((k) => k !== key && k.slice(k.lastIndexOf('/') + 1) < edition.date)
        .sort((a, b) => a.slice(a.lastIndexOf('/') + 1).localeCompare(b.slice(b.lastIndexOf('/') + 1)) || a.localeCompare(b));
      const earlier: { key: string; records: EditionRecords }[] = [];
      for (const k of earlierKeys) {
        const [dataset, date] = [k.slice(0, k.lastIndexOf('/')), k.slice(k.lastIndexOf('/') + 1)];
        const records = published.get(k) ?? (await readLatestRecords(outDir, dataset, date));
        if (records !== undefined) earlier.push({ key: k, records });
      }
      const result = await publishEdition(outDir, edition, registry, earlier, settings);
      registry = result.registry;
      published.set(key, result.records);
      outcomes.push(result.outcome);
    }
    await writeIfChanged(seriesIdsPath(outDir, series), toPublishedJson(registry));
  }
  const index = await buildEditionIndex(outDir);
  await writeIfChanged(join(outDir, 'index.json'), toPublishedJson(index));
  await writeIfChanged(join(outDir, 'index.html'), renderPortalPage(await readPortalPage(outDir, index)));
  return outcomes;
}
