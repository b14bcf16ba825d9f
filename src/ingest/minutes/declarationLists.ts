import { builtPattern } from './builtPatterns.js';

/** One person of a list of declarations and the item they declared in. */
export interface ListedDeclaration {
  readonly name: string;
  readonly item: string;
}

/** What joins two entries of a list: "Cllr A re 12 & Cllr B re 14", "..., ...", "... and ...". */
const JOIN = String.raw`(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*&\s*)`;

/**
 * A line that only pairs people with the items they declared in: "Cllr Hayward re 2623 & Cllr Richards re 2621.",
 * "Cllr A Smith item 7, Cllr B Jones item 9". None when anything else is said, so a sentence is left to the reader
 * of sentences.
 *
 * @param person - the pattern of a titled person (declarations.ts's PERSON), its name in group 1.
 * @param itemNumber - the pattern of an item's number (declarations.ts's ITEM_NUMBER).
 */
export function readPersonItemPairs(text: string, person: string, itemNumber: string): ListedDeclaration[] {
  const entry = builtPattern(
    `(?:${JOIN})?${person}\\s+(?:[Rr]e:?|(?:[Aa]genda\\s+)?(?:[Ii]tem|[Mm]inute)\\s+(?:[Nn]o\\.?\\s*)?)\\s*(${itemNumber})(?![\\w/])`,
    // Not case-insensitive: that would let a name's capitalised words take in the "re" after it.
    'gu',
  );
  const out: ListedDeclaration[] = [];
  const body = text.trim();
  let end = 0;
  // The entries must follow one another from the line's start: anything between them is not a list.
  for (const m of body.matchAll(entry)) {
    if (m.index !== end) return [];
    out.push({ name: m[1]!, item: m[2]! });
    end = m.index + m[0].length;
  }
  return out.length > 0 && /^[\s.;]*$/.test(body.slice(end)) ? out : [];
}

/**
 * "Declarations received Cllr A. Jones and I. Ace for item 47/20(a)": a clerk's note that names who declared and
 * the item, with no verb of the people's own. The names are read by the caller (its reader of a subject's names).
 */
const RECEIVED =
  /^(?:declarations?|disclosures?)(?:\s+of\s+(?:[\p{L}-]+\s+){0,2}?interests?)?\s+(?:were\s+|was\s+)?(?:received|made|noted)\s+(?:from\s+|by\s+)?(\S.*?)\s+(?:for|in|on|in respect of|in relation to|regarding)\s+((?:agenda\s+)?(?:item|minute)s?\s+\S.*)$/iu;

/** The names and the item reference of a "Declarations received <names> for item <n>" line; null when not one. */
export function readReceivedDeclarations(text: string): { names: string; items: string } | null {
  const m = RECEIVED.exec(text.trim());
  return m ? { names: m[1]!, items: m[2]! } : null;
}

/**
 * "With regard to item 11.1 declarations of interest were received from Cllr Ian Brown and Cllr Julia Hall and a
 * Welfare Declaration of Interest was received from Cllr P Kyles": the clerk's passive record of who declared, inside
 * a sentence. The names run to the next clause ("and a ..."), the item named after them, or the sentence's end.
 */
const RECEIVED_FROM =
  /\b(?:declarations?|disclosures?)\s+of\s+(?:[\p{L}-]+\s+){0,2}?interests?\s+(?:was|were)\s+(?:received|made|given|noted)\s+(?:from|by)\s+/giu;
const NAMES_END =
  /\s+and\s+an?\s+|\s*[;:]\s*|\s+(?:for|in|on|in\s+respect\s+of|in\s+relation\s+to|regarding|with\s+regard\s+to)\s+(?:agenda\s+)?(?:items?|minutes?)\b|\.(?:\s|$)/iu;

/** One passive record: the names as written, and the text around them that may name the item. */
export interface ReceivedFrom {
  readonly names: string;
  readonly before: string;
  readonly after: string;
}

/** Every "declarations of interest were received from <names>" in a sentence; [] when there is none. */
export function readReceivedFrom(sentence: string): ReceivedFrom[] {
  const out: ReceivedFrom[] = [];
  for (const m of sentence.matchAll(RECEIVED_FROM)) {
    const rest = sentence.slice(m.index + m[0].length);
    const end = NAMES_END.exec(rest);
    const names = (end ? rest.slice(0, end.index) : rest).trim();
    // The item after the names belongs to them only where it ends them ("... from Cllr A in item 9"), not where it is
    // the next clause's ("... and a further interest was received from Cllr B in item 12").
    const namesItem = end && /^\s+(?:for|in|on|regarding|with)\b/i.test(end[0]);
    const after = namesItem ? rest.slice(end.index).split(/\s+and\s+an?\s+/i)[0]! : '';
    if (names) out.push({ names, before: sentence.slice(0, m.index), after });
  }
  return out;
}
