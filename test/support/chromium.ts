import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

const run = promisify(execFile);

/**
 * A page as headless Chromium renders it: its DOM after layout, and a screenshot at `screenshot`
 * (a copy kept as `$TMPDIR/pdf-opendata-<name>` for people to look at). A file path or an http URL;
 * `scriptMs` gives a page's scripts that much virtual time (their requests answered) before the DOM is taken.
 */
export async function inChromium(page: string, screenshot: string, scriptMs?: number): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'chromium-'));
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', `--user-data-dir=${profile}`, ...(scriptMs === undefined ? [] : [`--virtual-time-budget=${scriptMs}`])];
  const url = page.startsWith('http') ? page : `file://${page}`;
  const { stdout: dom } = await run('/usr/bin/chromium', [...flags, '--dump-dom', url], { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  await run('/usr/bin/chromium', [...flags, `--screenshot=${screenshot}`, '--window-size=1280,2000', url], { timeout: 60_000 });
  expect((await readFile(screenshot)).subarray(1, 4).toString()).toBe('PNG');
  await cp(screenshot, join(tmpdir(), `pdf-opendata-${basename(screenshot)}`));
  await rm(profile, { recursive: true, force: true });
  return dom;
}
