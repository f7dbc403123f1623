import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { started, stopCli, type CliProcess } from './cli-process.ts';
import { samplesDir } from './samples.ts';

/**
 * What the `enqueue --wait` tests against a Redis that goes away share: copies of three small
 * text-layer samples (2, 5 and 27 pages; the last a 施策集 with records and an edition), a real
 * redis-server with its append-only file on, and the clean-up after each test.
 */
export const waitSamples = ['kangxi-radicals.pdf', 'calc-list-local5g-jisshou.pdf', 'soumu-shisaku-fy2021.pdf'];

/** SIGTERM, and SIGKILL after 10 s: a process left hanging by a failed test must not outlive it, nor keep its Redis alive. */
const stopWithin = async (cli: CliProcess): Promise<void> => {
  const timer = setTimeout(() => cli.child.kill('SIGKILL'), 10_000);
  await stopCli(cli);
  clearTimeout(timer);
};

/** Registers the clean-up after each test (processes, then servers, then folders) and returns the makers it cleans after. */
export function waitRedisFixture(): { tempDir: () => Promise<string>; inputFolder: (names: readonly string[]) => Promise<string>; redisServer: () => Promise<RedisServer> } {
  let tempDirs: string[] = [];
  const servers: RedisServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map(stopWithin));
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    tempDirs = [];
  });
  const tempDir = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-wait-redis-'));
    tempDirs.push(dir);
    return dir;
  };
  const inputFolder = async (names: readonly string[]): Promise<string> => {
    const dir = await tempDir();
    await Promise.all(names.map((name) => copyFile(join(samplesDir, name), join(dir, name))));
    return dir;
  };
  const redisServer = async (): Promise<RedisServer> => {
    const server = await startRedisServer({ appendOnly: true });
    servers.push(server);
    return server;
  };
  return { tempDir, inputFolder, redisServer };
}
