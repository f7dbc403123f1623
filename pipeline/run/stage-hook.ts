/**
 * The stages of reading one document, in their order: the PDF opened, each page read (limits,
 * text layer or OCR), the document assembled and checked against its schema, its tables, its
 * records (validated), its folder published.
 */
export type Stage = 'open' | 'page' | 'assemble' | 'tables' | 'records' | 'publish';

/** Runs a stage: a caller that times stages (the bench) wraps each in its clock. */
export type StageHook = <T>(stage: Stage, run: () => T | Promise<T>) => Promise<T>;

export const untimed: StageHook = async (_stage, run) => run();
