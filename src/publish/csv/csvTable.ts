import { stringify } from 'csv-stringify/sync';
import { writeText } from '../streamText.js';

export type CsvCell = string | number | null;

/**
 * Writes a CSV for spreadsheets a page of rows at a time: UTF-8 with a byte-order mark (so Excel
 * reads accents and £ right), CRLF line ends, quotes where needed, and every cell that begins
 * with = + - @ tab or CR prefixed with ' so a spreadsheet shows it as text instead of running it.
 */
export async function writeCsvTable(
  out: NodeJS.WritableStream,
  header: readonly string[],
  pages: AsyncIterable<readonly CsvCell[][]>,
): Promise<void> {
  await writeText(out, `\uFEFF${encode([header as string[]])}`);
  for await (const rows of pages) await writeText(out, encode(rows as CsvCell[][]));
}

function encode(rows: CsvCell[][]): string {
  return stringify(rows, { record_delimiter: 'windows', escape_formulas: true, cast: { number: (n) => String(n) } });
}
