import { describe, expect, it } from 'vitest';
import { isFollowUpResolution } from '../../../src/domain/workProgramme/followUps.js';
import { resolutionKindOf } from '../../../src/domain/minutes.js';

const followUp = (text: string) => isFollowUpResolution({ kind: resolutionKindOf(text), text });

describe('follow-ups', () => {
  it.each([
    'officers be asked to return to a future meeting with the costed options',
    'the Director report back in six months',
    'to request further information on the tender',
    'that a progress report be brought to the committee in March',
    'the item return to the committee in the new year',
    'an update on recruitment be brought to a future meeting',
  ])('should read "%s" as a follow-up', (text) => {
    expect(followUp(text)).toBe(true);
  });

  it.each([
    'the report be noted',
    'to note the update',
    'the recommendations to the Executive be approved',
    'the Committee thanks the officers for their work',
  ])('should not read "%s" as a follow-up', (text) => {
    expect(followUp(text)).toBe(false);
  });
});
