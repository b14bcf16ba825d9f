import { hash, randomBytes } from 'node:crypto';

/** Lower-case letters and digits without look-alikes, so ids read well in URLs and on the phone. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function encode(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i] ?? 0) % 32];
  return out;
}

/**
 * A stable id derived from a natural key, so that re-importing the same documents into any
 * database gives the same URLs. Parts are joined with a separator that cannot occur in them.
 */
export function stableId(kind: string, ...parts: readonly (string | number | null)[]): string {
  // The one-shot hash, not a Hash object: an import makes ids for every row it stores, and creating the object
  // cost more than hashing the few bytes.
  const digest = hash('sha256', [kind, ...parts.map((p) => String(p ?? ''))].join('\u0000'), 'buffer');
  return encode(digest, 12);
}

/** A random id for records without a natural key (merges, responses, users). */
export function randomId(): string {
  return encode(randomBytes(12), 12);
}

/** A URL slug: lower case ASCII words joined by hyphens, at most 80 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'untitled';
}
