import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exemptByExclusion,
  exemptItemPassages,
  headingSaysExempt,
  WITHHELD_NOTICE,
  withholdPassages,
} from '../../src/domain/exemptInformation.js';

describe('headingSaysExempt', () => {
  it.each([
    'Exempt: disposal of land at Mill Lane',
    'Disposal of land at Mill Lane (Exempt)',
    'Disposal of land (Not for publication)',
    'Contract award - not for publication by virtue of paragraph 3',
    'Part 2 - Depot lease',
    'PART II ITEMS',
    'Confidential: staffing matter',
    'Private and confidential - legal advice',
    'Appendix B (exempt information)',
  ])('should read "%s" as exempt', (heading) => {
    expect(headingSaysExempt(heading)).toBe(true);
  });

  it.each([
    'Private sector housing renewal',
    'Confidential reporting (whistleblowing) policy review',
    'Exclusion of the press and public: exempt information',
    '12 Exclusion of the Public',
    'Partnership update',
    'Exemptions from business rates: policy',
  ])('should read "%s" as public business', (heading) => {
    expect(headingSaysExempt(heading)).toBe(false);
  });
});

describe('withholdPassages', () => {
  it('should blank each passage with the notice, keeping the length and the line breaks', () => {
    const text = 'Item 1 public words.\nItem 2 the buyer is ACME LTD for £2m.\nItem 3 public again.';
    const start = text.indexOf('Item 2');
    const end = text.indexOf('Item 3');
    const out = withholdPassages(text, [{ start, end }]);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('ACME');
    expect(out.slice(start)).toMatch(new RegExp(`^${WITHHELD_NOTICE.replace(/[[\]]/g, '\\$&')}`));
    expect(out.slice(0, start)).toBe(text.slice(0, start));
    expect(out.slice(end)).toBe(text.slice(end));
    expect(out.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('should keep no character of any passage, however passages overlap or run past the end', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }),
        fc.array(fc.tuple(fc.nat(250), fc.nat(250)), { maxLength: 5 }),
        (text, pairs) => {
          const passages = pairs.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
          const out = withholdPassages(text, passages);
          expect(out).toHaveLength(text.length);
          for (const p of passages)
            for (let i = p.start; i < Math.min(p.end, text.length); i++)
              if (text[i] !== '\n')
                expect(out[i] === text[i] && text[i] !== ' ' && !WITHHELD_NOTICE.includes(text[i]!)).toBe(false);
        },
      ),
    );
  });
});

describe('exemptItemPassages', () => {
  it('should withhold from an exempt heading to the next heading, and to the end after the last item', () => {
    const items = [
      { start: 0, isExempt: false },
      { start: 50, isExempt: true },
      { start: 90, isExempt: false },
      { start: 120, isExempt: true },
    ];
    expect(exemptItemPassages(items, 200)).toEqual([
      { start: 50, end: 90 },
      { start: 120, end: 200 },
    ]);
  });
});

describe('exemptByExclusion', () => {
  const item = (minuteNumber: string, title: string, text = '', isExempt = false) => ({
    title,
    minuteNumber,
    agendaNumber: null,
    text,
    isExempt,
  });

  it('should make the items after "the following items" exempt, and leave the exclusion as it was marked', () => {
    const flags = exemptByExclusion([
      item('5', 'Parks report'),
      item('6', 'Exclusion of the Press and Public', 'RESOLVED that the public be excluded for the following items.'),
      item('7', 'Lease of the yard'),
      item('8', 'Staffing review'),
    ]);
    expect(flags).toEqual([false, false, true, true]);
  });

  it('should make only the items an exclusion resolution names exempt', () => {
    const flags = exemptByExclusion([
      item('3', 'Exclusion of the public', 'the press and public be excluded from discussion relating to item 15'),
      item('14', 'Footpaths'),
      item('15', 'New school site'),
      item('16', 'Date of next meeting'),
    ]);
    expect(flags).toEqual([false, false, true, false]);
  });

  it('should mark nothing but exempt headings when no exclusion was resolved', () => {
    expect(
      exemptByExclusion([item('1', 'Minutes'), item('2', 'Depot sale (Exempt)'), item('3', 'Any other business')]),
    ).toEqual([false, true, false]);
  });
});
