import { describe, expect, it } from 'vitest';
import {
  momentFrom,
  registerInputSchema,
  registerProblems,
  type RegisterContext,
} from '../../../src/app/register/registerInput.js';

const CONTEXT: RegisterContext = {
  itemIds: ['i1', 'i2', 'i3'],
  members: new Map([
    ['a', 'Ada Lovelace'],
    ['r', 'Rhian Evans'],
  ]),
  allowsSubstitutes: true,
};
const still = { arrival: '', arrivalTime: '', departure: '', departureTime: '' };
const member = (personId: string, status: string, over = {}) => ({ personId, status, reason: '', ...still, ...over });
const sub = (name: string, substituteForId: string, over = {}) => ({
  name,
  substituteForId,
  remote: false,
  ...still,
  ...over,
});

function problems(input: object, context = CONTEXT) {
  return registerProblems(
    registerInputSchema.parse({ version: 0, fingerprint: '', members: [], substitutes: [], others: [], ...input }),
    context,
  );
}

describe('what the clerk typed in the register', () => {
  it('should read "during item 2" and "after item 3" as moments, and nothing as none', () => {
    expect(momentFrom('during:i2', '18:50')).toEqual({ itemId: 'i2', during: true, time: '18:50' });
    expect(momentFrom('after:i3', '')).toEqual({ itemId: 'i3', during: false, time: null });
    expect(momentFrom('', '19:10')).toEqual({ itemId: null, during: false, time: '19:10' });
    expect(momentFrom('', '')).toBeNull();
  });

  it('should accept arriving before an item and leaving after the same one', () => {
    expect(problems({ members: [member('a', 'present', { arrival: 'before:i2', departure: 'after:i2' })] })).toEqual(
      [],
    );
  });

  it('should refuse an item of another meeting, a departure placed as an arrival, and movements of an absent member', () => {
    expect(
      problems({
        members: [
          member('a', 'present', { arrival: 'during:elsewhere', departure: 'before:i3' }),
          member('r', 'absent', { departureTime: '19:00' }),
        ],
      }).map((p) => p.field),
    ).toEqual(['members.0.arrival', 'members.0.departure', 'members.1.arrival']);
  });

  it('should refuse a departure time before the arrival time', () => {
    expect(problems({ members: [member('a', 'remote', { arrivalTime: '19:30', departureTime: '19:05' })] })).toEqual([
      { field: 'members.0.departureTime', message: 'The time of leaving must be after the time of arrival' },
    ]);
  });

  it('should refuse a substitute where the body allows none, or a second one for the same member', () => {
    const subs = { members: [member('r', 'apologies')], substitutes: [sub('Gus Patel', 'r'), sub('Nia Rees', 'r')] };
    expect(problems(subs).map((p) => p.message)).toEqual(['Rhian Evans already has a substitute']);
    expect(problems(subs, { ...CONTEXT, allowsSubstitutes: false }).map((p) => p.message)).toEqual([
      'This body does not allow substitutes',
      'This body does not allow substitutes',
    ]);
  });

  it('should refuse someone who is not a member on the day, and a role without a name', () => {
    expect(
      problems({
        members: [member('stranger', 'present')],
        others: [{ name: '', roleText: 'Director of Place', capacity: 'officer' }],
      }).map((p) => p.field),
    ).toEqual(['members.0.status', 'others.0.name']);
  });

  it('should refuse a time that is not hours and minutes, and a status it does not know', () => {
    const parsed = registerInputSchema.safeParse({
      version: 0,
      fingerprint: '',
      members: [member('a', 'sleeping', { arrivalTime: '7pm' })],
      substitutes: [],
      others: [],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'members.0.arrivalTime',
      'members.0.status',
    ]);
  });
});
