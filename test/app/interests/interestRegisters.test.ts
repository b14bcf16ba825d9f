import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../src/app/accounts/addUser.js';
import {
  addInterestEntry,
  recordRegisterReview,
  removeInterestEntry,
} from '../../../src/app/interests/changeRegister.js';
import { listRegisters, readRegister } from '../../../src/app/interests/interestRegisters.js';
import { recordMeeting } from '../../../src/app/recordMeeting.js';
import type { Account } from '../../../src/domain/account.js';
import { buildMeetingRecord } from '../../factories/meetingRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

const AT = '2025-06-02T10:00:00.000Z';
const TODAY = '2025-06-02';
const LAND = {
  category: 'land',
  description: 'Land at 14 Mill Road, Harbourside',
  aroseOn: '2025-04-01',
  registeredOn: '2025-05-20',
  sensitive: false,
};

for (const dialect of DIALECTS) {
  describe(`${dialect}: members' registers of interests`, () => {
    let t: TestStore;
    let clerk: Account;
    let licensingClerk: Account;
    let admin: Account;
    let adaSlug: string;

    beforeEach(async () => {
      t = await testStore(dialect);
      await recordMeeting(t.store, buildMeetingRecord(), { sourceDocumentId: null });
      const licensing = await t.store.repos.bodies.ensure('Licensing Committee', 'committee', AT);
      const scrutiny = (await t.store.repos.bodies.list()).find((b) => b.name.startsWith('Harbourside'))!;
      clerk = (await addUser(t.store, { email: 'c@x.example', role: 'clerk', bodySlugs: [scrutiny.slug] }, 'cli:t'))
        .account;
      licensingClerk = (
        await addUser(t.store, { email: 'l@x.example', role: 'clerk', bodySlugs: [licensing.slug] }, 'cli:t')
      ).account;
      admin = (await addUser(t.store, { email: 'a@x.example', role: 'admin' }, 'cli:t')).account;
      adaSlug = (await listRegisters(t.store, admin, TODAY)).find((r) => r.holder.name === 'Ada Lovelace')!.holder.slug;
    });
    afterEach(async () => {
      await t?.drop();
    });

    it('should list the councillors of the clerk’s bodies, with late entries and unreviewed registers counted', async () => {
      await addInterestEntry(t.store, clerk, adaSlug, LAND, AT);
      await addInterestEntry(
        t.store,
        clerk,
        adaSlug,
        { ...LAND, description: 'Allotment', registeredOn: '2025-04-29' },
        AT,
      );
      const registers = await listRegisters(t.store, clerk, TODAY);
      const ada = registers.find((r) => r.holder.slug === adaSlug)!;
      expect(ada).toMatchObject({ entries: 2, late: 1, review: 'never' });
      // Officers keep no register; the licensing clerk keeps none of these members'.
      expect(registers.map((r) => r.holder.name)).not.toContain('Maya Chen');
      expect(await listRegisters(t.store, licensingClerk, TODAY)).toEqual([]);
      const view = await readRegister(t.store, clerk, adaSlug, TODAY);
      expect(view.entries.map((e) => [e.description, e.daysLate])).toEqual([
        ['Allotment', 0],
        ['Land at 14 Mill Road, Harbourside', 21],
      ]);
    });

    it('should record a review and count it for a year', async () => {
      await recordRegisterReview(t.store, clerk, adaSlug, { reviewedOn: '2024-06-01' }, AT);
      expect((await readRegister(t.store, clerk, adaSlug, TODAY)).review).toBe('overdue');
      await recordRegisterReview(t.store, clerk, adaSlug, { reviewedOn: '2025-05-31' }, AT);
      expect((await readRegister(t.store, clerk, adaSlug, TODAY)).review).toBe('current');
      const audit = await t.store.repos.audit.list({ subjectKind: 'person' });
      expect(audit.filter((e) => e.action === 'interest.review').map((e) => e.before)).toEqual(
        expect.arrayContaining([{ reviewedOn: null }, { reviewedOn: '2024-06-01' }]),
      );
    });

    it('should refuse dates the wrong way round or in the future, and a clerk of another body', async () => {
      await expect(
        addInterestEntry(t.store, clerk, adaSlug, { ...LAND, registeredOn: '2025-03-01' }, AT),
      ).rejects.toThrow(/same as or after the date the interest arose/);
      await expect(
        addInterestEntry(t.store, clerk, adaSlug, { ...LAND, aroseOn: '2025-06-01', registeredOn: '2025-06-03' }, AT),
      ).rejects.toThrow(/cannot be in the future/);
      await expect(addInterestEntry(t.store, clerk, adaSlug, { ...LAND, category: 'gifts' }, AT)).rejects.toThrow(
        /choose the category/,
      );
      await expect(addInterestEntry(t.store, licensingClerk, adaSlug, LAND, AT)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(readRegister(t.store, licensingClerk, adaSlug, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect((await readRegister(t.store, clerk, adaSlug, TODAY)).entries).toEqual([]);
    });

    it('should remove an entry, keeping it whole in the audit, and publish the register with sensitive details withheld', async () => {
      const land = await addInterestEntry(t.store, clerk, adaSlug, LAND, AT);
      await addInterestEntry(t.store, clerk, adaSlug, { ...LAND, description: 'Home address', sensitive: true }, AT);
      const published = await t.store.public.people.detail(adaSlug);
      expect(published!.register!.entries.map((e) => e.description).sort()).toEqual([
        'Land at 14 Mill Road, Harbourside',
        null,
      ]);
      await expect(removeInterestEntry(t.store, licensingClerk, adaSlug, land.id, AT)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await removeInterestEntry(t.store, clerk, adaSlug, land.id, AT);
      expect((await readRegister(t.store, clerk, adaSlug, TODAY)).entries.map((e) => e.description)).toEqual([
        'Home address',
      ]);
      const removal = (await t.store.repos.audit.list({ subjectKind: 'interest', subjectId: land.id })).find(
        (e) => e.action === 'interest.remove',
      );
      expect(removal!.before).toMatchObject({ description: 'Land at 14 Mill Road, Harbourside', category: 'land' });
    });
  });
}
