import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileUnplacedDocument, type FilingActor } from '../../src/app/fileUnplacedDocument.js';
import { importPaths } from '../../src/app/importDocuments.js';
import type { Account } from '../../src/domain/account.js';
import { dbOf } from '../../src/store/storeDb.js';
import { DIALECTS, testStore, type TestStore } from '../store/testStores.js';

/** One item's minutes cut from a meeting's page: no committee, no date, no title, two recommendations. */
const FRAGMENT = path.resolve(import.meta.dirname, '../fixtures/unplaced/harbour-fragment.txt');
const NOW = '2025-03-01T10:00:00.000Z';

const account = (role: Account['role'], bodyIds: string[] = []): Account => ({
  id: `${role}-account`,
  email: `${role}@example.org`,
  role,
  bodyIds,
  active: true,
  createdAt: NOW,
});
const CLERK: FilingActor = { account: account('clerk') };

for (const dialect of DIALECTS) {
  describe(`${dialect}: filing a stored document whose meeting the import could not place`, () => {
    let t: TestStore;
    let documentId: string;
    let slug: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      const [result] = (await importPaths(t.store, [FRAGMENT])).results;
      expect(result!.unplaced).toMatch(/neither the body .* nor the date/);
      documentId = result!.documentId!;
      slug = await t.store.transaction(
        async (repos) => (await repos.bodies.ensure('Harbour Scrutiny Panel', undefined, NOW)).slug,
      );
    });
    afterEach(async () => t.drop());

    const counts = async () => {
      const db = dbOf(t.store);
      const n = async (table: 'meetings' | 'recommendations' | 'unplacedDocuments' | 'unplacedRecommendations') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((e) => e.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return {
        meetings: await n('meetings'),
        recommendations: await n('recommendations'),
        unplaced: await n('unplacedDocuments'),
        found: await n('unplacedRecommendations'),
      };
    };
    const input = (over: Record<string, string> = {}) => ({
      documentId,
      bodySlug: slug,
      date: '2025-02-12',
      itemTitle: 'Harbour wall repairs',
      ...over,
    });

    it('keeps what the unplaced document recommends, with its place in the text, for the tracker', async () => {
      const found = await t.store.transaction((repos) => repos.unplaced.recommendations());
      expect(found.map((r) => r.text)).toEqual([
        'To recommend that the Executive approves the use of the capital reserve for the harbour wall repairs.',
        'To recommend that the Executive consults Lower Town residents before any road is closed.',
      ]);
      const text = await t.store.transaction(async (repos) => {
        const doc = await repos.documents.find(documentId);
        return new TextDecoder().decode(await repos.documents.bytes(doc!.contentHash));
      });
      for (const r of found) expect(text.slice(r.span!.start, r.span!.end)).toContain(r.text);
      expect(found.every((r) => r.documentId === documentId && r.itemTitle === null)).toBe(true);
    });

    it('records the meeting at the body and date the clerk gives, with its tracked recommendations, and takes it off the review list', async () => {
      const before = await dbOf(t.store)
        .selectFrom('searchEntries')
        .select('id')
        .where('kind', '=', 'document')
        .where('subjectId', '=', documentId)
        .execute();
      expect(before).toHaveLength(1);
      expect(await counts()).toEqual({ meetings: 0, recommendations: 0, unplaced: 1, found: 2 });
      const filed = await fileUnplacedDocument(t.store, CLERK, input(), NOW);
      expect(filed.items).toBe(1);
      expect(await counts()).toEqual({ meetings: 1, recommendations: 2, unplaced: 0, found: 0 });
      const db = dbOf(t.store);
      const recs = await db.selectFrom('recommendations').select(['text', 'meetingId']).orderBy('text').execute();
      expect(recs.map((r) => r.meetingId)).toEqual([filed.meetingId, filed.meetingId]);
      expect(recs[0]!.text).toMatch(/capital reserve/);
      const meeting = await db.selectFrom('meetings').select(['date']).executeTakeFirstOrThrow();
      expect(meeting.date).toBe('2025-02-12');
      const item = await db.selectFrom('agendaItems').select(['title']).executeTakeFirstOrThrow();
      expect(item.title).toBe('Harbour wall repairs');
      const ownEntries = await db
        .selectFrom('searchEntries')
        .select('id')
        .where('kind', '=', 'document')
        .where('subjectId', '=', documentId)
        .execute();
      expect(ownEntries).toEqual([]);
      const meetingEntries = await db
        .selectFrom('searchEntries')
        .select('content')
        .where('meetingId', '=', filed.meetingId)
        .execute();
      expect(meetingEntries.map((e) => e.content).join(' ')).toContain('capital reserve');
      const audit = await db.selectFrom('auditLog').selectAll().where('action', '=', 'document.file').execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actor).toBe('clerk-account');
    });

    it('refuses a second filing, an unknown body, a bad date, a missing title and the wrong people, changing nothing', async () => {
      const before = { meetings: 0, recommendations: 0, unplaced: 1, found: 2 };
      await expect(
        fileUnplacedDocument(t.store, CLERK, input({ bodySlug: 'no-such-body' }), NOW),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(fileUnplacedDocument(t.store, CLERK, input({ date: '12/02/2025' }), NOW)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: /YYYY-MM-DD/,
      });
      await expect(fileUnplacedDocument(t.store, CLERK, input({ itemTitle: ' ' }), NOW)).rejects.toMatchObject({
        code: 'INPUT_INVALID',
        message: /harbour-fragment\.txt has an item without a title/,
      });
      await expect(
        fileUnplacedDocument(t.store, { account: account('councillor') }, input(), NOW),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        fileUnplacedDocument(t.store, { account: account('clerk', ['another-body']) }, input(), NOW),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await counts()).toEqual(before);
      await fileUnplacedDocument(t.store, { operator: 'cli:clerk' }, input(), NOW);
      await expect(fileUnplacedDocument(t.store, CLERK, input({ date: '2025-02-13' }), NOW)).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      expect(await counts()).toEqual({ meetings: 1, recommendations: 2, unplaced: 0, found: 0 });
    });
  });
}
