import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * A CKAN portal as far as its Action API's contract goes (https://docs.ckan.org/en/2.10/api/):
 * the request shapes CKAN documents are checked and anything else is refused the way CKAN refuses
 * it, so a client that passes here sends what a real portal takes. Packages and resources are kept
 * in memory; package_show answers as CKAN does (owner_org as the organisation's id, the licence
 * title from the licence list, no field CKAN does not keep).
 */

/** CKAN's default licence list (ckan/model/license.py): an id outside it is stored but not "open". */
const LICENSES: Readonly<Record<string, string>> = {
  'cc-by': 'Creative Commons Attribution',
  'cc-by-sa': 'Creative Commons Attribution Share-Alike',
  'cc-zero': 'Creative Commons CCZero',
  'odc-by': 'Open Data Commons Attribution License',
  'other-open': 'Other (Open)',
};

/** The package fields of CKAN's default schema that a client may set (ckan/logic/schema.py). */
const PACKAGE_FIELDS = new Set(['name', 'title', 'notes', 'url', 'license_id', 'version', 'author', 'author_email', 'maintainer', 'maintainer_email', 'owner_org', 'private', 'state', 'tags', 'extras', 'groups']);
const RESOURCE_FIELDS = new Set(['name', 'description', 'format', 'mimetype', 'hash', 'size', 'url', 'package_id', 'id']);
const NAME = /^[a-z0-9_-]{2,100}$/u;

export interface ContractRequest {
  action: string;
  method: string;
  contentType: string;
  /** For uploads: the file's sha256 and size, and the form's other fields. */
  upload?: { sha256: string; size: number; fileName: string };
  fields: Record<string, unknown>;
}

