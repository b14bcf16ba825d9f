import { declarationClauses } from './declarationClauses.js';

/**
 * Members named by their initials: small councils list each member with initials after the name ("Ann Vaughan AV",
 * "Cllr. W. Bowkett (WB)") and then write "AV – invoice for item 11" or "PM and GW declared an interest". Initials
 * count as a person only where the document itself spells them out, so "DPI" or "RFO" never become people.
 */

import { builtPattern } from './builtPatterns.js';

/** A name of two to four capitalised words, then (after a bracketed post, say) two to four capitals. */
const NAME_THEN_INITIALS =
  /((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4})(?:\([^()]{0,60}\)\s+)?\(?(\p{Lu}{2,4})\)?(?=[\s,.;:]|$)/gu;

/**
 * "Ann Finlayson, Secretary (AF)", "Janice Paterson, Vice Chair, (JP)": a member's post between the name and the
 * bracketed initials.
 */
const NAME_POST_INITIALS =
  /((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]*),\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+,?\s+\((\p{Lu}{2,4})\)/gu;

/**
 * "Mr JB Adams", "Mrs YD Moore": a member listed by a title, the initials of the given names and the surname, whom the
 * minutes then call "JB" or "JBA".
 */
const TITLE_INITIALS_SURNAME = /\b(?:Mrs?|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(\p{Lu}{2,3})\s+(\p{Lu})[\p{Ll}'’-]+/gu;

/**
 * The initials the document defines: each pair of a name and initials whose letters open its first and last words,
 * and the given-name initials of members listed as "Mr JB Adams" (alone and with the surname's).
 */
export function definedInitials(source: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of source.matchAll(TITLE_INITIALS_SURNAME)) out.add(m[1]!).add(m[1]! + m[2]!);
  for (const m of [...source.matchAll(NAME_THEN_INITIALS), ...source.matchAll(NAME_POST_INITIALS)]) {
    const words = m[1]!.trim().split(/\s+/);
    const initials = m[2]!;
    // "Mayor S. Mitchell (SM)": some run of the words before the initials ending at the surname is the name.
    for (let from = 0; from <= words.length - 2; from++) {
      const run = words.slice(from);
      if (run[0]![0] === initials[0] && run.at(-1)![0] === initials.at(-1)) {
        out.add(initials);
        break;
      }
    }
  }
  return out;
}

/** The document's defined initials, read once on first use: every item of every meeting asks for the same set. */
export function definedInitialsOnce(source: string): () => ReadonlySet<string> {
  let found: ReadonlySet<string> | null = null;
  return () => (found ??= definedInitials(source));
}

export interface InitialsDeclaration {
  readonly name: string;
  readonly text: string;
}

/** "2.1", "(a)", "a." before an entry. */
const ENTRY_LABEL = String.raw`(?:\d{1,2}\.\d{1,2}\.?|\(?[a-z]\)|[a-z]\.|\d{1,2}[.)])`;

/**
 * Under a declarations heading, "AF and MN on CCDT Board, RB on Management Group": the members' initials and the body
 * they sit on ("on", "as" before a capital), a comma before the next member's.
 */
const NEXT_ENTRY =
  /,\s+(?=\p{Lu}{2,4}(?:\s*(?:,|and|&)\s*\p{Lu}{2,4})*\s+(?:(?:on|as)\s+(?:the\s+)?\p{Lu}|declared\b))/u;

/** "AV", "Av" (the same initials typed carelessly) when the document defines them. */
function isInitials(token: string, initials: ReadonlySet<string>): boolean {
  return /^\p{Lu}[\p{L}]{1,3}$/u.test(token) && initials.has(token.toUpperCase());
}

/**
 * Declarations whose subject is only defined initials: "AV – Invoice submitted ...", "PM and GW declared an interest in
 * ...", several of them on one line when its breaks were lost ("2.1 AV – ... 2.2 GLL – ..."). None when the line is
 * anything else.
 */
export function readInitialsDeclarations(
  text: string,
  /** The document's defined initials, or how to read them: asked for only when an entry opens with initials. */
  defined: ReadonlySet<string> | (() => ReadonlySet<string>),
): InitialsDeclaration[] {
  // Reading the document's initials scans all its text: most lines hold no entry opening with initials, and never ask.
  let known = typeof defined === 'function' ? null : defined;
  if (known?.size === 0) return [];
  // Split a run-on line before each numbered entry that opens with initials.
  const parts = text.split(builtPattern(String.raw`\s+(?=${ENTRY_LABEL}\s+\p{Lu}[\p{L}]{1,3}\b)`, 'u'));
  const out: InitialsDeclaration[] = [];
  // "NO declared interest in Timber Cottage and NS declared interest in St Joseph's": two entries in one sentence;
  // "AF and MN on CCDT Board, RB on Management Group": two entries after a comma.
  for (const part of parts.flatMap(declarationClauses).flatMap((c) => c.split(NEXT_ENTRY))) {
    const entry = part.replace(builtPattern(String.raw`^${ENTRY_LABEL}\s+`, 'u'), '').trim();
    // "Cllrs AQ and IA were given dispensation on item 7g": a title before the initials, a dispensation as the verb.
    // "JB and Clerk declared ...": an officer declaring beside the member is no member, so only the initials count.
    const m =
      /^(?:(?:Cllrs?|Councill?ors?)\.?\s+)?((?:\p{Lu}[\p{L}]{1,3})(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}]{1,3})*)(?:\s+(?:and|&)\s+(?:the\s+)?(?:(?:Parish|Town)\s+)?(?:Clerk|RFO))?\s*(?:[-–:]\s*|\s+(?=declared\b|(?:was|were)\s+(?:granted|given)\s+(?:an?\s+)?dispensations?\b|(?:on|as)\s+(?:the\s+)?\p{Lu}))(\S.*)$/u.exec(
        entry,
      );
    if (!m) continue;
    const names = m[1]!.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
    const initials = (known ??= (defined as () => ReadonlySet<string>)());
    if (!names.every((n) => isInitials(n, initials))) continue;
    const said = m[2]!.replace(/^declared\s+/i, '').trim();
    for (const name of names) out.push({ name, text: said });
  }
  return out;
}
