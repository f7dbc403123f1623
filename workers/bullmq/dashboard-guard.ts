import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { NextFunction, Request, Response } from 'express';

export interface DashboardGuardOptions {
  /** Interface the board listens on, as given (`127.0.0.1`, `::1`, `0.0.0.0`, a name). */
  host: string;
  /** The port it is bound to (the real one, when 0 was asked for). */
  port: number;
  /** When set, every request must carry it (header, cookie, or `?token=` once). */
  token?: string;
  /** Write routes (retry, remove, add, pause…) answer only with this and the token. */
  allowActions: boolean;
}

/** The cookie a browser keeps the token in after opening `/?token=…` once. */
export const tokenCookie = 'pdf_opendata_dashboard';

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]']);
const wildcardHosts = new Set(['0.0.0.0', '[::]']);

/** Whether an interface name keeps the board on this machine. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/** Constant-time comparison, so the time a wrong guess takes says nothing about the token. */
function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  // timingSafeEqual needs equal lengths; comparing the token with itself keeps the time the same.
  return a.length === b.length ? timingSafeEqual(a, b) : !timingSafeEqual(b, b);
}

function cookieToken(request: IncomingMessage): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === tokenCookie) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

const writeMethods = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

/**
 * The board's door, before Bull Board sees a request. Host must name the board (a page on another
 * name reached through DNS rebinding is refused), a write's Origin must be the board, a token
 * when one is set, and writes only when actions are allowed. 403 for a wrong Host or Origin and
 * for writes on a read-only board, 401 without the token.
 */
export function dashboardGuard(options: DashboardGuardOptions) {
  const { host, port, token, allowActions } = options;
  const bound = isIP(host) === 6 ? `[${host}]` : host.toLowerCase();
  const hosts = new Set([...loopbackNames, bound].map((name) => `${name}:${port}`));
  // Bound to every interface, the board has no one name: any name with its port is taken, and the
  // token (required there) is what keeps a rebinding page out, as its cookie belongs to the board's name.
  const anyName = wildcardHosts.has(bound) ? new RegExp(`^(\\[[0-9a-f:.]+\\]|[a-z0-9.-]+):${port}$`, 'u') : undefined;
  return (request: Request, response: Response, next: NextFunction): void => {
    const refuse = (status: 401 | 403, why: string): void => void response.status(status).type('text/plain').send(`${why}\n`);
    const named = (request.headers.host ?? '').toLowerCase();
    if (!(hosts.has(named) || anyName?.test(named) === true)) return refuse(403, 'Forbidden: the Host header does not name this dashboard');
    const write = writeMethods.has(request.method);
    const origin = request.headers.origin;
    if (write && origin !== undefined && origin.toLowerCase() !== `http://${named}`) return refuse(403, 'Forbidden: the request comes from another site');
    if (token !== undefined) {
      // Only a page opened by hand carries the token in its address; a write never does.
      const fromQuery = request.method === 'GET' && typeof request.query.token === 'string' ? request.query.token : undefined;
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const given = bearer ?? cookieToken(request) ?? fromQuery;
      if (given === undefined || !sameToken(given, token)) return refuse(401, 'Unauthorized: send the token as Authorization: Bearer <token>, or open /?token=<token> once');
      if (fromQuery !== undefined) {
        // The token leaves the address bar (and the history) for a cookie scripts cannot read.
        const url = new URL(request.originalUrl, 'http://board');
        url.searchParams.delete('token');
        response.cookie(tokenCookie, token, { httpOnly: true, sameSite: 'strict', path: '/' });
        return void response.redirect(303, `${url.pathname}${url.search}`);
      }
    }
    if (write && !allowActions) return refuse(403, 'Forbidden: the dashboard is read-only (start it with --allow-actions --token-env VAR)');
    next();
  };
}
