#!/usr/bin/env node
// Runs the compiled CLI: `npm ci` builds it (package.json's prepare script, `npm run build`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/workers/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('pdf-opendata is not built: run npm ci (or npm run build) in its folder\n');
  process.exit(2);
}
await import(cli.href);
