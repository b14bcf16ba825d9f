import { describe, expect, it } from 'vitest';
import { MeetingRecordSchema, type MeetingRecordInput } from '../../src/domain/meetingRecord.js';
import { ownMeetingRecord } from '../../src/domain/ownMeetingRecord.js';

/** The schema's output, or null where it refuses the record. */
function schemaOf(input: MeetingRecordInput): unknown {
  const parsed = MeetingRecordSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

const full: MeetingRecordInput = {
  body: { name: '  Harbourside Parish Council ' },
  date: '2025-03-04',
  startedAt: '19:00',
  startTime: '19:00',
  venue: ' Village Hall ',
  isRemote: false,
  contactName: null,
  items: [
    {
      agendaNumber: null,
      minuteNumber: ' 12 ',
      title: ' Apologies ',
      description: null,
      minutesText: 'Received.',
      standardKind: 'apologies',
      isExempt: false,
      exemptParagraph: null,
      pageStart: 2,
      pageEnd: 3,
      points: [{ label: 'a', text: ' a point ', span: { start: 4, end: 9 } }],
      resolutions: [{ label: null, text: ' RESOLVED ', kind: 'decision', isFormal: true, span: null }],
      span: { start: 0, end: 40 },
    },
  ],
  attendance: [
    { name: ' Cllr A. Fenwick ', kind: 'present', substituteFor: null, roleText: 'Chair', span: { start: 1, end: 5 } },
    { name: 'B. Oduya', kind: 'apologies', reason: ' away ', span: null },
    { name: 'C. Marsh', kind: 'in_attendance', capacity: 'officer', roleText: 'Clerk', span: null },
  ],
  declarations: [{ name: 'A. Fenwick', item: '12', kind: 'disclosable_pecuniary', text: ' owns land ', span: null }],
  memberships: [{ name: 'D. Pryce', role: 'chair', replaces: null, statement: ' elected chair ', span: null }],
  resolutions: [],
  fieldSpans: { body: { start: 0, end: 10 }, date: { start: 11, end: 20, inferred: true } },
};

describe('ownMeetingRecord', () => {
  it('trims and fills defaults as the schema does, key order included', () => {
    const own = ownMeetingRecord(full);
    expect(own).not.toBeNull();
    expect(own).toStrictEqual(schemaOf(full));
    expect(JSON.stringify(own)).toBe(JSON.stringify(schemaOf(full)));
    expect(own?.body.name).toBe('Harbourside Parish Council');
  });

  it('fills what a sparse record leaves out, as a scheduled meeting is listed', () => {
    const sparse: MeetingRecordInput = {
      body: { name: 'Finance Committee' },
      date: '2025-06-01',
      startTime: null,
      status: 'scheduled',
      fieldSpans: { date: { start: 3, end: 9, inferred: true } },
    };
    const own = ownMeetingRecord(sparse);
    expect(own).toStrictEqual(schemaOf(sparse));
    expect(JSON.stringify(own)).toBe(JSON.stringify(schemaOf(sparse)));
    expect(own?.items).toEqual([]);
    expect(own?.isRemote).toBe(false);
  });

  it.each<[string, MeetingRecordInput]>([
    ['a title that is only spaces', { ...full, items: [{ ...full.items![0]!, title: '   ' }] }],
    ['an empty optional text', { ...full, venue: ' ' }],
    ['a date not written as YYYY-MM-DD', { ...full, date: '4 March 2025' }],
    ['an item ending before it starts', { ...full, items: [{ ...full.items![0]!, pageStart: 5, pageEnd: 4 }] }],
    ['an attendance kind it does not know', { ...full, attendance: [{ name: 'X', kind: 'late' as 'present' }] }],
    ['a span with a negative start', { ...full, fieldSpans: { date: { start: -1, end: 2 } } }],
  ])('leaves %s to the schema, which refuses it', (_, input) => {
    expect(ownMeetingRecord(input)).toBeNull();
    expect(schemaOf(input)).toBeNull();
  });
});
