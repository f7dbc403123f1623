/**
 * The few CKAN Action API calls a publisher needs (https://docs.ckan.org/en/latest/api/): every
 * call is `POST <portal>/api/3/action/<name>` (a GET for package_show), authorised by the API token
 * in the Authorization header, answered `{ success, result }` or `{ success: false, error }`.
 */

/** A package as a portal returns it: the fields we compare and its resources. */
export interface CkanPackage {
  id: string;
  name: string;
  resources: CkanResource[];
  [field: string]: unknown;
}

export interface CkanResource {
  id: string;
  name: string;
  hash?: string;
  [field: string]: unknown;
}

/** A portal's answer that is not success: the action, the HTTP status and CKAN's own message. */
export class CkanError extends Error {
  override readonly name = 'CkanError';
  constructor(
    readonly action: string,
    readonly status: number,
    readonly type: string | null,
    message: string,
  ) {
    super(message);
  }
}

export interface CkanClientOptions {
  /** The portal's address, e.g. `https://data.example.jp/`. */
  url: string;
  /** The API token (CKAN 2.9+), sent as the Authorization header. */
  apiKey: string;
  /** @defaultValue the global fetch */
  fetch?: typeof fetch;
}

/** One file to upload as a resource, with its metadata fields. */
export interface CkanUpload {
  fields: Record<string, string | number>;
  fileName: string;
  data: Uint8Array;
  mimetype: string;
}

export function ckanClient(options: CkanClientOptions) {
  const { apiKey, fetch: send = fetch } = options;
  const base = new URL('api/3/action/', options.url.endsWith('/') ? options.url : `${options.url}/`);
  const call = async <T>(action: string, init: RequestInit): Promise<T> => {
    const response = await send(new URL(action, base), { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: apiKey } });
    const text = await response.text();
    let body: { success?: boolean; result?: T; error?: { __type?: string; message?: string } & Record<string, unknown> };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new CkanError(action, response.status, null, `${action}: HTTP ${response.status}, not a CKAN answer`);
    }
    if (body.success !== true) {
      const { __type: type = null, message, ...fields } = body.error ?? {};
      const detail = message ?? Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('; ');
      throw new CkanError(action, response.status, type, `${action}: ${type ?? `HTTP ${response.status}`}${detail === '' ? '' : `: ${detail}`}`);
    }
    return body.result as T;
  };
  const postJson = <T>(action: string, data: unknown): Promise<T> => call<T>(action, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });
  const postUpload = <T>(action: string, upload: CkanUpload): Promise<T> => {
    const form = new FormData();
    for (const [key, value] of Object.entries(upload.fields)) form.set(key, String(value));
    form.set('upload', new Blob([upload.data], { type: upload.mimetype }), upload.fileName);
    return call<T>(action, { method: 'POST', body: form });
  };
  return {
    /** The package of that name or id, or null when the portal has none. */
    showPackage: async (id: string): Promise<CkanPackage | null> =>
      call<CkanPackage>(`package_show?id=${encodeURIComponent(id)}`, { method: 'GET' }).catch((error: unknown) => {
        if (error instanceof CkanError && error.type === 'Not Found Error') return null;
        throw error;
      }),
    createPackage: (data: Record<string, unknown>): Promise<CkanPackage> => postJson('package_create', data),
    patchPackage: (data: Record<string, unknown>): Promise<CkanPackage> => postJson('package_patch', data),
    createResource: (upload: CkanUpload): Promise<CkanResource> => postUpload('resource_create', upload),
    patchResource: (upload: CkanUpload): Promise<CkanResource> => postUpload('resource_patch', upload),
  };
}

export type CkanClient = ReturnType<typeof ckanClient>;
