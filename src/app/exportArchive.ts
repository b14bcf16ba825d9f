import type { ExportFormat } from '../publish/exportFormat.js';
import { fileNameOf } from '../publish/exportFormat.js';
import { resolveExportScope, type ExportOptions, type ExportScope } from '../publish/exportScope.js';
import type { Store } from '../store/store.js';

export interface ExportRequest extends ExportOptions {
  readonly format: ExportFormat;
}

/** An export checked and ready to write: nothing is read until `write`. */
export interface ExportArchive {
  readonly format: ExportFormat;
  readonly scope: ExportScope;
  /** The file's name: the format's, with the body's slug for one body's records (`attendance-audit.csv`). */
  readonly fileName: string;
  /** Streams the export to `out` a page at a time; does not end `out`. */
  write(out: NodeJS.WritableStream): Promise<void>;
}

/**
 * Open data from the public record, for `quorum export` and the downloads under `/exports`. The
 * body is resolved once, before a byte is written, so an unknown one is AppError NOT_FOUND rather
 * than a half-sent download or an empty file that looks complete.
 */
export async function exportArchive(store: Store, request: ExportRequest): Promise<ExportArchive> {
  const { format } = request;
  const scope = await resolveExportScope(store.public, request);
  return {
    format,
    scope,
    fileName: fileNameFor(format, scope),
    write: (out) => format.write(store.public, scope, out),
  };
}

function fileNameFor(format: ExportFormat, scope: ExportScope): string {
  const fileName = fileNameOf(format);
  if (!scope.body) return fileName;
  const dot = fileName.lastIndexOf('.');
  return `${fileName.slice(0, dot)}-${scope.body.slug}${fileName.slice(dot)}`;
}
