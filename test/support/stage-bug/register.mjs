// A bug planted for the tests of internal errors (`node --import ./test/support/stage-bug/register.mjs`):
// the tables stage of a run is swapped for one that throws a TypeError on two-page documents, so
// that the rest of the pipeline (page threads, BullMQ, the run report, the CLI) meets a real bug.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
