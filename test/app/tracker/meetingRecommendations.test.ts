import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { actionBoard } from '../../../src/app/actions/resolutionActions.js';
import { followUpsFor } from '../../../src/app/digest/followUpsFor.js';
import { importPaths } from '../../../src/app/importDocuments.js';
import { changeRecommendation } from '../../../src/app/tracker/changeRecommendation.js';
import { recordResponse } from '../../../src/app/tracker/recordResponse.js';
import { recommendationForClerk, trackerBoard } from '../../../src/app/tracker/trackerBoard.js';
import type { Account } from '../../../src/domain/account.js';
import { digestContent } from '../../../src/publish/mail/digestContent.js';
import { digestHtml } from '../../../src/publish/mail/digestHtml.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { CHEAP } from '../../web/workspace/browser.js';

/** Our own prose minutes of a scrutiny committee: no items, one "RESOLVED to recommend ..." and one to note. */
const PROSE_SCRUTINY_MINUTES = fileURLToPath(
  new URL('../../fixtures/tracker/prose-scrutiny-minutes.txt', import.meta.url),
);
const RECOMMENDS =
  'to recommend that the Cabinet funds a <b>damp & mould</b> survey of every council home by March 2026.';
const TODAY = '2026-01-10';
const NOW = `${TODAY}T09:00:00.000Z`;

