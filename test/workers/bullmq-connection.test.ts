import { describe, expect, test } from 'vitest';
import { reconnectDelayMs, redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';
import { documentJobId, pagesJobId, pagesOfJobKey } from '../../workers/bullmq/queue-names.ts';
import { decodeFailure, encodeSourceFailure } from '../../workers/bullmq/job-types.ts';
import { SourceError } from '../../pipeline/errors.ts';

describe('redisConnectionOptions', () => {
  test('reads host, port, database and a percent-encoded password', () => {
    expect(redisConnectionOptions('redis://:p%40ss%3Aword@cache.example:6380/2')).toMatchObject({
      host: 'cache.example',
      port: 6380,
      db: 2,
      password: 'p@ss:word',
    });
  });

  test('defaults to port 6379 and database 0, with no credentials', () => {
    const options = redisConnectionOptions('redis://localhost');
    expect(options).toMatchObject({ host: 'localhost', port: 6379, db: 0 });
    expect(options.username).toBeUndefined();
    expect(options.password).toBeUndefined();
    expect(options.tls).toBeUndefined();
  });

  test('rediss:// turns TLS on, with the user name (Redis 6 ACL)', () => {
    expect(redisConnectionOptions('rediss://pipeline:secret@redis.example')).toMatchObject({
      username: 'pipeline',
      password: 'secret',
      tls: { servername: 'redis.example' },
    });
  });

  test('a worker waits for Redis (maxRetriesPerRequest null); a producer gives up', () => {
    expect(redisConnectionOptions('redis://h', { worker: true }).maxRetriesPerRequest).toBeNull();
    expect(redisConnectionOptions('redis://h').maxRetriesPerRequest).toBe(5);
  });

  test('reconnects with backoff: 100 ms doubling, never more than 2 s apart, for producers and workers alike', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map(reconnectDelayMs)).toEqual([100, 200, 400, 800, 1600, 2000, 2000]);
    expect(redisConnectionOptions('redis://h').retryStrategy).toBe(reconnectDelayMs);
    expect(redisConnectionOptions('redis://h', { worker: true }).retryStrategy).toBe(reconnectDelayMs);
  });

  test('rejects other schemes and non-numeric databases', () => {
    expect(() => redisConnectionOptions('http://h')).toThrow('the scheme must be redis:// or rediss://');
    expect(() => redisConnectionOptions('redis://h/queues')).toThrow('the database must be a number');
    expect(() => redisConnectionOptions('not a url')).toThrow('it is not a URL');
  });
});

describe('job ids and failure reasons', () => {
  const sha = 'a'.repeat(64);

  test('job ids come from the content and name their pages', () => {
    expect(documentJobId(sha)).toBe(`document-${sha}`);
    expect(pagesOfJobKey(`test:pages:${pagesJobId(sha, 3, 4)}`)).toEqual({ first: 3, last: 4 });
    expect(pagesJobId(sha, 1, 1)).not.toContain(':');
  });

  test('a SourceError survives the trip through a failed reason; any other reason is an internal error, never the PDF\'s fault', () => {
    const reason = encodeSourceFailure(new SourceError('truncated', 'truncated: ends at byte 1,024 with no end-of-file marker'));
    expect(decodeFailure(reason)).toEqual({ code: 'truncated', message: 'truncated: ends at byte 1,024 with no end-of-file marker' });
    expect(decodeFailure('Connection is closed.')).toEqual({ code: 'internal-error', message: 'internal error (a bug in pdf-opendata, not a fault of the input): Connection is closed.' });
  });
});
