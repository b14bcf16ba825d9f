/**
 * Text for xmlbuilder2's `txt()` and attribute values, so that it reads back exactly as given.
 * XML 1.0 cannot carry C0 controls (but tab and line breaks), lone surrogates or U+FFFE/FFFF:
 * they are dropped. And xmlbuilder2 leaves what looks like an entity reference ("&lt;", "&amp;")
 * unescaped, so a document's literal "&lt;script&gt;" would read back as "<script>": every "&" is
 * written as "&amp;" here, which the builder then keeps as it is.
 */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
      .replace(/&/g, '&amp;')
  );
}
