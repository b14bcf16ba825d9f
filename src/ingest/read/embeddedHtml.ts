/**
 * Markdown or plain-text minutes that hold an HTML table or a few tags: read as HTML for their elements, but their own
 * lines are the writer's layout and are kept. A page (doctype, <html>, <body>, <head>) or a file named .html is HTML
 * through and through.
 */
export function isTextWithHtml(text: string, fileName: string): boolean {
  if (/\.html?$/i.test(fileName)) return false;
  const head = text.slice(0, 4096);
  if (/<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/i.test(head)) return false;
  const firstTag = head.search(/<[a-z][a-z0-9]*[\s>]/i);
  if (firstTag < 0) return false;
  // Lines of text written before any element: a Markdown page's front matter, heading and attendance.
  const before = head
    .slice(0, firstTag)
    .split('\n')
    .filter((l) => l.trim() !== '');
  return before.length >= 3;
}
