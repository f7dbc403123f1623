/**
 * Another process holding an output folder's lock, for the tests: takes it, prints `locked`, and
 * holds it for the milliseconds given (or until killed).
 * `node --import tsx test/support/hold-output-lock.ts <outDir> <ms>`
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { withOutputLock } from '../../pipeline/publish/output-lock.ts';

const [outDir, ms] = process.argv.slice(2);
await withOutputLock(outDir!, async () => {
  process.stdout.write('locked\n');
  await sleep(Number(ms));
});
