import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { createApp } from '../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

/** Prose minutes of a small council: dated and named, but with no numbered items to file what was decided under. */
function proseMinutes(extraParagraphs: number): string {
  const filler = Array.from({ length: extraParagraphs }, (_, n) => `The clerk read correspondence number ${n + 1}.`);
  return [
    'Minutes of the Meeting of Hollowmere Parish Council',
    'held on Tuesday 11 March 2025 at 7.30pm in the Village Hall',
    '',
    'Present: Councillors Ada Finch (Chair), Bram Oakley and Cora Vance',
    '',
    'The Chair welcomed members. A resident raised the <script>alert(1)</script> footpath stile.',
    'RESOLVED that the stile on footpath 12 be repaired at a cost of £240.',
    ...filler,
    'The meeting closed at 8.40pm.',
  ].join('\n');
}

/** The same council's minutes with items, which show as items, not as text. */
const ITEMISED = `Minutes of the Meeting of Hollowmere Parish Council
held on Tuesday 8 April 2025 at 7.30pm in the Village Hall

Present: Councillors Ada Finch (Chair), Bram Oakley and Cora Vance

1. Apologies
None received.

2. Village green
RESOLVED that the green be mown monthly.
`;

for (const dialect of DIALECTS) {
  describe(`${dialect}: minutes without items on the meeting page`, () => {
    let t: TestStore;
    let dir: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quorum-unitemised-'));
      await fs.writeFile(path.join(dir, 'hollowmere-2025-03.txt'), proseMinutes(20));
      await fs.writeFile(path.join(dir, 'hollowmere-2025-04.txt'), ITEMISED);
      const report = await importPaths(t.store, [dir]);
      expect(report.results.map((r) => r.unplaced)).toEqual([null, null]);
    });
    afterAll(async () => {
      await t?.drop();
      await fs.rm(dir, { recursive: true, force: true });
    });

    async function meetingPage(date: string): Promise<string> {
      const meetings = await t.store.public.meetings.list({ limit: 10 });
      const meeting = meetings.find((m) => m.date === date);
      expect(meeting).toBeDefined();
      const response = await createApp(t.store).request(`/meetings/${meeting!.id}`);
      expect(response.status).toBe(200);
      return response.text();
    }

    it('should show the text of prose minutes, their resolution marked, long text folded but whole, markup inert', async () => {
      const page = await meetingPage('2025-03-11');
      expect(page).not.toContain('No agenda items are recorded');
      expect(page).toContain('These minutes are not divided into items');
      expect(page).toContain('<strong>RESOLVED that the stile on footpath 12 be repaired at a cost of £240.</strong>');
      expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(page).not.toContain('<script>alert(1)');
      // Every paragraph is on the page, the later ones behind "Show all".
      for (let n = 1; n <= 20; n++) expect(page).toContain(`correspondence number ${n}.`);
      expect(page).toMatch(/Show all of the minutes \(\d+ more paragraphs\)/);
      expect(page.indexOf('<details')).toBeLessThan(page.indexOf('correspondence number 20.'));
      expect(page).toContain('The meeting closed at 8.40pm.');
    });

    it('should show minutes with items as items, without the whole text', async () => {
      const page = await meetingPage('2025-04-08');
      expect(page).not.toContain('These minutes are not divided into items');
      expect(page).toContain('Village green');
      expect(page).toContain('RESOLVED that the green be mown monthly');
    });
  });
}
