import type { AuditEntry } from '../domain/auditEntry.js';
import { writeCsvTable, type CsvCell } from './csv/csvTable.js';
import { writeText } from './streamText.js';

export interface AuditExportPage {
  readonly entries: readonly AuditEntry[];
  readonly actors: ReadonlyMap<string, string>;
}

const HEADER = ['at', 'actor', 'actor_email', 'action', 'subject_kind', 'subject_id', 'before', 'after'];

function json(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

function row(entry: AuditEntry, actors: ReadonlyMap<string, string>): CsvCell[] {
  const email = actors.get(entry.actor) ?? '';
  return [
    entry.at,
    entry.actor,
    email,
    entry.action,
    entry.subjectKind,
    entry.subjectId,
    json(entry.before),
    json(entry.after),
  ];
}

/** The audit log as CSV for a spreadsheet (formula cells neutralised), the record before and after as JSON. */
export async function writeAuditCsv(out: NodeJS.WritableStream, pages: AsyncIterable<AuditExportPage>): Promise<void> {
  async function* rows(): AsyncGenerator<CsvCell[][]> {
    for await (const page of pages) yield page.entries.map((e) => row(e, page.actors));
  }
  await writeCsvTable(out, HEADER, rows());
}

/** The audit log as JSON Lines: one entry per line, for tools; before/after stay structured. */
export async function writeAuditJsonLines(
  out: NodeJS.WritableStream,
  pages: AsyncIterable<AuditExportPage>,
): Promise<void> {
  for await (const page of pages) {
    const lines = page.entries.map((e) => JSON.stringify({ ...e, actorEmail: page.actors.get(e.actor) ?? null }));
    await writeText(out, `${lines.join('\n')}\n`);
  }
}
