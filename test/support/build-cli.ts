import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
/** What the build reads: the compiled folders (a folder's time changes when a file in it is added or removed) and its configuration. */
const sources = ['pipeline', 'workers', 'tools', 'schemas'];
const configs = ['tsconfig.json', 'tsconfig.build.json'];
const builtCli = join(root, 'dist', 'workers', 'cli.js');

/** When `path` was last modified; 0 when it is absent (never built). */
const modified = (path: string): number => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;

function newestSource(): number {
  const paths = sources.flatMap((folder) => [
    join(root, folder),
    ...readdirSync(join(root, folder), { recursive: true, withFileTypes: true }).map((entry) => join(entry.parentPath, entry.name)),
  ]);
  return Math.max(...[...paths, ...configs.map((file) => join(root, file))].map(modified));
}

/**
 * vitest's global set-up: the tests that spawn the CLI run what users run, the compiled dist/
 * (`npm ci` builds it), so it is built again when a source is newer than it, as after an edit.
 */
export default function buildCli(): void {
  if (newestSource() < modified(builtCli)) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
}
