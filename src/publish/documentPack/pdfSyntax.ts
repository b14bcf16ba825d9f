/**
 * PDF's object syntax (ISO 32000-1 §7.3), read and written just far enough to copy objects from
 * one file to another: every value is parsed, references can be renumbered, and numbers, names
 * and strings are kept as the bytes they were written with (a latin1 string: one char per byte),
 * so nothing is re-encoded on the way through. Stream data is never parsed here.
 */
export type PdfValue =
  | { readonly k: 'num'; readonly v: string }
  | { readonly k: 'name'; readonly v: string }
  | { readonly k: 'str'; readonly v: string }
  | { readonly k: 'bool'; readonly v: boolean }
  | { readonly k: 'null' }
  | { k: 'ref'; n: number; g: number }
  | { readonly k: 'arr'; readonly v: PdfValue[] }
  | { readonly k: 'dict'; readonly v: Map<string, PdfValue> };

export type PdfDict = Extract<PdfValue, { k: 'dict' }>;
export type PdfRef = Extract<PdfValue, { k: 'ref' }>;

/** A fault in a file's syntax; the reader turns it into a fallback or a clear message. */
export class PdfSyntaxError extends Error {
  override readonly name = 'PdfSyntaxError';
}

export const num = (n: number): PdfValue => ({ k: 'num', v: Number.isInteger(n) ? String(n) : n.toFixed(4) });
export const name = (v: string): PdfValue => ({ k: 'name', v });
export const ref = (n: number): PdfRef => ({ k: 'ref', n, g: 0 });
export const arr = (...v: PdfValue[]): PdfValue => ({ k: 'arr', v });
export const dict = (entries: Record<string, PdfValue>): PdfDict => ({
  k: 'dict',
  v: new Map(Object.entries(entries)),
});
export const NULL: PdfValue = { k: 'null' };

/** A text string as UTF-16BE with its byte-order mark, in hex: any letter survives (§7.9.2.2). */
export function textString(text: string): PdfValue {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return { k: 'str', v: `<${hex}>` };
}

/** An ASCII-only literal string, escaped. */
export function asciiString(text: string): PdfValue {
  return { k: 'str', v: `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})` };
}

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
/** How deep arrays and dictionaries may nest: an attacker's file should not blow the stack. */
const MAX_DEPTH = 64;

export function isWhite(code: number): boolean {
  return WS[code] === 1;
}

/** The position of the next token in `s` from `pos`, skipping white space and comments. */
export function skipSpace(s: string, pos: number): number {
  for (;;) {
    const c = s.charCodeAt(pos);
    if (WS[c] === 1) pos++;
    else if (c === 37 /* % */) {
      while (pos < s.length && s.charCodeAt(pos) !== 10 && s.charCodeAt(pos) !== 13) pos++;
    } else return pos;
  }
}

function regularEnd(s: string, pos: number): number {
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (WS[c] === 1 || DELIM[c] === 1) break;
    pos++;
  }
  return pos;
}

/** Reads an unsigned integer at `pos` (after white space), or null. */
export function readInt(s: string, pos: number): { value: number; end: number } | null {
  const start = skipSpace(s, pos);
  let end = start;
  while (end < s.length && s.charCodeAt(end) >= 48 && s.charCodeAt(end) <= 57) end++;
  if (end === start || end - start > 10) return null;
  return { value: Number(s.slice(start, end)), end };
}

/** Whether keyword `word` starts at `pos` and ends there (followed by white space, a delimiter or the end). */
export function hasKeyword(s: string, pos: number, word: string): boolean {
  if (!s.startsWith(word, pos)) return false;
  const after = s.charCodeAt(pos + word.length);
  return Number.isNaN(after) || WS[after] === 1 || DELIM[after] === 1;
}

