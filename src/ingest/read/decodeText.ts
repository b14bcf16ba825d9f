export interface DecodedText {
  readonly text: string;
  readonly warning: string | null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Windows-1252's printable characters at 0x80-0x9F, where ISO-8859-1 has control codes (Node decodes the label as the
 * latter).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/**
 * Bytes to text: UTF-8 (with or without a byte-order mark, or UTF-16 with one); anything that is
 * not valid UTF-8 is read as Windows-1252, the usual encoding of older council pages, with a warning.
 * `declared` is an encoding the document names for itself (an HTML meta charset).
 */
export function decodeText(bytes: Uint8Array, declared: string | null = null): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (declared && /^(windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii)$/i.test(declared))
    return { text: decodeWindows1252(body), warning: null };
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(body), warning: null };
    } catch {
      // An encoding name Node does not know: fall through to detection.
    }
  }
  try {
    return { text: UTF8.decode(body), warning: null };
  } catch {
    return { text: decodeWindows1252(body), warning: 'the text is not valid UTF-8; it was read as Windows-1252' };
  }
}

/** Share of control characters other than tab, newline, carriage return and form feed: high means binary. */
export function controlCharShare(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) control++;
  }
  return control / sample.length;
}
