import { STALE_MS, type LockHolder } from '../pipeline/publish/output-lock.ts';

/**
 * The line said while a run waits for the output folder's lock: who holds it and for how long, and
 * when a holder that crashed will be taken over.
 */
export function lockWaitLine(holder: LockHolder): string {
  const who = holder.pid === null ? 'another process (it did not say which)' : `process ${holder.pid}${holder.host === null ? '' : ` on ${holder.host}`}`;
  const held = holder.heldSeconds === null ? '' : ` for ${holder.heldSeconds} s`;
  return `waiting for ${holder.lock}: held by ${who}${held}, last refreshed ${holder.silentSeconds} s ago (a holder silent for ${STALE_MS / 1000} s is taken over)`;
}
