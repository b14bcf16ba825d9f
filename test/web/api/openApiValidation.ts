import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/**
 * Validates API responses against the OpenAPI document the API serves, with ajv's draft 2020-12
 * validator (the dialect of OpenAPI 3.1): the document's components are added as one schema, so
 * the `#/components/schemas/...` references resolve exactly as they are written.
 */
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ROOT = 'urn:quorum:openapi';

interface Operation {
  readonly responses: Record<
    string,
    { readonly content?: Record<string, { readonly schema: { readonly $ref?: string } }> }
  >;
}

export interface OpenApiDoc {
  readonly openapi: string;
  readonly paths: Record<string, { readonly get?: Operation }>;
  readonly components: { readonly schemas: Record<string, unknown> };
}

export interface ResponseCheck {
  readonly template: string;
  readonly valid: boolean;
  readonly errors: string;
}

export class OpenApiResponses {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly templates: readonly { template: string; pattern: RegExp }[];

  constructor(
    private readonly doc: OpenApiDoc,
    private readonly prefix: string,
  ) {
    // strictTypes is off because zod writes `type` and `anyOf` side by side for nullable unions.
    this.ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
    addFormats(this.ajv);
    // `components` holds schemas, not a validation keyword: declared so strict mode accepts it.
    this.ajv.addKeyword({ keyword: 'components', schemaType: 'object' });
    this.ajv.addSchema({ $id: ROOT, components: doc.components } as object);
    this.templates = Object.keys(doc.paths).map((template) => ({
      template,
      pattern: new RegExp(`^${prefix}${template.replace(/\{\w+\}/g, '[^/]+')}$`),
    }));
  }

  /** The OpenAPI path template a request path falls under, if any. */
  templateOf(path: string): string | undefined {
    return this.templates.find((t) => t.pattern.test(path))?.template;
  }

  /** Checks a response body against what the document says that path answers with that status and media type. */
  check(path: string, status: number, contentType: string, body: unknown): ResponseCheck {
    const template = this.templateOf(path.split('?')[0] ?? path);
    if (!template) return { template: '', valid: false, errors: `no path of the document matches ${path}` };
    const response = this.doc.paths[template]?.get?.responses[String(status)];
    if (!response) return { template, valid: false, errors: `${template} documents no ${status} response` };
    const mediaType = contentType.split(';')[0]!.trim();
    const ref = response.content?.[mediaType]?.schema.$ref;
    if (!ref) return { template, valid: false, errors: `${template} ${status} documents no ${mediaType} schema` };
    const validate = this.validatorFor(ref);
    const valid = validate(body) as boolean;
    return { template, valid, errors: valid ? '' : this.ajv.errorsText(validate.errors, { separator: '\n' }) };
  }

  private validatorFor(ref: string): ValidateFunction {
    const id = ref.replace('#/components/schemas/', '');
    let validate = this.cache.get(id);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${ROOT}#/components/schemas/${id}` });
      this.cache.set(id, validate);
    }
    return validate;
  }
}
