import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EditionManifest } from '../../../schemas/types.ts';
import { packageRoot } from '../../package-root.ts';
import type { Edition } from './edition-model.ts';

const schemaDir = join(packageRoot, 'schemas');

let versions: Record<string, string> | undefined;

/** The `schema_version` of every schema in `schemas/` (its `const`), by file name. */
export function schemaVersions(): Record<string, string> {
  versions ??= Object.fromEntries(
    readdirSync(schemaDir)
      .filter((f) => f.endsWith('.schema.json'))
      .sort()
      .map((f) => {
        const schema = JSON.parse(readFileSync(join(schemaDir, f), 'utf8')) as { properties?: { schema_version?: { const?: string } } };
        return [f, schema.properties?.schema_version?.const ?? '1.0.0'];
      }),
  );
  return versions;
}

/** The manifest of one revision: every other file with its sha256 and size (by path), the sources, the tool and schema versions, and the run time. */
export function buildManifest(
  edition: Edition,
  revision: number,
  files: ReadonlyMap<string, string | Uint8Array>,
  run: { toolVersion: string; publishedAt: string },
): EditionManifest {
  return {
    schema_version: '1.0.0',
    dataset: edition.dataset,
    title: edition.title,
    series: edition.series,
    edition: edition.date,
    revision,
    published_at: run.publishedAt,
    tool_version: run.toolVersion,
    schema_versions: schemaVersions(),
    sources: edition.sources.map((s) => ({ file_name: s.fileName, sha256: s.sha256, document_id: s.documentId, edition_date_from: s.dateFrom })),
    files: [...files.keys()]
      .sort()
      .map((path) => ({ path, sha256: createHash('sha256').update(files.get(path)!).digest('hex'), bytes: Buffer.byteLength(files.get(path)!) })),
  };
}
