import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditionIndex } from '../../schemas/types.ts';
import { startCkanContractServer, type CkanContractServer } from '../support/ckan-contract-server.ts';
import { runCli } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

const EDITION = 'soumu-digiden-shisaku/2022-12-23';
const API_KEY = `key-${Date.now()}`;

let root: string;
let out: string;
let portal: CkanContractServer;

/** `pdf-opendata publish …` with the token in the environment, as the command asks. */
const publish = (args: readonly string[], env: Record<string, string> = { CKAN_TOKEN: API_KEY }) => runCli(['publish', '--root', out, '--ckan', portal.url, ...args], { env });

const writes = (from: number): string[] => portal.requests.slice(from).filter((r) => r.action !== 'package_show').map((r) => r.action);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ckan-publish-'));
  out = join(root, 'out');
  const run = await runCli(['run', join(samplesDir, 'soumu-digiden-shisaku-2022.pdf'), join(samplesDir, 'digiden-koufukin-jireishu-2022.pdf'), '--out', out, '--no-ocr', '--log', 'json', '--ckan-org', 'soumu']);
  expect(run.code, run.stderr).toBe(0);
  portal = await startCkanContractServer({ apiKey: API_KEY, organisations: ['soumu', 'digital-agency'] });
}, 120_000);

afterAll(async () => {
  await portal?.close();
  await rm(root, { recursive: true, force: true });
});

describe('publish --ckan', () => {
  it('creates one package per edition and uploads every file ckan.json lists, in the shapes of the Action API', async () => {
    const first = await publish(['--api-key-env', 'CKAN_TOKEN', EDITION]);
    expect(first.code, first.stderr).toBe(0);
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as EditionIndex;
    const folder = join(out, index.datasets.find((d) => d.dataset === 'soumu-digiden-shisaku')!.editions[0]!.latest);
    const ckan = JSON.parse(await readFile(join(folder, 'ckan.json'), 'utf8')) as { name: string; title: string; resources: { name: string; hash: string; url: string }[] };
    expect(writes(0)).toEqual(['package_create', ...ckan.resources.map(() => 'resource_create')]);
    const created = portal.packages.get([...portal.packages.keys()][0]!)!;
    expect(created).toMatchObject({ name: ckan.name, title: ckan.title, license_id: 'cc-by', organization: { name: 'soumu' } });
    // Each upload is the file itself: its bytes hash to the sha256 ckan.json gives.
    const uploads = portal.requests.filter((r) => r.action === 'resource_create');
    for (const [i, resource] of ckan.resources.entries()) {
      expect(uploads[i]!.upload!.sha256, resource.name).toBe(resource.hash);
      expect(uploads[i]!.upload!.sha256).toBe(createHash('sha256').update(await readFile(join(folder, resource.url))).digest('hex'));
      expect(uploads[i]!.fields).toMatchObject({ package_id: created.id, name: resource.name, hash: resource.hash });
    }
    expect(first.stderr).toContain(`package ${ckan.name} created; resources ${ckan.resources.length} created, 0 updated, 0 unchanged`);
  });

  it('changes nothing when pushed again: package_show only', async () => {
    const before = portal.requests.length;
    const again = await publish(['--api-key-env', 'CKAN_TOKEN', EDITION]);
    expect(again.code, again.stderr).toBe(0);
    expect(portal.requests.length).toBeGreaterThan(before);
    expect(writes(before)).toEqual([]);
    expect(again.stderr).toMatch(/package \S+ unchanged; resources 0 created, 0 updated, \d+ unchanged/u);
  });

  it('patches what the portal holds differently: the package’s fields and a file whose sha256 changed', async () => {
    const pkg = [...portal.packages.values()][0]!;
    pkg.title = 'edited on the portal';
    const changed = pkg.resources[0]!;
    changed.hash = '0'.repeat(64);
    const before = portal.requests.length;
    const result = await publish(['--api-key-env', 'CKAN_TOKEN', EDITION, '--org', 'digital-agency']);
    expect(result.code, result.stderr).toBe(0);
    expect(writes(before)).toEqual(['package_patch', 'resource_patch']);
    expect(portal.requests.at(-1)!.fields).toMatchObject({ id: changed.id });
    expect(portal.packages.get(pkg.id)).toMatchObject({ title: expect.not.stringMatching('edited') as unknown, organization: { name: 'digital-agency' } });
    expect(result.stderr).toContain('patched; resources 0 created, 1 updated');
  });

  it('pushes every edition of the index when none is named, a case collection too', async () => {
    const result = await publish(['--api-key-env', 'CKAN_TOKEN']);
    expect(result.code, result.stderr).toBe(0);
    expect([...portal.packages.values()].map((p) => p.name).sort()).toEqual(['digiden-koufukin-jireishu-2022-12-12', 'soumu-digiden-shisaku-2022-12-23']);
  });

  it('says in one line what the portal refused or what is missing, without a stack', async () => {
    // An edit on the portal, so the push has something to write.
    const pkg = [...portal.packages.values()].find((p) => p.name === 'soumu-digiden-shisaku-2022-12-23')!;
    pkg.title = 'edited on the portal';
    const refused = await publish(['--api-key-env', 'CKAN_TOKEN', EDITION], { CKAN_TOKEN: 'wrong' });
    const unknownOrg = await publish(['--api-key-env', 'CKAN_TOKEN', 'digiden-koufukin-jireishu/2022-12-12', '--org', 'nowhere']);
    expect(refused.code).toBe(1);
    expect(unknownOrg.code).toBe(1);
    expect(refused.stderr).toMatch(/^soumu-digiden-shisaku\/2022-12-23\/r1: error: CKAN package_patch: Authorization Error: Access denied\n$/u);
    expect(unknownOrg.stderr).toMatch(/: error: CKAN package_patch: Validation Error: .*owner_org.*Organization does not exist/u);
    const unset = await publish(['--api-key-env', 'PDF_OPENDATA_NO_SUCH_VAR', EDITION], {});
    expect(unset.code).toBe(2);
    expect(unset.stderr).toBe('--api-key-env PDF_OPENDATA_NO_SUCH_VAR: the variable is not set\n');
    const missing = await publish(['--api-key-env', 'CKAN_TOKEN', 'no-such/2020-01-01']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    for (const r of [refused, unknownOrg, unset, missing]) expect(r.stderr).not.toContain('    at ');
  });
});
