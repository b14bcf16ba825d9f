import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { createApp } from '../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

/** Our own prose minutes of a scrutiny committee: no items, one "RESOLVED to recommend ...". */
const FIXTURE = fileURLToPath(new URL('../../fixtures/tracker/prose-scrutiny-minutes.txt', import.meta.url));
const ESCAPED = 'funds a &lt;b&gt;damp &amp; mould&lt;/b&gt; survey';
const TODAY = new Date('2026-01-10T09:00:00Z');

for (const dialect of DIALECTS) {
  describe(`${dialect}: a recommendation a meeting made outside any item, on the public pages`, () => {
    let t: TestStore;
    let dir: string;
    let app: ReturnType<typeof createApp>;
    let recommendation: { id: string; meetingId: string };
    let laterMeetingId: string;
    beforeAll(async () => {
      t = await testStore(dialect);
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'quorum-public-own-recommendations-'));
      // The committee's next meeting, whose tracker report reads the first one's recommendation.
      const later = path.join(dir, 'ashcombe-december.txt');
      await fs.writeFile(
        later,
        (await fs.readFile(FIXTURE, 'utf8'))
          .replace('Thursday 9 October 2025', 'Thursday 11 December 2025')
          .replace(/Members considered the report[\s\S]*?March 2026\.\n/, ''),
      );
      const report = await importPaths(t.store, [FIXTURE, later]);
      expect(report.results.map((r) => r.status)).toEqual(['Imported', 'Imported']);
      const rows = await dbOf(t.store).selectFrom('recommendations').select(['id', 'meetingId']).execute();
      expect(rows).toHaveLength(1);
      recommendation = rows[0]!;
      const meetings = await dbOf(t.store).selectFrom('meetings').select(['id', 'date']).orderBy('date').execute();
      laterMeetingId = meetings.at(-1)!.id;
      expect(laterMeetingId).not.toBe(recommendation.meetingId);
      app = createApp(t.store, { now: () => TODAY });
    });
    afterAll(async () => {
      await t?.drop();
      await fs.rm(dir, { recursive: true, force: true });
    });

    it('should show it on its meeting page, escaped, with no response recorded', async () => {
      const response = await app.request(`/meetings/${recommendation.meetingId}`);
      expect(response.status).toBe(200);
      const page = await response.text();
      const section = page.slice(page.indexOf('aria-label="Recommendations and responses"'));
      expect(section).toContain('Recommendations and responses');
      expect(section).toContain(ESCAPED);
      expect(section).toContain('No response recorded.');
      expect(page).not.toContain('<b>damp');
      expect(page).not.toContain('<script>alert');
      expect(page).not.toContain('undefined');
    });

    it('should give it in the JSON API with its meeting, no item, and a link to the meeting page', async () => {
      const one = await app.request(`/api/v1/recommendations/${recommendation.id}`);
      expect(one.status).toBe(200);
      const body = (await one.json()) as Record<string, unknown> & { meeting: { id: string }; html_url: string };
      expect(body.item).toBeNull();
      expect(body.meeting.id).toBe(recommendation.meetingId);
      expect(body.html_url).toMatch(new RegExp(`/meetings/${recommendation.meetingId}$`));
      expect(body.text).toBe(
        'to recommend that the Cabinet funds a <b>damp & mould</b> survey of every council home by March 2026.',
      );
      const list = (await (
        await app.request(`/api/v1/recommendations?meeting=${recommendation.meetingId}`)
      ).json()) as { data: { id: string }[] };
      expect(list.data.map((r) => r.id)).toEqual([recommendation.id]);
    });

    it('should carry it in the committee’s tracker report at its next meeting, as a page and as a PDF', async () => {
      const response = await app.request(`/meetings/${laterMeetingId}/tracker-report`);
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toContain(ESCAPED);
      expect(page).toContain('9 October 2025');
      expect(page).toContain('Awaiting response');
      expect(page).not.toContain('undefined');
      const pdf = await app.request(`/meetings/${laterMeetingId}/tracker-report.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toMatch(/application\/pdf/);
    });

    it('should list it in the recommendations CSV with its meeting and an empty item', async () => {
      const response = await app.request('/exports/recommendations.csv');
      expect(response.status).toBe(200);
      const csv = await response.text();
      const line = csv.split('\n').find((l) => l.includes(recommendation.id))!;
      // Date, committee, an empty item, the words as they were read (CSV is data, not markup).
      expect(line).toMatch(
        /^2025-10-09,Ashcombe Overview and Scrutiny Committee,,to recommend that the Cabinet funds a <b>damp/,
      );
      expect(line).toContain(`/meetings/${recommendation.meetingId}`);
    });
  });
}
