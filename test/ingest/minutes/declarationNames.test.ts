import { describe, expect, it } from 'vitest';
import { settleDeclarationNames } from '../../../src/ingest/minutes/declarationNames.js';
import type { ParsedDeclaration, ParsedName } from '../../../src/ingest/parsedDocument.js';

const declaration = (name: string, item: string | null): ParsedDeclaration => ({
  name,
  item,
  text: 'a personal interest',
  kind: 'unspecified',
  span: null,
});
const member = (name: string): ParsedName => ({ name, span: null });
const names = (ds: readonly ParsedDeclaration[]): [string, string | null][] => ds.map((d) => [d.name, d.item]);

describe('settleDeclarationNames', () => {
  it('should split surnames run together when each is a member present', () => {
    const present = ['Councillor Boag', 'Councillor Crown', 'Councillor Price'].map(member);
    expect(names(settleDeclarationNames([declaration('Councillor Boag Crown', '1')], present))).toEqual([
      ['Councillor Boag', '1'],
      ['Councillor Crown', '1'],
    ]);
  });

  it("should keep a member's full name, and two words that are not both members' surnames", () => {
    const present = ['Councillor Mary Dooley', 'Councillor Crown'].map(member);
    expect(names(settleDeclarationNames([declaration('Councillor Mary Dooley', '5')], present))).toEqual([
      ['Councillor Mary Dooley', '5'],
    ]);
    expect(names(settleDeclarationNames([declaration('Councillor Anne Crown', '5')], present))).toEqual([
      ['Councillor Anne Crown', '5'],
    ]);
  });

  it('should drop a surname alone when a fuller name with it declared in the same item, and only then', () => {
    const found = [declaration('Councillor Simon Hou', '18.1'), declaration('Councillor Hou', '18.1')];
    expect(names(settleDeclarationNames(found, []))).toEqual([['Councillor Simon Hou', '18.1']]);
    const apart = [declaration('Councillor Simon Hou', '18.1'), declaration('Councillor Hou', '20')];
    expect(names(settleDeclarationNames(apart, []))).toEqual([
      ['Councillor Simon Hou', '18.1'],
      ['Councillor Hou', '20'],
    ]);
  });
});
