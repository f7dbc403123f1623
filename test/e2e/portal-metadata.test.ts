import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditionPolicies } from '../../schemas/types.ts';
import { runCli } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

const BASE = 'https://data.example.jp/opendata/';
const SAMPLES = ['soumu-juten-shisaku-2020.pdf', 'soumu-shisaku-fy2021.pdf', 'soumu-digiden-shisaku-2022.pdf', 'digiden-koufukin-jireishu-2022.pdf'].map((f) => join(samplesDir, f));
const LATER = 'soumu-digiden-shisaku/2022-12-23/r1';
const FIRST = 'soumu-juten-shisaku/2019-08-30/r1';
const CASES = 'digiden-koufukin-jireishu/2022-12-12/r1';
const FY2021 = 'soumu-shisaku-fy2021/2021-03-31/r1';
const CKAN_FLAGS = ['--ckan-org', 'soumu-opendata', '--maintainer', '総務省 オープンデータ担当', '--maintainer-email', 'opendata@example.jp'];
const VCARD = 'http://www.w3.org/2006/vcard/ns#';

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const SPDX = 'http://spdx.org/rdf/terms#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

interface Term { termType: string; value: string; datatype?: { value: string } }
interface Quad { subject: Term; predicate: Term; object: Term }
/** jsonld.js (its published types predate safe mode): what this test uses of it. */
const jsonld = createRequire(import.meta.url)('jsonld') as { toRDF(document: unknown, options: { safe: boolean; base?: string }): Promise<Quad[]> };

let out: string;

/** An edition's dcat.jsonld as RDF, read by jsonld.js in safe mode (anything it would drop, a relative IRI or an unknown term, is an error). */
async function triples(revision: string): Promise<Quad[]> {
  return jsonld.toRDF(JSON.parse(await readFile(join(out, revision, 'dcat.jsonld'), 'utf8')), { safe: true });
}
const objects = (quads: readonly Quad[], subject: string, predicate: string): Term[] =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
const one = (quads: readonly Quad[], subject: string, predicate: string): Term => {
  const found = objects(quads, subject, predicate);
  expect(found, `${subject} ${predicate}`).toHaveLength(1);
  return found[0]!;
};
const sha256 = async (path: string): Promise<{ hex: string; bytes: number }> => {
  const data = await readFile(path);
  return { hex: createHash('sha256').update(data).digest('hex'), bytes: data.length };
};

beforeAll(async () => {
  out = join(await mkdtemp(join(tmpdir(), 'portal-metadata-')), 'out');
  const run = await runCli(['run', ...SAMPLES, '--out', out, '--no-ocr', '--log', 'json', '--base-url', 'https://data.example.jp/opendata', ...CKAN_FLAGS]);
  expect(run.code, run.stderr).toBe(0);
}, 180_000);

afterAll(async () => {
  await rm(join(out, '..'), { recursive: true, force: true });
});

