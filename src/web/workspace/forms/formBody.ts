import type { Context } from 'hono';
import type { z } from 'zod';
import type { FieldError } from './formFields.js';

/** A submitted form's text fields (files and repeated fields aside), each trimmed of nothing: kept as typed. */
export async function readForm(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string') fields[key] = value;
  return fields;
}

/** zod's issues as GOV.UK field errors: the first problem per field, its message starting with a capital. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: issue.message.charAt(0).toUpperCase() + issue.message.slice(1) });
  }
  return errors;
}
