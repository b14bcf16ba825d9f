import type { DigestContent } from './digestContent.js';

/** The plain-text part: headings underlined, one numbered entry per thing to chase. */
export function digestText(content: DigestContent): string {
  const out: string[] = [content.intro, ''];
  for (const section of content.sections) {
    out.push(section.heading, '-'.repeat(section.heading.length));
    section.lines.forEach((line, n) => {
      out.push(`${n + 1}. ${line.what.replace(/\s+/g, ' ').trim()}`, `   ${line.detail}`, `   ${line.url}`, '');
    });
  }
  out.push('-- ', content.footer, '');
  return out.join('\n');
}