describe('dcat.jsonld, parsed by jsonld.js in safe mode', () => {
  it('holds the edition as a dcat:Dataset with a typed issue date, in its dcat:DatasetSeries', async () => {
    const quads = await triples(LATER);
    const dataset = `${BASE}soumu-digiden-shisaku/2022-12-23/`;
    expect(objects(quads, dataset, RDF_TYPE).map((t) => t.value)).toEqual([`${DCAT}Dataset`]);
    expect(one(quads, dataset, `${DCT}issued`)).toMatchObject({ termType: 'Literal', value: '2022-12-23', datatype: { value: `${XSD}date` } });
    const series = one(quads, dataset, `${DCAT}inSeries`);
    expect(series).toMatchObject({ termType: 'NamedNode', value: `${BASE}soumu-chihou-shisaku/` });
    expect(objects(quads, series.value, RDF_TYPE).map((t) => t.value)).toEqual([`${DCAT}DatasetSeries`]);
    expect(one(quads, dataset, `${DCT}license`).value).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('links a later edition to the one before it by dcat:previousVersion, and the first to none', async () => {
    expect(one(await triples(LATER), `${BASE}soumu-digiden-shisaku/2022-12-23/`, `${DCAT}previousVersion`)).toMatchObject({ termType: 'NamedNode', value: `${BASE}soumu-shisaku-fy2021/2021-03-31/` });
    expect(objects(await triples(FIRST), `${BASE}soumu-juten-shisaku/2019-08-30/`, `${DCAT}previousVersion`)).toEqual([]);
  });

  it('gives every distribution its access and download URL, IANA media type, byte size and sha256 of the file as published', async () => {
    const quads = await triples(LATER);
    const distributions = objects(quads, `${BASE}soumu-digiden-shisaku/2022-12-23/`, `${DCAT}distribution`);
    const downloads = distributions.map((d) => one(quads, d.value, `${DCAT}downloadURL`).value);
    expect(downloads).toEqual(expect.arrayContaining([`${BASE}${LATER}/policies.csv`, `${BASE}${LATER}/cp932/policies.csv`, `${BASE}${LATER}/diff.json`, `${BASE}${LATER}/datapackage.json`]));
    for (const distribution of distributions) {
      const d = distribution.value;
      expect(objects(quads, d, RDF_TYPE).map((t) => t.value)).toEqual([`${DCAT}Distribution`]);
      const url = one(quads, d, `${DCAT}downloadURL`);
      expect(url.termType).toBe('NamedNode');
      expect(one(quads, d, `${DCAT}accessURL`).value).toBe(url.value);
      const file = await sha256(join(out, url.value.slice(BASE.length)));
      expect(one(quads, d, `${DCAT}byteSize`)).toMatchObject({ value: String(file.bytes), datatype: { value: `${XSD}nonNegativeInteger` } });
      const checksum = one(quads, d, `${SPDX}checksum`).value;
      expect(one(quads, checksum, `${SPDX}algorithm`).value).toBe(`${SPDX}checksumAlgorithm_sha256`);
      expect(one(quads, checksum, `${SPDX}checksumValue`)).toMatchObject({ value: file.hex, datatype: { value: `${XSD}hexBinary` } });
      const mediaType = one(quads, d, `${DCAT}mediaType`);
      expect(mediaType.termType).toBe('NamedNode');
      const [type, format] = url.value.endsWith('.csv') ? ['text/csv', 'CSV'] : url.value.endsWith('.html') ? ['text/html', 'HTML'] : ['application/json', 'JSON'];
      expect(mediaType.value).toBe(`http://www.iana.org/assignments/media-types/${type}`);
      expect(one(quads, d, `${DCT}format`)).toMatchObject({ termType: 'NamedNode', value: `http://publications.europa.eu/resource/authority/file-type/${format}` });
    }
  });

  it('gives the fiscal years of the budgets as dct:temporal, a 年度 running from 1 April to 31 March', async () => {
    const { policies } = JSON.parse(await readFile(join(out, LATER, 'policies.json'), 'utf8')) as EditionPolicies;
    const years = policies.flatMap((p) => p.budget.map((b) => b.fiscal_year));
    const quads = await triples(LATER);
    const period = one(quads, `${BASE}soumu-digiden-shisaku/2022-12-23/`, `${DCT}temporal`).value;
    expect(objects(quads, period, RDF_TYPE).map((t) => t.value)).toEqual([`${DCT}PeriodOfTime`]);
    expect(one(quads, period, `${DCAT}startDate`)).toMatchObject({ value: `${Math.min(...years)}-04-01`, datatype: { value: `${XSD}date` } });
    expect(one(quads, period, `${DCAT}endDate`)).toMatchObject({ value: `${Math.max(...years) + 1}-03-31`, datatype: { value: `${XSD}date` } });
    expect([Math.min(...years), Math.max(...years)]).toEqual([2021, 2023]);
  });

  it('gives each office the records name as a vCard contact point, with the phone numbers and addresses printed with it', async () => {
    const { policies } = JSON.parse(await readFile(join(out, FY2021, 'policies.json'), 'utf8')) as EditionPolicies;
    const quads = await triples(FY2021);
    const points = objects(quads, `${BASE}soumu-shisaku-fy2021/2021-03-31/`, `${DCAT}contactPoint`);
    expect(points).toHaveLength(new Set(policies.flatMap((p) => p.offices.map((o) => o.name))).size);
    const byName = new Map(points.map((p) => [one(quads, p.value, `${VCARD}fn`).value, p.value]));
    const point = byName.get('総務省移動通信課')!;
    expect(objects(quads, point, RDF_TYPE).map((t) => t.value)).toEqual([`${VCARD}Organization`]);
    // Printed with several records, it has every number and address printed with it: 03-5253-5894 as tel:+81-3-5253-5894.
    const printed = policies.flatMap((p) => p.offices).filter((o) => o.name === '総務省移動通信課');
    const phones = [...new Set(printed.flatMap((o) => o.phones))];
    expect(phones).toContain('03-5253-5894');
    expect(objects(quads, point, `${VCARD}hasTelephone`).map((t) => t.value).sort()).toEqual(phones.map((n) => `tel:+81-${n.slice(1)}`).sort());
    expect(objects(quads, point, `${VCARD}hasEmail`).map((t) => t.value).sort()).toEqual([...new Set(printed.flatMap((o) => o.emails))].map((e) => `mailto:${e}`).sort());
    // A case collection names no office and prints no budget.
    const cases = await triples(CASES);
    expect(objects(cases, `${BASE}digiden-koufukin-jireishu/2022-12-12/`, `${DCAT}contactPoint`)).toEqual([]);
    expect(objects(cases, `${BASE}digiden-koufukin-jireishu/2022-12-12/`, `${DCT}temporal`)).toEqual([]);
  });

  it('without --base-url, links relative to the revision folder, which resolve against where the file is served', async () => {
    const document = JSON.parse(await readFile(join(out, LATER, 'dcat.jsonld'), 'utf8')) as { '@graph': { '@id': string }[] };
    expect(document['@graph'][0]!['@id']).toBe(`${BASE}soumu-digiden-shisaku/2022-12-23/`);
    const relative = join(await mkdtemp(join(tmpdir(), 'portal-relative-')), 'out');
    expect((await runCli(['run', SAMPLES[0]!, '--out', relative, '--no-ocr', '--log', 'json'])).code).toBe(0);
    const text = await readFile(join(relative, FIRST, 'dcat.jsonld'), 'utf8');
    expect(text).not.toContain('https://data.example.jp');
    const quads = await jsonld.toRDF(JSON.parse(text), { safe: true, base: `${BASE}${FIRST}/dcat.jsonld` });
    expect(objects(quads, `${BASE}soumu-juten-shisaku/2019-08-30/`, RDF_TYPE).map((t) => t.value)).toEqual([`${DCAT}Dataset`]);
    expect(quads.some((q) => q.object.value === `${BASE}${FIRST}/policies.csv`)).toBe(true);
    await rm(join(relative, '..'), { recursive: true, force: true });
  }, 60_000);
});

describe('ckan.json', () => {
  interface CkanPackage { license_id: string; notes: string; url: string; resources: { url: string; size: number; hash: string }[] }
  const ckan = async (revision: string): Promise<CkanPackage> => JSON.parse(await readFile(join(out, revision, 'ckan.json'), 'utf8')) as CkanPackage;

  it('names a licence CKAN and the Open Definition know, with the government’s terms in the notes', async () => {
    const pkg = await ckan(LATER);
    expect(pkg.license_id).toBe('cc-by');
    expect(pkg.notes).toContain('政府標準利用規約 (第2.0版)');
    expect(pkg.url).toBe(`${BASE}soumu-digiden-shisaku/2022-12-23/`);
  });

  it('gives every resource its absolute URL, size and sha256 as published', async () => {
    const pkg = await ckan(LATER);
    expect(pkg.resources.length).toBeGreaterThan(5);
    for (const resource of pkg.resources) {
      expect(resource.url.startsWith(`${BASE}${LATER}/`), resource.url).toBe(true);
      const file = await sha256(join(out, resource.url.slice(BASE.length)));
      expect([resource.size, resource.hash], resource.url).toEqual([file.bytes, file.hex]);
    }
  });

  it('names the organisation and maintainer given on the command line, and the fiscal years as ckanext-dcat reads them', async () => {
    const pkg = JSON.parse(await readFile(join(out, LATER, 'ckan.json'), 'utf8')) as { owner_org: string; maintainer: string; maintainer_email: string; extras: { key: string; value: string }[] };
    expect(pkg).toMatchObject({ owner_org: 'soumu-opendata', maintainer: '総務省 オープンデータ担当', maintainer_email: 'opendata@example.jp' });
    expect(pkg.extras).toEqual(expect.arrayContaining([{ key: 'temporal_start', value: '2021-04-01' }, { key: 'temporal_end', value: '2024-03-31' }]));
  });

  it('describes a case collection as cases, a catalogue as policies and budgets', async () => {
    const [policies, cases] = [await ckan(LATER), await ckan(CASES)];
    expect(policies.notes).toContain('施策・予算');
    expect(cases.notes).toContain('事例');
    expect(cases.notes).not.toContain('施策');
    expect(cases.notes).not.toContain('予算');
  });
});

describe('run --base-url', () => {
  it('refuses an address that is not http(s), in one line, before reading any PDF', async () => {
    const run = await runCli(['run', SAMPLES[0]!, '--out', join(out, '..', 'refused'), '--base-url', 'ftp://data.example.jp/']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('error: --base-url ftp://data.example.jp/: not an http(s) URL');
  });
});

describe('the publisher in a sources file', () => {
  it('gives ckan.json its owner_org and maintainer, a command-line flag overriding it field by field', { timeout: 120_000 }, async () => {
    const { copyFile, mkdir, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(join(tmpdir(), 'sources-publisher-'));
    await mkdir(join(dir, 'incoming'));
    await copyFile(SAMPLES[2]!, join(dir, 'incoming', 'digiden.pdf'));
    const sources = join(dir, 'sources.yaml');
    await writeFile(sources, 'ckan:\n  owner_org: soumu-from-file\n  maintainer: ファイルの担当\n  maintainer_email: file@example.jp\nfamilies:\n  - id: local-drop\n    folders: [incoming/]\n');
    const run = await runCli(['run', '--sources', sources, '--out', join(dir, 'out'), '--no-ocr', '--log', 'json', '--maintainer', 'フラグの担当']);
    expect(run.code, run.stderr).toBe(0);
    const pkg = JSON.parse(await readFile(join(dir, 'out', LATER, 'ckan.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).toMatchObject({ owner_org: 'soumu-from-file', maintainer: 'フラグの担当', maintainer_email: 'file@example.jp' });
    await rm(dir, { recursive: true, force: true });
  });

  it('is refused in one line when it breaks the schema', async () => {
    const { writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(join(tmpdir(), 'sources-publisher-'));
    const sources = join(dir, 'sources.yaml');
    await writeFile(sources, 'ckan:\n  owner: soumu\nfamilies:\n  - id: local-drop\n    folders: [incoming/]\n');
    const run = await runCli(['run', '--sources', sources, '--out', join(dir, 'out'), '--no-ocr', '--log', 'json']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(sources);
    expect(run.stderr).toContain('/ckan must NOT have additional properties');
    expect(run.stderr).not.toContain('    at ');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('enqueue --base-url', () => {
  it('refuses an address that is not http(s), in one line, before it looks for Redis', async () => {
    const enqueue = await runCli(['enqueue', SAMPLES[0]!, '--redis', 'redis://127.0.0.1:1', '--redis-timeout', '600', '--wait', '--base-url', 'ftp://data.example.jp/', '--ckan-org', 'soumu']);
    expect(enqueue.code).toBe(2);
    expect(enqueue.stderr.trim()).toBe('error: --base-url ftp://data.example.jp/: not an http(s) URL');
  });
});
