// A throw-away Redis for the bench's BullMQ modes and the queue tests: in tools/, which the build
// compiles, since the bench's compiled modules import it too.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  port: number;
  url: string;
  /** Stops the server (SIGTERM, then SIGKILL) and removes its folder. */
  stop(): Promise<void>;
  /**
   * Stops the server and starts it again on the same port and folder after `downMs`: with
   * `appendOnly`, it comes back with every key it had.
   */
  restart(downMs?: number): Promise<void>;
  /**
   * Stops the server and keeps its folder, for `up` to start it again on the same port: SIGTERM
   * is Redis' own SHUTDOWN (the append-only file flushed), SIGKILL a crash.
   */
  down(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts a server stopped by `down` again, on its port and folder; resolves once it answers PING. */
  up(): Promise<void>;
}

export interface RedisServerOptions {
  /**
   * Append-only file on, for tests that restart the server and expect their jobs back.
   * @defaultValue false
   */
  appendOnly?: boolean;
  /** @defaultValue `/usr/bin/redis-server`, or REDIS_SERVER */
  binary?: string;
}

/** A port free at the time of asking, from the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('Cannot get a free port'))));
    });
  });
}

/** Sends PING over a raw socket; true when the server answers PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * Starts a real, throw-away `redis-server` on a free port in a temp folder and waits until it
 * answers PING. Fails (never skips) when the binary is missing: queue tests must run under CI.
 */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const { appendOnly = false, binary = process.env.REDIS_SERVER ?? '/usr/bin/redis-server' } = options;
  const dir = await mkdtemp(join(tmpdir(), 'pdf-opendata-redis-'));
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', appendOnly ? 'yes' : 'no', '--appendfsync', 'always', '--dir', dir];

  /** Starts the server in `dir` and waits for PONG; resolves to how to stop it (SIGTERM, then SIGKILL). */
  const launch = async (): Promise<(signal?: 'SIGTERM' | 'SIGKILL') => Promise<void>> => {
    const child: ChildProcess = spawn(binary, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let spawnError: Error | undefined;
    child.once('error', (error) => (spawnError = error));
    const kill = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    };
    const deadline = Date.now() + 10_000;
    while (!(await ping(port))) {
      if (spawnError !== undefined || child.exitCode !== null || Date.now() > deadline) {
        await kill();
        const why = spawnError?.message ?? (child.exitCode !== null ? `it exited with ${child.exitCode}` : 'no PONG within 10 s');
        throw new Error(`Cannot start ${binary} (apt-get install -y redis-server): ${why}\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return kill;
  };

  let kill = await launch().catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
    restart: async (downMs = 0) => {
      await kill();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      kill = await launch();
    },
    down: (signal) => kill(signal),
    up: async () => {
      kill = await launch();
    },
  };
}
