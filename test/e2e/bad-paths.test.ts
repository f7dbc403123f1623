import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../schemas/types.ts';
import { runCli, type CliResult, type RunCliOptions } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

const readReport = async (outDir: string): Promise<RunReport> => JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport;
const linesOf = (result: CliResult): string[] => result.stderr.split('\n').filter((l) => l !== '');
const publishedIds = async (outDir: string): Promise<string[]> => (await readdir(join(outDir, 'documents'))).filter((d) => d !== 'index.json' && !d.startsWith('.')).sort();
/** No stack trace: no `    at fn (file:line)` line, no `Error:` prefix of an uncaught exception. */
const expectNoStack = (result: CliResult): void => {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/^\w*Error: /m);
};

const asRoot = process.getuid?.() === 0;
/**
 * Permissions do not bite root: as root the CLI runs without the capabilities that override them.
 * Not as another user, who might not reach the repository (a clone in a folder only root may enter).
 */
const otherUser: RunCliOptions = asRoot ? { wrapper: ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--'] } : {};

/** Whether this process may make mount namespaces (root, `unshare` installed): tmpfs and read-only binds need one. */
const canMount = ((): boolean => {
  try {
    execFileSync('unshare', ['-m', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Each path of the folder (or given on its own) that cannot be a source, with the code and line its run must give. */
const BAD: Record<string, [code: string, message: string]> = {
  'in/fifo.pdf': ['not-a-file', 'not a regular file: it is a FIFO (named pipe)'],
  'in/folder.pdf': ['not-a-file', 'not a regular file: it is a folder'],
  'in/loop-a.pdf': ['symlink-loop', 'symlink loop: too many levels of symbolic links'],
  'in/loop-b.pdf': ['symlink-loop', 'symlink loop: too many levels of symbolic links'],
  'in/dangling.pdf': ['dangling-symlink', 'dangling symlink: its target gone.pdf does not exist'],
  'in/device.pdf': ['symlink-elsewhere', "symlink to another device: /dev/zero is not on the folder's device, not followed"],
  'missing.pdf': ['missing', 'no such file or folder'],
  'given-fifo.pdf': ['not-a-file', 'not a regular file: it is a FIFO (named pipe)'],
  'good-outside.pdf/inside.pdf': ['not-a-folder', 'no such file or folder: a part of the path is a file'],
  'self-loop.pdf': ['symlink-loop', 'symlink loop: too many levels of symbolic links'],
};

describe('a batch with every kind of bad path', () => {
  let root: string;
  let args: string[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'bad-paths-'));
    const inDir = join(root, 'in');
    await mkdir(inDir);
    await copyFile(join(samplesDir, 'kangxi-radicals.pdf'), join(inDir, 'good.pdf'));
    await copyFile(join(samplesDir, 'vertical-text.pdf'), join(root, 'good-outside.pdf'));
    // A symlinked PDF in the folder, to a file beside the folder on the same device: followed.
    await symlink('../good-outside.pdf', join(inDir, 'linked.pdf'));
    execFileSync('mkfifo', [join(inDir, 'fifo.pdf'), join(root, 'given-fifo.pdf')]);
    await mkdir(join(inDir, 'folder.pdf'));
    await symlink('loop-b.pdf', join(inDir, 'loop-a.pdf'));
    await symlink('loop-a.pdf', join(inDir, 'loop-b.pdf'));
    await symlink('gone.pdf', join(inDir, 'dangling.pdf'));
    await symlink('/dev/zero', join(inDir, 'device.pdf'));
    await symlink('self-loop.pdf', join(root, 'self-loop.pdf'));
    // Names with an escape sequence (red, then clear the screen) and a C1 control: escaped on every line.
    await writeFile(join(inDir, 'evil\x1b[31m\x1b[2J\u009b.pdf'), 'not a pdf');
    args = [inDir, ...['missing.pdf', 'given-fifo.pdf', 'good-outside.pdf/inside.pdf', 'self-loop.pdf'].map((p) => join(root, p))];
  });

  it.each(['bar', 'json'] as const)('gives each bad path one line and a report entry, and publishes the good files (--log %s)', async (log) => {
    const outDir = join(root, `out-${log}`);
    const result = await runCli(['run', ...args, '--out', outDir, '--log', log, '--no-ocr']);
    expect(result.code, result.stderr).toBe(1);
    expectNoStack(result);
    const lines = linesOf(result).map((line) => (log === 'json' && line.startsWith('{') ? (JSON.parse(line) as { msg: string }).msg : line));
    const report = await readReport(outDir);
    for (const [path, [code, message]] of Object.entries(BAD)) {
      const file = join(root, path);
      expect(lines.filter((l) => l.startsWith(`${file}: `)), path).toEqual([`${file}: ${message}`]);
      expect(report.files.filter((f) => f.file === file), path).toEqual([expect.objectContaining({ status: 'failed', sha256: null, document_id: null, error: { code, message } })]);
    }
    expect(report.files.filter((f) => f.status === 'published').map((f) => f.file).sort()).toEqual([join(root, 'in/good.pdf'), join(root, 'in/linked.pdf')]);
    expect(await publishedIds(outDir)).toHaveLength(2);
    expect(result.stderr).toContain(`finished with ${Object.keys(BAD).length + 1} files failed`);

    // The control characters reach neither the terminal nor the log as such.
    expect(result.stderr).not.toMatch(/[\x1b\u009b]/u);
    const evil = lines.find((l) => l.includes('evil'));
    expect(evil).toBe(`${join(root, 'in')}/evil\\x1b[31m\\x1b[2J\\x9b.pdf: not a PDF: the file starts with "not a pdf"`);
    if (log === 'json') {
      const logged = linesOf(result).filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { file?: string });
      expect(logged.filter((l) => l.file?.includes('evil')).every((l) => !/[\x1b\u009b]/u.test(l.file!))).toBe(true);
    }
    // The report keeps the name as it is.
    expect(report.files.some((f) => f.file.endsWith('evil\x1b[31m\x1b[2J\u009b.pdf'))).toBe(true);
  });

  it('extract: a FIFO or a missing path is one line and exit 2, never a wait', async () => {
    for (const [path, message] of [['given-fifo.pdf', 'not a regular file: it is a FIFO (named pipe)'], ['missing.pdf', 'no such file or folder']] as const) {
      const result = await runCli(['extract', join(root, path), '--no-ocr']);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`${join(root, path)}: ${message}\n`);
    }
  });

  it('reports a file and a folder it may not read, as a user who may not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'no-read-'));
    await mkdir(join(dir, 'closed'));
    await copyFile(join(samplesDir, 'kangxi-radicals.pdf'), join(dir, 'closed', 'inside.pdf'));
    await chmod(join(dir, 'closed'), 0o000);
    await mkdir(join(dir, 'open'));
    await copyFile(join(samplesDir, 'kangxi-radicals.pdf'), join(dir, 'open', 'private.pdf'));
    await chmod(join(dir, 'open', 'private.pdf'), 0o000);
    await copyFile(join(samplesDir, 'vertical-text.pdf'), join(dir, 'open', 'public.pdf'));
    await chmod(join(dir, 'open', 'public.pdf'), 0o644);
    const outDir = join(dir, 'out');
    const given = [join(dir, 'closed'), join(dir, 'closed', 'inside.pdf'), join(dir, 'open')];
    const result = await runCli(['run', ...given, '--out', outDir, '--log', 'bar', '--no-ocr'], otherUser);
    expect(result.code, result.stderr).toBe(1);
    expectNoStack(result);
    const denied = [join(dir, 'closed'), join(dir, 'closed', 'inside.pdf'), join(dir, 'open', 'private.pdf')];
    for (const path of denied) expect(linesOf(result).filter((l) => l.startsWith(`${path}: `))).toEqual([`${path}: permission denied`]);
    const report = await readReport(outDir);
    expect(report.files.map((f) => [f.file, f.error?.code ?? f.status])).toEqual([
      ...denied.map((path) => [path, 'permission-denied']),
      [join(dir, 'open', 'public.pdf'), 'published'],
    ]);
  });
});

