import fs from 'node:fs/promises';
import { AppError } from '../domain/errors.js';
import { presentParseJson, type ParseContractRecord } from '../ingest/minutes/parseContract.js';
import { parseDocumentBytes } from '../ingest/parseDocumentBytes.js';

export interface ParsedFile {
  /** The record of CONVENTIONS.md's parse contract. */
  readonly contract: { readonly meetings: readonly ParseContractRecord[] };
  readonly warnings: readonly string[];
}

/**
 * What one document says, as `quorum parse` prints it; stores nothing.
 * @throws AppError INPUT_INVALID naming the file when it cannot be read or is not a document Quorum reads.
 */
export async function parseDocument(file: string): Promise<ParsedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('INPUT_INVALID', `${file}: cannot read: ${reason}`);
  }
  const parsed = await parseDocumentBytes(bytes, file);
  if (!parsed.ok) throw new AppError('INPUT_INVALID', `${file}: ${parsed.problem}`);
  return {
    contract: presentParseJson(parsed.document),
    warnings: parsed.document.warnings.map((w) => w.message),
  };
}
