import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { EditionPolicies } from '../schemas/types.ts';

/**
 * An edition named on the command line: a revision folder (`…/2022-12-23/r1`), an edition folder
 * (its latest revision), or `<dataset>/<date>` under the output folder.
 */
async function readEditionPolicies(reference: string, root: string): Promise<EditionPolicies> {
  for (const folder of [resolve(reference), resolve(root, reference)]) {
    const isDirectory = await stat(folder).then((s) => s.isDirectory(), () => false);
    if (!isDirectory) continue;
    const direct = join(folder, 'policies.json');
    if (await stat(direct).then(() => true, () => false)) return JSON.parse(await readFile(direct, 'utf8')) as EditionPolicies;
    const { listRevisions } = await import('../pipeline/publish/edition/edition-store.ts');
    const latest = (await listRevisions(folder, '.', '.')).at(-1);
    if (latest !== undefined) return JSON.parse(await readFile(join(folder, `r${latest}`, 'policies.json'), 'utf8')) as EditionPolicies;
  }
  throw new Error(`Cannot find the edition ${reference}: expected a revision folder, an edition folder or <dataset>/<date> under ${root}`);
}

/** `pdf-opendata diff <edition A> <edition B>`: what changed between two published editions (by their series ids). */
export function addDiffCommand(program: Command): void {
  program
    .command('diff')
    .description('Compare two published editions: added, removed, renamed policies, changed fields and budget figures')
    .argument('<from>', 'the earlier edition: a revision folder, an edition folder or <dataset>/<date>')
    .argument('<to>', 'the later edition')
    .option('--root <dir>', 'output folder the <dataset>/<date> references are under', 'output/')
    .addOption(new Option('--format <format>', 'what to print').choices(['markdown', 'json', 'csv']).default('markdown'))
    .option('--out <dir>', 'also write diff.json, diff.csv and CHANGELOG.md into this folder')
    .action(async (from: string, to: string, opts: { root: string; format: 'markdown' | 'json' | 'csv'; out?: string }) => {
      const [a, b] = [await readEditionPolicies(from, opts.root), await readEditionPolicies(to, opts.root)];
      // Loaded here, not at start-up: every command's modules would otherwise slow every other command.
      const [{ toPublishedJson }, { diffEditions }, { diffToChangelog, diffToCsv }] = await Promise.all([
        import('../pipeline/publish/document-dataset.ts'),
        import('../pipeline/publish/edition/diff-editions.ts'),
        import('../pipeline/publish/edition/diff-render.ts'),
      ]);
      const diff = diffEditions(b.series, a, b);
      const files = { 'diff.json': toPublishedJson(diff), 'diff.csv': diffToCsv(diff), 'CHANGELOG.md': diffToChangelog(diff) };
      if (opts.out !== undefined) {
        await mkdir(opts.out, { recursive: true });
        for (const [name, text] of Object.entries(files)) await writeFile(join(opts.out, name), text);
      }
      process.stdout.write(opts.format === 'json' ? files['diff.json'] : opts.format === 'csv' ? files['diff.csv'] : files['CHANGELOG.md']);
    });
}
