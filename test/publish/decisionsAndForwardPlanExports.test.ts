import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decisionNoticesCsvFormat } from '../../src/publish/csv/decisionNoticesCsv.js';
import { forwardPlanCsvFormat } from '../../src/publish/csv/forwardPlanCsv.js';
import { popoloFormat } from '../../src/publish/popolo/popoloFormat.js';
import { dbOf } from '../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';
import { exportText } from './exportFixtures.js';

const BASE = 'https://council.example';
const TODAY = '2026-10-01';
const NOW = '2026-09-01T09:00:00.000Z';

type Json = Record<string, any>;

function entry(id: string, extra: Record<string, unknown>) {
  return {
    id,
    title: `Entry ${id}`,
    summary: 'What will be decided',
    decisionMaker: 'Cabinet',
    expectedOn: '2026-11-05',
    isKey: 1,
    noticePublishedOn: '2026-09-20',
    exemptParagraph: null,
    documents: 'Report of the Director of Place',
    lateNotice: null,
    lateReasons: null,
    scrutinyChairOn: null,
    status: 'planned',
    decisionNoticeId: null,
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  };
}

function notice(id: string, bodyId: string | null, extra: Record<string, unknown> = {}) {
  return {
    id,
    title: `Notice ${id}`,
    decision: 'Approved',
    makerKind: bodyId ? 'committee' : 'officer',
    decisionMaker: bodyId ? 'Cabinet' : 'Director of Place',
    bodyId,
    isKey: 0,
    reasons: 'Because',
    alternatives: null,
    callIn: 'not_subject',
    urgencyReason: null,
    decidedOn: '2026-09-10',
    publishedOn: '2026-09-11',
    callInDeadline: null,
    implementableOn: '2026-09-11',
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  };
}

const rowsOf = (csv: string): Record<string, string>[] =>
  parse(csv.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true }) as Record<string, string>[];

/** The forward plan and decision notices in the Popolo and CSV exports: published ones only, each body its own. */
for (const dialect of DIALECTS) {
  describe(`${dialect}: decision notices and the forward plan in the exports`, () => {
    let t: TestStore;
    let cabinet: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      const db = dbOf(t.store);
      cabinet = (await t.store.repos.bodies.ensure('Cabinet', undefined, NOW)).id;
      await t.store.repos.bodies.ensure('Planning Committee', undefined, NOW);
      await db
        .insertInto('decisionNotices')
        .values([
          notice('dn-cabinet', cabinet),
          notice('dn-officer', null),
          notice('dn-future', cabinet, { publishedOn: '2026-10-02', implementableOn: '2026-10-02' }),
        ])
        .execute();
      await db
        .insertInto('forwardPlanEntries')
        .values([
          entry('fp-28-days', { decisionNoticeId: 'dn-cabinet' }),
          // A hostile title stays text in a spreadsheet.
          entry('fp-urgent', {
            title: '=HYPERLINK("http://evil.example")',
            lateNotice: 'special_urgency',
            lateReasons: 'The grant expires',
            exemptParagraph: 3,
            decisionNoticeId: 'dn-future',
          }),
          entry('fp-draft', { noticePublishedOn: null }),
          entry('fp-future', { noticePublishedOn: '2026-12-01' }),
        ])
        .execute();
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should export the published forward plan, with its late notices, to Popolo and CSV', async () => {
      const popolo = JSON.parse(await exportText(t.store, popoloFormat, { baseUrl: BASE, today: TODAY })) as Json;
      const plan = popolo['quorum:forward_plan'] as Json[];
      expect(plan.map((e) => e.id)).toEqual(['fp-28-days', 'fp-urgent']);
      expect(plan[1]).toMatchObject({
        late_notice: 'special_urgency',
        late_reasons: 'The grant expires',
        exempt_paragraph: 3,
        is_key: true,
        notice_published_on: '2026-09-20',
      });
      // A published notice is linked; one published after today is neither linked nor named.
      expect(plan[0]).toMatchObject({ decision_notice_id: 'dn-cabinet' });
      expect(plan[1]).toMatchObject({ decision_notice_id: null });
      expect(JSON.stringify(plan)).not.toContain('dn-future');
      const csv = await exportText(t.store, forwardPlanCsvFormat, { baseUrl: BASE, today: TODAY });
      const rows = rowsOf(csv);
      expect(rows.map((r) => r.entry_id)).toEqual(['fp-28-days', 'fp-urgent']);
      expect(rows[1]).toMatchObject({ late_notice: 'special_urgency', key_decision: 'yes', exempt_paragraph: '3' });
      expect(rows[1]!.title).toBe(`'=HYPERLINK("http://evil.example")`);
      // The executive's plan is no committee's: one body's export has none.
      const ofBody = JSON.parse(
        await exportText(t.store, popoloFormat, { baseUrl: BASE, today: TODAY, bodySlug: 'planning-committee' }),
      ) as Json;
      expect(ofBody['quorum:forward_plan']).toEqual([]);
    });

    it('should export published decision notices only, each body’s with it', async () => {
      const all = JSON.parse(await exportText(t.store, popoloFormat, { baseUrl: BASE, today: TODAY })) as Json;
      expect((all['quorum:decision_notices'] as Json[]).map((n) => n.id)).toEqual(['dn-cabinet', 'dn-officer']);
      const ofCabinet = JSON.parse(
        await exportText(t.store, popoloFormat, { baseUrl: BASE, today: TODAY, bodySlug: 'cabinet' }),
      ) as Json;
      expect((ofCabinet['quorum:decision_notices'] as Json[]).map((n) => n.id)).toEqual(['dn-cabinet']);
      expect(ofCabinet['quorum:decision_notices'][0]).toMatchObject({ organization_id: cabinet, event_id: null });
      // The day it is published, the notice is in.
      const later = rowsOf(await exportText(t.store, decisionNoticesCsvFormat, { baseUrl: BASE, today: '2026-10-02' }));
      expect(later.map((r) => r.notice_id)).toEqual(['dn-cabinet', 'dn-future', 'dn-officer']);
      expect(later.find((r) => r.notice_id === 'dn-officer')).toMatchObject({
        maker_kind: 'officer',
        body: '',
        call_in: 'not_subject',
        notice_url: `${BASE}/decisions/dn-officer`,
      });
    });
  });
}
