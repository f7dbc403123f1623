import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot as root } from '../package-root.ts';
import { toolVersion } from './tool-version.ts';

const codeFolders = ['pipeline', 'workers', 'schemas'];

function codeFiles(): string[] {
  const files = codeFolders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  return [...files, join(root, 'package-lock.json')].sort();
}

function hashCode(): string {
  const hash = createHash('sha256');
  for (const file of codeFiles()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/**
 * The package version plus a hash of the code and locked dependencies that produced an output
 * (semver build metadata): the package version alone does not change between commits, and a
 * re-run must not reuse a dataset an older build wrote.
 */
export const codeVersion = `${toolVersion}+${hashCode()}`;
