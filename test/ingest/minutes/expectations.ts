import type { ParseContractRecord } from '../../../src/ingest/minutes/parseContract.js';

/** An expected parse, in the shape of shared/eval/gold (our fixtures' *.expected.json and the seeds' gold). */
export interface Expected {
  readonly body: string | null;
  readonly date: string | null;
  readonly time: string | null;
  readonly venue: string | null;
  readonly items:
    readonly { number: string | null; title: string; exempt?: boolean; exemptParagraph?: number }[] | null;
  readonly present: readonly string[];
  readonly apologies: readonly { name: string; reason: string | null }[];
  readonly declarations: readonly { name: string; item?: string | null }[];
  /** Opening words of each formal resolution. */
  readonly resolutions: readonly (string | { text_start: string })[];
  readonly decisions?: readonly string[];
  /** Officers and others in attendance, where a fixture checks them. */
  readonly in_attendance?: readonly string[];
}

export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HONORIFICS = /^(councillors?|cllrs?|crs?|county|cyng|mrs?|ms|miss|dr|prof|professor|rev|sir|dame|the)\s+/;

export function normName(s: string): string {
  let n = norm(s.replace(/\(.*?\)/g, ' '));
  for (let previous = ''; previous !== n;) {
    previous = n;
    n = n.replace(HONORIFICS, '');
  }
  return n;
}

/** The record a scorer would compare: the one with the expected date, else the first. */
export function pickRecord(
  records: readonly ParseContractRecord[],
  expected: Expected,
): ParseContractRecord | undefined {
  return records.find((r) => expected.date && r.date === expected.date) ?? records[0];
}

export function resolutionStart(r: string | { text_start: string }): string {
  return typeof r === 'string' ? r : r.text_start;
}

/** Resolution text, and expected opening words, without the keyword's "that" / "to". */
export function normResolution(s: string): string {
  return norm(s)
    .replace(/^(that|to)\s+/, '')
    .replace(/^(that|to)\s+/, '');
}
