import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { EditionManifest, SourceFamily, SourcesFile } from '../../schemas/types.ts';
import { checkSources } from '../../workers/sources/check-sources.ts';
import { readSourcesFile } from '../../workers/sources/sources-file.ts';
import { runCli } from '../support/cli.ts';
import { startReleaseServer, type ReleaseServer } from '../support/release-server.ts';
import { samplesDir } from '../support/samples.ts';

const kangxi = join(samplesDir, 'kangxi-radicals.pdf');
const calcList = join(samplesDir, 'calc-list-local5g-jisshou.pdf');
const garbled = join(samplesDir, 'garbled-text-layer.pdf');

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((clean) => clean()));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-sources-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A site folder holding copies of the given samples, served on loopback. */
async function site(files: readonly string[], options?: Parameters<typeof startReleaseServer>[1]): Promise<{ dir: string; server: ReleaseServer }> {
  const dir = await tempDir();
  for (const file of files) await copyFile(file, join(dir, basename(file)));
  const server = await startReleaseServer(dir, options);
  cleanups.push(() => server.close());
  return { dir, server };
}

const pdfDownloads = (server: ReleaseServer): string[] => server.requests.filter((r) => r.path.endsWith('.pdf') && r.status === 200).map((r) => r.path);

describe('checking the sources for new PDFs', () => {
  test('downloads each PDF of a release page once, then nothing until a new PDF appears', async () => {
    const { dir, server } = await site([kangxi, calcList]);
    const cacheDir = await tempDir();
    const sources: SourcesFile = { families: [{ id: 'samples', release_pages: [`${server.origin}/releases.html`], allowed_hosts: [server.host] }] };

    const first = await checkSources(sources, { cacheDir });
    expect(first.failures).toEqual([]);
    expect(first.files.map((f) => basename(f.path)).sort()).toEqual(['calc-list-local5g-jisshou.pdf', 'kangxi-radicals.pdf']);
    for (const file of first.files) {
      expect(file.path.startsWith(join(cacheDir, 'samples'))).toBe(true);
      expect((await readFile(file.path)).equals(await readFile(join(samplesDir, basename(file.path))))).toBe(true);
    }
    expect(pdfDownloads(server)).toHaveLength(2);

    // Unchanged: every request answered 304, no body, nothing new.
    const second = await checkSources(sources, { cacheDir });
    expect(second).toMatchObject({ files: [], failures: [], downloads: 0, notModified: 3 });
    expect(pdfDownloads(server)).toHaveLength(2);

    // A server that ignores the validators sends the bodies again: the same sha256, so still nothing new.
    server.ignoreValidators = true;
    const third = await checkSources(sources, { cacheDir });
    expect(third.downloads).toBe(3);
    expect(third.files).toEqual([]);
    server.ignoreValidators = false;

    await copyFile(garbled, join(dir, 'garbled-text-layer.pdf'));
    const fourth = await checkSources(sources, { cacheDir });
    expect(fourth.files.map((f) => basename(f.path))).toEqual(['garbled-text-layer.pdf']);
    expect(fourth.files[0]!.url).toBe(`${server.origin}/files/garbled-text-layer.pdf`);
    expect(pdfDownloads(server).filter((p) => p.includes('garbled'))).toHaveLength(1);
  });

  test('never follows a link or a redirect to a host that is not allowed, nor to another port of an allowed one', async () => {
    const elsewhere = await site([garbled]);
    const otherHost = elsewhere.server.origin.replace('127.0.0.1', 'localhost');
    const { server } = await site([kangxi], {
      extraLinks: [`${otherHost}/files/garbled-text-layer.pdf`, `${elsewhere.server.origin}/files/garbled-text-layer.pdf`],
      redirects: { '/moved.pdf': `${otherHost}/files/garbled-text-layer.pdf` },
    });
    const sources: SourcesFile = {
      families: [{ id: 'samples', release_pages: [`${server.origin}/releases.html`], pdf_urls: [`${server.origin}/moved.pdf`], allowed_hosts: [server.host] }],
    };
    const check = await checkSources(sources, { cacheDir: await tempDir() });
    expect(check.files.map((f) => basename(f.path))).toEqual(['kangxi-radicals.pdf']);
    expect(check.ignoredLinks).toEqual([`${otherHost}/files/garbled-text-layer.pdf`, `${elsewhere.server.origin}/files/garbled-text-layer.pdf`]);
    expect(check.failures).toEqual([
      { family: 'samples', source: `${server.origin}/moved.pdf`, message: `not followed: it redirects to ${otherHost}/files/garbled-text-layer.pdf, outside the allowed hosts` },
    ]);
    expect(elsewhere.server.requests).toEqual([]);
  });

  test('a failed download is one line and the other sources go on; local folders count by content', async () => {
    const { server } = await site([kangxi, calcList]);
    const folder = await tempDir();
    await copyFile(calcList, join(folder, 'same-as-download.pdf'));
    await copyFile(garbled, join(folder, 'garbled-text-layer.pdf'));
    const sources: SourcesFile = {
      families: [
        { id: 'missing', pdf_urls: [`${server.origin}/files/gone.pdf`], allowed_hosts: [server.host] },
        { id: 'big', pdf_urls: [`${server.origin}/files/calc-list-local5g-jisshou.pdf`], allowed_hosts: [server.host] },
        { id: 'local', folders: [folder] },
      ],
    };
    const check = await checkSources(sources, { cacheDir: await tempDir(), limits: { maxFileBytes: 200_000 } });
    expect(check.failures).toEqual([{ family: 'missing', source: `${server.origin}/files/gone.pdf`, message: 'HTTP 404 Not Found' }]);
    expect(check.files.map((f) => [f.family, basename(f.path)])).toEqual([
      ['big', 'calc-list-local5g-jisshou.pdf'],
      ['local', 'garbled-text-layer.pdf'],
    ]);

    const small = await checkSources(sources, { cacheDir: await tempDir(), limits: { maxFileBytes: 100_000 } });
    expect(small.failures.map((f) => f.message)).toContain('too large: the file is 0.2 MB, more than the 0.1 MB limit');
    // Without a Content-Length the download is cut off as it passes the limit.
    const chunked = await site([calcList], { chunked: true });
    const big: SourceFamily = { id: 'big', pdf_urls: [`${chunked.server.origin}/files/calc-list-local5g-jisshou.pdf`], allowed_hosts: [chunked.server.host] };
    const cut = await checkSources({ families: [big] }, { cacheDir: await tempDir(), limits: { maxFileBytes: 100_000 } });
    expect(cut.failures.map((f) => f.message)).toEqual(['too large: the download went past the 0.1 MB limit']);
  });

  test('a release page over the page size cap fails as a source; PDF links past the link cap are counted, not followed', async () => {
    const { server } = await site([kangxi, calcList]);
    const dir = await tempDir();
    const sources: SourcesFile = { families: [{ id: 'samples', release_pages: [`${server.origin}/releases.html`], allowed_hosts: [server.host] }] };
    const capped = await checkSources(sources, { cacheDir: join(dir, 'capped'), maxLinks: 1 });
    expect(capped.files.map((f) => basename(f.path))).toEqual(['calc-list-local5g-jisshou.pdf']);
    expect(capped.linksOverCap).toBe(1);
    const small = await checkSources(sources, { cacheDir: join(dir, 'small'), maxPageBytes: 100 });
    expect(small.files).toEqual([]);
    expect(small.failures).toEqual([{ family: 'samples', source: `${server.origin}/releases.html`, message: expect.stringMatching(/^too large: /) }]);

    const sourcesFile = join(dir, 'sources.yaml');
    await writeFile(sourcesFile, `families:\n  - id: samples\n    release_pages: ["${server.origin}/releases.html"]\n    allowed_hosts: ["${server.host}"]\n`);
    const result = await runCli(['run', '--sources', sourcesFile, '--out', join(dir, 'out'), '--no-ocr', '--log', 'json', '--max-links', '1']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('1 published');
    expect(result.stderr).toContain('; 1 links refused (0 to hosts not allowed, 1 past the link cap))');
  });

  test('a sources file is read from YAML, checked against its schema, with folders relative to it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'sources.yaml');
    await mkdir(join(dir, 'pdfs'));
    await writeFile(file, 'families:\n  - id: soumu-shisaku\n    folders: [pdfs]\n    pdf_urls: [https://www.soumu.go.jp/main_content/000123.pdf]\n    allowed_hosts: [www.soumu.go.jp]\n');
    expect(await readSourcesFile(file)).toEqual({
      families: [{ id: 'soumu-shisaku', folders: [join(dir, 'pdfs')], pdf_urls: ['https://www.soumu.go.jp/main_content/000123.pdf'], allowed_hosts: ['www.soumu.go.jp'] }],
    });
    await writeFile(file, 'families:\n  - id: soumu-shisaku\n    pdf_urls: [https://evil.example/a.pdf]\n    allowed_hosts: [www.soumu.go.jp]\n');
    await expect(readSourcesFile(file)).rejects.toThrow(`Cannot use the sources file ${file}: https://evil.example/a.pdf is not on the allowed_hosts of soumu-shisaku`);
    await writeFile(file, '{"families": [{"id": "empty"}]}');
    await expect(readSourcesFile(file)).rejects.toThrow('/families/0 needs release_pages, pdf_urls or folders');
    await writeFile(file, 'families:\n  - id: soumu-shisaku\n    folders: [pdfs]\n    editions: { a.pdf: "2022-02-30" }\n');
    await expect(readSourcesFile(file)).rejects.toThrow(`Cannot use the sources file ${file}: 2022-02-30, the edition of a.pdf in soumu-shisaku, is not a date`);
    await expect(readSourcesFile(join(samplesDir, 'sources.example.yaml'))).resolves.toMatchObject({ families: expect.any(Array) });
  });

  test('`run --sources` processes what is new, once, and exits 1 while a source cannot be read', async () => {
    const { server } = await site([kangxi]);
    const dir = await tempDir();
    const sourcesFile = join(dir, 'sources.yaml');
    await writeFile(sourcesFile, `families:\n  - id: samples\n    release_pages: ["${server.origin}/releases.html"]\n    pdf_urls: ["${server.origin}/files/gone.pdf"]\n    allowed_hosts: ["${server.host}"]\n`);
    const run = () => runCli(['run', '--sources', sourcesFile, '--out', join(dir, 'out'), '--no-ocr', '--log', 'json']);
    const first = await run();
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toContain(`${server.origin}/files/gone.pdf: HTTP 404 Not Found`);
    expect(first.stderr).toContain('finished with 0 files failed, 1 sources unread (1 files, 2 pages: 1 published');
    await writeFile(sourcesFile, `families:\n  - id: samples\n    release_pages: ["${server.origin}/releases.html"]\n    allowed_hosts: ["${server.host}"]\n`);
    const second = await run();
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('finished (0 files, 0 pages');
  });

  test('an edition date given in the sources file names the edition, in place of the date on the cover', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'pdfs'));
    await copyFile(join(samplesDir, 'soumu-shisaku-fy2021.pdf'), join(dir, 'pdfs', 'soumu-shisaku-fy2021.pdf'));
    const sourcesFile = join(dir, 'sources.yaml');
    await writeFile(sourcesFile, 'families:\n  - id: soumu-shisaku\n    folders: [pdfs]\n    editions:\n      soumu-shisaku-fy2021.pdf: "2021-04-01"\n');
    const out = join(dir, 'out');
    const result = await runCli(['run', '--sources', sourcesFile, '--out', out, '--no-ocr', '--log', 'json']);
    expect(result.code, result.stderr).toBe(0);
    // The cover says 令和3年3月31日 (2021-03-31): that edition is not published.
    expect((await readdir(join(out, 'soumu-shisaku-fy2021'))).filter((name) => /^\d{4}-/u.test(name))).toEqual(['2021-04-01']);
    const manifest = JSON.parse(await readFile(join(out, 'soumu-shisaku-fy2021', '2021-04-01', 'r1', 'manifest.json'), 'utf8')) as EditionManifest;
    expect(manifest.sources.map((s) => [s.file_name, s.edition_date_from])).toEqual([['soumu-shisaku-fy2021.pdf', 'sources-file']]);
  });
});
