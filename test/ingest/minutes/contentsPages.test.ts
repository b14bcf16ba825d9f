import { describe, expect, it } from 'vitest';
import { withoutContentsPages } from '../../../src/ingest/minutes/contentsPages.js';
import type { ParsedItem } from '../../../src/ingest/parsedDocument.js';

const items = (...titles: string[]): ParsedItem[] => titles.map((title) => ({ title }) as unknown as ParsedItem);
const titles = (list: readonly ParsedItem[]): string[] => list.map((i) => i.title);

describe('withoutContentsPages', () => {
  it('should remove page numbers that end most titles and never go down', () => {
    expect(titles(withoutContentsPages(items('Opening 3', 'Leave of absence 3', 'Reports 5', 'Closure 16')))).toEqual([
      'Opening',
      'Leave of absence',
      'Reports',
      'Closure',
    ]);
  });

  it("should keep numbers that go down: they are the titles' own", () => {
    expect(titles(withoutContentsPages(items('Phase 3', 'Ward 1', 'Route 2')))).toEqual([
      'Phase 3',
      'Ward 1',
      'Route 2',
    ]);
  });

  it("should keep numbers that count up one by one: a series of the titles' own", () => {
    const series = ['Apologies', 'Planning application 1', 'Planning application 2', 'Planning application 3'];
    expect(titles(withoutContentsPages(items(...series)))).toEqual(series);
  });

  it('should keep a number only a few titles end in', () => {
    expect(titles(withoutContentsPages(items('Apologies', 'Minutes', 'Phase 2', 'Finance', 'Planning')))).toContain(
      'Phase 2',
    );
  });
});
