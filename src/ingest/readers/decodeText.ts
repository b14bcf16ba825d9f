import { decodeWindows1252 } from './windows1252.js';

export interface DecodedText {
  readonly text: string;
  readonly warning: string | null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Labels that WHATWG decodes as Windows-1252: pages that say "latin-1" mean it. */
const SINGLE_BYTE_WESTERN = /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|iso_8859-1|latin-?1|l1|ascii|us-ascii|cp819|ibm819)$/i;

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function hasMultiByte(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

function decodeDeclared(bytes: Uint8Array, declared: string): DecodedText | null {
  const label = declared.trim().toLowerCase();
  if (/^utf-?8$/.test(label)) return null;
  if (SINGLE_BYTE_WESTERN.test(label)) {
    // A page that declares latin-1 but whose bytes are valid UTF-8 with accents was saved as UTF-8 by a later editor.
    const utf8 = hasMultiByte(bytes) ? strictUtf8(bytes) : null;
    if (utf8 !== null) return { text: utf8, warning: `the page declares ${declared} but its bytes are UTF-8; it was read as UTF-8` };
    return { text: decodeWindows1252(bytes), warning: null };
  }
  try {
    return { text: new TextDecoder(label).decode(bytes), warning: null };
  } catch {
    return null;
  }
}

/**
 * Bytes to text. A byte-order mark wins; then an encoding the document declares (an HTML meta
 * charset); then UTF-8; bytes that are not valid UTF-8 are read as Windows-1252, the usual
 * encoding of older council pages, with a warning.
 */
export function decodeText(bytes: Uint8Array, declared: string | null = null): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), warning: null };
  const fromDeclared = declared ? decodeDeclared(bytes, declared) : null;
  if (fromDeclared) return fromDeclared;
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, warning: null };
  return { text: decodeWindows1252(bytes), warning: 'the text is not valid UTF-8; it was read as Windows-1252' };
}
