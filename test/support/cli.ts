import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './samples.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  /** A command that runs the CLI's command line given after it (`unshare -m sh -c '…; exec "$@"'`). */
  wrapper?: readonly string[];
  /** Options for node before the CLI's script (`--import` of a test double). */
  nodeOptions?: readonly string[];
  /** Variables added to the environment (a token named by `--api-key-env`). @defaultValue none */
  env?: Readonly<Record<string, string>>;
}

/** Runs the real CLI (`bin/pdf-opendata.js`) as a user would, with JSON logs. */
export function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<CliResult> {
  const { wrapper = [], nodeOptions = [], env = {} } = options;
  const command = [...wrapper, process.execPath, ...nodeOptions, join(repoRoot, 'bin', 'pdf-opendata.js'), ...args];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
