import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../support/samples.ts';

// What users run is dist/ (bin/pdf-opendata.js, the bench's CLI runs): a compiled module importing
// a source the build leaves out (test/, say) fails only when that path runs, far from the edit.

const dist = join(repoRoot, 'dist');
/** Relative module specifiers of static imports, re-exports and dynamic imports in compiled JavaScript. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/gu;

/** The compiled modules of the sources there are now (dist/ may keep files of sources since moved). */
function builtModules(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => existsSync(join(repoRoot, relative(dist, path)).replace(/\.js$/u, '.ts')));
}

test('every relative import of the built tree is a module the build wrote', () => {
  const modules = builtModules();
  expect(modules.map((path) => relative(dist, path))).toContain(join('workers', 'cli.js'));
  const unbuilt = modules.flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(RELATIVE_IMPORT)]
      .map((match) => resolve(dirname(path), match[1]!))
      .filter((target) => relative(dist, target).startsWith('..') || !existsSync(target))
      .map((target) => `${relative(dist, path)} imports ${relative(repoRoot, target)}`),
  );
  expect(unbuilt).toEqual([]);
});
