import { createRequire } from 'node:module';

/** The package version, as `--version` prints it and published manifests record it. */
export const toolVersion: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
