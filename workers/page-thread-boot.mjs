// Entry of a page-extraction worker thread: a worker thread does not inherit the tsx loader of the
// thread that starts it (execArgv `--import tsx` is not applied to the entry), so register it here.
import { register } from 'tsx/esm/api';

register();
await import('./page-thread.ts');
