import { addUser } from '../../../../src/app/accounts/addUser.js';
import { stableId } from '../../../../src/domain/ids.js';
import { NO_MEMBERSHIP_EVIDENCE } from '../../../../src/domain/membership.js';
import type { Store } from '../../../../src/store/store.js';
import { CHEAP } from '../browser.js';

export const FIRST = '2027-03-18';
export const NEXT = '2027-04-15';

export interface MinutesWorld {
  readonly first: string;
  readonly next: string;
  readonly other: string;
  /** Item ids of the first meeting: a report, then an exempt one. */
  readonly items: readonly string[];
  /** The "Minutes of the last meeting" item of the next meeting. */
  readonly confirmItem: string;
  readonly members: readonly { id: string; name: string }[];
}

/** A body with two meetings a month apart, five members, items on each agenda, and accounts (a clerk of each body). */
export async function seedMinutesWorld(store: Store): Promise<MinutesWorld> {
  const now = '2027-01-04T09:00:00.000Z';
  const world = await store.transaction(async (repos) => {
    const body = await repos.bodies.ensure('Harbourside Overview and Scrutiny Committee', undefined, now);
    const planning = await repos.bodies.ensure('Planning Committee', undefined, now);
    const meeting = (bodyId: string, date: string) => ({
      id: stableId('meeting', bodyId, date),
      bodyId,
      date,
      startTime: '18:30',
      startedAt: null,
      endedAt: null,
      venue: 'Council Chamber',
      isRemote: false,
      streamUrl: null,
      status: 'scheduled' as const,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      municipalYear: '2026/27',
      createdAt: now,
      updatedAt: now,
      revision: 0,
    });
    const first = meeting(body.id, FIRST);
    const next = meeting(body.id, NEXT);
    const other = meeting(planning.id, FIRST);
    for (const m of [first, next, other]) await repos.meetings.save(m);
    const item = (
      meetingId: string,
      position: number,
      title: string,
      extra: { isExempt?: boolean; standardKind?: 'minutes' } = {},
    ) => ({
      id: stableId('item', meetingId, String(position)),
      meetingId,
      position,
      agendaNumber: String(position),
      minuteNumber: null,
      title,
      description: null,
      minutesText: null,
      standardKind: extra.standardKind ?? null,
      isExempt: extra.isExempt ?? false,
      exemptParagraph: extra.isExempt ? 3 : null,
      pageStart: null,
      pageEnd: null,
      sourceDocumentId: null,
    });
    const items = [item(first.id, 1, 'Sea wall repairs'), item(first.id, 2, 'Harbour lease', { isExempt: true })];
    const confirm = item(next.id, 1, 'Minutes of the last meeting', { standardKind: 'minutes' });
    for (const i of [...items, confirm, item(other.id, 1, 'Planning application')]) await repos.items.save(i);
    const names = ['Alex Adams', 'Bea Brown', 'Cal Cole', 'Dee Dean', 'Eli Evans'];
    const members = names.map((name) => ({ id: stableId('person', name), name }));
    for (const p of members) {
      await repos.people.add({
        id: p.id,
        slug: p.name.toLowerCase().replace(/ /g, '-'),
        displayName: p.name,
        honorific: 'Councillor',
        givenName: null,
        familyName: null,
        kind: 'councillor',
        mergedIntoId: null,
        createdAt: now,
      });
      await repos.memberships.add(
        {
          id: stableId('membership', p.id, body.id),
          personId: p.id,
          bodyId: body.id,
          role: 'member',
          votingScope: 'full',
          party: null,
          startsOn: '2026-05-01',
          endsOn: null,
          ...NO_MEMBERSHIP_EVIDENCE,
        },
        'cli:test',
      );
    }
    return {
      first: first.id,
      next: next.id,
      other: other.id,
      items: items.map((i) => i.id),
      confirmItem: confirm.id,
      members,
      slugs: [body.slug, planning.slug],
    };
  });
  const users: [string, string, string[]][] = [
    ['clerk@council.example', 'clerk', [world.slugs[0]!]],
    ['planning.clerk@council.example', 'clerk', [world.slugs[1]!]],
    ['cllr@council.example', 'councillor', []],
  ];
  for (const [email, role, bodySlugs] of users)
    await addUser(store, { email, role, bodySlugs, password: 'correct horse' }, 'cli:test', CHEAP);
  return world;
}
