import { describe, expect, it } from 'vitest';
import { auditChanges } from '../../src/domain/auditEntry.js';

describe('the fields an audit entry changed', () => {
  it('should list only the fields whose values differ, nested values compared whole', () => {
    const changes = auditChanges({
      before: { role: 'clerk', bodies: ['a'], active: true },
      after: { role: 'admin', bodies: ['a'], active: true },
    });
    expect(changes).toEqual([{ field: 'role', before: 'clerk', after: 'admin' }]);
    expect(auditChanges({ before: { bodies: ['a'] }, after: { bodies: ['a', 'b'] } })).toHaveLength(1);
  });

  it('should show every field of a record created or removed', () => {
    expect(auditChanges({ before: undefined, after: { email: 'x@y.org', role: 'clerk' } }).map((c) => c.field)).toEqual(
      ['email', 'role'],
    );
    expect(auditChanges({ before: { email: 'x@y.org' }, after: null })).toEqual([
      { field: 'email', before: 'x@y.org', after: undefined },
    ]);
  });

  it('should treat a plain value as one field', () => {
    expect(auditChanges({ before: 'Jo Bloggs', after: 'Joanne Bloggs' })).toEqual([
      { field: 'value', before: 'Jo Bloggs', after: 'Joanne Bloggs' },
    ]);
  });
});
