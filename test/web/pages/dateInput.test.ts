import { describe, expect, it } from 'vitest';
import { readDateParts } from '../../../src/web/pages/dateInput.js';
import { parseSearchParams } from '../../../src/web/portal/searchParams.js';

describe('GOV.UK date input', () => {
  const read = (day: string, month: string, year: string) => readDateParts({ day, month, year }, 'From date');

  it('should read a real date, with the month as a number or a name', () => {
    expect(read('15', '5', '2024')).toEqual({ ok: true, iso: '2024-05-15' });
    expect(read(' 1 ', 'Jan', '2025')).toEqual({ ok: true, iso: '2025-01-01' });
    expect(read('29', 'february', '2024')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(read('', '', '')).toEqual({ ok: true, iso: null });
  });

  it.each([
    ['', '5', '2024', 'From date must include a day', ['day']],
    ['15', '', '', 'From date must include a month and year', ['month', 'year']],
    ['', '', '2024', 'From date must include a day and month', ['day', 'month']],
    ['31', '2', '2024', 'From date must be a real date', ['day', 'month', 'year']],
    ['15', '13', '2024', 'From date must be a real date', ['day', 'month', 'year']],
    ['x', '5', '2024', 'From date must be a real date', ['day']],
    ['15', '5', '24', 'Year must include 4 numbers', ['year']],
  ])('should say what is wrong with %j %j %j', (day, month, year, message, parts) => {
    expect(read(day, month, year)).toEqual({ ok: false, problem: { message, parts } });
  });

  it('should keep what was typed beside the error, and search nothing until it is put right', () => {
    const form = parseSearchParams({ q: 'flood', 'from-day': '31', 'from-month': '2', 'from-year': '2024', page: 'x' });
    expect(form.errors).toEqual([
      { field: 'from', message: 'From date must be a real date', parts: ['day', 'month', 'year'] },
    ]);
    expect(form.dates.from).toEqual({ day: '31', month: '2', year: '2024' });
    expect(form.params).toMatchObject({ q: 'flood', from: undefined, page: 1 });
  });

  it('should take an ISO date from a link, fill the boxes from it, and check the order of the dates', () => {
    const form = parseSearchParams({
      q: 'flood',
      from: '2024-05-15',
      'to-day': '1',
      'to-month': '5',
      'to-year': '2024',
    });
    expect(form.dates.from).toEqual({ day: '15', month: '5', year: '2024' });
    expect(form.errors.map((e) => e.message)).toEqual(['To date must be the same as or after the from date']);
    expect(parseSearchParams({ from: 'yesterday' }).errors[0]?.message).toBe(
      'From date must be a real date, for example 27 3 2024',
    );
  });
});
