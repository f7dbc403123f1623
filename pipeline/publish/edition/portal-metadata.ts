import type { PolicyRecord } from '../../../schemas/types.ts';
import { editionContacts, fiscalYearPeriod, telUri } from './edition-coverage.ts';
import type { Edition } from './edition-model.ts';
import { LICENSE, editionDescription, editionKeywords, sha256, sourceCitation, type RecordKind } from './datapackage.ts';
import type { PortalLinks } from './portal-links.ts';

/** A file of an edition a portal lists, with its format and contents (for its size and checksum). */
export interface PortalFile {
  path: string;
  title: string;
  format: string;
  mediatype: string;
  data: string | Uint8Array;
}

/** What the portal metadata says of one revision of an edition. */
export interface PortalEdition {
  edition: Edition;
  kind: RecordKind;
  files: readonly PortalFile[];
  links: PortalLinks;
  /** The edition before it in its series (`dataset` and `date`), or null for the first. */
  previous: { dataset: string; date: string } | null;
  /** The edition's policies (none for a case collection): their offices are its contact points, their budgets' fiscal years its temporal coverage. */
  records: readonly PolicyRecord[];
  /** Who keeps the data on a CKAN portal. @defaultValue none */
  ckan?: CkanOptions;
}

/** What a CKAN portal needs to know of its publisher, given on the command line. */
export interface CkanOptions {
  /** The portal's organisation the package belongs to (`owner_org`). @defaultValue none */
  ownerOrg?: string;
  /** Who maintains the published data (`maintainer`). @defaultValue none */
  maintainer?: string;
  /** Their address (`maintainer_email`). @defaultValue none */
  maintainerEmail?: string;
}

/**
 * CKAN's id of the licence (its default list and the Open Definition's both have `cc-by`, which a
 * portal counts as open; `cc-by-4.0` is in neither): the government's terms 2.0 are CC BY 4.0 compatible.
 */
const CKAN_LICENSE_ID = 'cc-by';

/** The notes of the CKAN package: what it holds, where it comes from, and on what terms. */
const ckanNotes = (edition: Edition, kind: RecordKind): string =>
  [
    editionDescription(edition, kind),
    `出典: ${sourceCitation(edition)}`,
    `利用条件: 政府標準利用規約 (第2.0版) に準拠します。クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0) と互換で、出典を記載すれば自由に利用できます。`,
  ].join('\n\n');

/** A CKAN package (the shape of `package_create`): resources by URL, with size and sha256. */
export function buildCkanPackage({ edition, kind, files, links, records, ckan = {} }: PortalEdition): Record<string, unknown> {
  const period = fiscalYearPeriod(records);
  return {
    name: `${edition.dataset}-${edition.date}`,
    ...(ckan.ownerOrg === undefined ? {} : { owner_org: ckan.ownerOrg }),
    ...(ckan.maintainer === undefined ? {} : { maintainer: ckan.maintainer }),
    ...(ckan.maintainerEmail === undefined ? {} : { maintainer_email: ckan.maintainerEmail }),
    title: `${edition.title} (${edition.date})`,
    notes: ckanNotes(edition, kind),
    url: links.edition(edition.dataset, edition.date),
    license_id: CKAN_LICENSE_ID,
    license_title: LICENSE.title,
    version: edition.date,
    author: edition.ministry,
    tags: editionKeywords(edition, kind).map((name) => ({ name })),
    extras: [
      { key: 'series', value: edition.series },
      { key: 'source', value: sourceCitation(edition) },
      ...edition.sources.map((s, i) => ({ key: `source_sha256_${i + 1}`, value: s.sha256 })),
      // The keys ckanext-dcat reads a dataset's temporal coverage from.
      ...(period === null ? [] : [{ key: 'temporal_start', value: period.start }, { key: 'temporal_end', value: period.end }]),
    ],
    resources: files.map((f) => ({
      name: f.title,
      url: links.file(f.path),
      format: f.format,
      mimetype: f.mediatype,
      size: Buffer.byteLength(f.data),
      hash: sha256(f.data),
      // As ckanext-dcat names the algorithm of `hash` when it maps spdx:checksum.
      hash_algorithm: 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256',
    })),
  };
}

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const ja = (text: string) => ({ '@value': text, '@language': 'ja' });

