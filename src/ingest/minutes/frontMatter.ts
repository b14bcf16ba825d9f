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
function closingLine(lines: readonly Line[], open: number): number {
  if (FENCE.test(lines[open]?.text ?? ''))
    return lines.findIndex((l, n) => n > open && n < open + 60 && CLOSE.test(l.text));
  const first = lines[open]?.text ?? '';
  if (!TITLE.test(first) && !DATE.test(first) && !yamlRun(lines, open)) return -1;
  const end = lines.findIndex((l, n) => n > open && !YAML_LINE.test(l.text));
  return end < 0 ? -1 : end - 1;
}

/**
 * Three lower-case keys in a row ("entity: weber_county" / "body: Board of Commissioners" / "meeting_type: regular"):
 * front matter whose fences the reader dropped (a "---" line reads as a Markdown table's rule), whatever key comes
 * first. A minutes' own labels are capitalised ("Date:", "Present:"), so three such lines are never the minutes.
 */
function yamlRun(lines: readonly Line[], from: number): boolean {
  return [0, 1, 2].every((k) => /^[a-z_][a-z0-9_-]*:(?:\s|$)/.test(lines[from + k]?.text ?? ''));
}

/**
 * Where the front matter opens: the first line, or the second when a one-line note of where the page came from
 * ("SOURCE: https://...", a saved page's address) stands above it. There it must read as YAML beyond doubt (a fence,
 * or two lower-case keys in a row) so that a minutes' own "Date: 3 June 2020" second line is never taken for it.
 */
function openingLine(lines: readonly Line[]): number {
  const [first, second, third] = [lines[0]?.text ?? '', lines[1]?.text ?? '', lines[2]?.text ?? ''];
  if (FENCE.test(first) || YAML_LINE.test(first)) return 0;
  if (FENCE.test(second) && YAML_LINE.test(third)) return 1;
  if (YAML_LINE.test(second) && YAML_LINE.test(third) && /^(?:title|date):/.test(second)) return 1;
  return yamlRun(lines, 1) ? 1 : 0;
}

export function readFrontMatter(lines: readonly Line[]): FrontMatter {
  const open = openingLine(lines);
  const close = closingLine(lines, open);
  if (close < 0) return { lines: [...lines], date: null };
  let date: Line | null = null;
  const out: Line[] = [];
  lines.forEach((line, n) => {
    const inside = n >= open && n <= close;
    const title = inside ? TITLE.exec(line.text) : null;
    const posted = inside ? DATE.exec(line.text) : null;
    if (posted) date = valueLine(line, posted[2]!);
    if (title) out.push(valueLine(line, title[2]!.replace(/\s+/g, ' ').trim()));
    else if (!inside) out.push(line);
  });
  return { lines: out, date };
}
