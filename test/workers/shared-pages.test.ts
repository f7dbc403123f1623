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
    let nextTaken: number | undefined;
    const waiting = pages.take().then((page) => (nextTaken = page));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The page to read alone waits for the first page to end.
    expect(nextTaken).toBeUndefined();
    pages.finish(first);
    await waiting;
    expect(nextTaken).toBe(second);
    expect(pages.readBesideOthers(second)).toBe(false);
    // While it is read alone, no other page is handed out.
    let other: number | undefined;
    const otherTaken = pages.take().then((page) => (other = page));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(other).toBeUndefined();
    pages.finish(second);
    await otherTaken;
    expect(other).toBe(3);
  });

  test('a page read with no other in flight is judged on its own', async () => {
    const pages = new SharedPages([1, 2]);
    const first = (await pages.take())!;
    pages.finish(first);
    const second = (await pages.take())!;
    expect(pages.readBesideOthers(second)).toBe(false);
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
