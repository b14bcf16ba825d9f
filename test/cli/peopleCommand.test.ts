import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';
import { runCli, spawnCli } from './runCli.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/people');

// The import, and the one run in a child process, take seconds on a busy machine.
const SLOW = { timeout: 240_000 };

for (const dialect of DIALECTS) {
  describe(`${dialect}: quorum people`, SLOW, () => {
    let dir: string;
    let t: TestStore | null = null;
    let env: NodeJS.ProcessEnv;
    const cli = (...args: string[]) => runCli(args, env);

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-people-cli-'));
      if (dialect === 'postgres') {
        t = await testStore('postgres');
        env = { DATABASE_URL: t.url!, QUORUM_DATA_DIR: dir };
      } else {
        env = { QUORUM_DATA_DIR: dir };
        expect((await cli('migrate')).code).toBe(0);
      }
      const imported = await cli('import', FIXTURES);
      expect(imported.code).toBe(0);
    }, 120_000);
    afterAll(async () => {
      await t?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('should list the held spelling and the flagged declaration for review', async () => {
      // As a process once on each engine: its connections must let it exit.
      const run = await spawnCli(['people', 'review'], env);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('pending    "Same Garrard" = "Jane Garrard"');
      expect(run.stdout).toContain('Councillor Imogen Ivers declared an interest but is not recorded at the meeting');
      const flagId = /^(\S+)\s+open/m.exec(run.stdout)![1]!;
      const dismissed = await cli('people', 'dismiss', flagId);
      expect(dismissed.code).toBe(0);
      expect((await cli('people', 'review')).stdout).not.toContain('Imogen Ivers');
    });

    it('should rename, list the change with who and when, and undo it', async () => {
      const renamed = await cli('people', 'rename', 'tomas-brennan', 'Tomás Brennan');
      expect(renamed.code).toBe(0);
      const changeId = /^(\S+)\s/.exec(renamed.stdout)![1]!;
      expect(renamed.stdout).toContain('renamed "Tomas Brennan" to "Tomás Brennan"');
      const changes = JSON.parse((await cli('people', 'changes', '--json')).stdout) as { id: string; madeBy: string }[];
      expect(changes.map((c) => c.id)).toContain(changeId);
      expect(changes[0]!.madeBy).toBe(os.userInfo().username);
      const undone = await cli('people', 'undo', changeId);
      expect(undone.code).toBe(0);
      const shown = await cli('people', 'show', 'tomas-brennan');
      expect(shown.stdout).toMatch(/^Tomas Brennan\s/);
      expect(shown.stdout).toContain('change ' + changeId + ' rename');
    });

    it('should split a person by meeting and merge two people, each undoable', async () => {
      const shown = JSON.parse((await cli('people', 'show', 'helen-easton', '--json')).stdout) as {
        meetings: { id: string; date: string }[];
      };
      const march = shown.meetings.find((m) => m.date === '2025-03-10')!.id;
      const split = await cli('people', 'split', 'helen-easton', '--name', 'Helena Easton', '--meetings', march);
      expect(split.code).toBe(0);
      expect(split.stdout).toContain('(1 record(s) moved, 0 copied)');
      expect((await cli('people', 'show', 'helena-easton')).stdout).toContain('2025-03-10');
      const merge = await cli('people', 'merge', 'helen-easton', 'helena-easton');
      expect(merge.code).toBe(0);
      // The split cannot be undone before the merge built on it.
      const early = await cli('people', 'undo', /^(\S+)\s/.exec(split.stdout)![1]!);
      expect(early.code).toBe(1);
      expect(early.stderr.trim().split('\n')).toHaveLength(1);
      expect(early.stderr).toContain('later changes to the same people must be undone first');
      expect((await cli('people', 'undo', /^(\S+)\s/.exec(merge.stdout)![1]!)).code).toBe(0);
      expect((await cli('people', 'undo', /^(\S+)\s/.exec(split.stdout)![1]!)).code).toBe(0);
      const gone = await cli('people', 'show', 'helena-easton');
      expect(gone.code).toBe(1);
    });

    it('should refuse wrong requests in one line, exit 1', async () => {
      for (const args of [
        ['people', 'rename', 'nobody-at-all', 'X Y'],
        ['people', 'split', 'helen-easton', '--name', 'A B', '--meetings', 'no-such-meeting'],
        ['people', 'undo', 'no-such-change'],
      ]) {
        const run = await cli(...args);
        expect(run.code).toBe(1);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
      }
    });
  });
}
