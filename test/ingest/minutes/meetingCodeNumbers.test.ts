import { describe, expect, it } from 'vitest';
import { MEETING_CODE_TITLE } from '../../../src/ingest/minutes/meetingCodeNumbers.js';

describe('MEETING_CODE_TITLE', () => {
  it('reads a meeting code, its running number and the title after a colon or a space', () => {
    expect(MEETING_CODE_TITLE.exec('MH05/17.1: Apologies:   Cllr A')?.slice(1)).toEqual([
      'MH05/17.1',
      'Apologies:   Cllr A',
    ]);
    expect(MEETING_CODE_TITLE.exec('KB06/22.3 Minutes of the meeting')?.[1]).toBe('KB06/22.3');
  });

  it('does not read dates or references as codes', () => {
    expect(MEETING_CODE_TITLE.exec('05/17.1 Apologies')).toBeNull();
    expect(MEETING_CODE_TITLE.exec('Minute 64/17c should read')).toBeNull();
  });
});
