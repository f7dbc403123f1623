// Records every module a process loads (`node --import ./test/support/module-log/register.mjs`),
// one URL a line, into the file named by PDF_OPENDATA_MODULE_LOG: what a command needed to load
// is then a fact a test can read, where its time is not.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url, { data: { log: process.env.PDF_OPENDATA_MODULE_LOG } });
