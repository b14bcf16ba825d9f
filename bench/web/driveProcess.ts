/**
 * The load generator in a process of its own, so that its sockets and timers do not share the
 * server's event loop: `npx tsx bench/web/driveProcess.ts '{"port":…,"path":…,…}'` prints the
 * timings as one JSON line. run.ts uses it with --client-process.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { drive, type DriveOptions, type Timing } from './drive.js';

type FixedPath = Omit<DriveOptions, 'path'> & { readonly path: string };

/** Runs `drive` in a child process (a fixed path only: a path generator cannot cross processes). */
export function driveInProcess(options: FixedPath): Promise<Timing[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), JSON.stringify(options)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Timing[]) : reject(new Error(`load generator exited with ${code}`)),
    );
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = JSON.parse(process.argv[2]!) as FixedPath;
  process.stdout.write(JSON.stringify(await drive(options)));
}
