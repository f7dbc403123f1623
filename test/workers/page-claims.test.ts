import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startRedisServer, type RedisServer } from '../../tools/redis-server.ts';
import { PageClaims, pageClaimsKey, type PageRange } from '../../workers/bullmq/page-claims.ts';
import { redisConnectionOptions } from '../../workers/bullmq/redis-connection.ts';

let redis: RedisServer;
let claims: PageClaims;
beforeAll(async () => {
  redis = await startRedisServer();
  claims = new PageClaims(redisConnectionOptions(redis.url));
});
afterAll(async () => {
  await claims?.close();
  await redis?.stop();
});

const pagesOf = (ranges: readonly PageRange[]): number[] => ranges.flatMap(({ first, last }) => Array.from({ length: last - first + 1 }, (_, i) => first + i));

test('a first lane from the front and a helper from the back claim every page once, then nothing; each lane remembers its own claims in order', async () => {
  const key = pageClaimsKey(`test-${randomUUID()}`, 'a'.repeat(64), '1');
  const front: PageRange[] = [];
  const back: PageRange[] = [];
  // Taking turns, as two workers would: 11 pages, 3 a claim.
  for (let turn = 0; ; turn++) {
    const lane = turn % 2 === 0 ? 1 : 2;
    const range = await claims.claim(key, 11, 3, lane, lane === 1 ? 'front' : 'back');
    if (range === null) break;
    (lane === 1 ? front : back).push(range);
  }
  expect(front).toEqual([{ first: 1, last: 3 }, { first: 4, last: 6 }]);
  expect(back).toEqual([{ first: 9, last: 11 }, { first: 7, last: 8 }]);
  expect([...pagesOf(front), ...pagesOf(back)].sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  expect(await claims.claim(key, 11, 3, 2, 'back')).toBeNull();
  // What a lane taken over reads again.
  expect(await claims.claimedBy(key, 1)).toEqual(front);
  expect(await claims.claimedBy(key, 2)).toEqual(back);
  expect(await claims.claimedBy(key, 3)).toEqual([]);
});

test('another run of the same document claims its pages afresh; a deleted run is forgotten', async () => {
  const prefix = `test-${randomUUID()}`;
  const [first, second] = [pageClaimsKey(prefix, 'b'.repeat(64), '1'), pageClaimsKey(prefix, 'b'.repeat(64), '2')];
  expect(await claims.claim(first, 2, 4, 1, 'front')).toEqual({ first: 1, last: 2 });
  expect(await claims.claim(first, 2, 4, 1, 'front')).toBeNull();
  expect(await claims.claim(second, 2, 4, 1, 'front')).toEqual({ first: 1, last: 2 });
  await claims.delete(first);
  expect(await claims.claimedBy(first, 1)).toEqual([]);
});
