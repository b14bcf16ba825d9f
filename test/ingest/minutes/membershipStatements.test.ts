import { describe, expect, it } from 'vitest';
import { readMembershipStatements } from '../../../src/ingest/minutes/membershipStatements.js';
import { readNameList } from '../../../src/ingest/minutes/names.js';
import type { Line } from '../../../src/ingest/minutes/lines.js';

function lines(...texts: string[]): Line[] {
  let at = 0;
  return texts.map((text, index) => {
    const line = { text, start: at, end: at + text.length, index };
    at += text.length + 1;
    return line;
  });
}

describe('readMembershipStatements', () => {
  it('should read appointments to the body and replacements, with the sentence and its span', () => {
    const found = readMembershipStatements(
      lines(
        'To note that Councillor Kwame Johnson has been appointed to fill a vacant seat on the Committee.',
        'Karla Banfield has replaced Chris Wallbanks on the Board as a representative of Procurement;',
        'RESOLVED to appoint Councillor Ann Lee as Vice Chair of the Committee.',
      ),
    );
    expect(found.map((m) => [m.name, m.role, m.replaces])).toEqual([
      ['Councillor Kwame Johnson', 'member', null],
      ['Karla Banfield', 'member', 'Chris Wallbanks'],
      ['Councillor Ann Lee', 'vice_chair', null],
    ]);
    expect(found[0]!.statement).toContain('has been appointed to fill a vacant seat');
    expect(found[0]!.span!.start).toBe(0);
  });

  it('should not read an appointment to another body or a sentence without a name', () => {
    expect(
      readMembershipStatements(
        lines(
          'Councillor Ann Lee was appointed to the Planning Committee.',
          'The Chair of the Committee will be appointed by Full Council at its Annual General Meeting.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('names fused by a lost line break', () => {
  it('should split a title run into the next name after a comma, and after a dash', () => {
    for (const text of [
      'Nicole Harris, Children C James Lavender',
      'Nicole Harris - Children C James Lavender - Governance Officer',
    ])
      expect(readNameList([text]).map((e) => e.name)).toEqual(['Nicole Harris', 'James Lavender']);
  });

  it('should keep a long name whole when nothing in it reads as a title', () => {
    expect(readNameList(['Councillors Mary Ann Smith Jones, Bob Smith']).map((e) => e.name)).toEqual([
      'Councillor Mary Ann Smith Jones',
      'Councillor Bob Smith',
    ]);
  });
});
