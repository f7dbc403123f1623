import type { RedisOptions } from 'bullmq';

export interface RedisConnectionOptions {
  /**
   * Options for a BullMQ `Worker` (or anything that blocks): commands wait for Redis as long as it
   * takes instead of failing after a few retries, as BullMQ requires.
   * @defaultValue false (a producer: enqueue, status)
   */
  worker?: boolean;
}

/**
 * Milliseconds before the `attempt`th try to reconnect: 100 ms doubling to at most 2 s. BullMQ's own
 * strategy grows to 20 s, so a process could take 20 s to see a restarted Redis; 2 s apart, a few
 * processes retrying cost Redis nothing.
 */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(100 * 2 ** (attempt - 1), 2000);
}

/**
 * ioredis options from a Redis URL: `redis://[user[:password]@]host[:port][/db]`, or `rediss://` for
 * TLS. The password may be percent-encoded. BullMQ key prefixes are not set here (ioredis'
 * `keyPrefix` breaks BullMQ's scripts): they are the `prefix` option of each queue.
 */
export function redisConnectionOptions(url: string, options: RedisConnectionOptions = {}): RedisOptions {
  const { worker = false } = options;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new Error(`Cannot use the Redis URL: it is not a URL (${url})`, { cause: error });
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new Error(`Cannot use the Redis URL: the scheme must be redis:// or rediss://, not ${parsed.protocol}//`);
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  const dbText = parsed.pathname.replace(/^\//, '');
  if (dbText !== '' && !/^\d+$/.test(dbText)) throw new Error(`Cannot use the Redis URL: the database must be a number, not ${dbText}`);
  const connection: RedisOptions = {
    host,
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    db: dbText === '' ? 0 : Number(dbText),
    // A producer fails a command after a few tries rather than hanging a CLI run; a worker waits.
    maxRetriesPerRequest: worker ? null : 5,
    retryStrategy: reconnectDelayMs,
  };
  if (parsed.username !== '') connection.username = decodeURIComponent(parsed.username);
  if (parsed.password !== '') connection.password = decodeURIComponent(parsed.password);
  if (parsed.protocol === 'rediss:') connection.tls = { servername: host };
  return connection;
}
