import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExportFormat } from '../../../src/publish/exportFormats.js';
import { popoloFormat } from '../../../src/publish/popolo/popoloFormat.js';
import { createApp } from '../../../src/web/app.js';
import { exportText } from '../exportFixtures.js';
import {
  addMeetingResolutionsFixture,
  HOSTILE_RESOLUTION,
  SECOND_RESOLUTION,
  type MeetingResolutionsFixture,
} from '../meetingResolutionsFixture.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { oparlErrors } from './oparlSchemas.js';

const BASE = 'https://council.example';

type Meeting = Record<string, unknown> & {
  id: string;
  agendaItem: (Record<string, unknown> & { id: string })[];
  'quorum:resolutions'?: Record<string, unknown>[];
};

for (const dialect of DIALECTS) {
  describe(`${dialect}: a meeting's own resolutions in OParl (and their votes in Popolo)`, () => {
    let t: TestStore;
    let f: MeetingResolutionsFixture;
    let meetings: Meeting[];
    beforeAll(async () => {
      t = await testStore(dialect);
      f = await addMeetingResolutionsFixture(t.store);
      const doc = JSON.parse(await exportText(t.store, findExportFormat('oparl')!, { baseUrl: BASE })) as {
        meeting: Meeting[];
      };
      meetings = doc.meeting;
    });
    afterAll(async () => {
      await t?.drop();
    });

    const meeting = (id: string): Meeting => meetings.find((m) => m.id === `${BASE}/oparl/v1/meetings/${id}`)!;

    it('should carry them on the Meeting under quorum:resolutions, in order, with their rows on the meeting page', () => {
      const own = meeting(f.ownMeetingId);
      expect(own.agendaItem).toEqual([]);
      expect(own['quorum:resolutions']).toEqual([
        {
          label: null,
          text: HOSTILE_RESOLUTION,
          kind: 'request',
          isFormal: true,
          web: `${BASE}/meetings/${f.ownMeetingId}#resolution-${f.ownResolutionIds[0]}`,
        },
        {
          label: null,
          text: SECOND_RESOLUTION,
          kind: 'decision',
          isFormal: true,
          motion: expect.objectContaining({
            kind: 'motion',
            text: SECOND_RESOLUTION,
            result: 'carried',
            tally: { for: 4, against: 1, abstain: 0, not_voting: 0 },
          }),
          web: `${BASE}/meetings/${f.ownMeetingId}#resolution-${f.ownResolutionIds[1]}`,
        },
      ]);
      expect(oparlErrors('Meeting', own)).toEqual([]);
    });

    it("should keep an item's resolutions on its AgendaItem, and add nothing to a meeting without its own", () => {
      const withItems = meeting(f.itemMeetingId);
      expect(withItems).not.toHaveProperty('quorum:resolutions');
      const item = withItems.agendaItem.find((i) => i.id === `${BASE}/oparl/v1/agenda-items/${f.itemId}`);
      expect(item?.resolutionText).toBe(
        'to note the progress of the programme\nto recommend that the Executive publishes a flood risk map',
      );
      expect(oparlErrors('Meeting', withItems)).toEqual([]);
    });

    it('should serve the same Meeting at /oparl/v1/meetings/{id}', async () => {
      const res = await createApp(t.store, { baseUrl: BASE }).request(`/oparl/v1/meetings/${f.ownMeetingId}`);
      expect(res.status).toBe(200);
      const served = (await res.json()) as Meeting;
      expect(served['quorum:resolutions']).toEqual(meeting(f.ownMeetingId)['quorum:resolutions']);
    });

    it("should give the Popolo export the votes on a meeting's own resolution, as a vote event of that meeting", async () => {
      const popolo = JSON.parse(await exportText(t.store, popoloFormat, { baseUrl: BASE })) as {
        vote_events: {
          motion_id: string;
          legislative_session_id: string;
          counts: { option: string; value: number }[];
        }[];
      };
      const event = popolo.vote_events.find((e) => e.motion_id === f.ownResolutionIds[1]);
      expect(event).toMatchObject({
        legislative_session_id: f.ownMeetingId,
        counts: [
          { option: 'for', value: 4 },
          { option: 'against', value: 1 },
        ],
      });
    });
  });
}
