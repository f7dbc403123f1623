import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`Cannot find the package folder: no package.json above ${from}`);
  }
}

/**
 * The folder of the package's package.json. Files read at run time (JSON Schemas, built-in
 * profiles, the label vocabulary, the code hashed into the code version) are found from it, not
 * from a module's own folder: the same module runs from its TypeScript source (tests, tsx) and
 * compiled under `dist/`.
 */
export const packageRoot: string = findPackageRoot(import.meta.dirname);
