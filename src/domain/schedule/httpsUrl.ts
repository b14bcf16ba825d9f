import { z } from 'zod';

/** Long enough for any streaming service's links, short enough to bound what a clerk can store. */
export const MAX_URL_LENGTH = 2000;

/**
 * An absolute `https:` address with a host and no credentials, as the public will follow it:
 * `javascript:`, `data:` and plain `http:` links are refused, so a link on the portal can neither
 * run script nor be read or changed on the way.
 */
export const httpsUrlSchema = z
  .string()
  .trim()
  .max(MAX_URL_LENGTH, { message: `the address must be ${MAX_URL_LENGTH} characters or fewer` })
  .refine(isHttpsUrl, { message: 'enter the full address of the stream, starting https://' });

export function isHttpsUrl(text: string): boolean {
  if (!/^https:\/\//i.test(text) || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}
