import { Redis } from 'ioredis';
import { redisConnectionOptions } from './redis-connection.ts';

/** Redis did not answer in the time given, or stopped answering; the message is the user's one line. */
export class RedisUnreachableError extends Error {}

/**
 * Whether a failed command met Redis out of reach (stopped, restarting, still loading its
 * append-only file) rather than a fault in what was asked: a producer's command fails so after
 * its few tries (`MaxRetriesPerRequestError`), or at once on a connection that closed.
 */
export const isRedisOutage = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'MaxRetriesPerRequestError' || /^LOADING|Connection is closed|ECONNREFUSED|ECONNRESET/.test(error.message));

/**
 * Resolves once Redis answers a PING, reconnecting with the connections' backoff for at most
 * `timeoutMs`. BullMQ waits for its connection as long as it takes, so a command that started
 * while Redis was down would hang with nothing said: a producer asks this first.
 */
export async function reachRedis(url: string, timeoutMs: number): Promise<void> {
  const options = redisConnectionOptions(url);
  const client = new Redis({ ...options, lazyConnect: true, maxRetriesPerRequest: null });
  let lastError = 'no answer';
  client.on('error', (error: Error) => {
    lastError = error.message;
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisUnreachableError(`Cannot reach Redis at ${options.host}:${options.port} within ${Math.round(timeoutMs / 1000)} s: ${lastError}`)), timeoutMs);
  });
  try {
    await Promise.race([client.ping(), timeout]);
  } finally {
    clearTimeout(timer);
    // Not quit: QUIT would wait for a server that may not be there.
    client.disconnect();
  }
}
