import type { OcrEngine } from './engine.ts';
import { OcrPool, type OcrPoolOptions } from './ocr-pool.ts';

/** The OCR engines a run can use, by name: each is one module implementing `OcrEngine`, registered here. */
const ENGINES = {
  tesseract: (options: OcrPoolOptions) => new OcrPool(options),
} satisfies Record<string, (options: OcrPoolOptions) => OcrEngine>;

export type OcrEngineName = keyof typeof ENGINES;

export interface OcrEngineOptions extends OcrPoolOptions {
  /**
   * Which engine reads.
   * @defaultValue 'tesseract'
   */
  engine?: OcrEngineName;
}

/** The engine named in the options, started with them. */
export function createOcrEngine(options: OcrEngineOptions = {}): OcrEngine {
  const { engine = 'tesseract', ...engineOptions } = options;
  return ENGINES[engine](engineOptions);
}

/** Runs `operation` with an engine and always closes it (one owner of the engine's workers). */
export async function withOcrEngine<T>(options: OcrEngineOptions, operation: (engine: OcrEngine) => Promise<T>): Promise<T> {
  const engine = createOcrEngine(options);
  try {
    return await operation(engine);
  } finally {
    await engine.close();
  }
}
