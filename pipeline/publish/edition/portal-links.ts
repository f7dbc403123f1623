import { posix } from 'node:path';

/** The addresses an edition's portal metadata (ckan.json, dcat.jsonld) gives, by path from the output folder. */
export interface PortalLinks {
  /** An edition, `<dataset>/<date>/`: the dataset a portal lists, whichever revision is the latest. */
  edition: (dataset: string, date: string) => string;
  /** A series of editions, `<series>/` (where its ids.json is). */
  series: (series: string) => string;
  /** A file of the revision being published. */
  file: (path: string) => string;
}

/**
 * Absolute URLs under `baseUrl` (the address the output folder is served at), else links relative
 * to the revision folder the metadata is published in: a JSON-LD parser resolves those against the
 * address it fetched dcat.jsonld from, but a file read from disk has no such address.
 */
export function portalLinks(baseUrl: string | undefined, revisionFolder: string): PortalLinks {
  const base = baseUrl === undefined ? undefined : baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const link = (path: string): string => {
    if (base !== undefined) return new URL(path, base).href;
    const relative = posix.relative(revisionFolder, path);
    return path.endsWith('/') ? `${relative || '.'}/` : relative;
  };
  return {
    edition: (dataset, date) => link(`${dataset}/${date}/`),
    series: (series) => link(`${series}/`),
    file: (path) => link(`${revisionFolder}/${path}`),
  };
}
