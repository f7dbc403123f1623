import type { Server } from 'node:http';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Queue } from 'bullmq';
import express from 'express';
import { defaultPrefix, queueNames } from './queue-names.ts';
import { redisConnectionOptions } from './redis-connection.ts';

export interface DashboardOptions {
  redisUrl: string;
  /** @defaultValue `pdf-opendata` */
  prefix?: string;
  /**
   * Interface to listen on. The board can retry and remove jobs: keep it on loopback, or behind
   * a proxy that asks who is there.
   * @defaultValue `127.0.0.1`
   */
  host?: string;
  /** `0` picks a free port. @defaultValue 3000 */
  port?: number;
}

export interface RunningDashboard {
  /** Where the board answers, e.g. `http://127.0.0.1:3000/`. */
  url: string;
  close(): Promise<void>;
}

/** Bull Board over the pipeline's queues (pages, documents, releases) of one prefix, served by Express. */
export async function startDashboard(options: DashboardOptions): Promise<RunningDashboard> {
  const { redisUrl, prefix = defaultPrefix, host = '127.0.0.1', port = 3000 } = options;
  const connection = redisConnectionOptions(redisUrl);
  const queues = Object.values(queueNames).map((name) => new Queue(name, { connection, prefix }));
  const serverAdapter = new ExpressAdapter();
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: `pdf-opendata (${prefix})` } },
  });
  const app = express();
  app.use('/', serverAdapter.getRouter());
  const closeQueues = (): Promise<unknown> => Promise.allSettled(queues.map((queue) => queue.close()));
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(port, host, (error?: Error) => (error === undefined ? resolve(listening) : reject(error)));
  }).catch(async (error: unknown) => {
    await closeQueues();
    throw new Error(`Cannot start the dashboard on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
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
