export type Sniffed =
  | { readonly kind: 'pdf' }
  | { readonly kind: 'binary'; readonly what: string }
  | { readonly kind: 'text' };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Formats people save by mistake in place of a PDF or a page; naming them makes the problem clear. */
const KNOWN_BINARY: readonly { readonly magic: readonly number[]; readonly what: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a Word .docx, Excel .xlsx or similar?)' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office file (.doc or .xls)' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** PDF readers accept the signature anywhere in the first kilobyte (some files carry a junk prefix). */
function hasPdfMagic(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let at = 0; at <= limit; at++) if (bytes[at] === 0x25 && startsWith(bytes, PDF_MAGIC, at)) return true;
  return false;
}

/** What the bytes are, by their content: the file name is not consulted. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (hasPdfMagic(bytes)) return { kind: 'pdf' };
  const known = KNOWN_BINARY.find((k) => startsWith(bytes, k.magic));
  if (known) return { kind: 'binary', what: known.what };
  return { kind: 'text' };
}

/** Share of characters no text document holds (controls other than tab, newline, CR and form feed; replacement marks): high means binary. */
export function unprintableShare(text: string): number {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  if (sample.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / sample.length;
}

const STRONG_HTML = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s[^>]*(charset|http-equiv)/i;
const WEAK_HTML = /<(p|div|table|tr|td|h[1-6]|br|span|ul|ol|li|a\s[^>]*href)[\s/>]/gi;

/**
 * Whether decoded text is an HTML page. A doctype or <html>/<head>/<body> settles it; a few
 * block tags alone also do when the name says .html (or says nothing), or when the text starts
 * with a tag. The name is only the tie-breaker for fragments.
 */
export function looksLikeHtml(text: string, fileName: string): boolean {
  const head = text.slice(0, 8192);
  if (STRONG_HTML.test(head)) return true;
  const tags = head.match(WEAK_HTML)?.length ?? 0;
  if (tags === 0) return false;
  if (/\.html?$/i.test(fileName)) return true;
  if (/^\s*</.test(head)) return true;
  return !/\.(txt|text|csv)$/i.test(fileName) && tags >= 3;
}
