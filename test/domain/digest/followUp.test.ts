import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/calendar/isoDate.js';
import {
  followUpsOf,
  hasNothingToFollow,
  isAwaitingResponse,
  isoWeekOf,
  type ActionToFollow,
  type ResponseToFollow,
} from '../../../src/domain/digest/followUp.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { RECOMMENDATION_STATUSES } from '../../../src/domain/recommendation.js';

const d = (s: string): IsoDate => s as IsoDate;

function response(over: Partial<ResponseToFollow>): ResponseToFollow {
  return {
    recommendationId: 'r',
    text: 'text',
    decisionMaker: null,
    responseDueOn: d('2026-03-31'),
    status: 'sent',
    lastRespondedOn: null,
    meetingId: 'm',
    meetingDate: d('2026-01-20'),
    bodyId: 'b',
    bodyName: 'Body',
    itemTitle: null,
    isExempt: false,
    ...over,
  };
}

function action(over: Partial<ActionToFollow>): ActionToFollow {
  return {
    actionId: 'a',
    description: 'do',
    owner: 'someone',
    dueOn: d('2026-03-31'),
    status: 'open',
    meetingId: null,
    meetingDate: null,
    bodyId: null,
    bodyName: null,
    itemTitle: null,
    isExempt: false,
    ...over,
  };
}

describe('isoWeekOf', () => {
  it.each([
    ['2026-04-01', '2026-W14'],
    ['2026-03-30', '2026-W14'],
    ['2026-04-05', '2026-W14'],
    ['2026-04-06', '2026-W15'],
    // Years whose first days belong to the last year's week, and the other way round.
    ['2025-12-29', '2026-W01'],
    ['2021-01-03', '2020-W53'],
    ['2020-12-31', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2027-01-01', '2026-W53'],
  ])('should put %s in %s', (date, week) => {
    expect(isoWeekOf(d(date))).toBe(week);
  });

  it('should give the seven days Monday to Sunday one week, and the next Monday the next', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (n) => {
        const day = addDays(d('1970-01-01'), n);
        const week = isoWeekOf(day);
        const weekday = ((n + 3) % 7) + 1;
        const monday = addDays(day, 1 - weekday);
        for (let i = 0; i < 7; i++) expect(isoWeekOf(addDays(monday, i))).toBe(week);
        expect(isoWeekOf(addDays(monday, 7))).not.toBe(week);
      }),
    );
  });
});

describe('followUpsOf', () => {
  const today = d('2026-04-01');

  it('should call a response overdue only the day after its due date, and due soon up to 14 days ahead', () => {
    const f = followUpsOf(
      today,
      [
        response({ recommendationId: 'yesterday', responseDueOn: d('2026-03-31') }),
        response({ recommendationId: 'today', responseDueOn: today }),
        response({ recommendationId: 'in14', responseDueOn: d('2026-04-15') }),
        response({ recommendationId: 'in15', responseDueOn: d('2026-04-16') }),
      ],
      [],
    );
    expect(f.overdueResponses.map((r) => r.recommendationId)).toEqual(['yesterday']);
    expect(f.responsesDueSoon.map((r) => r.recommendationId)).toEqual(['today', 'in14']);
  });

  it('should count a response made by today and not one dated later, and skip answered statuses', () => {
    const f = followUpsOf(
      today,
      [
        response({ recommendationId: 'answered', lastRespondedOn: d('2026-03-01') }),
        response({ recommendationId: 'answered-today', lastRespondedOn: today }),
        response({ recommendationId: 'dated-later', lastRespondedOn: d('2026-04-02') }),
        response({ recommendationId: 'accepted', status: 'accepted' }),
        response({ recommendationId: 'draft', status: 'draft' }),
        response({ recommendationId: 'soon-answered', responseDueOn: d('2026-04-03'), lastRespondedOn: today }),
      ],
      [],
    );
    expect(f.overdueResponses.map((r) => r.recommendationId)).toEqual(['dated-later']);
    expect(f.responsesDueSoon).toEqual([]);
  });

  it('should list open and in-progress actions past their due date, oldest first', () => {
    const f = followUpsOf(
      today,
      [],
      [
        action({ actionId: 'b', dueOn: d('2026-03-20'), status: 'in_progress' }),
        action({ actionId: 'a', dueOn: d('2026-03-01') }),
        action({ actionId: 'today', dueOn: today }),
        action({ actionId: 'done', dueOn: d('2026-03-01'), status: 'done' }),
        action({ actionId: 'dropped', dueOn: d('2026-03-01'), status: 'dropped' }),
      ],
    );
    expect(f.overdueActions.map((a) => a.actionId)).toEqual(['a', 'b']);
    expect(hasNothingToFollow(f)).toBe(false);
    expect(hasNothingToFollow(followUpsOf(today, [], []))).toBe(true);
  });

  it('should await a response only while a recommendation is made or sent', () => {
    expect(RECOMMENDATION_STATUSES.filter(isAwaitingResponse)).toEqual(['made', 'sent']);
  });
});
