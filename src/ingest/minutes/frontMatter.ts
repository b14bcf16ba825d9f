import type { Line } from './lines.js';

/**
 * YAML front matter of a Markdown page ("---" / title: "..." / date: "..." / "---"). Its title is often the only
 * place a post names the meeting ("STOKE FERRY PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on ..."),
 * while its date is usually when the page was posted, not when the meeting met.
 */
const FENCE = /^---\s*$/;
const CLOSE = /^(?:---|\.\.\.)\s*$/;
const TITLE = /^title:\s*(["']?)(.+?)\1\s*$/i;
const DATE = /^date:\s*(["']?)(.+?)\1\s*$/i;

export interface FrontMatter {
  /** The lines without the front matter's own lines, its title line kept and reduced to the title. */
  readonly lines: Line[];
  /** The front matter's date line, reduced to its value: a last resort for the meeting's date. */
  readonly date: Line | null;
}

function valueLine(line: Line, value: string): Line {
  const at = line.text.indexOf(value);
  return {
    ...line,
    text: value,
    start: line.start + Math.max(at, 0),
    end: line.start + Math.max(at, 0) + value.length,
  };
}

/** A YAML key ("title:", "categories:") or a list entry under one; YAML keys are written in lower case. */
const YAML_LINE = /^(?:[a-z_][a-z0-9_-]*:(?:\s|$)|-\s+\S)/;

/** Where the front matter closes: its closing fence, or (when the reader dropped the fences) its last YAML line. */
function closingLine(lines: readonly Line[]): number {
  if (FENCE.test(lines[0]?.text ?? '')) return lines.findIndex((l, n) => n > 0 && n < 60 && CLOSE.test(l.text));
  if (!TITLE.test(lines[0]?.text ?? '') && !DATE.test(lines[0]?.text ?? '')) return -1;
  const end = lines.findIndex((l) => !YAML_LINE.test(l.text));
  return end < 0 ? -1 : end - 1;
}

export function readFrontMatter(lines: readonly Line[]): FrontMatter {
  const close = closingLine(lines);
  if (close < 0) return { lines: [...lines], date: null };
  let date: Line | null = null;
  const out: Line[] = [];
  lines.forEach((line, n) => {
    const title = n <= close ? TITLE.exec(line.text) : null;
    const posted = n <= close ? DATE.exec(line.text) : null;
    if (posted) date = valueLine(line, posted[2]!);
    if (title) out.push(valueLine(line, title[2]!.replace(/\s+/g, ' ').trim()));
    else if (n > close) out.push(line);
  });
  return { lines: out, date };
}
