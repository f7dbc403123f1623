import { randomUUID } from 'node:crypto';
import { request as httpRequest, type Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dashboardGuard } from '../../workers/bullmq/dashboard-guard.ts';

/** A raw request, so Host and Origin can be anything. */
function send(port: number, method: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the dashboard guard on a board bound to every interface (--host 0.0.0.0, a token required)', () => {
  const token = `t-${randomUUID()}`;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const app = express();
    let guard: ReturnType<typeof dashboardGuard> | undefined;
    app.use((request, response, next) => guard!(request, response, next));
    app.all('/api/queues', (_request, response) => void response.send('ok'));
    // The guard is the unit under test; a real server on loopback stands in for the wildcard bind.
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    port = (server.address() as { port: number }).port;
    guard = dashboardGuard({ host: '0.0.0.0', port, token, allowActions: true });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('any name the machine is reached by, on the board\'s port, with the token', async () => {
    const auth = { authorization: `Bearer ${token}` };
    expect(await send(port, 'GET', '/api/queues', { host: `board.example:${port}`, ...auth })).toBe(200);
    expect(await send(port, 'GET', '/api/queues', { host: `[fd00::1]:${port}`, ...auth })).toBe(200);
    expect(await send(port, 'GET', '/api/queues', { host: `board.example:${port}` })).toBe(401);
    expect(await send(port, 'GET', '/api/queues', { host: `board.example:${port + 1}`, ...auth })).toBe(403);
    expect(await send(port, 'GET', '/api/queues', { host: `board.example:${port}/x`, ...auth })).toBe(403);
  });

  test('a write must come from the name it was sent to, with the token in a header or cookie, never in the address', async () => {
    const host = `board.example:${port}`;
    expect(await send(port, 'POST', '/api/queues', { host, origin: `http://${host}`, authorization: `Bearer ${token}` })).toBe(200);
    expect(await send(port, 'POST', '/api/queues', { host, origin: 'http://attacker.example', authorization: `Bearer ${token}` })).toBe(403);
    expect(await send(port, 'POST', `/api/queues?token=${token}`, { host, origin: `http://${host}` })).toBe(401);
    expect(await send(port, 'POST', '/api/queues', { host, cookie: `pdf_opendata_dashboard=${token}` })).toBe(200);
  });
});
