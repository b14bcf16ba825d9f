import type { ParsedDocument, ParsedMeeting, Sourced } from '../parsedDocument.js';

export interface ParseContractItem {
  readonly number: string | null;
  readonly title: string | null;
  readonly resolutions: readonly string[];
  readonly decisions: readonly string[];
  readonly description: string | null;
  readonly pages: { readonly from: number; readonly to: number } | null;
  readonly truncated: boolean;
  readonly exempt: boolean;
}

export interface ParseContractRecord {
  readonly body: string | null;
  readonly date: string | null;
  readonly time: string | null;
  readonly venue: string | null;
  readonly contact: string | null;
  readonly kind: 'minutes' | 'agenda';
  readonly items: readonly ParseContractItem[];
  readonly present: readonly string[];
  readonly apologies: readonly { readonly name: string; readonly reason: string | null }[];
  readonly absent: readonly string[];
  readonly in_attendance: readonly { readonly name: string; readonly role: string | null }[];
  readonly declarations: readonly { readonly name: string; readonly item: string | null; readonly text: string }[];
  /** Fields whose values were inferred rather than read. */
  readonly inferred: readonly string[];
  /** Later meetings of the body that the document lists (an extra field of the contract). */
  readonly future_meetings: readonly { readonly date: string; readonly time: string | null }[];
  /** Formal resolutions of minutes without items (an extra field of the contract). */
  readonly resolutions: readonly string[];
}

function value(s: Sourced<string> | null): string | null {
  return s?.value ?? null;
}

function record(m: ParsedMeeting): ParseContractRecord {
  const fields: [string, Sourced<string> | null][] = [
    ['body', m.body],
    ['date', m.date],
    ['time', m.time],
    ['venue', m.venue],
  ];
  return {
    body: value(m.body),
    date: value(m.date),
    time: value(m.time),
    venue: value(m.venue),
    contact: value(m.contact),
    kind: m.kind,
    items: m.items.map((i) => ({
      number: i.number,
      title: i.title || null,
      resolutions: i.resolutions.map((r) => r.text),
      decisions: i.decisions.map((r) => r.text),
      description: i.description,
      pages: i.pages,
      truncated: i.truncated,
      exempt: i.exempt,
    })),
    present: m.present.map((p) => p.name),
    apologies: m.apologies.map((a) => ({ name: a.name, reason: a.reason })),
    absent: m.absent.map((p) => p.name),
    in_attendance: m.inAttendance.map((p) => ({ name: p.name, role: p.title ?? null })),
    declarations: m.declarations.map((d) => ({ name: d.name, item: d.item, text: d.text })),
    inferred: fields.filter(([, s]) => s?.inferred).map(([k]) => k),
    future_meetings: (m.futureMeetings ?? []).map((f) => ({ date: f.date.value, time: f.time?.value ?? null })),
    resolutions: (m.resolutions ?? []).map((r) => r.text),
  };
}

/** The public contract of `quorum parse --json` (CONVENTIONS.md): one record per meeting found. */
export function presentParseJson(doc: ParsedDocument): { meetings: ParseContractRecord[] } {
  return { meetings: doc.meetings.map(record) };
}
