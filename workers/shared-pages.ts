/**
 * The pages of one document shared by the page threads that read it (page-threads.ts): each
 * thread takes the next page when it is ready for one, so a slow page (OCR, a dense table) holds
 * up its own thread only, and the pages read come back in the order asked for whatever thread read
 * them.
 *
 * The memory budget of a page is measured on the whole process (pdf.js decodes outside the V8
 * heap, where no thread's share can be told apart), so a page read beside another may be blamed
 * for the other's memory. Such a page is not quarantined on that evidence: it is read again alone,
 * no other page in flight, and only then judged.
 */
export class SharedPages {
  /** Position of each page in the order asked for. */
  readonly #order: ReadonlyMap<number, number>;
  /** Pages not handed out yet, in order. */
  readonly #queue: number[];
  /** Pages to read again with no other page in flight. */
  readonly #alone: number[] = [];
  /** Pages handed out and not finished: whether another page was in flight beside it at any time. */
  readonly #inFlight = new Map<number, { besideOthers: boolean }>();
  /** Takers waiting for the pages in flight to end (a page to read alone). */
  #waiting: (() => void)[] = [];
  #readingAlone = false;
  #stopped = false;

  constructor(pages: readonly number[]) {
    this.#queue = [...pages];
    this.#order = new Map(pages.map((page, i) => [page, i]));
  }

  /** The next page for a thread, or undefined when none is left (or the document was stopped); waits while a page has to be read alone. */
  async take(): Promise<number | undefined> {
    for (;;) {
      if (this.#stopped) return undefined;
      if (this.#readingAlone || (this.#alone.length > 0 && this.#inFlight.size > 0)) {
        await new Promise<void>((resolve) => this.#waiting.push(resolve));
        continue;
      }
      const alone = this.#alone.shift();
      if (alone !== undefined) {
        this.#readingAlone = true;
        this.#inFlight.set(alone, { besideOthers: false });
        return alone;
      }
      const page = this.#queue.shift();
      if (page === undefined) return undefined;
      const besideOthers = this.#inFlight.size > 0;
      for (const other of this.#inFlight.values()) other.besideOthers ||= besideOthers;
      this.#inFlight.set(page, { besideOthers });
      return page;
    }
  }

  /** The page is read or quarantined: it leaves the pages in flight. */
  finish(page: number): void {
    if (this.#inFlight.delete(page)) this.#changed();
  }

  /** Whether another page was in flight at any time while `page` was: its memory may not be its own. */
  readBesideOthers(page: number): boolean {
    return this.#inFlight.get(page)?.besideOthers ?? false;
  }

  /** The page's thread was stopped on evidence that may be another page's: it is read again, alone. */
  readAgainAlone(page: number): void {
    this.#inFlight.delete(page);
    this.#alone.push(page);
    this.#changed();
  }

  /** Pages not handed out yet. */
  get remaining(): number {
    return this.#queue.length;
  }

  /** No page left to hand out: what is in flight is all that remains. */
  get handedOut(): boolean {
    return this.#queue.length === 0 && this.#alone.length === 0;
  }

  /** A page taken by a thread that stopped before it could be told: the next taker gets it. */
  giveBack(page: number): void {
    if (!this.#inFlight.delete(page)) return;
    this.#queue.unshift(page);
    this.#changed();
  }

  /** The document failed: no more pages are handed out. */
  stop(): void {
    this.#stopped = true;
    this.#wake();
  }

  /** Sorts what was read of each page into the order the pages were asked for. */
  inOrder<T>(items: readonly T[], pageOf: (item: T) => number): T[] {
    const position = (item: T): number => this.#order.get(pageOf(item)) ?? Number.MAX_SAFE_INTEGER;
    return [...items].sort((a, b) => position(a) - position(b));
  }

  /** Pages in flight changed: a page read alone may have ended, a page to read alone may start. */
  #changed(): void {
    if (this.#inFlight.size === 0) this.#readingAlone = false;
    this.#wake();
  }

  #wake(): void {
    for (const resolve of this.#waiting.splice(0)) resolve();
  }
}
