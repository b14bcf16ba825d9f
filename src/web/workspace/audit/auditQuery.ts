import type { AuditFilter } from '../../../domain/auditEntry.js';
import { EMPTY_DATE, readDateParts, type DatePart, type DateParts } from '../../pages/dateInput.js';

/** The audit page's filters as typed (kept on an error) and as read. */
export interface AuditQuery {
  readonly filter: AuditFilter;
  readonly typed: { readonly actor: string; readonly kind: string; readonly from: DateParts; readonly to: DateParts };
  readonly errors: readonly { field: 'from' | 'to'; message: string; parts: readonly DatePart[] }[];
}

const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

function typedDate(query: Readonly<Record<string, string>>, name: string): DateParts {
  return {
    day: query[`${name}-day`] ?? EMPTY_DATE.day,
    month: query[`${name}-month`] ?? EMPTY_DATE.month,
    year: query[`${name}-year`] ?? EMPTY_DATE.year,
  };
}

/** Reads the filters from a query string; never throws: a bad date is an error to show, a bad cursor is ignored. */
export function readAuditQuery(query: Readonly<Record<string, string>>): AuditQuery {
  const actor = (query.actor ?? '').slice(0, 100);
  const kind = (query.kind ?? '').trim().slice(0, 50);
  const from = typedDate(query, 'from');
  const to = typedDate(query, 'to');
  const fromReading = readDateParts(from, 'From date');
  const toReading = readDateParts(to, 'To date');
  const errors: AuditQuery['errors'][number][] = [];
  if (!fromReading.ok) errors.push({ field: 'from', ...fromReading.problem });
  if (!toReading.ok) errors.push({ field: 'to', ...toReading.problem });
  const before =
    query.before_at && CURSOR_AT.test(query.before_at) && /^[\w-]{1,64}$/.test(query.before_id ?? '')
      ? { at: query.before_at, id: query.before_id! }
      : undefined;
  return {
    filter: {
      actor: actor || undefined,
      subjectKind: kind || undefined,
      fromDate: fromReading.ok ? (fromReading.iso ?? undefined) : undefined,
      toDate: toReading.ok ? (toReading.iso ?? undefined) : undefined,
      before,
    },
    typed: { actor, kind, from, to },
    errors,
  };
}

/** The filters as a query string (without the cursor), for the export links and the next page. */
export function auditQueryString(query: AuditQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (query.typed.actor) params.set('actor', query.typed.actor);
  if (query.typed.kind) params.set('kind', query.typed.kind);
  for (const name of ['from', 'to'] as const)
    for (const part of ['day', 'month', 'year'] as const)
      if (query.typed[name][part]) params.set(`${name}-${part}`, query.typed[name][part]);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}
