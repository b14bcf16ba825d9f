import { aknExportFormat } from './akn/aknExport.js';
import { attendanceCsvFormat } from './csv/attendanceCsv.js';
import { decisionNoticesCsvFormat } from './csv/decisionNoticesCsv.js';
import { forwardPlanCsvFormat } from './csv/forwardPlanCsv.js';
import { recommendationsCsvFormat } from './csv/recommendationsCsv.js';
import { workProgrammeCsvFormat } from './csv/workProgrammeCsv.js';
import type { ExportFormat } from './exportFormat.js';
import { fileNameOf } from './exportFormat.js';
import { oparlExportFormat } from './oparl/oparlExport.js';
import { popoloFormat } from './popolo/popoloFormat.js';

/** Every format Quorum exports. Another format plugs in by adding an entry. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  popoloFormat,
  attendanceCsvFormat,
  recommendationsCsvFormat,
  workProgrammeCsvFormat,
  decisionNoticesCsvFormat,
  forwardPlanCsvFormat,
  oparlExportFormat,
  aknExportFormat,
];

/**
 * Which CSV table `--format csv` writes: `--table attendance` (the default), `recommendations`,
 * `work-programme`, `decision-notices` or `forward-plan`.
 */
export const CSV_TABLES = {
  attendance: 'csv-attendance',
  recommendations: 'csv-recommendations',
  'work-programme': 'csv-work-programme',
  'decision-notices': 'csv-decision-notices',
  'forward-plan': 'csv-forward-plan',
} as const;
export type CsvTable = keyof typeof CSV_TABLES;

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
