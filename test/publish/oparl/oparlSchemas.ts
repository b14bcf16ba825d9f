import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The OParl 1.1 JSON schemas as released in OParl 1.1.1 (test/fixtures/schemas/oparl-1.1, with
 * their origin in its README) compiled with ajv. They name no draft and use no keyword whose
 * meaning differs between drafts, so ajv's default (draft-07) reads them as written. They
 * annotate with keywords of their own: `references`, `backreference` and `cardinality` say what a
 * URL points at, and `schema: "File.json"` marks an embedded object of that type, which we
 * validate as such, like a `$ref`, so embedded agenda items, files and memberships are checked too.
 */
const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/schemas/oparl-1.1');
const BASE = 'https://schema.oparl.org/1.1/';

export const OPARL_TYPES = [
  'System',
  'Body',
  'Organization',
  'Person',
  'Membership',
  'Meeting',
  'AgendaItem',
  'Paper',
  'File',
  'Consultation',
  'Location',
  'LegislativeTerm',
] as const;
export type OparlTypeName = (typeof OPARL_TYPES)[number];

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function build(): Ajv {
  // The type patterns escape ':' and '/', which only regular expressions without the u flag accept;
  // external-list links are strings annotated with the `items` their list holds (strictTypes off).
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv);
  ajv.addVocabulary(['references', 'backreference', 'cardinality']);
  ajv.addKeyword({ keyword: 'schema', macro: (name: string) => ({ $ref: `${BASE}${name}` }) });
  for (const type of OPARL_TYPES) {
    const schema = JSON.parse(fs.readFileSync(path.join(DIR, `${type}.json`), 'utf8')) as Record<string, unknown>;
    // Embedded objects name their schema by file name ("File.json"): key each one that way.
    ajv.addSchema(schema, `${BASE}${type}.json`);
  }
  return ajv;
}

const ajv = build();
const validators = new Map<string, ValidateFunction>();

/** Validation errors of an object against the schema of its type; empty when valid. */
export function oparlErrors(type: OparlTypeName, value: unknown): string[] {
  let validate = validators.get(type);
  if (!validate) {
    validate = ajv.getSchema(`${BASE}${type}.json`);
    if (!validate) throw new Error(`no schema for ${type}`);
    validators.set(type, validate);
  }
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${type}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The schema type an object names in its `type`, e.g. "Meeting". */
export function typeNameOf(value: { type?: unknown }): OparlTypeName {
  const name = String(value.type ?? '').replace(BASE, '');
  if (!(OPARL_TYPES as readonly string[]).includes(name))
    throw new Error(`not an OParl 1.1 type: ${String(value.type)}`);
  return name as OparlTypeName;
}