/** Parses one value at `pos`; returns it and the position after it. */
export function parseValue(s: string, pos: number, depth = 0): { value: PdfValue; end: number } {
  if (depth > MAX_DEPTH) throw new PdfSyntaxError('objects nested too deeply');
  pos = skipSpace(s, pos);
  const c = s.charCodeAt(pos);
  if (c === 47 /* / */) {
    const end = regularEnd(s, pos + 1);
    return { value: { k: 'name', v: s.slice(pos + 1, end) }, end };
  }
  if (c === 60 /* < */) {
    if (s.charCodeAt(pos + 1) === 60) {
      const map = new Map<string, PdfValue>();
      let p = pos + 2;
      for (;;) {
        p = skipSpace(s, p);
        if (s.charCodeAt(p) === 62 && s.charCodeAt(p + 1) === 62) return { value: { k: 'dict', v: map }, end: p + 2 };
        if (s.charCodeAt(p) !== 47) throw new PdfSyntaxError(`a dictionary key expected at byte ${p}`);
        const keyEnd = regularEnd(s, p + 1);
        const key = s.slice(p + 1, keyEnd);
        const entry = parseValue(s, keyEnd, depth + 1);
        map.set(key, entry.value);
        p = entry.end;
      }
    }
    const end = s.indexOf('>', pos);
    if (end < 0) throw new PdfSyntaxError('an unterminated hex string');
    return { value: { k: 'str', v: s.slice(pos, end + 1) }, end: end + 1 };
  }
  if (c === 40 /* ( */) {
    let p = pos + 1;
    let open = 1;
    while (open > 0) {
      if (p >= s.length) throw new PdfSyntaxError('an unterminated string');
      const d = s.charCodeAt(p);
      if (d === 92 /* \ */) p += 2;
      else {
        if (d === 40) open++;
        else if (d === 41) open--;
        p++;
      }
    }
    return { value: { k: 'str', v: s.slice(pos, p) }, end: p };
  }
  if (c === 91 /* [ */) {
    const items: PdfValue[] = [];
    let p = pos + 1;
    for (;;) {
      p = skipSpace(s, p);
      if (s.charCodeAt(p) === 93) return { value: { k: 'arr', v: items }, end: p + 1 };
      if (p >= s.length) throw new PdfSyntaxError('an unterminated array');
      const item = parseValue(s, p, depth + 1);
      items.push(item.value);
      p = item.end;
    }
  }
  const end = regularEnd(s, pos);
  if (end === pos) throw new PdfSyntaxError(`an unexpected character at byte ${pos}`);
  const token = s.slice(pos, end);
  if (token === 'true' || token === 'false') return { value: { k: 'bool', v: token === 'true' }, end };
  if (token === 'null') return { value: { k: 'null' }, end };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) throw new PdfSyntaxError(`an unexpected token "${token.slice(0, 20)}"`);
  if (/^\d+$/.test(token)) {
    // "12 0 R" is a reference: look two tokens ahead.
    const gen = readInt(s, end);
    if (gen) {
      const r = skipSpace(s, gen.end);
      if (s.charCodeAt(r) === 82 /* R */ && hasKeyword(s, r, 'R')) {
        return { value: { k: 'ref', n: Number(token), g: gen.value }, end: r + 1 };
      }
    }
  }
  return { value: { k: 'num', v: token }, end };
}

/** Writes `value` in PDF syntax (latin1: one char per byte). */
export function serialize(value: PdfValue): string {
  switch (value.k) {
    case 'num':
      return value.v;
    case 'name':
      return `/${value.v}`;
    case 'str':
      return value.v;
    case 'bool':
      return value.v ? 'true' : 'false';
    case 'null':
      return 'null';
    case 'ref':
      return `${value.n} ${value.g} R`;
    case 'arr':
      return `[${value.v.map(serialize).join(' ')}]`;
    case 'dict': {
      let out = '<<';
      for (const [key, v] of value.v) out += `/${key} ${serialize(v)}`;
      return `${out}>>`;
    }
  }
}

/** A deep copy of `value`: containers are new, so renumbering one copy leaves the others alone. */
export function clone(value: PdfValue): PdfValue {
  if (value.k === 'ref') return { k: 'ref', n: value.n, g: value.g };
  if (value.k === 'arr') return { k: 'arr', v: value.v.map(clone) };
  if (value.k === 'dict') return { k: 'dict', v: new Map([...value.v].map(([key, v]) => [key, clone(v)])) };
  return value;
}

export function asInt(value: PdfValue | undefined): number | null {
  if (value?.k !== 'num') return null;
  const n = Number(value.v);
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

export function asNumber(value: PdfValue | undefined): number | null {
  if (value?.k !== 'num') return null;
  const n = Number(value.v);
  return Number.isFinite(n) ? n : null;
}
