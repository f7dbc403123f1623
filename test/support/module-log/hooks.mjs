// Module hooks (see register.mjs): each module's URL appended to the log as it is loaded, ES
// modules and the CommonJS ones they import alike.
import { appendFileSync } from 'node:fs';

let log;

export function initialize(data) {
  log = data.log;
}

export async function load(url, context, nextLoad) {
  if (log !== undefined) appendFileSync(log, `${url}\n`);
  return nextLoad(url, context);
}
