import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { Line } from '../../schemas/types.ts';
import type { Rule } from '../extract/types.ts';
import { encodePgm } from './gray-image.ts';
import type { GrayImage, ImageRule, OcrLanguage, OcrLine, OcrPage } from './types.ts';
import { assembleOcrLines, tesseractLines, type TesseractBlock } from './ocr-page.ts';
import { prepareForOcr } from './prepare-image.ts';
import { readPageByCells, type ReadBlocks } from './read-cells.ts';
import { findRuledCells } from './table-cells.ts';

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
const SEGMENTATION: Record<OcrLanguage, Record<Parameters<ReadBlocks>[1], PSM>> = {
  jpn: { page: PSM.AUTO, block: PSM.SINGLE_BLOCK, line: PSM.SINGLE_LINE },
  // jpn_vert has no single-column mode: a vertical block is read whatever its length.
  jpn_vert: { page: PSM.SINGLE_BLOCK_VERT_TEXT, block: PSM.SINGLE_BLOCK_VERT_TEXT, line: PSM.SINGLE_BLOCK_VERT_TEXT },
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

/** Mean confidence of the words read, 0–100, as tesseract gives it for one read (0 when there are none). */
function meanWordConfidence(blocks: readonly TesseractBlock[]): number {
  const words = tesseractLines(blocks).flatMap((line) => line.words);
  return words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
}

/**
 * A fixed number of tesseract.js workers shared by every document of a run. The tesseract.js
 * scheduler cannot retire one worker and start another, so the pool does it: each worker is
 * replaced after `recycleAfterPages` pages, and started lazily per language.
 */
export class OcrPool {
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

  /**
   * Reads one image: straightened and cleaned first (prepare-image.ts), its table cells read one by
   * one (read-cells.ts), lines split into cells and put in reading order (ocr-page.ts).
   */
  async recognise(image: GrayImage, language: OcrLanguage = 'jpn'): Promise<OcrPage> {
    const prepared = prepareForOcr(image);
    const pooled = await this.#acquire(language);
    try {
      const read: ReadBlocks = async (part, layout) => {
        const mode = SEGMENTATION[language][layout];
        if (pooled.segmentation !== mode) {
          await pooled.worker.setParameters({ tessedit_pageseg_mode: mode });
          pooled.segmentation = mode;
        }
        const { data } = await pooled.worker.recognize(Buffer.from(encodePgm(part)), {}, { blocks: true, text: false });
        return data.blocks ?? [];
      };
      const parts = await readPageByCells(prepared.image, findRuledCells(prepared.image, prepared.rules), read);
      pooled.pages++;
      const lines = assembleOcrLines(parts, prepared.rules, { horizontal: language === 'jpn', minConfidence: this.#minConfidence, image: prepared.image });
      return { lines, confidence: meanWordConfidence(parts.flatMap((part) => part.blocks)), skewDegrees: prepared.skewDegrees, rules: prepared.rules };
    } finally {
      await this.#release(pooled);
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

/** Runs `operation` with a pool and always closes it (one owner of the workers' lifecycle). */
export async function withOcrPool<T>(options: OcrPoolOptions, operation: (pool: OcrPool) => Promise<T>): Promise<T> {
  const pool = new OcrPool(options);
  try {
    return await operation(pool);
  } finally {
    await pool.close();
  }
}

/** OCR lines in page coordinates (points, top-left origin), as published. */
export function ocrLinesToPage(lines: readonly OcrLine[], pointsPerPixel: number, offset: [number, number] = [0, 0]): Line[] {
  const round = (n: number): number => Math.round(n * 100) / 100;
  return lines.map((line) => {
    const [x0, y0, x1, y1] = line.bbox;
    return {
      text: line.text,
      bbox: [
        round(offset[0] + x0 * pointsPerPixel),
        round(offset[1] + y0 * pointsPerPixel),
        round(offset[0] + x1 * pointsPerPixel),
        round(offset[1] + y1 * pointsPerPixel),
      ],
      font_size: round((line.vertical === true ? x1 - x0 : y1 - y0) * pointsPerPixel),
      confidence: Math.round(line.confidence * 10) / 10,
    };
  });
}

/** Rules found in an OCR'd image in page coordinates (points, top-left origin), as the table and record stages read them. */
export function ocrRulesToPage(rules: readonly ImageRule[], pointsPerPixel: number, offset: [number, number] = [0, 0]): Rule[] {
  const round = (n: number): number => Math.round(n * 100) / 100;
  return rules.map(({ orientation, from, to, at }) => {
    const [alongOffset, acrossOffset] = orientation === 'horizontal' ? offset : [offset[1], offset[0]];
    return {
      orientation,
      from: round(alongOffset + from * pointsPerPixel),
      to: round(alongOffset + to * pointsPerPixel),
      at: round(acrossOffset + at * pointsPerPixel),
    };
  });
}
