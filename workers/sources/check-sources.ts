import { basename, join, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { listSourcePaths, sha256Hex } from '../../pipeline/ingest/ingest-sources.ts';
import { resolveLimits, type ProcessingLimits } from '../../pipeline/limits.ts';
import { writeFileAtomic } from '../../pipeline/publish/atomic-folder.ts';
import type { SourceFamily, SourcesFile } from '../../schemas/types.ts';
import { toolVersion } from '../../pipeline/run/tool-version.ts';
import { isAllowedHost } from './allowed-hosts.ts';
import { DownloadError, fetchWithinHosts, type FetchOutcome } from './fetch-within-hosts.ts';
import { editionDatesOf, writeEditionDates } from './edition-dates.ts';
import { findPdfLinks } from './pdf-links.ts';
import { readUnsettledMarks, removeUnsettledMarks } from './unsettled-marks.ts';
import { readSourcesState, writeSourcesState, type RetryState, type SourcesState, type UrlState } from './sources-state.ts';

/** A PDF no earlier check has settled: new, or handed on before and failed for a reason that may pass. */
export interface NewSourceFile {
  family: string;
  /** Local path: the download in the cache folder, or the file in a configured folder. */
  path: string;
  sha256: string;
  /** Where it was downloaded from; `null` for a file of a local folder. */
  url: string | null;
}

/** A page, PDF or folder that could not be read this time; the others were. */
export interface SourceFailure {
  family: string;
  /** The URL or folder. */
  source: string;
  message: string;
}

/** A source that failed this check, to be tried again at the next: a failure, or a new file that could not be settled. */
export interface RetryingSource {
  family: string;
  /** The URL, folder or file. */
  source: string;
  /** Checks in a row that failed on it, this one included. */
  attempts: number;
  reason: string;
}

/** A handed-on file that failed for a reason another try may not meet (a limit, a timeout, I/O). */
export interface UnsettledFile {
  sha256: string;
  reason: string;
}

export interface SourcesCheck {
  files: NewSourceFile[];
  failures: SourceFailure[];
  /** Every source this check failed on (`failures` and unsettled files), with its count. */
  retrying: RetryingSource[];
  /** Links on release pages to hosts that are not allowed: not followed. */
  ignoredLinks: string[];
  /** PDF links past `maxLinks` on a release page: not followed either. */
  linksOverCap: number;
  /** Responses with a body (200) and without (304 Not Modified). */
  downloads: number;
  notModified: number;
}

/** Bounds on what a check asks of the network and reads from release pages. */
export interface SourcesFetchOptions {
  /**
   * Longest one request may take, body included, in seconds.
   * @defaultValue 300
   */
  requestSeconds?: number;
  /**
   * Largest release page read, in bytes: a larger one fails as its source does.
   * @defaultValue 5 MiB
   */
  maxPageBytes?: number;
  /**
   * Distinct PDF links taken from one release page; the others are counted and not followed.
   * @defaultValue 1000
   */
  maxLinks?: number;
}

export interface CheckSourcesOptions extends SourcesFetchOptions {
  /** Folder of the downloads (`<cache>/<family>/<file>.pdf`) and of the check's memory (`<cache>/state.json`). */
  cacheDir: string;
  /** Only `maxFileBytes` applies here: larger downloads are abandoned. */
  limits?: ProcessingLimits;
  /** @defaultValue `pdf-opendata/<version>` */
  userAgent?: string;
  /**
   * Hands the new files on (queues or processes them; called once, with none when nothing is new)
   * and returns those that failed for a reason another try may not meet. The others count as
   * known once it resolves; the unsettled ones are handed on again at the next check. When it
   * throws, nothing is remembered and the next check finds them all new again.
   */
  deliver?: (files: readonly NewSourceFile[]) => Promise<readonly UnsettledFile[]>;
}

/** A cache file name from the URL's last path segment, safe on any file system; another URL's name is not reused. */
function cacheFileName(url: URL, family: string, urls: Readonly<Record<string, UrlState>>): string {
  let name: string;
  try {
    name = decodeURIComponent(basename(url.pathname));
  } catch {
    name = basename(url.pathname);
  }
  name = name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_') || 'download.pdf';
  const taken = (file: string): boolean => Object.entries(urls).some(([other, state]) => other !== url.href && state.file === file);
  const plain = `${family}/${name}`;
  return taken(plain) ? `${family}/${sha256Hex(new TextEncoder().encode(url.href)).slice(0, 8)}-${name}` : plain;
}

/** The text of an HTML page in the charset its Content-Type names (Shift_JIS is common on ministry sites). */
function decodePage(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset\s*=\s*"?([\w-]+)/iu.exec(contentType ?? '')?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Checks every family of a sources file for PDFs not seen before: reads each release page (one
 * level: its links to PDFs, on allowed hosts only), downloads each PDF with the validators of the
 * last check (an unchanged file costs a 304), and lists each local folder. A PDF whose sha256 was
 * handed on before is not new, wherever it comes from. New downloads are written to the cache;
 * a source that fails is reported in one line and the others go on.
 */
export async function checkSources(sources: SourcesFile, options: CheckSourcesOptions): Promise<SourcesCheck> {
  const { cacheDir, limits, requestSeconds = 300, maxPageBytes = 5 * 1024 * 1024, maxLinks = 1000, userAgent = `pdf-opendata/${toolVersion}`, deliver } = options;
  for (const [name, value] of Object.entries({ requestSeconds, maxPageBytes, maxLinks })) {
    if (!(value > 0)) throw new Error(`Cannot check the sources: ${name} must be positive, not ${value}`);
  }
  const resolvedLimits = resolveLimits(limits);
  const pageLimits = { ...resolvedLimits, maxFileBytes: maxPageBytes };
  const previous = await readSourcesState(cacheDir);
  const urls: SourcesState['urls'] = { ...previous.urls };
  const known = new Set(previous.known);
  // Rebuilt by each check: a source that succeeds this time is no longer retried.
  const retrying: SourcesState['retrying'] = {};
  const check: SourcesCheck = { files: [], failures: [], retrying: [], ignoredLinks: [], linksOverCap: 0, downloads: 0, notModified: 0 };
  const taken = new Set<string>();
  const take = (file: NewSourceFile): void => {
    if (known.has(file.sha256) || taken.has(file.sha256)) return;
    taken.add(file.sha256);
    check.files.push(file);
  };
  const retryLater = (family: string, source: string, reason: string): void => {
    const entry: RetryState = { family, attempts: (previous.retrying[source]?.attempts ?? 0) + 1, last_reason: reason, last_tried: new Date().toISOString() };
    retrying[source] = entry;
    check.retrying.push({ family, source, attempts: entry.attempts, reason });
  };

  const checkFamily = async (family: SourceFamily): Promise<void> => {
    const hosts = family.allowed_hosts ?? [];
    const get = async (url: URL, sizeLimits = resolvedLimits): Promise<FetchOutcome> => {
      const last = urls[url.href];
      // A PDF downloaded before but not settled (its processing hit a limit) is fetched whole
      // again: a 304 would hand nothing on.
      const unsettled = last?.sha256 !== undefined && !known.has(last.sha256);
      const outcome = await fetchWithinHosts(url, {
        hosts,
        validators: last === undefined || unsettled ? undefined : { etag: last.etag, lastModified: last.last_modified },
        limits: sizeLimits,
        timeoutMs: requestSeconds * 1000,
        userAgent,
      });
      if (outcome.status === 'fetched') check.downloads++;
      else check.notModified++;
      return outcome;
    };
    const attempt = async (source: string, work: () => Promise<void>): Promise<void> => {
      let message: string;
      try {
        return await work();
      } catch (error) {
        if (error instanceof DownloadError) message = error.message;
        // A folder that is gone or unreadable, a cache that cannot be written: the other sources go on.
        else if (error instanceof Error && 'code' in error) message = `cannot read or write: ${error.message}`;
        else throw error;
      }
      check.failures.push({ family: family.id, source, message });
      retryLater(family.id, source, message);
    };

    const pdfUrls = new Set((family.pdf_urls ?? []).map((u) => new URL(u).href));
    for (const page of family.release_pages ?? []) {
      await attempt(page, async () => {
        const pageUrl = new URL(page);
        const outcome = await get(pageUrl, pageLimits);
        if (outcome.status === 'fetched') {
          const found = findPdfLinks(decodePage(outcome.bytes, outcome.contentType), outcome.url, maxLinks);
          urls[pageUrl.href] = {
            etag: outcome.validators.etag,
            last_modified: outcome.validators.lastModified,
            links: found.links.map((u) => u.href),
            links_over_cap: found.overCap,
          };
        }
        const { links = [], links_over_cap: overCap = 0 } = urls[pageUrl.href] ?? {};
        check.linksOverCap += overCap;
        for (const link of links) {
          if (isAllowedHost(new URL(link), hosts)) pdfUrls.add(link);
          else check.ignoredLinks.push(link);
        }
      });
    }
    for (const href of pdfUrls) {
      await attempt(href, async () => {
        const url = new URL(href);
        const outcome = await get(url);
        if (outcome.status === 'not-modified') return;
        const sha256 = sha256Hex(outcome.bytes);
        const last = urls[href];
        const file = last?.sha256 === sha256 && last.file !== undefined ? last.file : cacheFileName(url, family.id, urls);
        urls[href] = { etag: outcome.validators.etag, last_modified: outcome.validators.lastModified, sha256, file };
        if (known.has(sha256)) return;
        const path = resolve(cacheDir, file);
        await writeFileAtomic(path, outcome.bytes);
        take({ family: family.id, path, sha256, url: href });
      });
    }
    for (const folder of family.folders ?? []) {
      await attempt(folder, async () => {
        for (const path of await listSourcePaths([folder])) {
          take({ family: family.id, path, sha256: sha256Hex(await readFile(path)), url: null });
        }
      });
    }
  };

  for (const family of sources.families) await checkFamily(family);
  // Before the files are handed on: publication reads the dates.
  await writeEditionDates(cacheDir, editionDatesOf(sources));
  const unsettled = new Map((await deliver?.(check.files))?.map((f) => [f.sha256, f.reason]));
  for (const file of check.files) {
    const reason = unsettled.get(file.sha256);
    if (reason === undefined) known.add(file.sha256);
    else retryLater(file.family, file.url ?? file.path, reason);
  }
  // Queued PDFs that failed in a worker since: forgotten, so the next check hands them on again.
  const marks = await readUnsettledMarks(cacheDir);
  for (const mark of marks) if (known.delete(mark.sha256)) retryLater(mark.family, mark.source, `in a worker: ${mark.reason}`);
  await writeSourcesState(cacheDir, { urls, known: [...known], retrying });
  await removeUnsettledMarks(cacheDir, marks);
  return check;
}

/** The cache folder of an output folder: hidden, so the edition index does not list it. */
export const sourcesCacheDir = (outDir: string): string => join(outDir, '.sources');
