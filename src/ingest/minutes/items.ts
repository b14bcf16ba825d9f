import { standardKindOf } from '../../domain/agendaItem.js';
import type { ParsedItem, ParsedMinutePoint } from '../parsedDocument.js';
import type { ItemStart } from './itemStarts.js';
import { joinLines, spanOf, type Line } from './lines.js';
import { readResolutions } from './resolutions.js';

const MINUTES_MARKER = /^minutes\s*:\s*(.*)$/i;
const TRUNCATED = /\s*\.{2,}\s*view the full (?:minutes )?text for item\s*\S*\.?\s*$/i;
const POINT = /^(?:[-–•*]\s*)?\(?([a-z]{1,2}|[ivx]{1,5})\)\s*(\S.*)$/;
const EXEMPT =
  /\b(exempt information|schedule\s+12a|not for publication|private session|exclusion of the (?:press and )?public|confidential)\b/i;
const EXEMPT_PARAGRAPH =
  /paragraphs?\s+(\d)(?:\s*(?:,|and|&)\s*\d)*\s+of\s+(?:part\s+(?:1|i|one)\s+of\s+)?schedule\s+12a/i;

/** Clutter that web pages and packs attach to titles: file links, sizes, markdown emphasis. */
export function cleanTitle(raw: string): { title: string; description: string | null } {
  let title = raw
    .replace(/\*\*/g, '')
    .replace(/\s*(?:pdf icon\s*)?PDF\s+[\d.]+\s*[KMG]B\b.*$/i, '')
    .replace(/\s*Additional documents:?.*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  let description: string | null = null;
  // Agenda front sheets run the description on after the title: "Minutes To confirm the minutes of ...".
  const split =
    /\s((?:Report|Presentation) (?:of|by|from)\b|To (?:confirm|note|agree|approve|consider|receive|elect|appoint|invite|declare|report|seek|review|hear|discuss|give|allow|welcome)\b|Presented by\b|Joint report\b)/.exec(
      title,
    );
  if (split && split.index > 2) {
    description = title.slice(split.index + 1).trim();
    title = title.slice(0, split.index).trim();
  }
  // "Regular updates: (": a page cut off just after a bracket opened leaves it dangling at the title's end.
  return {
    title: title
      .replace(/\s*\($/, '')
      .replace(/[.:]$/, '')
      .trim(),
    description,
  };
}

/**
 * Builds an item from its start and the lines up to the next item. `minutesDocument` says the lines are minutes, not an
 * agenda.
 */
export function buildItem(start: ItemStart, body: readonly Line[], minutesDocument: boolean): ParsedItem {
  let rest = [...inlineLines(start), ...body];
  let rawTitle = start.title ?? '';
  let titleLine = start.titleAbove ?? start.line;
  // "2." / "2.1" / "URGENT ITEMS": paragraph numbers a PDF set apart stand between an item's number and its title.
  if (start.titleBelow && !start.titleAbove) rest = withoutBareNumbers(rest);
  if (start.titleBelow && !start.titleAbove && rest.length > 0) {
    titleLine = rest[0]!;
    rawTitle = titleLine.text;
    rest = rest.slice(1);
  }
  // A heading the layout shows wrapped over two lines is one title.
  while (
    titleLine.layout?.kind === 'heading' &&
    rest[0]?.layout?.kind === 'heading' &&
    rest[0].layout.blockStart === titleLine.layout.blockStart
  ) {
    rawTitle = `${rawTitle} ${rest[0].text}`;
    rest = rest.slice(1);
  }
  // A long title the page wrapped: its line ends on a small word, or the next goes on in lower case.
  if (!start.inlineText && start.titleAbove == null) {
    // Only a heading set under its number alone is broken over short lines in capitals.
    const after = (): string | undefined => (start.titleBelow ? rest[1]?.text : undefined);
    for (let k = 0; k < 3 && rest.length > 0 && wrapsOn(rawTitle, rest[0]!.text, after()); k++) {
      const bracket = rest[0]!.text.search(/\s\(/);
      rawTitle = `${rawTitle} ${bracket > 0 ? rest[0]!.text.slice(0, bracket) : rest[0]!.text}`;
      rest = bracket > 0 ? [{ ...rest[0]!, text: rest[0]!.text.slice(bracket + 1) }, ...rest.slice(1)] : rest.slice(1);
      if (bracket > 0) break;
    }
  }
  const { title, description: inlineDescription } = cleanTitle(rawTitle);
  const markerAt = rest.findIndex((l) => MINUTES_MARKER.test(l.text));
  const before = markerAt >= 0 ? rest.slice(0, markerAt) : minutesDocument ? [] : rest;
  let minutes = markerAt >= 0 ? rest.slice(markerAt + 1) : minutesDocument ? rest : [];
  const inlineMinutes = markerAt >= 0 ? MINUTES_MARKER.exec(rest[markerAt]!.text)![1]!.trim() : '';
  if (inlineMinutes) minutes = [{ ...rest[markerAt]!, text: inlineMinutes }, ...minutes];
  const truncated = minutes.some((l) => l.text.includes('view the full') && TRUNCATED.test(l.text));
  minutes = minutes
    .map((l) => (l.text.includes('view the full') ? { ...l, text: l.text.replace(TRUNCATED, '').trim() } : l))
    .filter((l) => l.text && !/^(additional documents:?|supporting documents:?)$/i.test(l.text));
  const descriptionLines = before.filter((l) => !/^(additional documents:?|supporting documents:?)$/i.test(l.text));
  const description =
    [inlineDescription, descriptionLines.length ? joinLines(descriptionLines) : null].filter(Boolean).join('\n') ||
    null;
  const { resolutions, decisions, consumed } = readResolutions(minutes);
  const points = readPoints(minutes.filter((l) => !consumed.has(l.index)));
  const allText = `${title}\n${description ?? ''}\n${joinLines(minutes)}`;
  // The resolution to exclude the public is public business; only the items it names are exempt (Schedule 12A).
  const exempt =
    !isExclusionOnly(
      title,
      [...resolutions, ...decisions],
      minutes.filter((l) => !consumed.has(l.index)),
    ) &&
    (EXEMPT.test(`${title}\n${description ?? ''}`) || EXEMPT_PARAGRAPH.test(allText));
  const paragraph = EXEMPT_PARAGRAPH.exec(allText);
  return {
    number: start.number,
    title,
    span: spanOf([titleLine]),
    description,
    resolutions,
    decisions,
    points,
    minutes: minutes.length ? joinLines(minutes) : null,
    truncated,
    exempt,
    exemptParagraph: paragraph ? Number(paragraph[1]) : null,
    pages: start.pages,
    standardKind: narrowStandardKind(standardKindOf(title)),
  };
}

const TRAILING_SMALL_WORD = /\s(?:and|of|the|for|to|in|on|with|at|by|from|a|an|or)$/;

/** Whether a title's line goes on to the next: it stops on a small word, or a long title goes on in lower case. */
function wrapsOn(title: string, next: string, after: string | undefined): boolean {
  if (/^(?:minutes|resolved|agreed)\b/i.test(next) || /[.:;]$/.test(title)) return false;
  if (capitalsWrap(title, next, after)) return true;
  if (TRAILING_SMALL_WORD.test(title)) return /^[\p{L}\d]/u.test(next);
  return title.split(/\s+/).length >= 8 && /^\p{Ll}/u.test(next) && !/^(?:that|to)\s/.test(next);
}

/** Words in capitals that record an outcome or a motion under a heading rather than go on with its title. */
const CAPITALS_NOT_TITLE =
  /^(?:NIL|NONE|N\/A|NOTED|MOVED|SECONDED|CARRIED|THAT|RESOLVED|RECOMMENDED|ORDERED|CR|CRS|CLLR|COUNCILLORS?|MAYOR|MR|MRS|MS|DR)\b/;

function inCapitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * "OPENING" / "MEETING" / "The Lord Mayor opened ...": a heading in capitals the page broke over short lines goes on
 * while the lines stay in capitals and the minutes' first sentence follows them.
 */
function capitalsWrap(title: string, next: string, after: string | undefined): boolean {
  if (!inCapitals(title) || !inCapitals(next) || CAPITALS_NOT_TITLE.test(next)) return false;
  if (next.split(/\s+/).length > 8 || /^\d|:/.test(next)) return false;
  return after !== undefined && /\s\p{Ll}{3,}/u.test(after);
}

const EXCLUSION_TITLE = /^exclusion\s+of\s+(?:the\s+)?(?:press\s+and\s+(?:the\s+)?)?public\b/i;
const EXCLUDES_PUBLIC =
  /\b(?:public|press)\b[^.]{0,80}\bexcluded\b|\bexclu(?:de|sion\s+of)\s+the\s+(?:press\s+and\s+)?public\b/i;

/** More words than this besides its resolutions, and an exclusion item may hold the excluded business itself. */
const EXCLUSION_PROSE_MAX = 300;

/**
 * An item whose business is only the exclusion of the public: its heading says so, or every resolution it makes
 * excludes the public, and little else is written under it. An item that goes on to decide or discuss something else
 * keeps what the exempt markers say of it.
 */
function isExclusionOnly(
  title: string,
  resolutions: readonly { readonly text: string }[],
  prose: readonly Line[],
): boolean {
  if (prose.reduce((n, l) => n + l.text.length + 1, 0) > EXCLUSION_PROSE_MAX) return false;
  if (resolutions.length > 0) return resolutions.every((r) => EXCLUDES_PUBLIC.test(r.text));
  return EXCLUSION_TITLE.test(title);
}

function narrowStandardKind(kind: ReturnType<typeof standardKindOf>): ParsedItem['standardKind'] {
  return kind === 'urgent' ? null : kind;
}

/**
 * Lettered points "a)", "(b)", "aa)" with the lines that continue them. Any other line (a paragraph, a point whose
 * letter the PDF lost) ends the point above, so a wrapped line below it is not taken for this point's.
 */
function readPoints(lines: readonly Line[]): ParsedMinutePoint[] {
  const points: { label: string | null; text: string; start: number; end: number }[] = [];
  let open = false;
  for (const line of lines) {
    const m = POINT.exec(line.text);
    if (m) {
      points.push({ label: m[1]!, text: m[2]!, start: line.start, end: line.end });
      open = true;
      continue;
    }
    const last = points[points.length - 1];
    if (open && last && /^[a-z]/.test(line.text)) {
      last.text += ` ${line.text}`;
      last.end = line.end;
    } else open = false;
  }
  return points.map((p) => ({ label: p.label, text: p.text, span: { start: p.start, end: p.end } }));
}

/**
 * Minutes written on the heading's line after its title, as a line of their own (its span is the heading line's tail).
 */
function inlineLines(start: ItemStart): Line[] {
  const text = start.inlineText;
  if (!text) return [];
  const at = start.line.text.lastIndexOf(text);
  const from =
    at >= 0 && start.line.text.length === start.line.end - start.line.start ? start.line.start + at : start.line.start;
  return [{ ...start.line, text, start: from }];
}

const BARE_NUMBER = /^\d{1,3}(?:\.\d{1,3}){1,3}\.?$/;

/** The body without the bare paragraph numbers ("2.1", "3.1.1") that stand before the item's title. */
function withoutBareNumbers(body: readonly Line[]): Line[] {
  let k = 0;
  while (k < body.length - 1 && k < 4 && BARE_NUMBER.test(body[k]!.text)) k++;
  return body.slice(k);
}

/** Lines the minutes marker and clutter aside, for reading attendance or declarations out of an item. */
export function itemMinutesLines(start: ItemStart, body: readonly Line[]): Line[] {
  const below = start.titleBelow && !start.titleAbove;
  const rest = [...inlineLines(start), ...(below ? withoutBareNumbers(body).slice(1) : body)];
  const markerAt = rest.findIndex((l) => MINUTES_MARKER.test(l.text));
  if (markerAt < 0) return rest;
  const inline = MINUTES_MARKER.exec(rest[markerAt]!.text)![1]!.trim();
  return [...(inline ? [{ ...rest[markerAt]!, text: inline }] : []), ...rest.slice(markerAt + 1)]
    .map((l) => ({ ...l, text: l.text.replace(TRUNCATED, '').trim() }))
    .filter((l) => l.text);
}
