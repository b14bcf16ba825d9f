import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardKindOf } from '../../src/domain/agendaItem.js';
import { bodyKindFromName, isScrutinyName } from '../../src/domain/body.js';
import { declarationKindOf } from '../../src/domain/declaration.js';
import { slugify, stableId } from '../../src/domain/ids.js';
import { canMoveMeeting } from '../../src/domain/meeting.js';
import { isCurrentInferredMember, isMembershipActiveOn, mayVoteOn } from '../../src/domain/membership.js';
import { resolutionKindOf } from '../../src/domain/minutes.js';
import { pageAt } from '../../src/domain/provenance.js';
import { overloadedMeetingDates } from '../../src/domain/workProgramme.js';

describe('ids', () => {
  it('should derive the same id from the same key and different ids from different keys', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(stableId('meeting', a)).toBe(stableId('meeting', a));
        if (a !== b) expect(stableId('meeting', a)).not.toBe(stableId('meeting', b));
        expect(stableId('meeting', a)).toMatch(/^[0-9a-z]{12}$/);
      }),
    );
  });

  it('should not let parts run into each other', () => {
    expect(stableId('x', 'ab', 'c')).not.toBe(stableId('x', 'a', 'bc'));
  });

  it('should make slugs of URL-safe words, idempotently', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const slug = slugify(s);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(80);
        expect(slugify(slug)).toBe(slug);
      }),
    );
    expect(slugify("Children's Partnership Board")).toBe('childrens-partnership-board');
    expect(slugify('Health & Wellbeing Board')).toBe('health-and-wellbeing-board');
    expect(slugify('Pwyllgor Craffu Cymunedau – Ysgolion')).toBe('pwyllgor-craffu-cymunedau-ysgolion');
  });
});

describe('bodies', () => {
  it.each([
    ['Children and Young People Scrutiny Committee', 'committee', true],
    ['Planning Sub-Committee', 'sub_committee', false],
    ["Children's Partnership Board", 'partnership', false],
    ['Health and Wellbeing Board', 'board', false],
    ['Cabinet', 'executive', false],
    ['Overview and Scrutiny Management Board', 'board', true],
    ['Full Council', 'full_council', false],
    ['Adoption Panel', 'panel', false],
    ['Gorslas Community Council', 'full_council', false],
    ['Bellingen Shire Council', 'full_council', false],
    ['Council of the City of Portland, Oregon', 'full_council', false],
    ['Council', 'full_council', false],
    ['Youth Council', 'other', false],
    ['Town and Parish Councils Liaison Council', 'other', false],
    ['Council Tax Sub-Committee', 'sub_committee', false],
  ])('should see %s as a %s', (name, kind, scrutiny) => {
    expect(bodyKindFromName(name)).toBe(kind);
    expect(isScrutinyName(name)).toBe(scrutiny);
  });
});

describe('agenda items', () => {
  it.each([
    ['Apologies for Absence', 'apologies'],
    ['Declarations of Interests', 'declarations'],
    ['Declarations of Pecuniary Interest', 'declarations'],
    ['Minutes', 'minutes'],
    ['To confirm the minutes of the last meeting held on 30 January 2020', 'minutes'],
    ['Work Programme 2020/21', 'work_programme'],
    ['Future Meeting Dates', 'future_dates'],
    ['Tackling Child Exploitation Strategy', null],
    ['Minutes of the Children’s Partnership Board', 'minutes'],
  ])('should recognise "%s" as %s', (title, kind) => {
    expect(standardKindOf(title)).toBe(kind);
  });
});

