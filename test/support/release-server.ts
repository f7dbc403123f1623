import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';

export interface ReleaseServerOptions {
  /** Extra `<a href>` on the release page, as written (absolute links to other hosts…). */
  extraLinks?: readonly string[];
  /** Paths answered with a 302 to the given location. */
  redirects?: Readonly<Record<string, string>>;
  /** Send bodies chunked, without Content-Length, as some servers do. */
  chunked?: boolean;
  /**
   * Misbehaviour by path, one per request, in order, then normal answers: `stall` never answers
   * (the client times out), `oversize` sends a 2 MiB body (the PDF padded with zeros).
   */
  faults?: Readonly<Record<string, readonly ('stall' | 'oversize')[]>>;
}

export interface ReleaseServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `127.0.0.1:<port>`, as `allowed_hosts` names it. */
  host: string;
  /** Every request, in order: path and the status it got. */
  requests: { path: string; status: number }[];
  /** When true, the server ignores If-None-Match and always sends the body (as some servers do). */
  ignoreValidators: boolean;
  close(): Promise<void>;
}

/**
 * A ministry's site in miniature on loopback: `/releases.html` links every PDF in `dir` (read at
 * each request, so a PDF copied in later appears), each PDF is served with an ETag, and a request
 * carrying that ETag gets a 304.
 */
export async function startReleaseServer(dir: string, options: ReleaseServerOptions = {}): Promise<ReleaseServer> {
  const { extraLinks = [], redirects = {}, chunked = false } = options;
  const faults = new Map(Object.entries(options.faults ?? {}).map(([path, list]) => [path, [...list]]));
  const released: Omit<ReleaseServer, 'origin' | 'host' | 'close'> = { requests: [], ignoreValidators: false };
  const send = (request: IncomingMessage, response: ServerResponse, body: Uint8Array | string, type: string): number => {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (!released.ignoreValidators && request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return 304;
    }
    response.writeHead(200, { etag, 'content-type': type, ...(chunked ? {} : { 'content-length': Buffer.byteLength(body) }) }).end(body);
    return 200;
  };
  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<number> => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const fault = faults.get(path)?.shift();
    if (fault === 'stall') return new Promise<number>(() => undefined);
    const location = redirects[path];
    if (location !== undefined) {
      response.writeHead(302, { location }).end();
      return 302;
    }
    const pdfs = (await readdir(dir)).filter((f) => f.endsWith('.pdf')).sort();
    if (path === '/releases.html') {
      const links = [...pdfs.map((f) => `./files/${encodeURIComponent(f)}`), ...extraLinks].map((href) => `<li><a href="${href}">${href}</a></li>`);
      return send(request, response, `<!doctype html><html><body><ul>\n${links.join('\n')}\n</ul></body></html>\n`, 'text/html; charset=utf-8');
    }
    const name = decodeURIComponent(path.replace(/^\/files\//, ''));
    if (path.startsWith('/files/') && pdfs.includes(name)) {
      const pdf = await readFile(join(dir, name));
      return send(request, response, fault === 'oversize' ? Buffer.concat([pdf, Buffer.alloc(2 * 1024 * 1024 - pdf.length)]) : pdf, 'application/pdf');
    }
    response.writeHead(404).end();
    return 404;
  };
  const server = createServer((request, response) => {
    answer(request, response).then(
      (status) => released.requests.push({ path: request.url ?? '', status }),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('Cannot start the release server: no address');
  return Object.assign(released, {
    origin: `http://127.0.0.1:${address.port}`,
    host: `127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}
