import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { EditionRecords } from '../pipeline/publish/edition/edition-model.ts';
import { UsageError } from './usage-error.ts';

const KIND_NAMES: Readonly<Record<EditionRecords['kind'], string>> = { policies: 'a policy catalogue', cases: 'a case collection' };

const seriesOf = (records: EditionRecords): string => (records.kind === 'policies' ? records.policies.series : records.cases.series);

/**
 * An edition named on the command line: a revision folder (`…/2022-12-23/r1`), an edition folder
 * (its latest revision), or `<dataset>/<date>` under the output folder.
 */
async function readEditionRecords(reference: string, root: string): Promise<EditionRecords> {
  const { listRevisions, readRevisionRecords } = await import('../pipeline/publish/edition/edition-store.ts');
  for (const folder of [resolve(reference), resolve(root, reference)]) {
    const isDirectory = await stat(folder).then((s) => s.isDirectory(), () => false);
    if (!isDirectory) continue;
    const latest = (await listRevisions(folder, '.', '.')).at(-1);
    const revision = latest === undefined ? folder : join(folder, `r${latest}`);
    const records = await readRevisionRecords(revision).catch((error: unknown) => {
      if (error instanceof SyntaxError) throw new UsageError(`${reference}: the edition's records in ${revision} are not valid JSON: ${error.message}`);
      throw error;
    });
    if (records === undefined) throw new UsageError(`${reference}: not an edition: ${revision} holds neither policies.json nor cases.json`);
    return records;
  }
  throw new UsageError(`${reference}: no such edition: expected a revision folder, an edition folder or <dataset>/<date> under ${root}`);
}

/** `pdf-opendata diff <edition A> <edition B>`: what changed between two published editions of one series (by their ids). */
export function addDiffCommand(program: Command): void {
  program
    .command('diff')
    .description('Compare two published editions of one series: added, removed, renamed records, changed fields and budget figures')
    .argument('<from>', 'the earlier edition: a revision folder, an edition folder or <dataset>/<date>')
    .argument('<to>', 'the later edition')
    .option('--root <dir>', 'output folder the <dataset>/<date> references are under', 'output/')
    .addOption(new Option('--format <format>', 'what to print').choices(['markdown', 'json', 'csv']).default('markdown'))
    .option('--out <dir>', 'also write diff.json, diff.csv and CHANGELOG.md into this folder')
    .action(async (from: string, to: string, opts: { root: string; format: 'markdown' | 'json' | 'csv'; out?: string }) => {
      const [a, b] = [await readEditionRecords(from, opts.root), await readEditionRecords(to, opts.root)];
      if (a.kind !== b.kind) throw new UsageError(`cannot compare ${from} (${KIND_NAMES[a.kind]}) with ${to} (${KIND_NAMES[b.kind]})`);
      // Ids are given within a series: across two, every record would be reported removed and added.
      if (seriesOf(a) !== seriesOf(b)) throw new UsageError(`cannot compare ${from} (series ${seriesOf(a)}) with ${to} (series ${seriesOf(b)}): records are matched within one series`);
      // Loaded here, not at start-up: every command's modules would otherwise slow every other command.
      const [{ toPublishedJson }, { diffEditionRecords }, { diffToChangelog, diffToCsv }] = await Promise.all([
        import('../pipeline/publish/document-dataset.ts'),
        import('../pipeline/publish/edition/diff-editions.ts'),
        import('../pipeline/publish/edition/diff-render.ts'),
      ]);
      const diff = diffEditionRecords(seriesOf(b), a, b);
      const files = { 'diff.json': toPublishedJson(diff), 'diff.csv': diffToCsv(diff), 'CHANGELOG.md': diffToChangelog(diff) };
      if (opts.out !== undefined) {
        await mkdir(opts.out, { recursive: true });
        for (const [name, text] of Object.entries(files)) await writeFile(join(opts.out, name), text);
      }
      process.stdout.write(opts.format === 'json' ? files['diff.json'] : opts.format === 'csv' ? files['diff.csv'] : files['CHANGELOG.md']);
    });
}
