import { z } from 'zod';

/**
 * The council's own settings: whose record this is. Pages, feeds and open data name the council
 * with them; CONVENTIONS.md lists the keys (`quorum settings set <key> <value>`).
 */
export const SETTING_KEYS = ['council_name', 'council_url', 'contact_email', 'logo'] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];

/** The name pages and feeds give when the council has not set one. */
export const DEFAULT_COUNCIL_NAME = 'Council';

/** A logo larger than this would slow every page; councils' header logos are a few kilobytes. */
export const LOGO_MAX_BYTES = 100 * 1024;

export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;

export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number];

export interface Logo {
  readonly mediaType: LogoMediaType;
  readonly bytes: Uint8Array;
}

/** What identifies the council on every page, feed and open-data answer. */
export interface CouncilSettings {
  readonly councilName: string;
  /** The council's own website, `https://…`; null when not set. */
  readonly councilUrl: string | null;
  readonly contactEmail: string | null;
  /** The logo's media type when a logo is set (its bytes are served at /logo). */
  readonly logoMediaType: LogoMediaType | null;
}

export const DEFAULT_COUNCIL_SETTINGS: CouncilSettings = {
  councilName: DEFAULT_COUNCIL_NAME,
  councilUrl: null,
  contactEmail: null,
  logoMediaType: null,
};

// Control characters would corrupt titles, headers and feeds; a name is one line.
const ONE_LINE = /^[^\p{Cc}\p{Cf}\u2028\u2029]*$/u;

export const CouncilNameSchema = z
  .string()
  .trim()
  .min(1, 'enter the council\'s name, for example "Nottingham City Council"')
  .max(100, 'the council name must be 100 characters or fewer')
  .regex(ONE_LINE, 'the council name must be one line of text, without control characters');

export const CouncilUrlSchema = z
  .string()
  .trim()
  .max(500, 'the address must be 500 characters or fewer')
  .refine(
    (v) => {
      try {
        const url = new URL(v);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
      } catch {
        return false;
      }
    },
    {
      message:
        'enter the full address of the council\'s website, starting https://, for example "https://www.nottinghamcity.gov.uk"',
    },
  )
  .transform((v) => new URL(v).toString());

export const ContactEmailSchema = z
  .string()
  .trim()
  .max(254, 'the email address must be 254 characters or fewer')
  .pipe(z.email({ message: 'enter an email address like "democratic.services@council.gov.uk"' }));

/** Reads a logo's bytes: PNG, JPEG or SVG by their content (not the file name), small enough for every page. */
export function logoFromBytes(bytes: Uint8Array): Logo {
  if (bytes.length === 0) throw new Error('the logo file is empty');
  if (bytes.length > LOGO_MAX_BYTES)
    throw new Error(
      `the logo is ${Math.ceil(bytes.length / 1024)} KB; it must be ${LOGO_MAX_BYTES / 1024} KB or smaller`,
    );
  const mediaType = sniffImage(bytes);
  if (!mediaType) throw new Error('the logo must be a PNG, JPEG or SVG image');
  return { mediaType, bytes };
}

function sniffImage(bytes: Uint8Array): LogoMediaType | null {
  const starts = (...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  // An SVG starts with its root element, possibly after an XML declaration, comments or a doctype.
  if (/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

/** How the logo is stored in the settings table: a data URL, so it travels with the record in every backup. */
export function logoToStoredValue(logo: Logo): string {
  return `data:${logo.mediaType};base64,${Buffer.from(logo.bytes).toString('base64')}`;
}

const STORED_LOGO = /^data:(image\/(?:png|jpeg|svg\+xml));base64,/;

/** The stored logo's media type, read from the start of its data URL alone (pages need no more). */
export function logoMediaTypeOf(stored: string | undefined): LogoMediaType | null {
  return (STORED_LOGO.exec(stored ?? '')?.[1] as LogoMediaType | undefined) ?? null;
}

export function logoFromStoredValue(value: string): Logo | null {
  const match = /^data:(image\/(?:png|jpeg|svg\+xml));base64,([A-Za-z0-9+/=]+)$/.exec(value);
  if (!match) return null;
  return { mediaType: match[1] as LogoMediaType, bytes: new Uint8Array(Buffer.from(match[2]!, 'base64')) };
}

/**
 * The settings as stored (key → text), read leniently: a value that no longer passes its rule is left out.
 * The logo may be only the start of its stored value.
 */
export function councilSettingsFrom(stored: Readonly<Record<string, string>>): CouncilSettings {
  const ok = <T>(schema: z.ZodType<T>, value: string | undefined): T | null => {
    if (value === undefined) return null;
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  return {
    councilName: ok(CouncilNameSchema, stored.council_name) ?? DEFAULT_COUNCIL_NAME,
    councilUrl: ok(CouncilUrlSchema, stored.council_url),
    contactEmail: ok(ContactEmailSchema, stored.contact_email),
    logoMediaType: logoMediaTypeOf(stored.logo),
  };
}
