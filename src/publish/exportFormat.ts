import type { Store } from '../store/openStore.js';
import { attendanceCsvFormat } from './csv/attendanceCsv.js';
import { recommendationsCsvFormat } from './csv/recommendationsCsv.js';
import { popoloFormat } from './popolo/popoloFormat.js';
import { oparlExportFormat } from './oparl/oparlExport.js';
import { aknExportFormat } from './akn/aknExport.js';

export interface ExportOptions {
  /** Only this body's records; absent means the whole record. */
  readonly bodySlug?: string;
  /** Absolute URL of the portal, no trailing slash: links in the export point there. */
  readonly baseUrl: string;
}

/** One open-data format: the CLI (`quorum export`) and the portal (`/exports/...`) both write through it. */
export interface ExportFormat {
  /** What `--format` names: `popolo`, `csv-attendance`, ... */
  readonly name: string;
  readonly mediaType: string;
  readonly fileExtension: string;
  /** The download's file name under `/exports/`, e.g. `attendance.csv`; defaults to `{name}.{fileExtension}`. */
  readonly fileName?: string;
  /** One line for `--help` and the downloads page. */
  readonly description?: string;
  /**
   * Writes the export to `out`, streaming: memory stays flat however large the record.
   * Exempt items (and their resolutions, minute points and recommendations) are never written.
   * Does not end `out`; the caller owns it.
   */
  write(store: Store, options: ExportOptions, out: NodeJS.WritableStream): Promise<void>;
}

/** Every format Quorum exports. Other formats (OParl, Akoma Ntoso) plug in by adding an entry. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  popoloFormat,
  attendanceCsvFormat,
  recommendationsCsvFormat,
  oparlExportFormat,
  aknExportFormat,
];

/** Which CSV table `--format csv` writes: `--table attendance` (the default) or `--table recommendations`. */
export const CSV_TABLES = { attendance: 'csv-attendance', recommendations: 'csv-recommendations' } as const;
export type CsvTable = keyof typeof CSV_TABLES;

export function fileNameOf(format: ExportFormat): string {
  return format.fileName ?? `${format.name}.${format.fileExtension}`;
}

/** The format a `--format` (and, for `csv`, `--table`) names; undefined when none does. */
export function findExportFormat(name: string, table?: string): ExportFormat | undefined {
  const wanted = name === 'csv' ? CSV_TABLES[(table ?? 'attendance') as CsvTable] : name;
  if (name !== 'csv' && table !== undefined) return undefined;
  return EXPORT_FORMATS.find((f) => f.name === wanted);
}

/** The format served at `/exports/{fileName}`. */
export function findExportFormatByFileName(fileName: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => fileNameOf(f) === fileName);
}
