import { SourceError } from '../../pipeline/errors.ts';
import { checkFileSize, type ResolvedLimits } from '../../pipeline/limits.ts';
import { isAllowedHost } from './allowed-hosts.ts';

/** What the server said last time, sent back so an unchanged file costs a 304 and no body. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { status: 'not-modified'; url: URL }
  | { status: 'fetched'; url: URL; bytes: Uint8Array; validators: Validators; contentType: string | null };

export interface FetchOptions {
  hosts: readonly string[];
  /** Sent as If-None-Match / If-Modified-Since; `undefined` fetches unconditionally. */
  validators?: Validators;
  limits: ResolvedLimits;
  /** Whole request, body included. */
  timeoutMs: number;
  userAgent: string;
}

/** A download that failed; its message is the one line a user sees after the URL. */
export class DownloadError extends Error {
  override readonly name = 'DownloadError';
}

const MAX_REDIRECTS = 5;

/** The body, refused by its Content-Length, or as soon as it grows past the file-size limit (a server may send none, or lie). */
async function readLimited(response: Response, limits: ResolvedLimits): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > 0) checkFileSize(declared, limits);
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limits.maxFileBytes) {
      await reader.cancel();
      const limit = (limits.maxFileBytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 });
      throw new DownloadError(`too large: the download went past the ${limit} MB limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const describe = (error: unknown): string => {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  return `cannot connect: ${code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))}`;
};

/**
 * GETs a URL with Node's fetch, following redirects by hand so that none leaves the allowed hosts,
 * with the validators of the last fetch, a size limit and a timeout. Throws `DownloadError` with
 * one clear line for anything but a 200 or a 304.
 */
export async function fetchWithinHosts(start: URL, options: FetchOptions): Promise<FetchOutcome> {
  const { hosts, validators, limits, timeoutMs, userAgent } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = { 'user-agent': userAgent };
  if (validators?.etag != null) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified != null) headers['if-modified-since'] = validators.lastModified;
  let url = start;
  for (let hop = 0; ; hop++) {
    if (!isAllowedHost(url, hosts)) throw new DownloadError(`not fetched: ${url.host} is not an allowed host`);
    let response: Response;
    try {
      response = await fetch(url, { headers, redirect: 'manual', signal });
    } catch (error) {
      throw new DownloadError(describe(error), { cause: error });
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (location === null || hop === MAX_REDIRECTS) throw new DownloadError(`HTTP ${response.status}: ${location === null ? 'a redirect without a Location' : 'too many redirects'}`);
      const next = new URL(location, url);
      if (!isAllowedHost(next, hosts)) throw new DownloadError(`not followed: it redirects to ${next.href}, outside the allowed hosts`);
      url = next;
      continue;
    }
    if (response.status === 304) return { status: 'not-modified', url };
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new DownloadError(`HTTP ${response.status} ${response.statusText}`.trimEnd());
    }
    try {
      const bytes = await readLimited(response, limits);
      return {
        status: 'fetched',
        url,
        bytes,
        validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
        contentType: response.headers.get('content-type'),
      };
    } catch (error) {
      if (error instanceof DownloadError) throw error;
      if (error instanceof SourceError) throw new DownloadError(error.message, { cause: error });
      throw new DownloadError(describe(error), { cause: error });
    }
  }
}
