import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { importPaths } from '../../../src/app/importDocuments.js';
import { recordResponse } from '../../../src/app/tracker/recordResponse.js';
import { trackerBoard } from '../../../src/app/tracker/trackerBoard.js';
import type { Account } from '../../../src/domain/account.js';
import { RESPONSE_STATE_LABELS } from '../../../src/domain/tracker/trackerEntry.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { CHEAP } from '../../web/workspace/browser.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/tracker/scrutiny-minutes.txt');
const TODAY = '2026-01-10';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the tracker over imported history`, () => {
    let t: TestStore;
    let clerk: Account;
    beforeEach(async () => {
      t = await testStore(dialect);
      clerk = (
        await addUser(t.store, { email: 'clerk@x.org', role: 'clerk', password: 'correct horse' }, 'cli:t', {
          cost: CHEAP.cost,
        })
      ).account;
    });
    afterEach(async () => {
      await t?.drop();
    });

    it("should list the bundled sample's recommendations, none with a response, since the minutes record none", async () => {
      const report = await importPaths(t.store, [path.join(ROOT, 'sample')]);
      expect(report.results.filter((r) => r.status === 'Failed')).toEqual([]);
      const { rows, unfiled } = await trackerBoard(t.store, clerk, {}, TODAY);
      // The sample's meetings make one formal recommendation (30 March 2023, minute 39(1)). The
      // sample's other one ("To recommend that the Council considers how it can expediate ...") is
      // in a fragment without a header (nottingham-003), which files no meeting: Quorum does not
      // guess a date, so the tracker lists it as found in a document to file, untracked until a
      // clerk files it. Requests for information (minute 38, 39(3); the fragment's 1-3) are
      // follow-ups for the committee, not recommendations (GLOSSARY).
      expect(unfiled.map((r) => r.text)).toEqual([
        'To recommend that the Council considers how it can expediate its initial assessment of children’s needs.',
      ]);
      expect(unfiled[0]!.origin).toMatch(/nottingham-003_a9d85391e816bbc1\.txt$/);
      expect(rows.length).toBeGreaterThanOrEqual(1);
      expect(
        rows.filter(
          (r) =>
            r.meeting.date === '2023-03-30' &&
            r.text.startsWith('Recommend that the Child Exploitation Strategy is co-produced'),
        ),
      ).toHaveLength(1);
      for (const row of rows) {
        expect(row.text).toMatch(/recommend/i);
        expect(row.reference).toMatch(/^\d{4}\/\d{2}-\d{2}$/);
        // Nothing in the documents says any was answered: none is invented.
        expect(row.response).toBeNull();
        expect(RESPONSE_STATE_LABELS[row.state]).toMatch(/^No response recorded/);
      }
      // References run on per committee and municipal year, without gaps or repeats.
      const byYear = new Map<string, number[]>();
      for (const r of rows) {
        const key = `${r.body.id} ${r.reference!.slice(0, 7)}`;
        byYear.set(key, [...(byYear.get(key) ?? []), Number(r.reference!.slice(8))]);
      }
      for (const numbers of byYear.values())
        expect(numbers.sort((a, b) => a - b)).toEqual(numbers.map((_, k) => k + 1));
    });

    it('should find our own minutes’ recommendations, show which was answered, and keep both through a re-import', async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-tracker-'));
      const copy = path.join(folder, 'scrutiny-minutes.txt');
      fs.copyFileSync(FIXTURE, copy);
      await importPaths(t.store, [copy], { originOf: () => 'https://harbourside.example/minutes/13' });
      const { rows } = await trackerBoard(t.store, clerk, {}, TODAY);
      expect(rows.map((r) => [r.reference, r.text]).sort()).toEqual([
        ['2025/26-01', 'to recommend that the Executive restores the evening service on route 7;'],
        ['2025/26-02', 'to recommend that the Executive publishes punctuality figures for each route every quarter.'],
      ]);
      const answered = rows.find((r) => r.text.includes('punctuality'))!;
      await recordResponse(
        t.store,
        clerk,
        answered.id,
        {
          version: answered.version,
          acceptance: 'accepted',
          text: 'Figures will be published from April.',
          respondedOn: '2025-11-14',
          implementation: '',
          actions: [],
        },
        `${TODAY}T09:00:00.000Z`,
      );
      // A corrected version of the same minutes, from the same place, replaces the first.
      fs.writeFileSync(copy, `${fs.readFileSync(FIXTURE, 'utf8')}\nThe meeting closed at 8.05 pm.\n`);
      const second = await importPaths(t.store, [copy], { originOf: () => 'https://harbourside.example/minutes/13' });
      expect(second.results.map((r) => r.status)).toEqual(['Imported']);
      const again = await trackerBoard(t.store, clerk, {}, TODAY);
      expect(
        again.rows.map((r) => [r.reference, RESPONSE_STATE_LABELS[r.state], r.response?.text ?? null]).sort(),
      ).toEqual([
        ['2025/26-01', 'No response recorded (not yet sent)', null],
        ['2025/26-02', 'Accepted', 'Figures will be published from April.'],
      ]);
      expect((await trackerBoard(t.store, clerk, { state: 'responded' }, TODAY)).rows.map((r) => r.id)).toEqual([
        answered.id,
      ]);
    });
  });
}
