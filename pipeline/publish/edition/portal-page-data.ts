import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EditionIndex, EditionManifest, QualityReport } from '../../../schemas/types.ts';
import type { RecordKind } from './datapackage.ts';

/** A file of an edition's latest revision, as the portal page links it. */
export interface PortalPageFile {
  /** Relative to the revision folder. */
  path: string;
  bytes: number;
  /** The title datapackage.json gives it (the CSVs and their copies), else null. */
  title: string | null;
}

/** One edition on the portal page: its latest revision's files and counts. */
export interface PortalPageEdition {
  edition: string;
  /** The latest revision's folder, relative to the output folder. */
  path: string;
  revision: number;
  /** The earlier revisions' folders, oldest first. */
  earlier: { revision: number; path: string }[];
  kind: RecordKind;
  records: number;
  pagesToCheck: number;
  files: PortalPageFile[];
}

export interface PortalPageDataset {
  dataset: string;
  title: string;
  series: string;
  /** Oldest first, as the index lists them. */
  editions: PortalPageEdition[];
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

/**
 * What the portal page shows, read from what is published: the index for the datasets and
 * editions, each latest revision's manifest for its files, datapackage.json for the CSVs' titles
 * and quality.json for its counts. Nothing is taken from the run, not even the manifests' run times,
 * so the same editions give the same page byte for byte whichever run wrote it.
 */
export async function readPortalPage(outDir: string, index: EditionIndex): Promise<PortalPageDataset[]> {
  const datasets: PortalPageDataset[] = [];
  for (const entry of index.datasets) {
    const editions: PortalPageEdition[] = [];
    for (const edition of entry.editions) {
      const folder = join(outDir, edition.latest);
      const manifestText = await readFile(join(folder, 'manifest.json'), 'utf8');
      const manifest = JSON.parse(manifestText) as EditionManifest;
      const quality = await readJson<QualityReport>(join(folder, 'quality.json'));
      const resources = (await readJson<{ resources: { path: string; title?: string }[] }>(join(folder, 'datapackage.json'))).resources;
      const titles = new Map(resources.flatMap((r) => (r.title === undefined ? [] : [[r.path, r.title] as const])));
      // In datapackage.json's order (the records' table first), then the manifest's.
      const order = new Map(resources.map((r, i) => [r.path, i]));
      const rank = (path: string): number => order.get(path) ?? resources.length;
      const files = [...manifest.files.map((f) => ({ path: f.path, bytes: f.bytes, title: titles.get(f.path) ?? null })), { path: 'manifest.json', bytes: Buffer.byteLength(manifestText), title: null }].sort((a, b) => rank(a.path) - rank(b.path));
      editions.push({
        edition: edition.edition,
        path: edition.latest,
        revision: manifest.revision,
        earlier: edition.revisions.filter((r) => r.path !== edition.latest).map((r) => ({ revision: r.revision, path: r.path })),
        kind: files.some((f) => f.path === 'cases.json') ? 'cases' : 'policies',
        records: quality.counts.records,
        pagesToCheck: quality.pages_to_check.length,
        files,
      });
    }
    datasets.push({ dataset: entry.dataset, title: entry.title, series: entry.series, editions });
  }
  return datasets;
}
