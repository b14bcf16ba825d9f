/**
 * Windows-1252's printable characters at 0x80-0x9F. Node's TextDecoder maps the label
 * "windows-1252" to ISO-8859-1, which puts control codes there and loses curly quotes and £/€
 * signs old council pages are full of, so the table is kept here.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // Chunked so a large file does not build one huge argument list.
  for (let at = 0; at < bytes.length; at += 8192) {
    const codes = Array.from(bytes.subarray(at, at + 8192), (b) => (b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
