/**
 * Text as XML 1.0 can carry it: characters the format forbids (most C0 controls, lone
 * surrogates, U+FFFE/FFFF) are dropped. Markup characters are escaped by xmlbuilder2 itself.
 */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
