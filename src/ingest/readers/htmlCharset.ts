/**
 * The encoding an HTML page names for itself in its first bytes: `<meta charset>`, the
 * `http-equiv="Content-Type"` form, or an XML declaration (XHTML). The bytes are read as
 * Latin-1 for this, which is safe because the declaration is ASCII in every encoding that matters.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1]! : null;
}
