import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Block, type Worker } from 'tesseract.js';
import type { OcrEngine, ReadText } from './engine.ts';
import { encodePgm } from './gray-image.ts';
import { readImage } from './read-image.ts';
import type { GrayImage, OcrBox, OcrLanguage, OcrPage, OcrTextLine, ReadLayout } from './types.ts';

export interface OcrPoolOptions {
  /**
   * Worker threads, each with its own tesseract engine.
   * @defaultValue the number of cores
   */
  workers?: number;
  /**
   * Pages a worker reads before it is replaced: tesseract's wasm heap only grows.
   * @defaultValue 100
   */
  recycleAfterPages?: number;
  /**
   * OCR'd segments with less confidence than this (0–100) are dropped as noise.
   * @defaultValue 30
   */
  minConfidence?: number;
}

/** Tesseract's page segmentation for a whole page, one block of text (a table cell) and one line. */
const SEGMENTATION: Record<OcrLanguage, Record<ReadLayout, PSM>> = {
  jpn: { page: PSM.AUTO, sparse: PSM.SPARSE_TEXT, block: PSM.SINGLE_BLOCK, line: PSM.SINGLE_LINE },
  // jpn_vert has no single-column mode: a vertical block is read whatever its length.
  jpn_vert: { page: PSM.SINGLE_BLOCK_VERT_TEXT, sparse: PSM.SINGLE_BLOCK_VERT_TEXT, block: PSM.SINGLE_BLOCK_VERT_TEXT, line: PSM.SINGLE_BLOCK_VERT_TEXT },
};

/** Local traineddata shipped in npm packages (gzipped): nothing is ever fetched. */
export const langPathOf = (language: OcrLanguage): string =>
  join(dirname(createRequire(import.meta.url).resolve(`@tesseract.js-data/${language}/package.json`)), '4.0.0_best_int');

async function startWorker(language: OcrLanguage): Promise<PooledWorker> {
  const worker = await createWorker(language, OEM.LSTM_ONLY, {
    langPath: langPathOf(language),
    cacheMethod: 'none',
    gzip: true,
  });
  await worker.setParameters({
    // Japanese has no spaces between words: keep the ones printed, invent none.
    preserve_interword_spaces: '1',
    tessedit_pageseg_mode: SEGMENTATION[language].page,
    user_defined_dpi: '300',
    // tesseract prints diagnostics ("Detected 33 diacritics") to stdout, which is ours (extract --format json).
    debug_file: '/dev/null',
  });
  return { worker, language, pages: 0, segmentation: SEGMENTATION[language].page };
}

interface PooledWorker {
  worker: Worker;
  language: OcrLanguage;
  pages: number;
  /** The page segmentation mode the worker is set to. */
  segmentation: PSM;
}

const box = ({ x0, y0, x1, y1 }: OcrBox): OcrBox => ({ x0, y0, x1, y1 });

/** tesseract.js's block tree as lines of words, the pipeline's own model: the one place that reads the tree. */
function tesseractLines(blocks: readonly Block[]): OcrTextLine[] {
  return blocks.flatMap((block) =>
    block.paragraphs.flatMap((paragraph) =>
      paragraph.lines.map((line) => ({
        bbox: box(line.bbox),
        words: line.words.map((word) => ({
          text: word.text,
          bbox: box(word.bbox),
          confidence: word.confidence,
          // Optional in our model: an engine may give no boxes per character.
          ...(word.symbols === undefined ? {} : { symbols: word.symbols.map((symbol) => ({ text: symbol.text, bbox: box(symbol.bbox) })) }),
        })),
      })),
    ),
  );
}

/** One raw read with a worker, its page segmentation set to the layout asked for. */
async function readWith(pooled: PooledWorker, image: GrayImage, layout: ReadLayout): Promise<OcrTextLine[]> {
  const mode = SEGMENTATION[pooled.language][layout];
  if (pooled.segmentation !== mode) {
    await pooled.worker.setParameters({ tessedit_pageseg_mode: mode });
    pooled.segmentation = mode;
  }
  const { data } = await pooled.worker.recognize(Buffer.from(encodePgm(image)), {}, { blocks: true, text: false });
  return tesseractLines(data.blocks ?? []);
}

/**
 * A fixed number of tesseract.js workers shared by every document of a run. The tesseract.js
 * scheduler cannot retire one worker and start another, so the pool does it: each worker is
 * replaced after `recycleAfterPages` pages, and started lazily per language.
 */
export class OcrPool implements OcrEngine {
  readonly #size: number;
  readonly #recycleAfterPages: number;
  readonly #minConfidence: number;
  readonly #idle: PooledWorker[] = [];
  readonly #waiting: ((worker: PooledWorker | undefined) => void)[] = [];
  #started = 0;
  #closed = false;

  constructor(options: OcrPoolOptions = {}) {
    const { workers = availableParallelism(), recycleAfterPages = 100, minConfidence = 30 } = options;
    this.#size = Math.max(1, workers);
    this.#recycleAfterPages = recycleAfterPages;
    this.#minConfidence = minConfidence;
  }

  /** Reads one image (read-image.ts), with one worker of the language for all its reads. */
  async recognise(image: GrayImage, language: OcrLanguage = 'jpn'): Promise<OcrPage> {
    // The worker is taken at the first read, once the image is straightened: that CPU work overlaps the wait for a worker.
    let taken: Promise<PooledWorker> | undefined;
    const read: ReadText = async (part, layout) => readWith(await (taken ??= this.#acquire(language)), part, layout);
    let finished = false;
    try {
      const page = await readImage(image, read, { language, minConfidence: this.#minConfidence });
      finished = true;
      return page;
    } finally {
      if (taken !== undefined) {
        const pooled = await taken;
        if (finished) pooled.pages++;
        await this.#release(pooled);
      }
    }
  }

  async #acquire(language: OcrLanguage): Promise<PooledWorker> {
    if (this.#closed) throw new Error('The OCR pool is closed');
    const index = this.#idle.findIndex((w) => w.language === language);
    if (index >= 0) return this.#idle.splice(index, 1)[0]!;
    if (this.#started < this.#size) {
      this.#started++;
      return startWorker(language);
    }
    // Every worker is busy, or idle with the other language: take the next one freed.
    const idleOther = this.#idle.shift();
    if (idleOther !== undefined) {
      await idleOther.worker.terminate();
      return startWorker(language);
    }
    const freed = await new Promise<PooledWorker | undefined>((resolve) => this.#waiting.push(resolve));
    if (freed === undefined) throw new Error('The OCR pool is closed');
    if (freed.language === language) return freed;
    await freed.worker.terminate();
    return startWorker(language);
  }

  async #release(pooled: PooledWorker): Promise<void> {
    let next = pooled;
    if (pooled.pages >= this.#recycleAfterPages) {
      await pooled.worker.terminate();
      next = await startWorker(pooled.language);
    }
    const waiter = this.#waiting.shift();
    if (waiter !== undefined) waiter(next);
    else this.#idle.push(next);
  }

  /** Stops every worker; pending requests fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const waiter of this.#waiting.splice(0)) waiter(undefined);
    await Promise.all(this.#idle.splice(0).map((w) => w.worker.terminate()));
  }
}