/** DCAT-AP's media types: IANA's registry pages as IRIs. */
const mediaTypeIri = (mediatype: string): string => `http://www.iana.org/assignments/media-types/${mediatype}`;
/** DCAT-AP's formats: the EU Publications Office's file-type table (CSV, JSON, HTML). */
const fileTypeIri = (format: string): string => `http://publications.europa.eu/resource/authority/file-type/${format}`;

/**
 * DCAT 3 (JSON-LD) as DCAT-AP asks: the edition as a dcat:Dataset in its dcat:DatasetSeries (the
 * series of editions), linked to the edition before it by dcat:previousVersion, its offices as
 * vCard contact points, the fiscal years of its budgets as its temporal coverage, with one
 * dcat:Distribution per file (access and download URL, IANA media type, byte size, sha256 checksum).
 */
export function buildDcatRecord({ edition, kind, files, links, previous, records }: PortalEdition): Record<string, unknown> {
  const series = links.series(edition.series);
  const contacts = editionContacts(records);
  const period = fiscalYearPeriod(records);
  const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
  const license = { '@id': LICENSE.path };
  const dataset = {
    '@id': links.edition(edition.dataset, edition.date),
    '@type': 'dcat:Dataset',
    'dct:identifier': `${edition.dataset}/${edition.date}`,
    'dct:title': ja(`${edition.title} (${edition.date})`),
    'dct:description': ja(editionDescription(edition, kind)),
    'dct:issued': date(edition.date),
    'dcat:version': edition.date,
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/JPN' },
    'dct:license': license,
    'dct:bibliographicCitation': ja(sourceCitation(edition)),
    ...(edition.ministry === null ? {} : { 'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': ja(edition.ministry) } }),
    'dcat:keyword': editionKeywords(edition, kind).map(ja),
    ...(period === null ? {} : { 'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': date(period.start), 'dcat:endDate': date(period.end) } }),
    ...(contacts.length === 0
      ? {}
      : {
          'dcat:contactPoint': contacts.map((c) => ({
            '@type': 'vcard:Organization',
            'vcard:fn': ja(c.name),
            'vcard:hasTelephone': c.phones.map((p) => ({ '@id': telUri(p) })),
            'vcard:hasEmail': c.emails.map((e) => ({ '@id': `mailto:${e}` })),
          })),
        }),
    'dcat:inSeries': { '@id': series },
    ...(previous === null ? {} : { 'dcat:previousVersion': { '@id': links.edition(previous.dataset, previous.date) } }),
    'dcat:distribution': files.map((f) => ({
      '@type': 'dcat:Distribution',
      'dct:title': ja(f.title),
      'dcat:accessURL': { '@id': links.file(f.path) },
      'dcat:downloadURL': { '@id': links.file(f.path) },
      'dcat:mediaType': { '@id': mediaTypeIri(f.mediatype) },
      'dct:format': { '@id': fileTypeIri(f.format) },
      'dcat:byteSize': { '@value': String(Buffer.byteLength(f.data)), '@type': 'xsd:nonNegativeInteger' },
      'spdx:checksum': {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' },
        'spdx:checksumValue': { '@value': sha256(f.data), '@type': 'xsd:hexBinary' },
      },
      'dct:license': license,
    })),
  };
  const datasetSeries = {
    '@id': series,
    '@type': 'dcat:DatasetSeries',
    'dct:identifier': edition.series,
    'dct:title': ja(`${edition.ministry ?? ''} ${edition.series} の版`.trim()),
    'dct:description': ja('同じ文書の版の系列。版をまたいで同じ施策には同じ施策IDがつき、各版に前の版との差分があります。'),
  };
  return { '@context': CONTEXT, '@graph': [dataset, datasetSeries] };
}