export interface CkanContractServer {
  url: string;
  /** Every request the Action API took (refused ones too), in order. */
  requests: ContractRequest[];
  packages: Map<string, Record<string, unknown> & { id: string; resources: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

class ActionError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startCkanContractServer(options: { apiKey: string; organisations: readonly string[] }): Promise<CkanContractServer> {
  const orgs = new Map(options.organisations.map((name) => [name, { id: randomUUID(), name }]));
  const packages: CkanContractServer['packages'] = new Map();
  const requests: ContractRequest[] = [];
  const findPackage = (id: unknown) => [...packages.values()].find((p) => p.id === id || p.name === id);

  const checkPackage = (fields: Record<string, unknown>): Record<string, unknown> => {
    const errors: Record<string, string[]> = {};
    for (const key of Object.keys(fields)) if (!PACKAGE_FIELDS.has(key) && key !== 'id') errors[key] = ['The input field is not expected'];
    if (fields.name !== undefined && !(typeof fields.name === 'string' && NAME.test(fields.name))) errors.name = ['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'];
    if (fields.license_id !== undefined && !(String(fields.license_id) in LICENSES)) errors.license_id = ['License not found'];
    if (fields.owner_org !== undefined && ![...orgs.values()].some((o) => o.id === fields.owner_org || o.name === fields.owner_org)) errors.owner_org = ['Organization does not exist'];
    for (const tag of (fields.tags as { name?: unknown }[] | undefined) ?? []) if (typeof tag.name !== 'string' || tag.name.length < 2 || tag.name.length > 100) errors.tags = ['Tag length is outside the range 2-100'];
    for (const extra of (fields.extras as { key?: unknown; value?: unknown }[] | undefined) ?? []) if (typeof extra.key !== 'string' || typeof extra.value !== 'string') errors.extras = ['key and value must be strings'];
    if (Object.keys(errors).length > 0) throw new ActionError(409, 'Validation Error', JSON.stringify(errors));
    const org = fields.owner_org === undefined ? undefined : [...orgs.values()].find((o) => o.id === fields.owner_org || o.name === fields.owner_org)!;
    return { ...fields, ...(org === undefined ? {} : { owner_org: org.id, organization: org }) };
  };

  const shown = (p: Record<string, unknown>) => ({ ...p, license_title: LICENSES[String(p.license_id)] ?? p.license_id ?? null });

  const act = (action: string, request: ContractRequest, base: string): unknown => {
    const { fields } = request;
    if (action === 'package_show') {
      if (request.method !== 'GET' && request.method !== 'POST') throw new ActionError(400, 'Bad request', 'GET or POST');
      const found = findPackage(fields.id);
      if (found === undefined) throw new ActionError(404, 'Not Found Error', 'Not found');
      return shown(found);
    }
    if (request.method !== 'POST') throw new ActionError(400, 'Bad request', `${action} must be POSTed`);
    if (action === 'package_create' || action === 'package_patch') {
      if (request.contentType !== 'application/json') throw new ActionError(400, 'Bad request', 'JSON body expected');
      if (action === 'package_create') {
        if (typeof fields.name !== 'string') throw new ActionError(409, 'Validation Error', '{"name":["Missing value"]}');
        if (findPackage(fields.name) !== undefined) throw new ActionError(409, 'Validation Error', '{"name":["That URL is already in use."]}');
        const created = { ...checkPackage(fields), id: randomUUID(), resources: [] };
        packages.set(created.id, created);
        return shown(created);
      }
      const found = findPackage(fields.id);
      if (found === undefined) throw new ActionError(404, 'Not Found Error', 'Not found');
      const patched = { ...found, ...checkPackage(fields), id: found.id, resources: found.resources };
      packages.set(found.id, patched);
      return shown(patched);
    }
    if (action === 'resource_create' || action === 'resource_patch') {
      if (!request.contentType.startsWith('multipart/form-data')) throw new ActionError(400, 'Bad request', 'an upload is multipart/form-data');
      if (request.upload === undefined) throw new ActionError(409, 'Validation Error', '{"upload":["Missing file"]}');
      for (const key of Object.keys(fields)) if (!RESOURCE_FIELDS.has(key)) throw new ActionError(409, 'Validation Error', `{"${key}":["The input field is not expected"]}`);
      const owner = action === 'resource_create' ? findPackage(fields.package_id) : [...packages.values()].find((p) => p.resources.some((r) => r.id === fields.id));
      if (owner === undefined) throw new ActionError(404, 'Not Found Error', action === 'resource_create' ? 'Package was not found.' : 'Resource was not found.');
      const previous = owner.resources.find((r) => r.id === fields.id);
      const id = previous?.id ?? randomUUID();
      const resource = { ...previous, ...fields, id, package_id: owner.id, size: request.upload.size, url_type: 'upload', url: `${base}/dataset/${owner.id}/resource/${id}/download/${request.upload.fileName}`, uploaded_sha256: request.upload.sha256 };
      owner.resources = previous === undefined ? [...owner.resources, resource] : owner.resources.map((r) => (r.id === id ? resource : r));
      return resource;
    }
    throw new ActionError(400, 'Bad request', `unknown action ${action}`);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://portal');
        const action = /^\/api\/3\/action\/([a-z_]+)$/u.exec(url.pathname)?.[1] ?? '';
        const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
        const request: ContractRequest = { action, method: req.method ?? '', contentType, fields: Object.fromEntries(url.searchParams) };
        const body = Buffer.concat(chunks);
        const answer = (status: number, payload: unknown): void => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
        try {
          if (contentType === 'application/json') Object.assign(request.fields, JSON.parse(body.toString('utf8')) as Record<string, unknown>);
          else if (contentType === 'multipart/form-data') {
            const form = await new Response(body, { headers: { 'content-type': req.headers['content-type']! } }).formData();
            for (const [key, value] of form) {
              if (typeof value === 'string') request.fields[key] = value;
              else if (key === 'upload') {
                const bytes = Buffer.from(await value.arrayBuffer());
                request.upload = { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, fileName: value.name };
              }
            }
          }
          requests.push(request);
          if (req.headers.authorization !== options.apiKey && action !== 'package_show') throw new ActionError(403, 'Authorization Error', 'Access denied');
          answer(200, { help: `${url.origin}/api/3/action/help_show?name=${action}`, success: true, result: act(action, request, `http://${req.headers.host}`) });
        } catch (error) {
          if (!(error instanceof ActionError)) throw error;
          answer(error.status, { help: '', success: false, error: { __type: error.type, message: error.message } });
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    packages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
