import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import { changeRecommendation } from '../../../src/app/tracker/changeRecommendation.js';
import { recordResponse } from '../../../src/app/tracker/recordResponse.js';
import { recommendationToAnswer, responsesDue, trackerBoard } from '../../../src/app/tracker/trackerBoard.js';
import type { Account } from '../../../src/domain/account.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { CHEAP } from '../../web/workspace/browser.js';

const NOW = '2025-06-20T10:00:00.000Z';
const TODAY = '2025-06-20';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the recommendation tracker`, () => {
    let t: TestStore;
    let clerk: Account;
    let dm: Account;
    let otherDm: Account;
    beforeEach(async () => {
      t = await testStore(dialect);
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      const add = async (email: string, role: string) =>
        (await addUser(t.store, { email, role, password: 'correct horse' }, 'cli:t', { cost: CHEAP.cost })).account;
      clerk = await add('clerk@x.org', 'clerk');
      dm = await add('leader@x.org', 'decision_maker');
      otherDm = await add('partner@x.org', 'decision_maker');
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should give a recommendation a reference by municipal year, and its due date two calendar months on', async () => {
      const board = await trackerBoard(t.store, clerk, {}, TODAY);
      expect(board.rows).toHaveLength(1);
      const [row] = board.rows;
      // 12 March 2025 is in the municipal year that began in May 2024.
      expect(row!.reference).toBe('2024/25-01');
      expect(row!.body.name).toBe('Harbourside Overview and Scrutiny Committee');
      expect(row!.state).toBe('not_sent');
      await changeRecommendation(
        t.store,
        clerk,
        row!.id,
        {
          version: row!.version,
          decisionMaker: 'The Executive',
          addresseeAccountId: dm.id,
          sentOn: '2024-12-31',
          rag: 'amber',
        },
        NOW,
      );
      const again = await trackerBoard(t.store, clerk, {}, TODAY);
      expect(again.rows).toHaveLength(1);
      expect(again.rows[0]).toMatchObject({
        id: row!.id,
        reference: '2024/25-01',
        decisionMaker: 'The Executive',
        sentOn: '2024-12-31',
        // Two calendar months from 31 December 2024: the end of February, not into March.
        responseDueOn: '2025-02-28',
        rag: 'amber',
        status: 'sent',
        state: 'overdue',
      });
    });

    it('should number a second meeting’s recommendations on, and start again in a new municipal year', async () => {
      await recordMeeting(t.store, buildMeetingRecord({ date: '2025-04-09' }), { sourceDocumentId: null });
      await recordMeeting(t.store, buildMeetingRecord({ date: '2025-06-11' }), { sourceDocumentId: null });
      const refs = (await trackerBoard(t.store, clerk, {}, TODAY)).rows.map((r) => `${r.meeting.date} ${r.reference}`);
      expect(refs.sort()).toEqual(['2025-03-12 2024/25-01', '2025-04-09 2024/25-02', '2025-06-11 2025/26-01']);
      const year = await trackerBoard(t.store, clerk, { year: '2025/26' }, TODAY);
      expect(year.rows.map((r) => r.reference)).toEqual(['2025/26-01']);
    });

    it('should let only the addressed decision maker answer, with promised actions, and refuse another', async () => {
      const [row] = (await trackerBoard(t.store, clerk, {}, TODAY)).rows;
      await changeRecommendation(
        t.store,
        clerk,
        row!.id,
        {
          version: 1,
          decisionMaker: 'Leader of the Council',
          addresseeAccountId: dm.id,
          sentOn: '2025-05-01',
          rag: '',
        },
        NOW,
      );
      expect((await responsesDue(t.store, dm, TODAY)).map((r) => r.id)).toEqual([row!.id]);
      expect(await responsesDue(t.store, otherDm, TODAY)).toEqual([]);
      const answer = {
        version: 2,
        acceptance: 'partially_accepted',
        text: 'The map will be published <b>in part</b>.',
        respondedOn: '2025-06-19',
        implementation: '',
        actions: [
          { description: 'Publish the northern half of the map', dueOn: '2025-09-30' },
          { description: '', dueOn: '' },
        ],
      } as const;
      await expect(recordResponse(t.store, otherDm, row!.id, answer, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(recommendationToAnswer(t.store, otherDm, row!.id, TODAY)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await recordResponse(t.store, dm, row!.id, answer, NOW);
      // The page the decision maker answered from is now stale.
      await expect(recordResponse(t.store, dm, row!.id, answer, NOW)).rejects.toMatchObject({ code: 'CONFLICT' });
      const view = await recommendationToAnswer(t.store, dm, row!.id, TODAY);
      expect(view.entry.status).toBe('partially_accepted');
      expect(view.entry.state).toBe('partially_accepted');
      expect(view.responses.map((r) => [r.acceptance, r.text, r.recordedBy])).toEqual([
        ['partially_accepted', 'The map will be published <b>in part</b>.', dm.id],
      ]);
      expect(view.actions.map((a) => [a.description, a.owner, a.dueOn])).toEqual([
        ['Publish the northern half of the map', 'Leader of the Council', '2025-09-30'],
      ]);
      const audit = await t.store.transaction((repos) => repos.audit.list({ subjectKind: 'recommendation' }));
      expect(audit.map((e) => e.action).sort()).toEqual(['recommendation.change', 'recommendation.respond']);
    });

    it('should refuse a response dated in the future or without its text, saving nothing', async () => {
      const [row] = (await trackerBoard(t.store, clerk, {}, TODAY)).rows;
      const base = {
        version: 1,
        acceptance: 'accepted',
        text: 'Yes',
        respondedOn: '2025-06-21',
        implementation: '',
        actions: [],
      };
      await expect(recordResponse(t.store, clerk, row!.id, base, NOW)).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      await expect(
        recordResponse(t.store, clerk, row!.id, { ...base, text: ' ', respondedOn: TODAY }, NOW),
      ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      expect((await trackerBoard(t.store, clerk, { state: 'responded' }, TODAY)).rows).toEqual([]);
    });
  });
}
