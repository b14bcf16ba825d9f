import type { ParsedMembership } from '../parsedDocument.js';
import { spanIn, type Line } from './lines.js';
import { HONORIFIC, looksLikeName } from './names.js';

/** A person's name as a sentence gives it: an optional honorific and one to four capitalised words. */
const NAME = String.raw`(?:${HONORIFIC}\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** The body the record is of, as its own minutes name it: "the Committee", "this Board". */
const THIS_BODY = String.raw`(?:the|this)\s+(?:Sub-?\s?Committee|Committee|Board|Panel|Forum|Partnership|Group)\b`;
// Written in capitals or not ("Vice Chair", "a co-opted member"); the name patterns need the case, so no `i` flag.
const ROLE = String.raw`(?:(?:a\s+)?(?:[Cc]o-?opted\s+|[Ss]ubstitute\s+|[Vv]oting\s+|[Nn]on-voting\s+)?[Mm]ember|[Vv]ice[- ]?[Cc]hair(?:man|person)?|[Cc]hair(?:man|person)?)`;

/**
 * Sentences that state a membership of the body whose record it is:
 * - "Councillor X has been appointed to fill a vacant seat on the Committee", "... appointed to the
 *   Board", "... appointed as Vice Chair of the Committee";
 * - "RESOLVED to appoint Councillor X to the Committee" / "as a member of the Panel";
 * - "X (Organisation) replaces Y as ... representative", "X has replaced Y on the Board".
 * An appointment to another body ("appointed to the Planning Committee") is not read: the record
 * of this body does not settle another's membership.
 */
const STATEMENTS: readonly RegExp[] = [
  new RegExp(
    String.raw`(?<name>${NAME})\s+(?:has\s+been|had\s+been|was|were|is|be|been|being)\s+(?:re-?)?appointed\s+(?:to\s+fill\s+(?:a|the)\s+vacan(?:t\s+seat|cy)\s+on|to|as\s+(?<role>${ROLE})(?:\s+(?:of|on|to))?)\s+${THIS_BODY}`,
    'u',
  ),
  new RegExp(
    String.raw`\bto\s+(?:re-?)?appoint\s+(?<name>${NAME})\s+(?:to|as\s+(?<role>${ROLE})\s+(?:of|on|to))\s+${THIS_BODY}`,
    'u',
  ),
  new RegExp(
    String.raw`(?<name>${NAME})\s*(?:\([^)]{1,80}\)\s*)?(?:replaces|has\s+replaced|replaced|will\s+replace|is\s+replacing)\s+(?<old>${NAME})(?:\s+on\s+${THIS_BODY})?(?:\s+as\s+(?<as>[^.;]{3,100}))?`,
    'u',
  ),
];

function roleOf(text: string | undefined): ParsedMembership['role'] {
  if (!text) return 'member';
  if (/vice/i.test(text)) return 'vice_chair';
  if (/chair/i.test(text)) return 'chair';
  if (/co-?opted/i.test(text)) return 'co_optee';
  return 'member';
}

/** The sentence around a match: from the previous full stop (or the line's start) to the next one. */
function sentenceAround(text: string, at: number, end: number): string {
  const before = text.lastIndexOf('. ', at);
  const after = text.indexOf('.', end);
  return text.slice(before < 0 ? 0 : before + 2, after < 0 ? text.length : after + 1).trim();
}

/** Memberships the lines state (see STATEMENTS), each with the sentence that states it and its span. */
export function readMembershipStatements(lines: readonly Line[]): ParsedMembership[] {
  const out: ParsedMembership[] = [];
  for (const line of lines) {
    if (!/appoint|replac/i.test(line.text)) continue;
    for (const pattern of STATEMENTS) {
      const m = pattern.exec(line.text);
      const name = m?.groups?.['name']?.trim();
      if (!m || !name || !looksLikeName(name)) continue;
      const old = m.groups?.['old']?.trim();
      const statement = sentenceAround(line.text, m.index, m.index + m[0].length);
      out.push({
        name,
        role: roleOf(m.groups?.['role'] ?? m.groups?.['as']),
        replaces: old && looksLikeName(old) ? old : null,
        statement,
        span: spanIn(line, statement),
      });
      break;
    }
  }
  return out;
}
