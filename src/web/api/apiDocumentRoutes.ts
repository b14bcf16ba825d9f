import { z } from 'zod';
import { MARK_END, MARK_START, SEARCH_KINDS, type SearchHit } from '../../store/public/publicSearch.js';
import { seg, type ApiLinks } from './apiLinks.js';
import { bodyIdFilter, meetingIdFilter } from './apiFilters.js';
import { checkRange, DateRangeParams, idParam, PagingParams, slugParam } from './apiParams.js';
import { bodyRef, toDocument, toDocumentPart } from './apiPresenters.js';
import { ApiProblem } from './apiProblem.js';
import { defineRoute, pageOf, pageRequestOf, type ApiRoute } from './apiRoute.js';
import {
  DocumentDetailSchema,
  DocumentListSchema,
  SearchHitListSchema,
  type ApiSearchHit,
  type BodyRef,
} from './apiSchemas.js';

const noParams = z.object({});
/** The portal marks matched words; the API gives the passage as plain text. */
const MARKS = new RegExp(`[${MARK_START}${MARK_END}]`, 'g');

function hitLinks(
  links: ApiLinks,
  hit: SearchHit,
  itemOfResolution: ReadonlyMap<string, string>,
): { url: string; html_url: string } {
  const id = seg(hit.subjectId);
  if (hit.kind === 'meeting') return { url: links.api(`/meetings/${id}`), html_url: links.html(`/meetings/${id}`) };
  if (hit.kind === 'item') return { url: links.api(`/items/${id}`), html_url: links.html(`/items/${id}`) };
  if (hit.kind === 'document') return { url: links.api(`/documents/${id}`), html_url: links.html(`/documents/${id}`) };
  const itemId = itemOfResolution.get(hit.subjectId);
  if (itemId)
    return { url: links.api(`/resolutions/${id}`), html_url: links.html(`/items/${seg(itemId)}#resolution-${id}`) };
  // A meeting's own resolution (no item) has its row on the meeting page.
  const meetingId = seg(hit.meetingId ?? '');
  return { url: links.api(`/resolutions/${id}`), html_url: links.html(`/meetings/${meetingId}#resolution-${id}`) };
}

/** Source documents and full-text search. */
export const documentRoutes: readonly ApiRoute[] = [
  defineRoute({
    path: '/documents',
    operationId: 'listDocuments',
    summary: 'Source documents (metadata only), newest import first',
    tag: 'documents',
    pathParams: noParams,
    query: z.object({
      ...PagingParams,
      meeting: idParam('meeting').optional().describe('Only documents this meeting was read from (id).'),
      media_type: z
        .string()
        .max(100)
        .optional()
        .describe('Only documents of this media type (application/pdf, text/html, text/plain).'),
    }),
    response: DocumentListSchema,
    async handle(req) {
      const paged = await req.reads.documents.page(
        { meetingId: await meetingIdFilter(req.reads, req.query.meeting), mediaType: req.query.media_type },
        pageRequestOf(req.query),
      );
      return { data: paged.rows.map((d) => toDocument(req.links, d)), page: pageOf(req, paged.total) };
    },
  }),

  defineRoute({
    path: '/documents/{id}',
    operationId: 'getDocument',
    summary: 'One source document with its parts; its text only with `include=text`',
    tag: 'documents',
    pathParams: z.object({ id: idParam('document') }),
    query: z.object({ include: z.enum(['text']).optional().describe('`text` adds the document’s full text.') }),
    response: DocumentDetailSchema,
    async handle(req) {
      const view = await req.reads.documents.view(req.params.id);
      if (!view) throw new ApiProblem('not_found', `There is no document with the id "${req.params.id}".`, 'id');
      return {
        ...toDocument(req.links, view.document),
        parts: view.parts.map(toDocumentPart),
        ...(req.query.include === 'text' ? { text: view.text } : {}),
      };
    },
  }),

  defineRoute({
    path: '/search',
    operationId: 'search',
    summary: 'Full-text search over meetings, agenda items and resolutions, with the portal’s filters',
    tag: 'search',
    pathParams: noParams,
    query: z.object({
      q: z
        .string({ error: 'Give the words to search for' })
        .trim()
        .min(1, 'Give the words to search for')
        .max(200)
        .describe('The words to find.'),
      body: slugParam('body').optional().describe('Only this body (slug).'),
      ...DateRangeParams,
      kind: z
        .enum(SEARCH_KINDS)
        .optional()
        .describe('Only meetings, items, resolutions or documents whose meeting could not be placed.'),
      ...PagingParams,
    }),
    response: SearchHitListSchema,
    async handle(req) {
      checkRange(req.query);
      const { q, from, to, kind } = req.query;
      const bodyId = await bodyIdFilter(req.reads, req.query.body);
      const page = pageRequestOf(req.query);
      const results = await req.reads.search.search({
        text: q,
        bodyId,
        from,
        to,
        kind,
        limit: page.limit,
        offset: page.offset,
      });
      const itemOfResolution = await req.reads.decisions.itemsOf(
        results.hits.filter((h) => h.kind === 'resolution').map((h) => h.subjectId),
      );
      const bodies = new Map<string, BodyRef>(
        (await req.reads.bodies.list()).map((b) => [b.id, bodyRef(req.links, b)]),
      );
      const data = results.hits.map((h): ApiSearchHit => ({
        kind: h.kind,
        id: h.subjectId,
        ...hitLinks(req.links, h, itemOfResolution),
        title: h.title,
        snippet: h.snippet.replace(MARKS, ''),
        date: h.date,
        meeting: h.meetingId ? { id: h.meetingId, url: req.links.api(`/meetings/${seg(h.meetingId)}`) } : null,
        body: (h.bodyId && bodies.get(h.bodyId)) || null,
      }));
      return { data, page: pageOf(req, results.total, results.moreThanTotal) };
    },
  }),
];
