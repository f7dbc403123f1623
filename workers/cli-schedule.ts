import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { ProcessingLimits } from '../pipeline/limits.ts';
import type { FileOutcome } from '../schemas/types.ts';
import type { SourcesCheck, SourcesFetchOptions } from './sources/check-sources.ts';
import { defaultPrefix } from './bullmq/queue-names.ts';
import { redisOption } from './cli-queue.ts';

/**
 * `run --sources`: processes the PDFs new in the sources file (and those a check failed on before)
 * with `run` (the embedded batch; it runs with none when nothing is new, so the run report says
 * so). Returns the run's result and the check, whose `failures` and `retrying` the caller reports.
 */
export async function runNewReleases<T extends { files: readonly FileOutcome[] }>(
  file: string,
  options: { outDir: string; limits?: ProcessingLimits; fetch?: SourcesFetchOptions },
  run: (paths: readonly string[]) => Promise<T>,
): Promise<{ result: T; check: SourcesCheck }> {
  const [{ readSourcesFile }, { handOnNewReleases }, { sourcesCacheDir }] = await Promise.all([
    import('./sources/sources-file.ts'),
    import('./sources/hand-on-new-releases.ts'),
    import('./sources/check-sources.ts'),
  ]);
  const sources = await readSourcesFile(file);
  const cacheDir = sourcesCacheDir(options.outDir);
  return handOnNewReleases(
    sources,
    { cacheDir, limits: options.limits, fetch: options.fetch },
    (files) => run(files.map((f) => f.path)),
    (report) => report.files,
  );
}

const portNumber = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0 picks a free one)');
  return n;
};

/** The scheduled mode's commands: `schedule` (release checks) and `dashboard` (Bull Board). */
export function addScheduleCommands(program: Command): void {
  redisOption(
    program
      .command('schedule')
      .description('Register the job scheduler that checks the sources for new releases and queues them (one per prefix: registering again replaces it); workers run the checks')
      .option('--sources <file>', 'sources file (YAML or JSON)')
      .option('--out <dir>', 'the workers\' output folder: the sources file is registered in its .sources/registered/, where workers read it', 'output/')
      .option('--cron <pattern>', 'when to check (cron pattern: minute hour day month weekday)', '0 6 * * *')
      .option('--tz <zone>', 'time zone of the cron pattern, e.g. Asia/Tokyo (default: this machine\'s)')
      .option('--remove', 'remove the scheduler instead')
      .option('--prefix <prefix>', 'Redis key prefix shared by the pipeline', defaultPrefix),
  ).action(async (opts: { redis: string; sources?: string; out: string; cron: string; tz?: string; remove?: boolean; prefix: string }, command: Command) => {
    // Loaded here, not at start-up: see cli-queue.ts.
    const [{ scheduleReleaseChecks, unscheduleReleaseChecks }, { readSourcesFile }, { registerSources }, { sourcesCacheDir }] = await Promise.all([
      import('./bullmq/schedule-releases.ts'),
      import('./sources/sources-file.ts'),
      import('./sources/registered-sources.ts'),
      import('./sources/check-sources.ts'),
    ]);
    if (opts.remove === true) {
      const removed = await unscheduleReleaseChecks({ redisUrl: opts.redis, prefix: opts.prefix });
      process.stderr.write(removed ? 'release checks unscheduled\n' : 'no release checks were scheduled\n');
      return;
    }
    if (opts.sources === undefined) command.error('error: the --sources <file> option is needed (or --remove)', { exitCode: 2 });
    const sources = await readSourcesFile(opts.sources);
    const registered = await registerSources(sourcesCacheDir(opts.out), sources, resolve(opts.sources));
    const repeat = opts.tz === undefined ? { pattern: opts.cron } : { pattern: opts.cron, tz: opts.tz };
    const { next } = await scheduleReleaseChecks({ redisUrl: opts.redis, prefix: opts.prefix, registered, repeat });
    const families = sources.families.map((f) => f.id).join(', ');
    process.stderr.write(`release checks scheduled (${opts.cron}) for ${families}; next at ${next?.toISOString() ?? 'an unknown time'}\n`);
  });

  redisOption(
    program
      .command('dashboard')
      .description('Serve a queue dashboard (Bull Board) until SIGTERM/SIGINT: read-only unless --allow-actions')
      .option('--port <n>', 'port to listen on (0: a free one, printed)', portNumber, 3000)
      .option('--host <host>', 'interface to listen on (beyond loopback only with --token-env)', '127.0.0.1')
      .option('--token-env <var>', 'name of the environment variable holding the token every request must carry (Authorization: Bearer <token>, or open /?token=<token> once in a browser)')
      .option('--allow-actions', 'let the board retry, remove, add and clean jobs (needs --token-env)')
      .option('--prefix <prefix>', 'Redis key prefix shared by the pipeline', defaultPrefix),
  ).action(async (opts: { redis: string; port: number; host: string; tokenEnv?: string; allowActions?: boolean; prefix: string }, command: Command) => {
    const { startDashboard, dashboardOptionsProblem } = await import('./bullmq/queue-dashboard.ts');
    let token: string | undefined;
    if (opts.tokenEnv !== undefined) {
      token = process.env[opts.tokenEnv];
      if (token === undefined || token === '') command.error(`error: the environment variable ${opts.tokenEnv} (--token-env) holds no token`, { exitCode: 2 });
    }
    const access = { host: opts.host, token, allowActions: opts.allowActions === true };
    const problem = dashboardOptionsProblem(access);
    if (problem !== null) command.error(`error: ${problem}`, { exitCode: 2 });
    const dashboard = await startDashboard({ redisUrl: opts.redis, prefix: opts.prefix, port: opts.port, ...access });
    const mode = access.allowActions ? 'actions allowed' : 'read-only';
    process.stderr.write(`dashboard on ${dashboard.url} (${mode}${token === undefined ? '' : ', token required'})\n`);
    await new Promise((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await dashboard.close();
  });
}
