import { spawn } from 'node:child_process';
import { Console } from 'node:console';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = path.join(ROOT, 'test/cli/cliEntry.ts');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** What a child process would not inherit from the tests' own environment. */
const NOT_INHERITED = ['DATABASE_URL', 'QUORUM_DATA_DIR'];

/**
 * Runs the `quorum` CLI's entry function (`main`, as bin/quorum.js calls it) in this process, as a
 * child process would see it: its own environment, working folder, standard input and output, and
 * exit code. A child process costs seconds (Node, the TypeScript loader and every module started
 * again); this costs milliseconds, so CLI tests run each command this way. `spawnCli` is the real
 * process, for the tests of what only a process shows.
 *
 * A command must also leave nothing running that would keep a real process from exiting (a
 * connection, a server, a timer): what it left is named and the run fails.
 */
export function runCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  cwd = ROOT,
  input?: string,
): Promise<CliRun> {
  // One command at a time: each takes over the process's environment, folder and streams.
  const run = turn.then(() => runInProcess(args, env, cwd, input));
  turn = run.catch(() => undefined);
  return run;
}

let turn: Promise<unknown> = Promise.resolve();

async function runInProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  input: string | undefined,
): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const before = liveResources();
  const restore = takeOver(env, cwd, input, stdout, stderr);
  let code: number;
  try {
    code = await main([process.execPath, ENTRY, ...args]);
  } finally {
    restore();
  }
  const left = await resourcesLeftSince(before);
  if (left.length > 0) {
    throw new Error(`quorum ${args.join(' ')} left ${left.join(', ')} open: a real process would not exit`);
  }
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A stream that keeps what is written to it, as a child's piped output would. */
class Capture extends Writable {
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Gives the command the environment, folder and streams of a child process; returns what puts them back. */
function takeOver(env: NodeJS.ProcessEnv, cwd: string, input: string | undefined, out: Capture, err: Capture) {
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const savedExitCode = process.exitCode;
  const savedConsole = globalThis.console;
  const streams = ['stdin', 'stdout', 'stderr'] as const;
  const savedStreams = streams.map((name) => Object.getOwnPropertyDescriptor(process, name)!);
  // A child started with stdin 'ignore' reads an empty input.
  const stdin = Readable.from(input === undefined ? [] : [Buffer.from(input)]);
  const replaced = { stdin, stdout: out, stderr: err };

  setEnv({ ...withoutKeys(savedEnv, NOT_INHERITED), ...env });
  process.chdir(cwd);
  process.exitCode = undefined;
  for (const name of streams) Object.defineProperty(process, name, { configurable: true, get: () => replaced[name] });
  // The test runner's console does not write to process.stdout: the command's own console does.
  globalThis.console = new Console({ stdout: out, stderr: err });
  return (): void => {
    globalThis.console = savedConsole;
    streams.forEach((name, i) => Object.defineProperty(process, name, savedStreams[i]!));
    process.exitCode = savedExitCode;
    process.chdir(savedCwd);
    setEnv(savedEnv);
  };
}

function withoutKeys(env: NodeJS.ProcessEnv, keys: readonly string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !keys.includes(key)));
}

/** Makes process.env exactly `env` (an undefined value is left out, as spawn leaves it out). */
function setEnv(env: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) if (env[key] === undefined) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (value !== undefined) process.env[key] = value;
}

/** The kinds of what keeps this process's event loop alive, each as often as it is open. */
function liveResources(): string[] {
  return process.getActiveResourcesInfo();
}

/**
 * What is open now that was not before the command, once closing sockets and handles have had
 * their moment (a closed connection leaves the list a few turns of the event loop later).
 */
async function resourcesLeftSince(before: readonly string[]): Promise<string[]> {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const left = [...liveResources()];
    for (const kind of before) {
      const at = left.indexOf(kind);
      if (at >= 0) left.splice(at, 1);
    }
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Runs the real `quorum` CLI (from source) in a child process with its own environment: for what
 * only a process shows (that it exits, its exit code as the shell sees it).
 */
export function spawnCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  cwd = ROOT,
  input?: string,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const base = withoutKeys(process.env, NOT_INHERITED);
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
      cwd,
      env: { ...base, ...env },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== undefined) child.stdin!.end(input);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => stdout.push(d));
    child.stderr!.on('data', (d: Buffer) => stderr.push(d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}
