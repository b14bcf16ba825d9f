import { describe, expect, it } from 'vitest';
import { timeAfterBrokenAt } from '../../../src/ingest/minutes/wrappedTime.js';

describe('timeAfterBrokenAt', () => {
  it('should read the time opening the line below a line broken after "at"', () => {
    expect(timeAfterBrokenAt(' at', '7pm via a Zoom Virtual Meeting')).toBe('7pm via a Zoom Virtual Meeting');
    expect(timeAfterBrokenAt(', commencing at', '19:30 in the Hall')).toBe('19:30 in the Hall');
  });

  it('should read nothing when the line does not break after "at"', () => {
    expect(timeAfterBrokenAt(' in the Village Hall', '7pm apologies')).toBeNull();
  });

  it('should read nothing when the line below opens with no time', () => {
    expect(timeAfterBrokenAt(' at', 'the Village Hall, 7pm')).toBeNull();
    expect(timeAfterBrokenAt(' at', undefined)).toBeNull();
  });
});