describe('an output folder that cannot be written', () => {
  const good = [join(samplesDir, 'kangxi-radicals.pdf'), join(samplesDir, 'vertical-text.pdf')];

  /** Exit 3, one line naming what could not be written and why, never the PDF's fault. */
  const expectOutputError = (result: CliResult, path: string, reason: string): void => {
    expect(result.code, result.stderr).toBe(3);
    expectNoStack(result);
    expect(result.stderr).not.toContain('cannot read the PDF');
    expect(linesOf(result).filter((l) => l.startsWith('output error: '))).toEqual([`output error: cannot write ${path}: ${reason}; the run stopped`]);
  };

  it('stops at a path in the way (ENOTDIR) and writes the run report saying so', async () => {
    const outDir = join(await mkdtemp(join(tmpdir(), 'out-notdir-')), 'out');
    await mkdir(outDir);
    await writeFile(join(outDir, 'documents'), 'a file where the documents folder goes');
    const result = await runCli(['run', ...good, '--out', outDir, '--log', 'bar', '--no-ocr']);
    const folder = join(outDir, 'documents', 'kangxi-radicals-ca66b324bcc4');
    expectOutputError(result, folder, 'a part of the path is a file, not a folder (ENOTDIR)');
    const report = await readReport(outDir);
    expect(report.output_error).toEqual({ code: 'ENOTDIR', path: folder, message: `cannot write ${folder}: a part of the path is a file, not a folder (ENOTDIR)` });
    expect(report.files.filter((f) => f.status === 'failed')).toEqual([]);
  });

  it('stops when it may not write (EACCES), as a user who may not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'out-denied-'));
    const outDir = join(dir, 'out');
    await mkdir(outDir);
    await chmod(outDir, 0o555);
    const result = await runCli(['run', ...good, '--out', outDir, '--log', 'json', '--no-ocr'], otherUser);
    expectOutputError(result, join(outDir, '.publish.lock'), 'permission denied (EACCES)');
    expect(await readdir(outDir)).toEqual([]);
  });

  it.skipIf(!canMount)('stops on a full disk (ENOSPC, a 1 MiB tmpfs filled to 20 KiB free) with the run report when it fits', async () => {
    const mountPoint = await mkdtemp(join(tmpdir(), 'out-full-'));
    const outDir = join(mountPoint, 'out');
    // In a mount namespace of its own: the tmpfs goes with the process, nobody else sees it; its run report is printed on stdout.
    const script = 'mount -t tmpfs -o size=1m tmpfs "$0" && head -c 1028000 /dev/zero > "$0/filler" || exit 99; "$@"; status=$?; cat "$0/out/run-report.json"; exit $status';
    const result = await runCli(['run', ...good, '--out', outDir, '--log', 'bar', '--no-ocr'], { wrapper: ['unshare', '-m', 'sh', '-c', script, mountPoint] });
    const folder = join(outDir, 'documents', 'kangxi-radicals-ca66b324bcc4');
    expectOutputError(result, folder, 'no space left on the device (ENOSPC)');
    const report = JSON.parse(result.stdout) as RunReport;
    expect(report.output_error).toMatchObject({ code: 'ENOSPC', path: folder });
    expect(report.editions).toEqual([]);
  });

  it.skipIf(!canMount)('stops on a read-only file system (EROFS) and leaves the published folder as it was', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'out-ro-'));
    expect((await runCli(['run', good[0]!, '--out', outDir, '--log', 'bar', '--no-ocr'])).code).toBe(0);
    const before = await readFile(join(outDir, 'run-report.json'), 'utf8');
    const wrapper = ['unshare', '-m', 'sh', '-c', 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"', outDir];
    const result = await runCli(['run', ...good, '--out', outDir, '--log', 'bar', '--no-ocr'], { wrapper });
    expectOutputError(result, join(outDir, '.publish.lock'), 'the file system is read-only (EROFS)');
    expect(await readFile(join(outDir, 'run-report.json'), 'utf8')).toBe(before);
  });
});
