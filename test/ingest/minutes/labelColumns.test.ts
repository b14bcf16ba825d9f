import { describe, expect, it } from 'vitest';
import { splitLabelColumns } from '../../../src/ingest/minutes/labelColumns.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

const isLabel = (t: string): boolean => /^(?:present|apologies|members present|officers present)\b/i.test(t);

function columns(text: string): string[] {
  return splitLabelColumns(toLines(text), text, isLabel).map((l) => l.text);
}

describe('splitLabelColumns', () => {
  it('should read two labelled columns one after the other', () => {
    const text = [
      'Present: Cllr A Smith        Apologies: Cllr B Jones',
      'Cllr C Green                 Cllr D Black',
      '                             Cllr E White',
      '',
      '1. Minutes',
    ].join('\n');
    expect(columns(text)).toEqual([
      'Present: Cllr A Smith',
      'Cllr C Green',
      'Apologies: Cllr B Jones',
      'Cllr D Black',
      'Cllr E White',
      '1. Minutes',
    ]);
  });

  it('should keep each cell its exact place in the source', () => {
    const text = 'Members Present     Officers Present\nMr JB Adams         Mrs K Lowe (Clerk)';
    for (const line of splitLabelColumns(toLines(text), text, isLabel))
      expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it('should leave alone a line with one label, and a gap inside one list', () => {
    const text = 'Present: Cllr A Smith     Cllr C Green\nCllr D Black';
    expect(columns(text)).toEqual(['Present: Cllr A Smith Cllr C Green', 'Cllr D Black']);
  });
});
