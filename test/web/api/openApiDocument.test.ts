import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../../src/web/api/apiRoutes.js';
import { buildOpenApiDocument } from '../../../src/web/api/openApiDocument.js';

const doc = buildOpenApiDocument(API_ROUTES, 'https://council.example/api/v1');

type Parameter = { name: string; in: string; required: boolean; schema: Record<string, unknown> };
const parametersOf = (path: string): Parameter[] => (doc.paths[path]?.get.parameters ?? []) as Parameter[];

describe('OpenAPI document built from the route table', () => {
  it('should list each route once, with exactly the parameters its zod schemas accept', () => {
    // The JSON routes, and a meeting's minutes as Akoma Ntoso (XML, outside the route table).
    expect(Object.keys(doc.paths)).toHaveLength(API_ROUTES.length + 1);
    for (const route of API_ROUTES) {
      const names = parametersOf(route.path).map((p) => `${p.in}:${p.name}`);
      const expected = [
        ...Object.keys(route.pathParams.shape).map((n) => `path:${n}`),
        ...Object.keys(route.query.shape).map((n) => `query:${n}`),
      ];
      expect(names.sort(), route.path).toEqual(expected.sort());
      for (const p of parametersOf(route.path).filter((x) => x.in === 'path')) expect(p.required).toBe(true);
      expect(route.path.match(/\{(\w+)\}/g)?.map((m) => m.slice(1, -1)) ?? []).toEqual(
        Object.keys(route.pathParams.shape),
      );
    }
  });

  it('should carry the limits the handlers enforce: per_page at most 100, q required, page optional', () => {
    const meetings = parametersOf('/meetings');
    const perPage = meetings.find((p) => p.name === 'per_page')!;
    expect(perPage).toMatchObject({
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    });
    expect(meetings.find((p) => p.name === 'status')!.schema.enum).toContain('minutes_confirmed');
    expect(parametersOf('/search').find((p) => p.name === 'q')!.required).toBe(true);
    expect(parametersOf('/search').find((p) => p.name === 'page')!.required).toBe(false);
  });

  it('should point every response at a component that exists, with no fragment $id left in', () => {
    const schemas = doc.components.schemas;
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[A-Za-z]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(schemas, ref).toHaveProperty(ref.replace(/^"#\/components\/schemas\/|"$/g, ''));
    for (const [id, schema] of Object.entries(schemas)) {
      expect(schema, id).not.toHaveProperty('$id');
      expect(schema, id).not.toHaveProperty('$schema');
    }
    expect(schemas.MeetingList).toMatchObject({ required: ['data', 'page'], additionalProperties: false });
  });
});