describe('resolutions and declarations', () => {
  it.each([
    ['to note the progress of the programme', 'note'],
    ['that the Committee notes the report', 'note'],
    ['Recommend that the Child Exploitation Strategy is co-produced', 'recommendation'],
    ['request that the letter from the recent Ofsted Monitoring Visit is circulated', 'request'],
    ['that the application be approved subject to conditions', 'decision'],
    ['approve the budget', 'decision'],
    ['Review implementation of the strategy in 12 months', 'other'],
  ])('should type "%s" as %s', (text, kind) => {
    expect(resolutionKindOf(text)).toBe(kind);
  });

  it.each([
    ['declared a disclosable pecuniary interest as the owner of the site', 'disclosable_pecuniary'],
    ['an Other Registrable Interest as a governor', 'other_registrable'],
    ['a non-registrable interest because her son attends the school', 'non_registrable'],
    ['highlighted that she worked for the Children’s Society', 'unspecified'],
  ])('should type "%s" as %s', (text, kind) => {
    expect(declarationKindOf(text)).toBe(kind);
  });
});

describe('meetings and memberships', () => {
  it('should move a meeting only forward through the workflow', () => {
    expect(canMoveMeeting('scheduled', 'agenda_published')).toBe(true);
    expect(canMoveMeeting('minutes_draft', 'minutes_confirmed')).toBe(true);
    expect(canMoveMeeting('minutes_confirmed', 'minutes_draft')).toBe(false);
    expect(canMoveMeeting('held', 'cancelled')).toBe(false);
  });

  it('should hold memberships open at either end', () => {
    expect(isMembershipActiveOn({ startsOn: '2023-05-20', endsOn: null }, '2024-01-01')).toBe(true);
    expect(isMembershipActiveOn({ startsOn: '2023-05-20', endsOn: '2023-12-31' }, '2024-01-01')).toBe(false);
    expect(isMembershipActiveOn({ startsOn: null, endsOn: null }, '1999-01-01')).toBe(true);
  });

  it('should let education co-optees vote only on education items', () => {
    expect(mayVoteOn({ role: 'co_optee', votingScope: 'education' }, true)).toBe(true);
    expect(mayVoteOn({ role: 'co_optee', votingScope: 'education' }, false)).toBe(false);
    expect(mayVoteOn({ role: 'member', votingScope: 'full' }, false)).toBe(true);
    expect(mayVoteOn({ role: 'co_optee', votingScope: 'none' }, true)).toBe(false);
  });

  it('should flag meeting dates with more than two substantive work programme items', () => {
    const e = (plannedOn: string) => ({ plannedOn, status: 'scheduled' as const });
    expect(
      overloadedMeetingDates([e('2023-10-26'), e('2023-10-26'), e('2023-10-26'), e('2023-11-30'), e('2023-11-30')]),
    ).toEqual(['2023-10-26']);
  });
});

describe('provenance pages', () => {
  it('should find the page holding an offset', () => {
    expect(pageAt([], 10)).toBeNull();
    expect(pageAt([0, 100, 250], 0)).toBe(1);
    expect(pageAt([0, 100, 250], 99)).toBe(1);
    expect(pageAt([0, 100, 250], 100)).toBe(2);
    expect(pageAt([0, 100, 250], 10_000)).toBe(3);
  });

  it('should agree with a linear scan for any pages and offset', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(10_000), { minLength: 1 }), fc.nat(12_000), (raw, offset) => {
        const starts = [0, ...raw.filter((n) => n > 0).sort((a, b) => a - b)];
        const linear = starts.filter((s) => s <= offset).length;
        expect(pageAt(starts, offset)).toBe(linear);
      }),
    );
  });
});

describe('isCurrentInferredMember', () => {
  it('should count only those seen at the latest recorded meeting, and only while it is recent', () => {
    expect(isCurrentInferredMember('2026-06-01', '2026-06-01', '2026-12-05')).toBe(true);
    expect(isCurrentInferredMember('2026-03-01', '2026-06-01', '2026-12-05')).toBe(false);
    expect(isCurrentInferredMember('2021-06-01', '2021-06-01', '2026-12-05')).toBe(false);
    expect(isCurrentInferredMember('2025-12-05', '2025-12-05', '2026-12-05')).toBe(true);
    expect(isCurrentInferredMember('2025-12-04', '2025-12-04', '2026-12-05')).toBe(false);
    expect(isCurrentInferredMember('2026-06-01', null, '2026-12-05')).toBe(false);
  });
});
