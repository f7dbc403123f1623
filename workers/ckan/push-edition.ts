import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EditionManifest } from '../../schemas/types.ts';
import type { CkanClient, CkanPackage, CkanUpload } from './ckan-client.ts';

/** What one push did on the portal. */
export interface CkanPushOutcome {
  /** The package's name: the edition's id (`<dataset>-<date>`), so a second push finds the first. */
  name: string;
  package: 'created' | 'patched' | 'unchanged';
  resources: { created: number; updated: number; unchanged: number };
}

interface CkanJson {
  name: string;
  url?: string;
  license_title?: string;
  resources: { name: string; url: string; format: string; mimetype: string; hash: string }[];
  [field: string]: unknown;
}

/** Fields a portal computes or keeps its own way: never sent (CKAN takes the licence title from its licence list). */
const NOT_SENT = new Set(['resources', 'license_title']);

/** Whether the portal's package already says what ours says, field by field (tags by name, extras as a set, the organisation by name or id). */
function samePackage(existing: CkanPackage, ours: Record<string, unknown>): boolean {
  const pairs = (list: unknown, key: (item: Record<string, unknown>) => string): string => JSON.stringify(((list as Record<string, unknown>[] | undefined) ?? []).map(key).sort());
  return Object.entries(ours).every(([field, value]) => {
    if (field === 'tags') return pairs(existing.tags, (t) => String(t.name)) === pairs(value, (t) => String(t.name));
    if (field === 'extras') return pairs(existing.extras, (e) => `${String(e.key)}=${String(e.value)}`) === pairs(value, (e) => `${String(e.key)}=${String(e.value)}`);
    if (field === 'owner_org') return existing.owner_org === value || (existing.organization as { name?: string } | null | undefined)?.name === value;
    return JSON.stringify(existing[field] ?? null) === JSON.stringify(value ?? null);
  });
}

/**
 * Pushes one published revision (its ckan.json and the files it lists) to a CKAN portal:
 * package_create the first time, else package_patch when a field differs; each file uploaded with
 * resource_create, or resource_patch when the portal's copy has another sha256. A second push of
 * the same revision sends nothing but package_show.
 */
export async function pushEditionToCkan(client: CkanClient, revisionFolder: string, options: { ownerOrg?: string } = {}): Promise<CkanPushOutcome> {
  const { resources, ...metadata } = JSON.parse(await readFile(join(revisionFolder, 'ckan.json'), 'utf8')) as CkanJson;
  const ours: Record<string, unknown> = Object.fromEntries(Object.entries(metadata).filter(([field]) => !NOT_SENT.has(field)));
  // A link relative to the revision folder means nothing on the portal.
  if (typeof ours.url === 'string' && !/^https?:/u.test(ours.url)) delete ours.url;
  if (options.ownerOrg !== undefined) ours.owner_org = options.ownerOrg;

  let existing = await client.showPackage(metadata.name);
  let status: CkanPushOutcome['package'] = 'unchanged';
  if (existing === null) {
    existing = await client.createPackage(ours);
    status = 'created';
  } else if (!samePackage(existing, ours)) {
    existing = await client.patchPackage({ ...ours, id: existing.id });
    status = 'patched';
  }

  // Resource URLs may be absolute (--base-url): the file is found by its sha256 in the manifest.
  const manifest = JSON.parse(await readFile(join(revisionFolder, 'manifest.json'), 'utf8')) as EditionManifest;
  const pathOf = new Map(manifest.files.map((f) => [f.sha256, f.path]));
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const resource of resources) {
    const onPortal = existing.resources.find((r) => r.name === resource.name);
    if (onPortal?.hash === resource.hash) {
      counts.unchanged += 1;
      continue;
    }
    const path = pathOf.get(resource.hash);
    if (path === undefined) throw new Error(`${revisionFolder}: ckan.json lists ${resource.url}, which manifest.json does not hold`);
    const upload: CkanUpload = {
      fields: { ...(onPortal === undefined ? { package_id: existing.id } : { id: onPortal.id }), name: resource.name, format: resource.format, mimetype: resource.mimetype, hash: resource.hash },
      // cp932/policies.csv → cp932_policies.csv: a download name apart from the UTF-8 file's.
      fileName: path.split('/').join('_'),
      data: await readFile(join(revisionFolder, path)),
      mimetype: resource.mimetype,
    };
    if (onPortal === undefined) await client.createResource(upload);
    else await client.patchResource(upload);
    counts[onPortal === undefined ? 'created' : 'updated'] += 1;
  }
  return { name: metadata.name, package: status, resources: counts };
}
