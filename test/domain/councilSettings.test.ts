import { describe, expect, it } from 'vitest';
import {
  ContactEmailSchema,
  CouncilNameSchema,
  CouncilUrlSchema,
  councilSettingsFrom,
  DEFAULT_COUNCIL_SETTINGS,
  logoFromBytes,
  logoFromStoredValue,
  logoToStoredValue,
  LOGO_MAX_BYTES,
} from '../../src/domain/councilSettings.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const SVG = new TextEncoder().encode(
  '<?xml version="1.0"?>\n<!-- crest -->\n<svg xmlns="http://www.w3.org/2000/svg"/>',
);

describe('the council settings', () => {
  it('should accept a council name, trimmed, and refuse an empty, overlong or multi-line one', () => {
    expect(CouncilNameSchema.parse('  Nottingham City Council ')).toBe('Nottingham City Council');
    for (const bad of ['', '   ', 'x'.repeat(101), 'Nottingham\nCity', 'Bad\u0007Name'])
      expect(CouncilNameSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('should accept only full web addresses for the council website', () => {
    expect(CouncilUrlSchema.parse('https://www.nottinghamcity.gov.uk')).toBe('https://www.nottinghamcity.gov.uk/');
    for (const bad of ['www.nottinghamcity.gov.uk', 'javascript:alert(1)', 'ftp://council.gov.uk', 'https://localhost'])
      expect(CouncilUrlSchema.safeParse(bad).success, bad).toBe(false);
    const problem = CouncilUrlSchema.safeParse('nottinghamcity.gov.uk');
    expect(problem.success ? '' : problem.error.issues[0]?.message).toContain('starting https://');
  });

  it('should accept an email address and refuse what is not one', () => {
    expect(ContactEmailSchema.parse(' democratic.services@nottinghamcity.gov.uk ')).toBe(
      'democratic.services@nottinghamcity.gov.uk',
    );
    for (const bad of ['democratic services', 'a@', '<script>@x.uk'])
      expect(ContactEmailSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('should recognise a logo by its bytes, not its name, and keep it whole through storage', () => {
    expect(logoFromBytes(PNG).mediaType).toBe('image/png');
    expect(logoFromBytes(SVG).mediaType).toBe('image/svg+xml');
    expect(logoFromBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])).mediaType).toBe('image/jpeg');
    expect(() => logoFromBytes(new TextEncoder().encode('<html><svg/></html>'))).toThrow('PNG, JPEG or SVG');
    expect(() => logoFromBytes(new Uint8Array())).toThrow('empty');
    expect(() => logoFromBytes(new Uint8Array(LOGO_MAX_BYTES + 1).fill(0x89))).toThrow('100 KB or smaller');
    const stored = logoToStoredValue(logoFromBytes(SVG));
    expect(logoFromStoredValue(stored)?.bytes).toEqual(SVG);
  });

  it('should fall back to the defaults for settings not set, or no longer valid', () => {
    expect(councilSettingsFrom({})).toEqual(DEFAULT_COUNCIL_SETTINGS);
    const stored = logoToStoredValue(logoFromBytes(PNG));
    expect(
      councilSettingsFrom({
        council_name: 'Nottingham City Council',
        council_url: 'not a url',
        contact_email: 'ds@nottinghamcity.gov.uk',
        // The pages read only the start of the stored logo.
        logo: stored.slice(0, 30),
      }),
    ).toEqual({
      councilName: 'Nottingham City Council',
      councilUrl: null,
      contactEmail: 'ds@nottinghamcity.gov.uk',
      logoMediaType: 'image/png',
    });
  });
});
