import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { sha256Hex } from '../../pipeline/ingest/ingest-sources.ts';
import type { RunReport } from '../../schemas/types.ts';
import type { SourcesState } from '../../workers/sources/sources-state.ts';
import { runCli } from '../support/cli.ts';
import { startReleaseServer, type ReleaseServerOptions } from '../support/release-server.ts';
import { samplesDir } from '../support/samples.ts';

const kangxi = 'kangxi-radicals.pdf';
const calcList = 'calc-list-local5g-jisshou.pdf';
const notAPdf = join(samplesDir, 'bad', 'html-503-error.pdf');

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((clean) => clean()));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-retry-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A loopback site serving copies of the given samples: its origin and its `host:port`. */
async function site(names: readonly string[], options: ReleaseServerOptions): Promise<{ origin: string; host: string }> {
  const dir = await tempDir();
  for (const name of names) await copyFile(join(samplesDir, name), join(dir, name));
  const server = await startReleaseServer(dir, options);
  cleanups.push(() => server.close());
  return server;
}

const readState = async (out: string): Promise<SourcesState> => JSON.parse(await readFile(join(out, '.sources', 'state.json'), 'utf8')) as SourcesState;
const readReport = async (out: string): Promise<RunReport> => JSON.parse(await readFile(join(out, 'run-report.json'), 'utf8')) as RunReport;
const sha256Of = async (name: string): Promise<string> => sha256Hex(await readFile(join(samplesDir, name)));

describe('sources that failed are tried again at the next check', () => {
  test('a download that timed out twice and one over the size limit: retried, counted in state.json, listed, then published', async () => {
    const { origin, host } = await site([kangxi, calcList], { faults: { [`/files/${kangxi}`]: ['stall', 'stall'], [`/files/${calcList}`]: ['oversize'] } });
    const dir = await tempDir();
    const out = join(dir, 'out');
    const sourcesFile = join(dir, 'sources.yaml');
    await writeFile(sourcesFile, `families:\n  - id: samples\n    release_pages: ["${origin}/releases.html"]\n    allowed_hosts: ["${host}"]\n`);
    const check = () => runCli(['run', '--sources', sourcesFile, '--out', out, '--no-ocr', '--log', 'json', '--fetch-timeout', '1', '--max-file-mb', '1']);
    const kangxiUrl = `${origin}/files/${kangxi}`;
    const calcUrl = `${origin}/files/${calcList}`;

    const first = await check();
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toContain(`${kangxiUrl}: timed out (failed this check; tried again at the next)`);
    expect(first.stderr).toContain(`${calcUrl}: too large`);
    expect(first.stderr).toContain('; 2 sources to retry at the next check)');
    let state = await readState(out);
    expect(state.known).toEqual([]);
    expect(state.retrying[kangxiUrl]).toMatchObject({ family: 'samples', attempts: 1, last_reason: 'timed out' });
    expect(state.retrying[calcUrl]).toMatchObject({ family: 'samples', attempts: 1 });
    expect(state.retrying[calcUrl]!.last_reason).toMatch(/^too large: /);

    const second = await check();
    expect(second.code, second.stderr).toBe(1);
    expect(second.stderr).toContain(`${kangxiUrl}: timed out (failed 2 checks in a row; tried again at the next)`);
    expect((await readReport(out)).files.map((f) => [basename(f.file), f.status])).toEqual([[calcList, 'published']]);
    state = await readState(out);
    expect(Object.keys(state.retrying)).toEqual([kangxiUrl]);
    expect(state.retrying[kangxiUrl]!.attempts).toBe(2);

    const third = await check();
    expect(third.code, third.stderr).toBe(0);
    const report = await readReport(out);
    expect(report.files.map((f) => [basename(f.file), f.status])).toEqual([[kangxi, 'published']]);
    expect((await stat(join(out, 'documents', report.files[0]!.document_id!, 'provenance.json'))).isFile()).toBe(true);
    state = await readState(out);
    expect(state.retrying).toEqual({});
    expect(state.known).toEqual([await sha256Of(kangxi), await sha256Of(calcList)].sort());
  });

  test('a file that failed a processing limit is handed on again (even where the server answers 304); one that is not a PDF is not', async () => {
    const { origin, host } = await site([calcList], {});
    const dir = await tempDir();
    const folder = join(dir, 'incoming');
    await mkdir(folder);
    await copyFile(notAPdf, join(folder, 'notice.pdf'));
    const out = join(dir, 'out');
    const sourcesFile = join(dir, 'sources.yaml');
    const calcUrl = `${origin}/files/${calcList}`;
    await writeFile(sourcesFile, `families:\n  - id: samples\n    pdf_urls: ["${calcUrl}"]\n    folders: ["incoming/"]\n    allowed_hosts: ["${host}"]\n`);
    const check = (...limits: string[]) => runCli(['run', '--sources', sourcesFile, '--out', out, '--no-ocr', '--log', 'json', ...limits]);

    // 5 pages over a 4-page limit: the limit may be raised, so the file is not settled.
    const first = await check('--max-pages', '4');
    expect(first.code, first.stderr).toBe(1);
    expect((await readReport(out)).files.map((f) => [basename(f.file), f.status, f.error?.code])).toEqual([
      [calcList, 'failed', 'too-many-pages'],
      ['notice.pdf', 'failed', 'not-a-pdf'],
    ]);
    expect(first.stderr).toContain(`${calcUrl}: `);
    expect(first.stderr).toContain('; 1 sources to retry at the next check)');
    const state = await readState(out);
    expect(Object.keys(state.retrying)).toEqual([calcUrl]);
    expect(state.known).toEqual([sha256Hex(await readFile(notAPdf))]);

    const second = await check();
    expect(second.code, second.stderr).toBe(0);
    const report = await readReport(out);
    // The PDF is published; the file that is not a PDF is not tried again.
    expect(report.files.map((f) => [basename(f.file), f.status])).toEqual([[calcList, 'published']]);
    expect((await readState(out)).retrying).toEqual({});
  });
});
