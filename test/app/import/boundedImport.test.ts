import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths, type ImportReport } from '../../../src/app/importDocuments.js';
import { DEFAULT_IMPORT_LIMITS } from '../../../src/app/importLimits.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { deflatedZeros, makeFifo, pdfWithSharedContent, writeRepeated } from './hostileFiles.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MINUTES = path.join(ROOT, 'test/fixtures/import/westbrook-2025-01-14.txt');
const MB = 1024 * 1024;

/** The minutes fixture, under another council's name, as a real PDF with a text layer. */
async function minutesPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  fs.readFileSync(MINUTES, 'utf8')
    .replaceAll('Westbrook', 'Eastbrook')
    .split('\n')
    .forEach((line, n) => page.drawText(line.slice(0, 95), { x: 40, y: 800 - n * 14, size: 9, font }));
  return doc.save();
}

/** "1. Item 1" lines without end: every line an agenda item, the parser's costliest input. */
const itemLine = (n: number): string => `${n}. Item ${n}\nRESOLVED that\n`;

/** `dist/` is what `node bin/quorum.js` runs: built here if any source is newer (CI builds it in npm install). */
function ensureBuilt(): void {
  const built = path.join(ROOT, 'dist/cli/main.js');
  const newest = (dir: string): number =>
    Math.max(
      ...fs
        .readdirSync(dir, { withFileTypes: true })
        .map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).mtimeMs)),
    );
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
  });
}

interface ChildRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  readonly maxRssMb: number;
}

/** `node bin/quorum.js import ...` in a child process, with its peak resident memory (worker threads included). */
function runImport(args: readonly string[], env: NodeJS.ProcessEnv): Promise<ChildRun> {
  const started = Date.now();
  const preload = pathToFileURL(path.join(ROOT, 'test/app/import/reportMaxRss.mjs')).href;
  return new Promise((resolve, reject) => {
    const base = { ...process.env };
    delete base.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', preload, path.join(ROOT, 'bin/quorum.js'), 'import', ...args], {
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = /maxRSS-kB (\d+)/.exec(stderr);
      resolve({
        code,
        stdout,
        stderr: stderr.replace(/^maxRSS-kB \d+\n/m, ''),
        seconds: (Date.now() - started) / 1000,
        maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
      });
    });
  });
}

