import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import type { SourcesFile } from '../../schemas/types.ts';
import { isCalendarDate } from '../calendar-date.ts';
import { UsageError } from '../usage-error.ts';
import { isAllowedHost } from './allowed-hosts.ts';


/** ajv's words for the schema's `not` (a family with no source at all), said the way a user can act on. */
const noSourceHint = (message: string): string =>
  message.endsWith('must NOT be valid') ? message.replace('must NOT be valid', 'needs release_pages, pdf_urls or folders') : message;

/**
 * Reads a sources file (YAML, or JSON, which is YAML too), checks it against
 * `schemas/sources.schema.json` and that every configured URL is on its family's allowed hosts,
 * and makes its folders absolute (relative ones are read from the file's folder).
 */
export async function readSourcesFile(path: string): Promise<SourcesFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot use the sources file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return parseSourcesFile(text, path);
}

/** `readSourcesFile` over text already read; `path` names the file in messages and anchors relative folders. */
export function parseSourcesFile(text: string, path: string): SourcesFile {
  const fail = (why: string, cause?: unknown): Error => new UsageError(`Cannot use the sources file ${path}: ${why}`, { cause });
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw fail(error instanceof Error ? error.message.split('\n')[0]! : String(error), error);
  }
  const issues = validateAgainst('sources.schema.json', value);
  if (issues.length > 0) throw fail(issues.map((issue) => noSourceHint(issue.message)).join('; '));
  const sources = value as SourcesFile;
  if (sources.profiles !== undefined) sources.profiles = resolve(dirname(path), sources.profiles);
  for (const family of sources.families) {
    for (const url of [...(family.release_pages ?? []), ...(family.pdf_urls ?? [])]) {
      if (!isAllowedHost(new URL(url), family.allowed_hosts ?? [])) throw fail(`${url} is not on the allowed_hosts of ${family.id}`);
    }
    if (family.folders !== undefined) family.folders = family.folders.map((folder) => resolve(dirname(path), folder));
  }
  const dated = new Map<string, string>();
  for (const family of sources.families) {
    for (const [name, date] of Object.entries(family.editions ?? {})) {
      if (!isCalendarDate(date)) throw fail(`${date}, the edition of ${name} in ${family.id}, is not a date`);
      const other = dated.get(name);
      if (other !== undefined && other !== date) throw fail(`${name} is given two edition dates, ${other} and ${date}`);
      dated.set(name, date);
    }
  }
  const ids = sources.families.map((f) => f.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) throw fail(`the family ${repeated} is listed twice`);
  return sources;
}
