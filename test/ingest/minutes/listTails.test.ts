import { describe, expect, it } from 'vitest';

import { splitColonPair, withoutCompanyTail, withoutPostTail } from '../../../src/ingest/minutes/listTails.js';
import { looksLikeName } from '../../../src/ingest/minutes/names.js';

describe('withoutCompanyTail', () => {
  it('should drop the public counted after the last name', () => {
    expect(withoutCompanyTail('Mrs. Berry, B. Glover together with 4 members of the public.')).toBe(
      'Mrs. Berry, B. Glover',
    );
    expect(withoutCompanyTail('G. Clere and a member of the public')).toBe('G. Clere');
    expect(withoutCompanyTail('A. Dent, B. Ford and C. Grey')).toBe('A. Dent, B. Ford and C. Grey');
  });
});

describe('splitColonPair', () => {
  it('should split two names a colon stands between, and leave a label before its list', () => {
    expect(splitColonPair('C. Humphries: G. Clere', looksLikeName)).toEqual(['C. Humphries', 'G. Clere']);
    expect(splitColonPair('Councillors: A. Dent', looksLikeName)).toEqual(['Councillors: A. Dent']);
  });
});

describe('withoutPostTail', () => {
  it('should drop an officer named by the post alone after "and", and keep one the list goes on to name', () => {
    expect(withoutPostTail('Cllr J Biscoe, Cllr N Potter and the Clerk.')).toBe('Cllr J Biscoe, Cllr N Potter');
    expect(withoutPostTail('Cllr A Moss & the Parish Clerk')).toBe('Cllr A Moss');
    expect(withoutPostTail('C Richardson and the Parish Clerk, Mrs S. McIntyre')).toBe(
      'C Richardson and the Parish Clerk, Mrs S. McIntyre',
    );
    expect(withoutPostTail('Kerry Wilcox, the temporary clerk')).toBe('Kerry Wilcox, the temporary clerk');
  });
});
