import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { continuesUnderRunningHead, runningHeadLength } from '../../../src/ingest/minutes/runningHeads.js';

const first = toLines(
  'KELLERTON COUNCIL\nMINUTES OF THE ORDINARY MEETING OF COUNCIL\nON TUESDAY, JUNE 9, 2015\nPRESENT\nCouncillors A, B and C',
);
const head = toLines(
  'KELLERTON COUNCIL\nMINUTES OF THE ORDINARY MEETING OF COUNCIL HELD JUNE 9, 2015\n101/15 Apologies',
);

describe('continuesUnderRunningHead', () => {
  it('should read a heading repeating the date under a part with attendance and no items as a running head', () => {
    expect(continuesUnderRunningHead(first, head)).toBe(true);
    expect(runningHeadLength(head)).toBe(2);
  });

  it('should not join a heading of another date', () => {
    const other = toLines('MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD MAY 12, 2015\n1. Apologies');
    expect(continuesUnderRunningHead(first, other)).toBe(false);
  });

  it('should not join a part that already holds its items (an agenda, an earlier meeting)', () => {
    const agenda = toLines(
      'MINUTES OF THE ORDINARY MEETING ON TUESDAY, JUNE 9, 2015\nPRESENT\nCouncillors A and B\n1. Apologies\n2. Minutes\n3. Planning',
    );
    expect(continuesUnderRunningHead(agenda, head)).toBe(false);
  });
});
