import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditionCases, EditionPolicies } from '../../schemas/types.ts';
import { runCli } from '../support/cli.ts';
import { policyRecord } from '../support/policy-record.ts';
import { samplesDir } from '../support/samples.ts';

let root: string;

/** Writes a published revision folder holding only its records, which is all `diff` reads. */
async function edition(path: string, file: 'policies.json' | 'cases.json', records: EditionPolicies | EditionCases): Promise<void> {
  await mkdir(join(root, path), { recursive: true });
  await writeFile(join(root, path, file), JSON.stringify(records));
}
const policies = (dataset: string, series: string, date: string, count: number): EditionPolicies => ({
  schema_version: '1.0.0',
  dataset,
  series,
  edition: date,
  policies: Array.from({ length: count }, (_, i) => policyRecord(`${dataset} の施策 ${i} ${'長い名前'.repeat(20)}`, { id: `${series}-${i}` })),
  matches: [],
});

/** One line on stderr naming what is wrong, exit status 2, no stack trace. */
function expectOneLine(result: { code: number | null; stderr: string }, ...words: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr.trimEnd().split('\n'), result.stderr).toHaveLength(1);
  expect(result.stderr).not.toMatch(/^\s+at /mu);
  for (const word of words) expect(result.stderr).toContain(word);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cli-errors-'));
  await edition('catalogue/2021-03-31/r1', 'policies.json', policies('catalogue', 'chihou', '2021-03-31', 10));
  await edition('catalogue/2022-12-23/r1', 'policies.json', policies('catalogue', 'chihou', '2022-12-23', 3000));
  await edition('other/2022-12-23/r1', 'policies.json', policies('other', 'other-series', '2022-12-23', 3));
  await edition('jireishu/2022-12-12/r1', 'cases.json', { schema_version: '1.0.0', dataset: 'jireishu', series: 'jireishu', edition: '2022-12-12', cases: [] });
  await mkdir(join(root, 'empty/2022-01-01/r1'), { recursive: true });
  await mkdir(join(root, 'broken/2022-01-01/r1'), { recursive: true });
  await writeFile(join(root, 'broken/2022-01-01/r1/policies.json'), '{"policies": [');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('user errors on the command line', () => {
  it('diff: an edition that is not there, a folder that holds none, records that are not JSON', async () => {
    expectOneLine(await runCli(['diff', 'catalogue/2020-01-01', 'catalogue/2022-12-23', '--root', root]), 'catalogue/2020-01-01: no such edition');
    expectOneLine(await runCli(['diff', 'empty/2022-01-01', 'catalogue/2022-12-23', '--root', root]), 'empty/2022-01-01: not an edition', 'neither policies.json nor cases.json');
    expectOneLine(await runCli(['diff', 'broken/2022-01-01', 'catalogue/2022-12-23', '--root', root]), 'broken/2022-01-01: the edition\'s records in', 'are not valid JSON');
  });

  it('diff: a catalogue against a case collection, and editions of two series', async () => {
    expectOneLine(await runCli(['diff', 'jireishu/2022-12-12', 'catalogue/2022-12-23', '--root', root]), 'cannot compare jireishu/2022-12-12 (a case collection) with catalogue/2022-12-23 (a policy catalogue)');
    expectOneLine(await runCli(['diff', 'other/2022-12-23', 'catalogue/2022-12-23', '--root', root]), '(series other-series)', '(series chihou)');
  });

  it('diff … | head: the reader closing the pipe early is no error', async () => {
    const piped = await runCli(['diff', 'catalogue/2021-03-31', 'catalogue/2022-12-23', '--root', root], { wrapper: ['sh', '-c', '"$@" | head -n 1', 'sh'] });
    expect(piped).toEqual({ code: 0, stdout: '# 変更履歴: catalogue 2021-03-31 → catalogue 2022-12-23\n', stderr: '' });
  });

  it('run --sources and eval --samples: a file or folder that is not there', async () => {
    const missing = join(root, 'missing.yaml');
    expectOneLine(await runCli(['run', '--sources', missing, '--out', join(root, 'out'), '--log', 'json']), `Cannot use the sources file ${missing}: ENOENT`);
    expectOneLine(await runCli(['eval', '--samples', join(root, 'missing')]), `${join(root, 'missing')}: no such folder of samples`);
  });
});

describe('run --edition-date', () => {
  it('dates the edition of a document whose cover prints no date, and later runs remember it', { timeout: 60_000 }, async () => {
    // One page of the FY2021 catalogue, without its cover: its family is known, its date is not.
    const pdf = join(samplesDir, 'kangxi-radicals.pdf');
    const out = join(root, 'dated');
    const undated = await runCli(['run', pdf, '--out', out, '--no-ocr', '--log', 'json']);
    expect(undated.code, undated.stderr).toBe(0);
    expect(undated.stderr).toContain('1 document in no edition: no date on the cover (--edition-date gives one); no new edition');

    const dated = await runCli(['run', pdf, '--out', out, '--no-ocr', '--log', 'json', '--edition-date', '2021-03-31']);
    expect(dated.code, dated.stderr).toBe(0);
    expect(dated.stderr).toContain('new editions: soumu-shisaku-fy2021/2021-03-31/r1');
    expect(dated.stderr).not.toContain('in no edition');
    const manifest = JSON.parse(await readFile(join(out, 'soumu-shisaku-fy2021/2021-03-31/r1/manifest.json'), 'utf8')) as { sources: { edition_date_from: string }[] };
    expect(manifest.sources.map((s) => s.edition_date_from)).toEqual(['command-line']);

    const again = await runCli(['run', pdf, '--out', out, '--no-ocr', '--log', 'json']);
    expect(again.stderr).toContain('no new edition');
    expect(again.stderr).not.toContain('in no edition');

    const invalid = await runCli(['run', pdf, '--out', out, '--edition-date', '2021-02-30']);
    expect(invalid.stderr).toContain("argument '2021-02-30' is invalid. not a calendar date YYYY-MM-DD");
    expect(invalid.code).not.toBe(0);
  });
});
