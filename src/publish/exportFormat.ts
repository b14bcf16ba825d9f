import type { PublicReads } from '../store/public/publicReads.js';
import type { ExportScope } from './exportScope.js';

/**
 * One open-data format: records in, bytes out. The registry (`exportFormats.ts`) lists them; the
 * CLI (`quorum export`) and the downloads (`/exports/...`) both write through `app/exportArchive`.
 */
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
   * Writes the export of `scope` (resolved beforehand, so its body exists) to `out`, streaming
   * through the readers' keyset pages: memory stays flat however large the record. Reads only
   * what the public may read. Does not end `out`; the caller owns it.
   */
  write(reads: PublicReads, scope: ExportScope, out: NodeJS.WritableStream): Promise<void>;
}

export function fileNameOf(format: ExportFormat): string {
  return format.fileName ?? `${format.name}.${format.fileExtension}`;
}
