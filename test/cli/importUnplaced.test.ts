import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, emptyTestStore, type TestStore } from '../store/testStores.js';
import { runCli } from './runCli.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
/** Each step imports and reads through the CLI several times: seconds on a loaded machine. */
const SLOW = { timeout: 240_000 };

for (const dialect of DIALECTS) {
  describe(`${dialect}: quorum import of a document whose meeting cannot be placed`, SLOW, () => {
    let dir: string;
    let postgres: TestStore | null = null;
    let env: NodeJS.ProcessEnv;
    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-cli-unplaced-'));
      const docs = path.join(dir, 'docs');
      fs.mkdirSync(docs);
      fs.copyFileSync(path.join(FIXTURES, 'westbrook-2025-01-14.txt'), path.join(docs, 'westbrook-2025-01-14.txt'));
      fs.copyFileSync(path.join(FIXTURES, 'undated-fragment.txt'), path.join(docs, 'undated-fragment.txt'));
      if (dialect === 'postgres') {
        // The CLI opens the database itself: give it an empty one of its own.
        postgres = await emptyTestStore('postgres');
        await postgres.store.close();
        env = { DATABASE_URL: postgres.url!, QUORUM_DATA_DIR: path.join(dir, 'data') };
      } else env = { QUORUM_DATA_DIR: path.join(dir, 'data') };
    });
    afterAll(async () => {
      await postgres?.drop().catch(() => undefined);
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('should print one line naming the file and the reason, count it in the summary, and exit 0', async () => {
      const run = await runCli(['import', path.join(dir, 'docs')], env);
      expect(run.code).toBe(0);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toEqual([
        `${path.join(dir, 'docs', 'undated-fragment.txt')}: stored, but its meeting could not be placed: the document names neither the body that met nor the date of the meeting`,
      ]);
      expect(run.stdout).toContain('documents: 2 imported, 0 unchanged, 0 failed; meetings: 1');
      expect(run.stdout).toContain('1 document stored for review (`quorum documents review`)');
    });

    it('should list it for review with the reason, and keep it listed once after a second import', async () => {
      const again = await runCli(['import', path.join(dir, 'docs')], env);
      expect(again.code).toBe(0);
      expect(again.stderr).toBe('');
      expect(again.stdout).toContain('documents: 0 imported, 2 unchanged, 0 failed');
      const review = await runCli(['documents', 'review'], env);
      expect(review.code).toBe(0);
      expect(review.stdout).toContain('undated-fragment.txt');
      expect(review.stdout).toContain('    the document names neither the body that met nor the date of the meeting');
      const json = await runCli(['documents', 'review', '--json'], env);
      const rows = JSON.parse(json.stdout) as { documentId: string; reason: string }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]!.reason).toMatch(/neither the body/);
    });

    it('should file it at the meeting it continues, adding its items there, and refuse a second filing', async () => {
      const json = await runCli(['documents', 'review', '--json'], env);
      const [row] = JSON.parse(json.stdout) as { documentId: string }[];
      const bad = await runCli(
        ['documents', 'file', row!.documentId, '--body', 'westbrook-parish-council', '--date', '14/01/2025'],
        env,
      );
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('give the date of the meeting as YYYY-MM-DD');
      const args = ['documents', 'file', row!.documentId, '--body', 'westbrook-parish-council', '--date', '2025-01-14'];
      const filed = await runCli(args, env);
      expect(filed.stderr).toBe('');
      expect(filed.code).toBe(0);
      expect(filed.stdout).toMatch(/^Filed \S+ at meeting \S+ \(3 items\)/);
      const review = await runCli(['documents', 'review'], env);
      expect(review.stdout).toContain('No documents to review');
      const again = await runCli(args, env);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('is not waiting to be filed');
    });

    it('should say so in the JSON report too', async () => {
      const notes = path.join(dir, 'notes.txt');
      fs.writeFileSync(notes, 'Notes for the village fete: the marquee and the tombola.\n');
      const run = await runCli(['import', '--json', notes], env);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as { totals: { unplaced: number }; results: { unplaced: string }[] };
      expect(report.totals.unplaced).toBe(1);
      expect(report.results[0]!.unplaced).toMatch(/^no meeting was found in it/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('should place minutes that name no body under the one given with --body', async () => {
      const run = await runCli(
        [
          'import',
          '--json',
          '--body',
          'Little Snoring Parish Council',
          path.join(FIXTURES, 'unnamed-body-2025-01-14.txt'),
        ],
        env,
      );
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout) as { totals: { unplaced: number; meetings: number } };
      expect(report.totals).toMatchObject({ unplaced: 0, meetings: 1 });
      const exported = await runCli(['export', '--format', 'popolo', '--body', 'little-snoring-parish-council'], env);
      expect(exported.code).toBe(0);
      const popolo = JSON.parse(exported.stdout) as {
        organizations: { name: string }[];
        events: { start_date: string }[];
      };
      expect(popolo.organizations.map((o) => o.name)).toEqual(['Little Snoring Parish Council']);
      expect(popolo.events.map((e) => e.start_date.slice(0, 10))).toEqual(['2025-01-14']);
    });
  });
}
