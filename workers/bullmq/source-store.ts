import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { SourceError } from '../../pipeline/errors.ts';
import { sourceBytesKey } from './queue-names.ts';

/**
 * The bytes of each queued PDF, once, in Redis under `<prefix>:sources:<sha256>`. Workers on any
 * machine read them from there: no shared folder to mount, and a PDF enqueued twice is stored once.
 */
export class SourceStore {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #ttlSeconds: number;
  /** The last few PDFs read, so the pages jobs of one document fetch its bytes once per worker. */
  readonly #recent = new Map<string, Uint8Array>();

  /** `ttlSeconds`: how long stored bytes live if their document never finishes (7 days by default). */
  constructor(connection: RedisOptions, prefix: string, ttlSeconds = 7 * 24 * 3600) {
    this.#redis = new Redis({ ...connection, lazyConnect: true });
    // A lost connection is met where a command fails; unheard, each 'error' event is printed with its stack.
    this.#redis.on('error', () => undefined);
    this.#prefix = prefix;
    this.#ttlSeconds = ttlSeconds;
  }

  /** Stores a PDF's bytes (again, refreshing their time to live). */
  async put(sha256: string, bytes: Uint8Array): Promise<void> {
    await this.#redis.set(sourceBytesKey(this.#prefix, sha256), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'EX', this.#ttlSeconds);
  }

  /** A PDF's bytes, or the `SourceError` of a job that came too late for them (enqueued long ago, or the document finished). */
  async read(sha256: string, fileName: string): Promise<Uint8Array> {
    const bytes = await this.get(sha256);
    if (bytes === undefined) throw new SourceError('unreadable', `cannot read the PDF: its bytes are no longer in Redis (enqueue ${fileName} again)`);
    return bytes;
  }

  /** A PDF's bytes, or `undefined` when they expired or were never stored. */
  async get(sha256: string): Promise<Uint8Array | undefined> {
    const cached = this.#recent.get(sha256);
    if (cached !== undefined) return cached;
    const buffer = await this.#redis.getBuffer(sourceBytesKey(this.#prefix, sha256));
    if (buffer === null) return undefined;
    const bytes = new Uint8Array(buffer);
    this.#recent.set(sha256, bytes);
    while (this.#recent.size > 4) this.#recent.delete(this.#recent.keys().next().value!);
    return bytes;
  }

  async delete(sha256: string): Promise<void> {
    this.#recent.delete(sha256);
    await this.#redis.del(sourceBytesKey(this.#prefix, sha256));
  }

  async close(): Promise<void> {
    this.#recent.clear();
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }

  /** Lets go of a Redis that is gone at once: `close` would wait for it. */
  disconnect(): void {
    this.#recent.clear();
    this.#redis.disconnect();
  }
}
