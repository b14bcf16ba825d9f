import fs from 'node:fs/promises';
import { AppError } from '../domain/errors.js';
import { presentParseJson, type ParseContractRecord } from '../ingest/minutes/parseContract.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './importLimits.js';
import { parseInWorker } from './parseInWorker.js';
import { readImportFile } from './readImportFile.js';

export interface ParsedFile {
  /** The record of CONVENTIONS.md's parse contract. */
  readonly contract: { readonly meetings: readonly ParseContractRecord[] };
  readonly warnings: readonly string[];
}

/**
 * What one document says, as `quorum parse` prints it; stores nothing.
 * @throws AppError INPUT_INVALID naming the file when it cannot be read or is not a document Quorum reads.
 */
export async function parseDocument(file: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<ParsedFile> {
  let realPath: string;
  try {
    realPath = await fs.realpath(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('INPUT_INVALID', `${file}: cannot read: ${reason}`);
  }
  // Bounded as an import is: a regular file only, and limits on bytes, time, memory and PDF streams.
  const read = await readImportFile(realPath, limits.maxBytes);
  if (!read.ok) throw new AppError('INPUT_INVALID', `${file}: ${read.problem}`);
  const { result: parsed } = await parseInWorker(read.bytes, file, limits);
  if (!parsed.ok) throw new AppError('INPUT_INVALID', `${file}: ${parsed.problem}`);
  return {
    contract: presentParseJson(parsed.document),
    warnings: parsed.document.warnings.map((w) => w.message),
  };
}
