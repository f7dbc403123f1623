import { join } from 'node:path';
import type { Command } from 'commander';
import type { EditionIndex } from '../schemas/types.ts';
import { escapeControls } from './escape-controls.ts';
import { UsageError } from './usage-error.ts';

/** The latest revision folders of the editions named (`<dataset>/<date>`), or of every edition in the index. */
async function revisionsToPush(root: string, editions: readonly string[]): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(join(root, 'index.json'), 'utf8').catch(() => {
    throw new UsageError(`${join(root, 'index.json')}: no published editions there (run \`run\` first, or give --root)`);
  });
  const latest = new Map<string, string>((JSON.parse(text) as EditionIndex).datasets.flatMap((d) => d.editions.map((e) => [`${d.dataset}/${e.edition}`, e.latest] as const)));
  if (editions.length === 0) return [...latest.values()];
  return editions.map((name) => {
    const path = latest.get(name.replace(/\/+$/u, ''));
    if (path === undefined) throw new UsageError(`${name}: no such edition in ${join(root, 'index.json')} (give <dataset>/<date>)`);
    return path;
  });
}

/** `pdf-opendata publish --ckan URL --api-key-env VAR`: pushes published editions to a CKAN portal, idempotently. */
export function addPublishCommand(program: Command): void {
  program
    .command('publish')
    .description('Push published editions (their latest revisions) to a CKAN portal with the Action API: a package per edition, a resource per file')
    .argument('[editions...]', '<dataset>/<date> of the editions to push (default: every edition in the index)')
    .requiredOption('--ckan <url>', 'the CKAN portal, e.g. https://data.example.jp/')
    .requiredOption('--api-key-env <var>', 'the environment variable holding the CKAN API token (never the token itself: `ps` shows command lines)')
    .option('--org <org>', 'the portal organisation owning the packages (owner_org), in place of ckan.json’s')
    .option('--root <dir>', 'the output folder the editions are published in', 'output/')
    .action(async (editions: string[], opts: { ckan: string; apiKeyEnv: string; org?: string; root: string }) => {
      if (!/^https?:$/u.test(URL.parse(opts.ckan)?.protocol ?? '')) throw new UsageError(`--ckan ${opts.ckan}: not an http(s) URL`);
      const apiKey = process.env[opts.apiKeyEnv];
      if (apiKey === undefined || apiKey === '') throw new UsageError(`--api-key-env ${opts.apiKeyEnv}: the variable is not set`);
      const revisions = await revisionsToPush(opts.root, editions);
      const [{ ckanClient, CkanError }, { pushEditionToCkan }] = await Promise.all([import('./ckan/ckan-client.ts'), import('./ckan/push-edition.ts')]);
      const client = ckanClient({ url: opts.ckan, apiKey });
      let failed = 0;
      for (const revision of revisions) {
        try {
          const outcome = await pushEditionToCkan(client, join(opts.root, revision), opts.org === undefined ? {} : { ownerOrg: opts.org });
          const { created, updated, unchanged } = outcome.resources;
          process.stderr.write(`${revision}: package ${outcome.name} ${outcome.package}; resources ${created} created, ${updated} updated, ${unchanged} unchanged\n`);
        } catch (error) {
          // The portal's refusal (a wrong token, an unknown organisation) or no portal at all: one line, and the other editions go on.
          if (!(error instanceof CkanError) && !(error instanceof TypeError && error.message === 'fetch failed')) throw error;
          const cause = error instanceof CkanError ? error.message : `cannot reach ${opts.ckan}: ${String((error.cause as Error | undefined)?.message ?? error.message)}`;
          process.stderr.write(`${revision}: error: CKAN ${escapeControls(cause)}\n`);
          failed += 1;
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}
