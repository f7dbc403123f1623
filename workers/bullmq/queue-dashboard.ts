import type { Server } from 'node:http';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import express from 'express';
import { dashboardGuard, isLoopbackHost } from './dashboard-guard.ts';
import { defaultPrefix, queueNames, queueTitles } from './queue-names.ts';
import { redisConnectionOptions } from './redis-connection.ts';

export interface DashboardOptions {
  redisUrl: string;
  /** @defaultValue `pdf-opendata` */
  prefix?: string;
  /**
   * Interface to listen on. Anywhere but loopback needs a `token`.
   * @defaultValue `127.0.0.1`
   */
  host?: string;
  /** `0` picks a free port. @defaultValue 3000 */
  port?: number;
  /** When set, every request must carry it (see `dashboardGuard`). */
  token?: string;
  /**
   * Let the board retry, remove, add, pause and clean jobs; needs a `token`. Without it the board
   * only shows the queues.
   * @defaultValue false
   */
  allowActions?: boolean;
}

/** Why these options cannot start a board (one line for the user), or `null` when they can. */
export function dashboardOptionsProblem(options: Pick<DashboardOptions, 'host' | 'token' | 'allowActions'>): string | null {
  const { host = '127.0.0.1', token, allowActions = false } = options;
  if (token !== undefined && token.length === 0) return 'the dashboard token is empty';
  if (allowActions && token === undefined) return 'actions (--allow-actions) need a token (--token-env VAR)';
  if (!isLoopbackHost(host) && token === undefined) return `listening on ${host}, beyond this machine, needs a token (--token-env VAR)`;
  return null;
}

export interface RunningDashboard {
  /** Where the board answers, e.g. `http://127.0.0.1:3000/`. */
  url: string;
  close(): Promise<void>;
}

/** Bull Board over the pipeline's queues (pages, documents, releases) of one prefix, in Japanese, served by Express. */
export async function startDashboard(options: DashboardOptions): Promise<RunningDashboard> {
  const { redisUrl, prefix = defaultPrefix, host = '127.0.0.1', port = 3000, token, allowActions = false } = options;
  const problem = dashboardOptionsProblem(options);
  if (problem !== null) throw new Error(`Cannot start the dashboard: ${problem}`);
  const connection = redisConnectionOptions(redisUrl);
  const queues = (Object.keys(queueNames) as (keyof typeof queueNames)[]).map((key) => ({ key, queue: new Queue(queueNames[key], { connection, prefix }) }));
  const serverAdapter = new ExpressAdapter();
  createBullBoard({
    // Bull Board hides its buttons on read-only queues; the guard refuses the routes behind them.
    queues: queues.map(({ key, queue }) => new BullMQAdapter(queue, { readOnlyMode: !allowActions, ...queueTitles[key], description: `${queueTitles[key].description} (Redis の接頭辞 ${prefix})` })),
    serverAdapter,
    // Bull Board ships a ja-JP locale; a short title, since its header cuts a long one (the prefix is in each queue's description).
    options: { uiConfig: { boardTitle: 'pdf-opendata', locale: { lng: 'ja-JP' } } },
  });
  const app = express();
  // The guard needs the bound port, known only once listening: it is set before any request is read.
  let guard: ReturnType<typeof dashboardGuard> | undefined;
  app.use((request, response, next) => guard!(request, response, next));
  app.use('/', serverAdapter.getRouter());
  const closeQueues = (): Promise<unknown> => Promise.allSettled(queues.map(({ queue }) => queue.close()));
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(port, host, (error?: Error) => (error === undefined ? resolve(listening) : reject(error)));
  }).catch(async (error: unknown) => {
    await closeQueues();
    throw new Error(`Cannot start the dashboard on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  guard = dashboardGuard({ host, port: boundPort, token, allowActions });
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}/`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A browser's open connections would otherwise hold the server open.
      server.closeAllConnections();
      await closed;
      await closeQueues();
    },
  };
}
