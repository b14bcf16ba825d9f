import { DEFAULT_READ_LIMITS, MB, type ReadLimits } from '../ingest/readLimits.js';

/** What importing one document may cost; README "Bounded import" lists them with their variables. */
export interface ImportLimits extends ReadLimits {
  /** Bytes of one file; no more than this plus one byte is ever read. */
  readonly maxBytes: number;
  /** Reading and parsing one document, in milliseconds; the parse worker is stopped after it. */
  readonly timeoutMs: number;
  /** Memory one document's parse may add to the process (its worker's heap, and resident memory). */
  readonly maxParseMemoryBytes: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = Object.freeze({
  ...DEFAULT_READ_LIMITS,
  maxBytes: 50 * MB,
  timeoutMs: 120_000,
  maxParseMemoryBytes: 112 * MB,
});
