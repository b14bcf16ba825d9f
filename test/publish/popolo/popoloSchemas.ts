import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/schemas/popolo');
const BASE = 'http://www.popoloproject.com/schemas/';

type Schema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

/**
 * Draft-03 → draft-07, mechanically (see the fixtures' LICENCE.md): `id` → `$id`, per-property
 * `required: true` → `required` list.
 */
function translate(raw: Schema): Schema {
  const { $schema: _ignored, id, properties, ...rest } = raw;
  const required: string[] = [];
  const props = Object.fromEntries(
    Object.entries(properties ?? {}).map(([name, p]) => {
      const { required: isRequired, ...keep } = p;
      if (isRequired === true) required.push(name);
      return [name, keep];
    }),
  );
  const $id = String(id).replace('http://popoloproject.com/', 'http://www.popoloproject.com/');
  return { $id, ...rest, properties: props, ...(required.length ? { required } : {}) };
}

/** Ajv validators for Popolo's schemas, by file name without `.json` (person, organization, event...). */
export function popoloValidators(): (name: string) => ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(translate(JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Schema));
  }
  return (name) =>
    ajv.getSchema(`${BASE}${name}.json`) ??
    (() => {
      throw new Error(`no Popolo schema ${name}`);
    })();
}
