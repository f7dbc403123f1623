import type { Edition } from './edition-model.ts';
import { LICENSE, sourceCitation } from './datapackage.ts';

/** The files of an edition a portal lists, with their formats. */
export interface PortalFile {
  path: string;
  title: string;
  format: string;
  mediatype: string;
}

/** A CKAN package (the shape of `package_create`), resources by relative URL: a portal sets its base address. */
export function buildCkanPackage(edition: Edition, files: readonly PortalFile[]): Record<string, unknown> {
  return {
    name: `${edition.dataset}-${edition.date}`,
    title: `${edition.title} (${edition.date})`,
    notes: `${sourceCitation(edition)} から機械的に抽出した施策・予算・担当部局・表のオープンデータ。`,
    license_id: 'cc-by-4.0',
    license_title: LICENSE.title,
    version: edition.date,
    author: edition.ministry,
    tags: ['施策', '予算', edition.series].map((name) => ({ name })),
    extras: [
      { key: 'series', value: edition.series },
      { key: 'source', value: sourceCitation(edition) },
      ...edition.sources.map((s, i) => ({ key: `source_sha256_${i + 1}`, value: s.sha256 })),
    ],
    resources: files.map((f) => ({ name: f.title, url: f.path, format: f.format, mimetype: f.mediatype })),
  };
}

/** A DCAT record (JSON-LD) of the edition as a dcat:Dataset with one dcat:Distribution per file. */
export function buildDcatRecord(edition: Edition, files: readonly PortalFile[]): Record<string, unknown> {
  return {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/' },
    '@type': 'dcat:Dataset',
    '@id': `${edition.dataset}/${edition.date}`,
    'dct:title': { '@value': `${edition.title} (${edition.date})`, '@language': 'ja' },
    'dct:description': { '@value': `${sourceCitation(edition)} から機械的に抽出した施策・予算・担当部局・表のオープンデータ。`, '@language': 'ja' },
    'dct:issued': edition.date,
    'dct:license': { '@id': LICENSE.path },
    'dct:source': sourceCitation(edition),
    'dct:publisher': edition.ministry === null ? null : { '@type': 'foaf:Organization', 'foaf:name': edition.ministry },
    'dcat:keyword': ['施策', '予算', edition.series],
    'dcat:distribution': files.map((f) => ({
      '@type': 'dcat:Distribution',
      'dct:title': f.title,
      'dcat:downloadURL': { '@id': f.path },
      'dcat:mediaType': f.mediatype,
      'dct:format': f.format,
      'dct:license': { '@id': LICENSE.path },
    })),
  };
}
