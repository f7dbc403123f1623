import type { RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';

/**
 * A document's pages as the lanes of its pages jobs claim them (process-pages-job.ts): one Redis hash per
 * run of the document, `<prefix>:page-claims:<sha256>:<run>`, holding the first and last page
 * nobody has claimed yet and the ranges each lane claimed. The document's first lane claims from
 * the front, the others (workers that had nothing else to do) from the back, so the worker that
 * has the document open reads its pages in order and a helper takes a block at the end. A lane's
 * claims outlive its worker: a lane taken over after its worker died reads them again first.
 */

/** A run of pages, first and last included, 1-based. */
export interface PageRange {
  first: number;
  last: number;
}

/** Which end of the unclaimed pages a lane takes from. */
export type ClaimEnd = 'front' | 'back';

// KEYS[1] the hash; ARGV: page count, pages per claim, lane, 'front' | 'back', ttl seconds.
// Returns {first, last}, or nil when every page is claimed.
const CLAIM_SCRIPT = `
local nextPage = tonumber(redis.call('HGET', KEYS[1], 'next') or 1)
local lastPage = tonumber(redis.call('HGET', KEYS[1], 'last') or ARGV[1])
if nextPage > lastPage then return nil end
local size = tonumber(ARGV[2])
local first, last
if ARGV[4] == 'front' then
  first = nextPage
  last = math.min(lastPage, nextPage + size - 1)
  redis.call('HSET', KEYS[1], 'next', last + 1, 'last', lastPage)
else
  last = lastPage
  first = math.max(nextPage, lastPage - size + 1)
  redis.call('HSET', KEYS[1], 'next', nextPage, 'last', first - 1)
end
local field = 'lane:' .. ARGV[3]
redis.call('HSET', KEYS[1], field, (redis.call('HGET', KEYS[1], field) or '') .. first .. '-' .. last .. ',')
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[5]))
return {first, last}
`;

export const pageClaimsKey = (prefix: string, sha256: string, run: string): string => `${prefix}:page-claims:${sha256}:${run}`;

export class PageClaims {
  readonly #redis: Redis;
  readonly #ttlSeconds: number;

  /** `ttlSeconds`: how long the claims of a document that never finishes are kept (7 days by default). */
  constructor(connection: RedisOptions, ttlSeconds = 7 * 24 * 3600) {
    this.#redis = new Redis({ ...connection, lazyConnect: true });
    // A lost connection is met where a command fails; unheard, each 'error' event is printed with its stack.
    this.#redis.on('error', () => undefined);
    this.#ttlSeconds = ttlSeconds;
  }

  /** The next `size` unclaimed pages of the document (fewer at the end) for `lane`, or `null` when none are left. */
  async claim(key: string, pageCount: number, size: number, lane: number, end: ClaimEnd): Promise<PageRange | null> {
    const claimed = (await this.#redis.eval(CLAIM_SCRIPT, 1, key, pageCount, size, lane, end, this.#ttlSeconds)) as [number, number] | null;
    return claimed === null ? null : { first: claimed[0], last: claimed[1] };
  }

  /** The ranges `lane` claimed before, in the order it claimed them: what a lane taken over must read again. */
  async claimedBy(key: string, lane: number): Promise<PageRange[]> {
    const text = (await this.#redis.hget(key, `lane:${lane}`)) ?? '';
    return text
      .split(',')
      .filter(Boolean)
      .map((range) => {
        const [first, last] = range.split('-').map(Number);
        return { first: first!, last: last! };
      });
  }

  /** Forgets a document's claims once it is finished. */
  async delete(key: string): Promise<void> {
    await this.#redis.del(key);
  }

  async close(): Promise<void> {
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}
