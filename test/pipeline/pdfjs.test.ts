import { describe, expect, it } from 'vitest';

describe('pdfjs', () => {
  it("loads pdf.js and its parser, and leaves Node's own push, JSON.stringify and JSON.parse in place of core-js's", async () => {
    // Each test file has a process of its own: pdf.js is not loaded yet.
    expect('__core-js_shared__' in globalThis).toBe(false);
    const native = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
    const { getDocument, OPS } = await import('../../pipeline/extract/pdfjs.ts');
    expect('__core-js_shared__' in globalThis).toBe(true);
    expect(Array.prototype.push).toBe(native.push);
    expect(JSON.stringify).toBe(native.stringify);
    expect(JSON.parse).toBe(native.parse);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')).toMatchObject({ writable: true, enumerable: false, configurable: true });
    expect(typeof getDocument).toBe('function');
    expect(OPS.constructPath).toBeGreaterThan(0);
    expect((globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBeDefined();
  });
});
