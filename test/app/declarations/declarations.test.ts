import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { recordDeclaration, removeDeclaration } from '../../../src/app/declarations/changeDeclarations.js';
import { readMeetingDeclarations } from '../../../src/app/declarations/meetingDeclarations.js';
import { addInterestEntry } from '../../../src/app/interests/changeRegister.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import type { Account } from '../../../src/domain/account.js';
import { AppError } from '../../../src/domain/errors.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const AT = '2025-03-20T10:00:00.000Z';
const TODAY = '2025-03-20';

for (const dialect of DIALECTS) {
  describe(`${dialect}: declarations of interest at a meeting`, () => {
    let t: TestStore;
    let clerk: Account;
    let licensingClerk: Account;
    let meetingId: string;

    beforeEach(async () => {
      t = await testStore(dialect);
      meetingId = (await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null })).meetingId;
      const licensing = await t.store.repos.bodies.ensure('Licensing Committee', 'committee', AT);
      const scrutiny = (await t.store.repos.bodies.list()).find((b) => b.name.startsWith('Harbourside'))!;
      clerk = (await addUser(t.store, { email: 'c@x.example', role: 'clerk', bodySlugs: [scrutiny.slug] }, 'cli:test'))
        .account;
      licensingClerk = (
        await addUser(t.store, { email: 'l@x.example', role: 'clerk', bodySlugs: [licensing.slug] }, 'cli:test')
      ).account;
    });
    afterEach(async () => {
      await t?.drop();
    });

    const view = () => readMeetingDeclarations(t.store, clerk, meetingId, TODAY);
    const personNamed = async (name: string) => (await view()).people.find((p) => p.name.includes(name))!;
    const itemTitled = async (title: string) => (await view()).items.find((i) => i.title === title)!;

    it('should record a declaration beside the imported one, with what the member did, and audit it', async () => {
      const ada = await personNamed('Ada Lovelace');
      const item = await itemTitled('Coastal Flood Defence Programme');
      const written = await recordDeclaration(
        t.store,
        clerk,
        meetingId,
        {
          personId: ada.id,
          itemId: item.id,
          kind: 'disclosable_pecuniary',
          text: 'owns land on the Northgate seafront',
          leftRoom: true,
          tookNoPart: true,
          dispensation: false,
        },
        AT,
      );
      const declarations = (await view()).declarations;
      expect(declarations.map((d) => [d.person.name, d.kind, d.leftRoom, d.sourceDocumentId])).toEqual(
        expect.arrayContaining([
          ['Tom Brown', 'other_registrable', null, null],
          ['Ada Lovelace', 'disclosable_pecuniary', true, null],
        ]),
      );
      const public_ = await t.store.transaction(async (repos) => repos.declarations.find(written.id));
      expect(public_).toMatchObject({ tookNoPart: true, dispensation: false, itemId: item.id });
      const audit = await t.store.repos.audit.list({ subjectKind: 'declaration' });
      expect(audit.map((e) => [e.action, e.actor])).toEqual([['declaration.add', clerk.id]]);
    });

    it('should warn of a disclosable pecuniary interest declared by a member who took part without a dispensation', async () => {
      const ada = await personNamed('Ada Lovelace');
      await recordDeclaration(t.store, clerk, meetingId, {
        personId: ada.id,
        itemId: '',
        kind: 'disclosable_pecuniary',
        text: 'a shareholding in Northgate Marine',
        leftRoom: false,
        tookNoPart: false,
        dispensation: false,
      });
      const written = (await view()).declarations.find((d) => d.person.id === ada.id)!;
      expect(written.itemId).toBeNull();
      expect(written.warning).toMatch(/without a dispensation/);
    });

    it('should refuse someone not at the meeting, an item of another meeting, and a clerk of another body', async () => {
      const ada = await personNamed('Ada Lovelace');
      const input = {
        personId: ada.id,
        itemId: '',
        kind: 'non_registrable',
        text: 'a friend of the applicant',
        leftRoom: false,
        tookNoPart: false,
        dispensation: false,
      };
      await expect(recordDeclaration(t.store, clerk, meetingId, { ...input, personId: 'nobody' })).rejects.toThrow(
        /choose a member recorded at the meeting/,
      );
      await expect(recordDeclaration(t.store, clerk, meetingId, { ...input, itemId: 'elsewhere' })).rejects.toThrow(
        /choose an item of this meeting/,
      );
      await expect(recordDeclaration(t.store, clerk, meetingId, { ...input, text: ' ' })).rejects.toThrow(
        /enter the interest/,
      );
      const refused = await recordDeclaration(t.store, licensingClerk, meetingId, input).catch((e: unknown) => e);
      expect((refused as AppError).code).toBe('FORBIDDEN');
      await expect(readMeetingDeclarations(t.store, licensingClerk, meetingId, TODAY)).rejects.toThrow(AppError);
      expect((await view()).declarations).toHaveLength(1);
    });

    it('should remove a written declaration, keeping it whole in the audit, but not one read from a document', async () => {
      const ada = await personNamed('Ada Lovelace');
      const written = await recordDeclaration(t.store, clerk, meetingId, {
        personId: ada.id,
        itemId: '',
        kind: 'other_registrable',
        text: 'a trustee of the Harbourside Lifeboat',
        leftRoom: false,
        tookNoPart: false,
        dispensation: false,
      });
      await expect(removeDeclaration(t.store, licensingClerk, meetingId, written.id)).rejects.toThrow(AppError);
      await removeDeclaration(t.store, clerk, meetingId, written.id, AT);
      expect((await view()).declarations.map((d) => d.id)).not.toContain(written.id);
      const [removal] = await t.store.repos.audit
        .list({ subjectKind: 'declaration', subjectId: written.id })
        .then((entries) => entries.filter((e) => e.action === 'declaration.remove'));
      expect(removal!.before).toMatchObject({ id: written.id, text: 'a trustee of the Harbourside Lifeboat' });

      const imported = (await view()).declarations[0]!;
      await dbOf(t.store)
        .updateTable('declarations')
        .set({ sourceDocumentId: 'doc-1' })
        .where('id', '=', imported.id)
        .execute();
      await expect(removeDeclaration(t.store, clerk, meetingId, imported.id)).rejects.toThrow(/import it again/);
    });

    it("should prompt from members' register entries that share words with an item, and flag late entries", async () => {
      const tom = await personNamed('Tom Brown');
      await addInterestEntry(
        t.store,
        clerk,
        tom.id,
        {
          category: 'land',
          description: 'Beach hut on the Northgate seafront',
          aroseOn: '2024-01-10',
          registeredOn: '2024-03-01',
          sensitive: false,
        },
        AT,
      );
      // An interest that arose after the meeting could not have touched it.
      await addInterestEntry(
        t.store,
        clerk,
        tom.id,
        {
          category: 'employment',
          description: 'Flood defence engineer',
          aroseOn: '2025-03-15',
          registeredOn: '2025-03-16',
          sensitive: false,
        },
        AT,
      );
      const v = await view();
      const item = v.items.find((i) => i.title === 'Coastal Flood Defence Programme')!;
      expect(v.prompts).toEqual([]);
      await dbOf(t.store)
        .updateTable('agendaItems')
        .set({ title: 'Northgate seafront flood defences' })
        .where('id', '=', item.id)
        .execute();
      const again = await view();
      expect(again.prompts.map((p) => [p.itemId, p.personId, p.words])).toEqual([
        [item.id, tom.id, ['northgate', 'seafront']],
      ]);
      const register = again.registers.find((r) => r.person.id === tom.id)!;
      expect(register.review).toBe('never');
      expect(register.entries.map((e) => e.daysLate).sort()).toEqual([0, 23]);
    });
  });
}
