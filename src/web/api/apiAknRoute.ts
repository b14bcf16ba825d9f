import type { Context, Hono } from 'hono';
import { minutesAkn } from '../../publish/akn/meetingMinutesAkn.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import { API_PREFIX } from './apiLinks.js';
import { idParam } from './apiParams.js';
import { ApiProblem, problemResponse } from './apiProblem.js';

/** Where one meeting's minutes are served as Akoma Ntoso, under the API (OpenAPI path template). */
export const AKN_MINUTES_PATH = '/meetings/{id}/minutes.akn';

/**
 * One meeting's minutes as an Akoma Ntoso 3.0 `<debate>`, the same document `quorum export --format
 * akn` puts in its collection: public items only, the minutes' state (draft, confirmed and locked)
 * and amendments, motions with their votes. XML, so outside the JSON route table; the OpenAPI
 * document lists it all the same (openApiDocument.ts).
 */
export function registerAknRoute(
  app: Hono,
  reads: PublicReads,
  options: { readonly baseUrl?: string | undefined; readonly today?: () => string },
): void {
  app.get(`${API_PREFIX}/meetings/:id/minutes.akn`, async (c: Context) => {
    const id = c.req.param('id') ?? '';
    if (!idParam('meeting').safeParse(id).success || !(await reads.meetings.exists(id)))
      return problemResponse(c, new ApiProblem('not_found', `There is no meeting with the id "${id}".`, 'id'));
    let minutes;
    for await (const page of reads.record.minutes.stream({ meetingId: id }, 1)) {
      minutes = page[0];
      break;
    }
    if (!minutes)
      return problemResponse(c, new ApiProblem('not_found', `There is no meeting with the id "${id}".`, 'id'));
    const xml = minutesAkn(minutes, {
      baseUrl: (options.baseUrl ?? new URL(c.req.url).origin).replace(/\/+$/, ''),
      generatedOn: options.today?.() ?? new Date().toISOString().slice(0, 10),
    });
    return c.body(xml, 200, { 'content-type': 'application/akn+xml; charset=utf-8' });
  });
}
