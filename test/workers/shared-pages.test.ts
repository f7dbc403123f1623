import { describe, expect, test } from 'vitest';
import { SharedPages } from '../../workers/shared-pages.ts';

/** Takes pages until none is left, as a page thread does, reading each for `readMs`. */
async function reader(pages: SharedPages, log: number[], readMs: number): Promise<void> {
  for (let page = await pages.take(); page !== undefined; page = await pages.take()) {
    await new Promise((resolve) => setTimeout(resolve, readMs));
    log.push(page);
    pages.finish(page);
  }
}

/** A take that may have to wait: what it got so far (undefined while it waits), and its end. */
function takeLater(pages: SharedPages): { got: () => number | undefined; taken: Promise<unknown> } {
  let got: number | undefined;
  const taken = pages.take().then((page) => (got = page));
  return { got: () => got, taken };
}

/** Lets pending promises settle: a take that could go on has gone on. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

describe('the pages of one document shared by page threads', () => {
  test('every page is read once whatever the number of readers, and comes back in the order asked for', async () => {
    const asked = [5, 1, 4, 2, 3, 6, 7];
    const pages = new SharedPages(asked);
    const log: number[] = [];
    await Promise.all([reader(pages, log, 1), reader(pages, log, 3), reader(pages, log, 2)]);
    expect([...log].sort()).toEqual([...asked].sort());
    expect(pages.inOrder(log, (page) => page)).toEqual(asked);
  });

  test('a page read beside another is read again alone: nothing else is in flight until it ends', async () => {
    const pages = new SharedPages([1, 2, 3, 4]);
    const first = (await pages.take())!;
    const second = (await pages.take())!;
    expect(pages.readBesideOthers(first)).toBe(true);
    expect(pages.readBesideOthers(second)).toBe(true);
    // The memory watch tripped on the second page while the first was in flight: it goes back.
    pages.readAgainAlone(second);
    // The page to read alone waits for the first page to end.
    const alone = takeLater(pages);
    await settle();
    expect(alone.got()).toBeUndefined();
    pages.finish(first);
    await alone.taken;
    expect(alone.got()).toBe(second);
    expect(pages.readBesideOthers(second)).toBe(false);
    // While it is read alone, no other page is handed out.
    const other = takeLater(pages);
    await settle();
    expect(other.got()).toBeUndefined();
    pages.finish(second);
    await other.taken;
    expect(other.got()).toBe(3);
  });

  test('a page read with no other in flight is judged on its own', async () => {
    const pages = new SharedPages([1, 2]);
    const first = (await pages.take())!;
    pages.finish(first);
    const second = (await pages.take())!;
    expect(pages.readBesideOthers(second)).toBe(false);
  });

  test('a page given back by a thread stopped before it was told is the next one handed out', async () => {
    const pages = new SharedPages([1, 2]);
    const first = (await pages.take())!;
    pages.giveBack(first);
    expect(await pages.take()).toBe(first);
  });

  test('a stopped document hands out no more pages, and a reader waiting for one is released', async () => {
    const pages = new SharedPages([1, 2, 3]);
    const first = (await pages.take())!;
    await pages.take();
    pages.readAgainAlone(first);
    const waiting = pages.take();
    pages.stop();
    expect(await waiting).toBeUndefined();
    expect(await pages.take()).toBeUndefined();
  });
});