describe('bounded import', () => {
  let root: string;
  let folder: string;
  beforeAll(async () => {
    ensureBuilt();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-hostile-'));
    folder = path.join(root, 'import');
    fs.mkdirSync(folder);
    fs.copyFileSync(MINUTES, path.join(folder, 'good-minutes.txt'));
    fs.writeFileSync(path.join(folder, 'good-minutes.pdf'), await minutesPdf());
    fs.writeFileSync(
      path.join(root, 'outside.txt'),
      fs.readFileSync(MINUTES, 'utf8').replaceAll('Westbrook', 'Northbrook'),
    );
    makeFifo(path.join(folder, 'pipe.txt'));
    fs.symlinkSync('/dev/zero', path.join(folder, 'zero.txt'));
    fs.symlinkSync(path.join(root, 'outside.txt'), path.join(folder, 'leave.txt'));
    const bomb = await deflatedZeros(1024 * MB + 1);
    fs.writeFileSync(path.join(folder, 'bomb.pdf'), pdfWithSharedContent(bomb, 1));
    fs.writeFileSync(path.join(folder, 'bomb-50-pages.pdf'), pdfWithSharedContent(bomb, 50));
    writeRepeated(path.join(folder, 'huge.txt'), 60 * MB, itemLine);
    writeRepeated(path.join(folder, 'just-under-bytes.txt'), 50 * MB - 1, itemLine);
    writeRepeated(path.join(folder, 'just-under-text.txt'), DEFAULT_IMPORT_LIMITS.maxTextChars - 100, itemLine);
  }, 180_000);
  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('should refuse every hostile file with one line, import the good ones beside them, in bounded time and memory', async () => {
    const run = await runImport([folder], { QUORUM_DATA_DIR: path.join(root, 'data') });
    const at = (name: string): string => path.join(folder, name);
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual(
      [
        `${at('bomb-50-pages.pdf')}: refused: a compressed stream (object 4) decompresses to more than the 64 MB limit`,
        `${at('bomb.pdf')}: refused: a compressed stream (object 4) decompresses to more than the 64 MB limit`,
        `${at('huge.txt')}: refused: larger than 50 MB limit`,
        `${at('just-under-bytes.txt')}: refused: its text is longer than the 4,000,000-character limit`,
        // The parser's memory, or its time on a slow machine, stops it first.
        expect.stringMatching(
          new RegExp(
            `^${at('just-under-text.txt')}: refused: reading it (needs more than the 112 MB memory limit|took longer than the 120 s limit)$`,
          ),
        ),
      ].sort(),
    );
    const warnings = run.stdout.split('\n').filter((l) => l.includes(': warning: skipped:'));
    expect(warnings.sort()).toEqual([
      `${at('leave.txt')}: warning: skipped: a symbolic link leading out of the imported folder (to ${fs.realpathSync(path.join(root, 'outside.txt'))})`,
      `${at('pipe.txt')}: warning: skipped: a FIFO (named pipe), not a regular file`,
      `${at('zero.txt')}: warning: skipped: a symbolic link leading out of the imported folder (to /dev/zero)`,
    ]);
    expect(run.stdout).toMatch(/documents: 2 imported, 0 unchanged, 3 not read, 5 failed; meetings: 2[ ;]/);
    expect(run.code).toBe(1);
    // Printed for README's figures.
    console.info(`hostile folder: ${run.seconds.toFixed(1)} s, peak RSS ${run.maxRssMb.toFixed(0)} MB`);
    expect(run.seconds).toBeLessThan(150);
    expect(run.maxRssMb).toBeLessThan(300);
  }, 200_000);

  it('should refuse a FIFO named on the command line at once, with exit code 1', async () => {
    const run = await runImport([path.join(folder, 'pipe.txt')], { QUORUM_DATA_DIR: path.join(root, 'data2') });
    expect(run.stderr).toContain(`${path.join(folder, 'pipe.txt')}: refused: a FIFO (named pipe), not a regular file`);
    expect(run.code).toBe(1);
    expect(run.seconds).toBeLessThan(30);
  }, 60_000);

  it('should take its limits from QUORUM_IMPORT_* variables, and refuse a bad one as a configuration error', async () => {
    const env = { QUORUM_DATA_DIR: path.join(root, 'data3'), QUORUM_IMPORT_MAX_MB: '0.0005' };
    const run = await runImport([path.join(folder, 'good-minutes.txt')], env);
    expect(run.stderr).toContain('good-minutes.txt: refused: larger than 524 bytes limit');
    const bad = await runImport([folder], { ...env, QUORUM_IMPORT_TIMEOUT_SECONDS: 'soon' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('QUORUM_IMPORT_TIMEOUT_SECONDS is invalid');
  }, 60_000);
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: import limits`, () => {
    let t: TestStore;
    let dir: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-limits-'));
      writeRepeated(path.join(dir, 'a-slow.txt'), 600_000, itemLine);
      fs.copyFileSync(MINUTES, path.join(dir, 'b-minutes.txt'));
      fs.writeFileSync(path.join(dir, 'c-pages.pdf'), pdfWithSharedContent(await deflatedZeros(100), 12));
    }, 60_000);
    afterAll(async () => {
      await t?.drop();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('should stop a document past the time limit, and read the next in a fresh worker', async () => {
      const slow: ImportReport = await importPaths(t.store, [path.join(dir, 'a-slow.txt')], {
        limits: { ...DEFAULT_IMPORT_LIMITS, timeoutMs: 400 },
      });
      expect(slow.results).toMatchObject([
        { status: 'Failed', reason: 'refused: reading it took longer than the 0.4 s limit' },
      ]);
      // Not under the same tight limit: a fresh worker's first document may take longer on a busy machine.
      const next = await importPaths(t.store, [path.join(dir, 'b-minutes.txt')]);
      expect(next.results).toMatchObject([{ status: 'Imported', meetings: 1 }]);
    }, 60_000);

    it('should refuse a PDF of more pages than the limit', async () => {
      const report = await importPaths(t.store, [path.join(dir, 'c-pages.pdf')], {
        limits: { ...DEFAULT_IMPORT_LIMITS, maxPdfPages: 10 },
      });
      expect(report.results).toMatchObject([
        { status: 'Failed', reason: 'refused: more than the 10-page limit (12 pages)' },
      ]);
    }, 60_000);
  });
}
