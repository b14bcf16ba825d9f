import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser } from '../../../../src/app/accounts/addUser.js';
import { importPaths } from '../../../../src/app/importDocuments.js';
import { createApp } from '../../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../../store/testStores.js';
import { Browser, CHEAP } from '../browser.js';

const NOW = new Date('2025-03-01T09:00:00Z');
const PASSWORD = 'correct horse';
/** One item's minutes cut from a meeting's page: no committee, no date, no title, two recommendations. */
const FRAGMENT = path.resolve(import.meta.dirname, '../../../fixtures/unplaced/harbour-fragment.txt');

for (const dialect of DIALECTS) {
  describe(`${dialect}: filing documents the import could not place, in the workspace`, () => {
    let t: TestStore;
    let clerk: Browser;
    let filePath: string;
    beforeEach(async () => {
      t = await testStore(dialect);
      const app = createApp(t.store, { now: () => NOW });
      await importPaths(t.store, [FRAGMENT]);
      await t.store.transaction((repos) => repos.bodies.ensure('Harbour Scrutiny Panel', undefined, NOW.toISOString()));
      for (const [email, role] of [
        ['clerk@x.org', 'clerk'],
        ['cllr@x.org', 'councillor'],
      ] as const)
        await addUser(t.store, { email, role, password: PASSWORD }, 'cli:t', CHEAP);
      clerk = new Browser(app);
      await clerk.signIn('clerk@x.org', PASSWORD);
      const list = await (await clerk.request('/workspace/documents')).text();
      filePath = /href="(\/workspace\/documents\/[^"/]+\/file)"/.exec(list)![1]!;
    });
    afterEach(async () => t?.drop());

    const post = async (form: Record<string, string>) =>
      clerk.request(filePath, { method: 'POST', form: { ...(await clerk.hiddenFields(filePath, filePath)), ...form } });
    const whole = { body: 'harbour-scrutiny-panel', 'date-day': '12', 'date-month': '2', 'date-year': '2025' };

    it('should show what an unplaced document recommends on the tracker, and where to file it', async () => {
      const board = await (await clerk.request('/workspace/tracker')).text();
      expect(board).toContain('Found in documents not yet placed at a meeting');
      expect(board).toContain('2 recommendations in imported documents');
      expect(board).toContain('consults Lower Town residents');
      expect(board).toContain(`href="${filePath}"`);
      expect(board).not.toContain('/work/');
      const list = await (await clerk.request('/workspace/documents')).text();
      expect(list).toContain('harbour-fragment.txt');
      expect(list).toContain('names neither the body that met nor the date');
    });

    it('should refuse an incomplete form with the errors beside the fields, keeping what was typed', async () => {
      const empty = await post({ body: '', 'date-day': '31', 'date-month': '2', 'date-year': '2025', itemTitle: '' });
      expect(empty.status).toBe(400);
      const page = await empty.text();
      expect(page).toContain('There is a problem');
      expect(page).toContain('Choose the body that met');
      expect(page).toContain('Date of the meeting must be a real date');
      expect(page).toContain('value="31"');
      const untitled = await post({ ...whole, itemTitle: '' });
      expect(untitled.status).toBe(400);
      const second = await untitled.text();
      expect(second).toContain('Enter the title of the item');
      expect(second).toMatch(/<option value="harbour-scrutiny-panel" selected/);
      expect(second).not.toContain('/work/');
      const board = await (await clerk.request('/workspace/tracker')).text();
      expect(board).toContain('0 recommendations, 0 overdue');
    });

    it('should file it at the body and date given, tracking its recommendations, and refuse others', async () => {
      const councillor = new Browser(createApp(t.store, { now: () => NOW }));
      await councillor.signIn('cllr@x.org', PASSWORD);
      expect((await councillor.request(filePath)).status).toBe(403);
      const filed = await post({ ...whole, itemTitle: 'Harbour wall repairs' });
      expect(filed.status).toBe(303);
      const done = await (await clerk.request(filed.headers.get('location')!)).text();
      expect(done).toContain('The document was filed at its meeting');
      expect(done).toContain('Every imported document is placed at a meeting.');
      const board = await (await clerk.request('/workspace/tracker')).text();
      expect(board).toContain('2 recommendations, 0 overdue');
      expect(board).toContain('2024/25-01');
      expect(board).toContain('Harbour Scrutiny Panel, 12 February 2025, Harbour wall repairs');
      expect(board).not.toContain('Found in documents not yet placed at a meeting');
      expect((await clerk.request(filePath)).status).toBe(404);
    });
  });
}
