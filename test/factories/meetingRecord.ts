import { MeetingRecordSchema, type MeetingRecord, type MeetingRecordInput } from '../../src/domain/meetingRecord.js';

/** A small, complete meeting record of an invented council; override any part. */
export function buildMeetingRecord(overrides: Partial<MeetingRecordInput> = {}): MeetingRecord {
  return MeetingRecordSchema.parse({
    body: { name: 'Harbourside Overview and Scrutiny Committee' },
    date: '2025-03-12',
    startTime: '18:30',
    venue: 'Council Chamber, Harbourside Town Hall',
    contactName: 'Priya Okafor',
    items: [
      { minuteNumber: '41', title: 'Apologies for absence', standardKind: 'apologies', span: { start: 100, end: 121 } },
      { minuteNumber: '42', title: 'Declarations of interest', span: { start: 200, end: 224 } },
      {
        minuteNumber: '43',
        title: 'Coastal Flood Defence Programme',
        description: 'Report of the Director of Place',
        minutesText: 'The Director presented the report on sea wall repairs at Northgate.',
        points: [
          { label: 'a', text: 'Repairs to the Northgate sea wall are on schedule.' },
          { label: 'b', text: 'Funding from the Environment Agency was confirmed.' },
        ],
        resolutions: [
          { label: '1', text: 'to note the progress of the programme', kind: 'note', span: { start: 900, end: 940 } },
          { label: '2', text: 'to recommend that the Executive publishes a flood risk map', kind: 'recommendation' },
        ],
      },
    ],
    attendance: [
      { name: 'Councillor Ada Lovelace', kind: 'present', roleText: 'Chair', span: { start: 10, end: 33 } },
      { name: 'Councillor Tom Brown', kind: 'present' },
      { name: 'Councillor Rhian Evans', kind: 'apologies', reason: 'unwell' },
      { name: 'Councillor Gus Patel', kind: 'substitute', substituteFor: 'Councillor Rhian Evans' },
      { name: 'Maya Chen', kind: 'in_attendance', capacity: 'officer', roleText: 'Director of Place' },
    ],
    declarations: [
      {
        name: 'Councillor Tom Brown',
        item: '43',
        kind: 'other_registrable',
        text: 'lives near the Northgate sea wall',
      },
    ],
    fieldSpans: { date: { start: 0, end: 10 }, venue: { start: 11, end: 50, inferred: true } },
    ...overrides,
  });
}