async function recommendationRows(t: TestStore) {
  return dbOf(t.store)
    .selectFrom('recommendations')
    .select(['id', 'resolutionId', 'meetingId', 'itemId', 'text', 'status', 'referenceYear', 'referenceNumber'])
    .orderBy('id')
    .execute();
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: the tracker over a meeting's own resolutions`, () => {
    let t: TestStore;
    let clerk: Account;
    let dir: string;
    let file: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      clerk = (
        await addUser(t.store, { email: 'clerk@x.org', role: 'clerk', password: 'correct horse' }, 'cli:t', {
          cost: CHEAP.cost,
        })
      ).account;
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quorum-own-recommendations-'));
      file = path.join(dir, 'ashcombe.txt');
      await fs.copyFile(PROSE_SCRUTINY_MINUTES, file);
      const report = await importPaths(t.store, [file]);
      expect(report.results.map((r) => [r.status, r.unplaced])).toEqual([['Imported', null]]);
    });
    afterEach(async () => {
      await t?.drop();
      await fs.rm(dir, { recursive: true, force: true });
    });

    it('should track the resolution to recommend as a recommendation of the meeting, with no item', async () => {
      const rows = await recommendationRows(t);
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row).toMatchObject({ itemId: null, text: RECOMMENDS, status: 'made' });
      const resolution = await dbOf(t.store)
        .selectFrom('resolutions')
        .select(['meetingId', 'itemId', 'text'])
        .where('id', '=', row!.resolutionId!)
        .executeTakeFirstOrThrow();
      expect(resolution).toEqual({ meetingId: row!.meetingId, itemId: null, text: RECOMMENDS });
      const { rows: board } = await trackerBoard(t.store, clerk, {}, TODAY);
      expect(board.map((r) => [r.reference, r.text, r.item, r.meeting.date, r.body.name, r.state])).toEqual([
        ['2025/26-01', RECOMMENDS, null, '2025-10-09', 'Ashcombe Overview and Scrutiny Committee', 'not_sent'],
      ]);
      // The resolution "that the update be noted" recommends nothing.
      expect((await trackerBoard(t.store, clerk, { meetingId: row!.meetingId }, TODAY)).rows).toHaveLength(1);
    });

    it('should change nothing when the same bytes are imported again', async () => {
      const before = await recommendationRows(t);
      expect(before).toHaveLength(1);
      await importPaths(t.store, [file]);
      expect(await recommendationRows(t)).toEqual(before);
    });

    it('should drop an untracked one a newer version no longer makes, and make the new one', async () => {
      const [before] = await recommendationRows(t);
      await fs.writeFile(
        file,
        (await fs.readFile(PROSE_SCRUTINY_MINUTES, 'utf8')).replace('by March 2026', 'by June 2026'),
      );
      expect((await importPaths(t.store, [file])).results.map((r) => r.status)).toEqual(['Imported']);
      const after = await recommendationRows(t);
      // Nobody tracked the first, so it went before the new one was numbered: no gap in the references.
      expect(after.map((r) => [r.text, r.itemId, r.referenceNumber])).toEqual([
        [RECOMMENDS.replace('by March 2026', 'by June 2026'), null, 1],
      ]);
      expect(after[0]!.id).not.toBe(before!.id);
    });

    it('should keep a tracked one through a newer version, tied to its new resolution, with its response and due date', async () => {
      const [row] = (await trackerBoard(t.store, clerk, {}, TODAY)).rows;
      await changeRecommendation(
        t.store,
        clerk,
        row!.id,
        { version: row!.version, decisionMaker: 'The Cabinet', addresseeAccountId: '', sentOn: '2025-10-31', rag: '' },
        NOW,
      );
      const view = await recommendationForClerk(t.store, clerk, row!.id, TODAY);
      // Two calendar months from 31 October: the end of December.
      expect(view.entry).toMatchObject({ item: null, responseDueOn: '2025-12-31', state: 'overdue' });
      expect(view.due?.dueOn).toBe('2025-12-31');
      const follow = await followUpsFor(t.store, clerk, TODAY);
      expect(follow.overdueResponses.map((r) => [r.recommendationId, r.itemTitle, r.bodyName])).toEqual([
        [row!.id, null, 'Ashcombe Overview and Scrutiny Committee'],
      ]);
      // The weekly digest names the meeting where an item's title would go, and escapes the words.
      const digest = digestContent(follow, 'Ashcombe Borough Council', 'https://quorum.example');
      expect(digest.sections[0]!.lines.map((l) => l.detail)).toEqual([
        'to The Cabinet; response was due 31 December 2025; Ashcombe Overview and Scrutiny Committee, 9 October 2025',
      ]);
      const html = digestHtml(digest);
      expect(html).toContain('&lt;b&gt;damp &amp; mould&lt;/b&gt;');
      expect(html).not.toContain('undefined');
      await recordResponse(
        t.store,
        clerk,
        row!.id,
        {
          version: view.entry.version,
          acceptance: 'accepted',
          text: 'A survey will be commissioned.',
          respondedOn: '2026-01-05',
          implementation: '',
          actions: [{ description: 'Commission the survey', dueOn: '2026-01-08' }],
        },
        NOW,
      );
      // The promised action hangs on the meeting's own resolution: the action board places it at the meeting.
      const actions = (await actionBoard(t.store, clerk, TODAY)).actions;
      expect(actions.map((a) => [a.description, a.context?.bodyName, a.context?.itemTitle])).toEqual([
        ['Commission the survey', 'Ashcombe Overview and Scrutiny Committee', null],
      ]);
      expect((await followUpsFor(t.store, clerk, TODAY)).overdueActions.map((a) => a.bodyName)).toEqual([
        'Ashcombe Overview and Scrutiny Committee',
      ]);
      await fs.writeFile(file, `${await fs.readFile(PROSE_SCRUTINY_MINUTES, 'utf8')}\nSigned as a true record.\n`);
      expect((await importPaths(t.store, [file])).results.map((r) => r.status)).toEqual(['Imported']);
      const after = await recommendationRows(t);
      expect(after.map((r) => [r.id, r.text, r.status, r.referenceNumber])).toEqual([
        [row!.id, RECOMMENDS, 'accepted', 1],
      ]);
      expect(after[0]!.resolutionId).not.toBe(row!.resolutionId);
      const again = await recommendationForClerk(t.store, clerk, row!.id, TODAY);
      expect(again.responses.map((r) => r.text)).toEqual(['A survey will be commissioned.']);
    });
  });
}
