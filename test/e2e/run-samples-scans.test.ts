import { expect, it } from 'vitest';
import { describeSamplesRun, readMethods } from '../support/samples-run.ts';

// The scanned samples (scanned-*.pdf), every page read by OCR; run-samples.test.ts has the others.
const run = describeSamplesRun('on the scanned samples', (fileName) => fileName.startsWith('scanned-'));

it('says each policy of a scan was read by OCR, with its mean confidence', async () => {
  const scanned = await readMethods(run, 'scanned-shisaku-fy2021-pages.pdf');
  expect(scanned).toHaveLength(4);
  for (const [method, confidence] of scanned) {
    expect(method).toBe('ocr');
    expect(confidence).toBeGreaterThan(50);
  }
});
