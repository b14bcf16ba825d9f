import { z } from 'zod';
import { AKN_MINUTES_PATH } from './apiAknRoute.js';
import type { ApiRoute } from './apiRoute.js';
import { apiSchemaRegistry, ProblemSchema } from './apiSchemas.js';

export type JsonSchema = Record<string, unknown>;

/** A type (not an interface) so it is assignable to the loose zod schema that describes it. */
export type OpenApiDocument = {
  readonly openapi: '3.1.0';
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly description: string;
    readonly license: { readonly name: string; readonly identifier: string };
  };
  readonly jsonSchemaDialect: string;
  readonly servers: readonly { readonly url: string }[];
  readonly tags: readonly { readonly name: string }[];
  readonly paths: Record<string, { readonly get: JsonSchema }>;
  readonly components: { readonly schemas: Record<string, JsonSchema> };
};

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const COMPONENTS = '#/components/schemas/';

/**
 * `$schema` is given once for the document (jsonSchemaDialect); zod's `$id`s are fragments, which 2020-12 does not
 * allow.
 */
function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemaRegistry, {
    target: 'draft-2020-12',
    uri: (id) => `${COMPONENTS}${id}`,
    unrepresentable: 'throw',
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, bare(s as JsonSchema)]));
}

function schemaRef(schema: z.ZodType): JsonSchema {
  const id = apiSchemaRegistry.get(schema)?.id;
  if (!id) throw new Error('every API response schema must be registered as a component');
  return { $ref: `${COMPONENTS}${id}` };
}

/** A parameter is required when its schema rejects absence (no `.optional()`, no `.default()`). */
function parameters(where: 'path' | 'query', shape: Record<string, z.ZodType>): JsonSchema[] {
  return Object.entries(shape).map(([name, schema]) => {
    const json = bare(
      z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as JsonSchema,
    );
    const required = where === 'path' || !schema.safeParse(undefined).success;
    return {
      name,
      in: where,
      required,
      ...(schema.description ? { description: schema.description } : {}),
      schema: json,
    };
  });
}

const problem = (description: string): JsonSchema => ({
  description,
  content: { 'application/problem+json': { schema: schemaRef(ProblemSchema) } },
});

function operation(route: ApiRoute): JsonSchema {
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    parameters: [...parameters('path', route.pathParams.shape), ...parameters('query', route.query.shape)],
    responses: {
      '200': { description: route.summary, content: { 'application/json': { schema: schemaRef(route.response) } } },
      '400': problem('A query parameter is not valid; `error.parameter` names it.'),
      ...(route.canBeNotFound
        ? { '404': problem('Nothing has this id or slug (exempt items are never published).') }
        : {}),
    },
  };
}

/** The one route that answers XML: a meeting's minutes as Akoma Ntoso (apiAknRoute.ts). */
function aknOperation(): JsonSchema {
  return {
    operationId: 'getMeetingMinutesAkn',
    summary: 'One meeting’s minutes as an Akoma Ntoso 3.0 debate: draft or confirmed and locked, amendments, votes',
    tags: ['meetings'],
    parameters: [
      {
        name: 'id',
        in: 'path',
        required: true,
        schema: { type: 'string', pattern: '^[a-z0-9]{1,64}$' },
      },
    ],
    responses: {
      '200': {
        description: 'The minutes, public items only; `<proprietary>` says where they stand (urn:x-quorum:akn:1).',
        content: { 'application/akn+xml': { schema: { type: 'string' } } },
      },
      '404': problem('There is no meeting with this id.'),
    },
  };
}

/**
 * The OpenAPI 3.1 document of the API, generated from the route table and the zod schemas that
 * validate each response, so what it promises is what the handlers are held to.
 */
export function buildOpenApiDocument(routes: readonly ApiRoute[], serverUrl: string): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Quorum open data API',
      version: '1',
      description:
        'Committees, members, meetings, agenda items, resolutions, recommendations and source documents of the council, as JSON. ' +
        'Lists are paged (`page`, `per_page` up to 100) in an envelope `{ data, page }`; ids are stable across re-imports; exempt items are never published.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    jsonSchemaDialect: DIALECT,
    servers: [{ url: serverUrl }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths: {
      ...Object.fromEntries(routes.map((r) => [r.path, { get: operation(r) }])),
      [AKN_MINUTES_PATH]: { get: aknOperation() },
    },
    components: { schemas: componentSchemas() },
  };
}
