import type { Command } from 'commander';
import type { CkanOptions } from '../pipeline/publish/edition/portal-metadata.ts';
import type { SourcesFile } from '../schemas/types.ts';
import type { PublishingOptions } from '../pipeline/run/finish-run.ts';
import { UsageError } from './usage-error.ts';

/** The flags of how editions are published, shared by `run` and `enqueue --wait` (`--edition-date` is `addEditionDateOption`'s). */
export interface PublishingFlags {
  baseUrl?: string;
  editionDate?: string;
  ckanOrg?: string;
  maintainer?: string;
  maintainerEmail?: string;
}

export const addPublishingOptions = (command: Command): Command =>
  command
    .option('--base-url <url>', 'the http(s) address the output folder is served at: ckan.json and dcat.jsonld give absolute URLs and IRIs under it')
    .option('--ckan-org <name>', 'the CKAN organisation the editions belong to (owner_org in ckan.json; else the sources file’s ckan.owner_org)')
    .option('--maintainer <name>', 'who maintains the published data (maintainer in ckan.json; else the sources file’s)')
    .option('--maintainer-email <address>', 'their email address (maintainer_email in ckan.json; else the sources file’s)');

/** The publishing options of the flags, each CKAN field from the flag, else from the sources file's `ckan`. */
export function publishingOf(flags: PublishingFlags, fromSources: SourcesFile['ckan'] = {}): PublishingOptions {
  if (flags.baseUrl !== undefined && !/^https?:$/u.test(URL.parse(flags.baseUrl)?.protocol ?? '')) throw new UsageError(`error: --base-url ${flags.baseUrl}: not an http(s) URL`);
  const ownerOrg = flags.ckanOrg ?? fromSources.owner_org;
  const maintainer = flags.maintainer ?? fromSources.maintainer;
  const maintainerEmail = flags.maintainerEmail ?? fromSources.maintainer_email;
  const ckan: CkanOptions = {
    ...(ownerOrg === undefined ? {} : { ownerOrg }),
    ...(maintainer === undefined ? {} : { maintainer }),
    ...(maintainerEmail === undefined ? {} : { maintainerEmail }),
  };
  return {
    ...(flags.baseUrl === undefined ? {} : { baseUrl: flags.baseUrl }),
    ...(flags.editionDate === undefined ? {} : { editionDate: flags.editionDate }),
    ...(Object.keys(ckan).length === 0 ? {} : { ckan }),
  };
}
