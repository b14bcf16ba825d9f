import { declarationKindOf } from '../../domain/declaration.js';
import { isDeclarationsHeading } from './declarationHeadings.js';
import { definedInitials, readInitialsDeclarations } from './declarationInitials.js';
import { declarationClauses } from './declarationClauses.js';
import { readDeclarationRun } from './declarationRuns.js';
import { readPersonItemPairs, readReceivedDeclarations, readReceivedFrom } from './declarationLists.js';
import type { ParsedDeclaration } from '../parsedDocument.js';
import { readCellTables, readItemFirstRow, readPipeTables, type DeclarationRow } from './declarationTables.js';
import { spanIn, type Line } from './lines.js';
import { isGivenName } from './givenNames.js';
import { looksLikeName, readNameList } from './names.js';
import { builtPattern } from './builtPatterns.js';

const NONE =
  /^(none|nil|dim(?:\s*\/\s*none)?|no declarations?|there were no|no (?:interests|declarations) (?:were )?(?:declared|made|received)|none (?:were )?(?:declared|made|received))\b/i;
const PERSON = String.raw`((?:County\s+|Deputy\s+)?(?:Councill?or|Cllr\.?|Clr\.?|Cr\.?|Cyng\.?|Council\s*member|Councilman|Councilwoman|Commissioner|Trustee|Alderman|Ald\.?|Mayor|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Professor|Sir|Dame|Lady)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})`;
/** Verbs that make a sentence a declaration when its subject is one or more people. */
const VERB =
  /\s*[-–,]?\s+(?:(?:also|then|both|each|all|\p{Ll}+ly)\s+)?\b(?:declared|declares|disclosed|discloses|registered|recused|stated|advised|indicated|reported|informed|raised|noted|made|highlighted|announced|abstained|had|has|(?:would|will)\s+declare|(?:was|were|had\s+been|has\s+been)\s+(?:granted|given(?=\s+(?:an?\s+)?dispensations?\b)))\b/u;
/**
 * Outside the declarations item, only these verbs with the word "interest" make a declaration. "It was noted that the
 * Deputy Mayor would declare a pecuniary interest in respect of item 7": a declaration the list of them records ahead.
 */
const STRONG_VERB = /\b(?:declared|declares|disclosed|discloses|registered|recused|(?:would|will)\s+declare)\b/i;
/**
 * What a statement outside the declarations item says of the speaker's own position: "abstained due to a conflict of
 * interest", "stated he has a pecuniary interest", "announced a conflict on item 9".
 */
const OWN_CONFLICT =
  /^\s*(?:(?:that\s+)?(?:he|she|they)\s+(?:has|had|have)\s+|(?:from\s+(?:the\s+)?(?:vote|voting|discussion|item)\b[^.]{0,40}?\s+)?(?:due\s+to|because\s+of|citing|owing\s+to|given)\s+)?(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:conflict|interest)\b/i;
/**
 * "Cllr X declared that he knew the applicant", "Councillors A and B declared that in respect of Item 4 they had sat on
 * a previous Sub-Committee": what "declared that" goes on to say of the members' own ties is a declaration, though it
 * never says "interest". A pronoun must follow, so "declared that the meeting was quorate" says nothing of anyone.
 */
const DECLARED_THAT =
  /^\s*that\s+(?:[^.;]{0,60}?\s)?(?:he|she|they)\s+(?:(?:had|has|have|was|were|is|are)\s+(?:(?:all|both|also|previously|once|recently)\s+){0,2}(?:been\s+)?)?(?:knew|knows|know|known|sat|sits|sit|lived|lives|live|owned|owns|own|worked|works|work|employed|related|acquainted|friends?|members?|a\s+(?:member|friend|neighbour|governor|trustee|director)|involved|spoken|met)\b/i;
/** What a declaration outside the declarations item is about: an interest, a conflict, stepping aside. */
// "Pecuniary" too: an OCR line cut short ("declared a potential pecuniary interes") still says what it is.
const ABOUT = /\binterest|\bconflict|\brecus|\bpecuniary/i;
/** A row of a declarations table as the HTML reader writes it: "| Cllr C. Dale | 4 | Personal – member of ... |". */
const TABLE_ROW = new RegExp(
  `^\\|?\\s*${PERSON}\\s*\\|\\s*(?:(?:agenda\\s+)?(?:item|minute)\\s+(?:no\\.?\\s*)?)?([A-Z]{0,6}[./]?\\d{1,4}(?:[./]\\d{1,4})?[a-z]?)\\s*\\|\\s*([^|]+?)\\s*\\|?$`,
  'iu',
);
/** "Cllr Y: re 1417", "Councillor X - item 5, personal interest as ...". */
const NAME_FIRST = new RegExp(`^${PERSON}\\s*[-–:]\\s*(.+)$`, 'u');
const ITEM_NUMBER = String.raw`[A-Z]{0,6}[./-]?\d{1,5}(?:[./]\d{1,4})?(?:[a-z]|\.[A-Z](?![a-z]))?(?:\((?:\d{1,3}|[a-z])\))?`;
const ITEM_REF = new RegExp(
  String.raw`\b(?:agenda\s+|minute\s+)?(?:item|minute)s?\s+(?:no\.?\s*|number\s+|#\s*)?(${ITEM_NUMBER})(?![\w/])|\bre:?\s+([A-Z]{0,6}[./]?\d{1,5}(?:[./]\d{1,4})?)\b`,
  'i',
);
/** "items 6.2 (...) and item 6.3", "items 11, 12 and 13": the further items of a list that one reference opens. */
const ITEM_LIST_MORE = new RegExp(
  String.raw`^(?:\s*\([^()]{0,160}\))?(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:(?:agenda\s+)?(?:item|minute)s?\s+(?:no\.?\s*)?)?(${ITEM_NUMBER})(?![\w/])`,
  'i',
);
/** "Item 5 -" alone on its line: the declarations below it are made in that item. */
const ITEM_LABEL =
  /^(?:agenda\s+)?item\s+(?:no\.?\s*|#\s*)?([A-Z]{0,6}[./]?\d{1,5}(?:[./]\d{1,4})?[a-z]?)\s*[-–:.]?\s*$/i;
/**
 * A declarations table whose cells lost their separators: "Cllr P. M. Jones 16/142 Personal Member has ...", the name
 * followed by the item's number and the nature of the interest.
 */
const FLAT_ROW = new RegExp(`^${PERSON}\\s+((?:[A-Z]{1,6}[./]?)?\\d{1,5}(?:[./]\\d{1,4})?[a-z]?)\\s+(\\S.*)$`, 'u');
/** "Item 7:", "Agenda item 12 –" opening a line, the person after it. */
const ITEM_LEAD = new RegExp(String.raw`^(?:agenda\s+)?item\s+(?:no\.?\s*)?(${ITEM_NUMBER})\s*[.:–-]\s*`, 'i');
/**
 * "19/6 Councillor J P Blundell – Item 17 (Prejudicial Interest ...)": the minute's own reference (year / number) opens
 * the line; it is not the item the person declared in.
 */
const MINUTE_REFERENCE = /^\d{1,4}\/\d{1,4}\s+(?=\p{Lu})/u;
/** The nature of an interest as a declarations table's cell gives it, opening the cell after the item's. */
const NATURE =
  /^(?:personal|prejudicial|pecuniary|non[\s-]?pecuniary|disclosable|other|significant|registerable|non[\s-]?registerable|DPI|ORI|NRI)\b/i;

/**
 * A declarations table whose rows ran into one line: "Cllr A Smith 7 Personal – lives near the site Cllr B Jones 9
 * Prejudicial – owns adjoining land". A row opens with a person and an item's number; after the first, only where the
 * nature of an interest follows the number, so a person named in the text ("Mr Brown 12 Acacia Avenue") opens none.
 */
function flatRows(text: string): RegExpExecArray[] {
  const first = FLAT_ROW.exec(text);
  if (!first) return [];
  const starts = [...text.matchAll(builtPattern(`(?<=\\s)${PERSON}\\s+(\\d{1,5}[a-z]?)\\s+`, 'gu'))]
    .filter((m) => NATURE.test(text.slice(m.index + m[0].length)))
    .map((m) => m.index);
  const cuts = [0, ...starts];
  return cuts
    .map((at, k) => FLAT_ROW.exec(text.slice(at, cuts[k + 1] ?? text.length).trim()))
    .filter((m): m is RegExpExecArray => m !== null);
}
/** "Declarations of Interests:" set as a label in a page without items: what follows is declarations. */
/**
 * A word every declaration read outside a declarations item holds on one of its lines: the word each line must hold
 * ("declared", "disclosed", "registered", "interest", "recused"), the advice before "did so" ("should declare") and the
 * headings that open a section or run in ("Declarations of ...", "Conflicts of Interest"). Lines are joined with a
 * space, so the word is on one line as given. The same flags as INTERESTS_HEADING, so case folds alike.
 */
export const DECLARATION_WORD = /declar|disclos|regist|interest|recus|conflict/iu;
const SECTION_LABEL = /^declarations?\s+of\s+(?:(?:members|councillors)['’]?\s+)?(?:\w+\s+)?interests?\s*:?$/i;
/** A pronoun is not a person's name: "She informed Council ...". */
const PRONOUN = /^(?:he|she|they|it|we|i|his|her|their)$/i;
/** A sentence ends at a full stop that is not an initial's or an abbreviation's. */
const SENTENCE = /(?<!\b(?:\p{Lu}|No|no|Nos|nos|Mr|Mrs|Ms|Dr|Cllr|Cr|St|para|Para|approx|i\.e|e\.g))\.(?:\s+|$)/u;
/** "The following Members declared a personal interest in agenda item 11:-" with the names on the lines below. */
const FOLLOWING =
  /\bthe following (?:members|councill?ors|people)\b.*\b(?:declared|disclosed|declare)\b.*[:-]\s*-?\s*$/i;
/**
 * "Agenda Item 12. Cllr X declared ...", "Also, ...", "2.2 Councillors X and Y declared ...", "Dispensations: Cllr X
 * was granted ...", "Both X and Y declared ...": words before the subject that are not part of it.
 */
const LEAD =
  /^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+|[a-z]\.\s+|\d{1,3}(?:\.\d{1,3})+\.?\s+|(?:dispensations?|declarations?(?:\s+of\s+interests?)?)\s*:\s+|(?:agenda\s+)?item\s+#?[\w./]+\s*[.:–-]?\s+|also,?\s+|however,?\s+|in addition,?\s+|(?:under|at|for)\s+item\s+[\w./]+,?\s+|both\s+)/i;

function clean(text: string): string {
  return text
    .replace(/^(that|an?|the)\s+/i, (m) => (/^that/i.test(m) ? '' : m))
    .replace(/^(he|she|they)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function itemOf(text: string): string | null {
  const m = ITEM_REF.exec(text);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** Every item a reference names: "items 6.2 (10-AP-1803) and item 6.3" gives 6.2 and 6.3; none gives []. */
function itemsOf(text: string): string[] {
  const m = ITEM_REF.exec(text);
  if (!m) return [];
  const out = [(m[1] ?? m[2])!];
  let rest = text.slice(m.index + m[0].length);
  for (let more = ITEM_LIST_MORE.exec(rest); more && out.length < 12; more = ITEM_LIST_MORE.exec(rest)) {
    out.push(more[1]!);
    rest = rest.slice(more[0].length);
  }
  // "in item 12.3(d), a planning application at Carn Farm and item 12.5 where it referred to ...": a further item
  // named after what the first is about, joined by "and".
  for (const more of rest.matchAll(LATER_ITEM)) if (!out.includes(more[1]!) && out.length < 12) out.push(more[1]!);
  // "Agenda Items 10.5: Quayside Holdings - Statement of Expectations 2025/26 and 10.6: Quayside ...": after a plural
  // reference, a number labelled with a colon after "and" is a further item, its title between.
  if (/\b(?:item|minute)s\b/i.test(m[0]))
    for (const more of rest.matchAll(LABELLED_ITEM)) if (!out.includes(more[1]!) && out.length < 12) out.push(more[1]!);
  return out;
}

const LABELLED_ITEM = new RegExp(String.raw`\s(?:and|&)\s+(${ITEM_NUMBER})\s*:\s`, 'g');

const LATER_ITEM = new RegExp(
  String.raw`\s(?:and|&)\s+(?:(?:in|on)\s+)?(?:agenda\s+)?(?:items?|minutes?)\s+(?:no\.?\s*)?(${ITEM_NUMBER})(?![\w/])`,
  'gi',
);

/**
 * The people a sentence's subject names ("Cllrs Blake and Gordon", "Liz Jeremy", "PM and GW"), or none if it is not
 * only names.
 */
function subjectNames(subject: string): string[] {
  const text = subject
    .replace(LEAD, '')
    // "Cllr Brennan, being a resident of Foxdells, stated ...": what the person is comes between subject and verb.
    .replace(/,?\s+(?:being|who\s+(?:is|was))\s.*$/, '')
    .replace(/[\s,–-]+$/, '')
    .trim();
  if (!text || text.length > 200 || PRONOUN.test(text) || /^[Mm]embers?\s+\p{Ll}/u.test(text)) return [];
  // "The Chair, Councillor Grewal": an article opens a role, and the person may follow it.
  const whole = /^(?:the|a|an|it|there|this|all|no|any)\b/i.test(text) ? [] : onlyNames(text);
  if (whole.length > 0) return whole;
  // "In the interests of transparency Councillor X highlighted ...": the people start at the first title.
  const titled =
    /(?:^|\s)((?:County\s+)?(?:Councill?ors?|Cllrs?\.?|Crs?\.?|Mr|Mrs|Ms|Miss|Dr|Members?)\s+\p{Lu}.*)$/u.exec(text);
  return titled && titled.index > 0 ? onlyNames(titled[1]!) : [];
}

function onlyNames(text: string): string[] {
  const pieces = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter(Boolean);
  const names = readNameList([text]);
  if (names.length === 0 || names.length < pieces.length || !names.every((n) => looksLikeName(n.name))) return [];
  return withSharedSurname(names.map((n) => n.name));
}

const NAME_TITLE = /^(?:(?:County\s+)?(?:Councill?or|Cllr\.?|Cr\.?)\s+)?/;
/**
 * "Councillors George and Judith Cooper both declared ...": two people of one family, the surname written once after
 * the second given name. A lone given name (not an initial) beside a full name shares that surname.
 */
function withSharedSurname(names: string[]): string[] {
  if (names.length !== 2) return names;
  const [first, second] = names.map((n) => n.replace(NAME_TITLE, '')) as [string, string];
  const full = /^\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(second);
  // A known given name only: "Councillors Smith and John Brown" are two people of two families.
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !isGivenName(first) || !full) return names;
  return [`${names[0]} ${full[1]}`, names[1]!];
}

interface Context {
  /** The lines are the minutes of the declarations item: a sentence need not say "interest". */
  readonly declarationsItem: boolean;
  readonly ownItem: string | null;
  /**
   * The line and the one before it: "asked if any Councillor wished to declare an interest." / "Cllrs A and B declared
   * that ...".
   */
  readonly nearby?: string;
}

/**
 * Declarations of interests: a table row, "Councillor X declared an other registrable interest in item 5 as ...",
 * "Cllrs A and B declared ...", "Mr X - declared a DPI in respect of Agenda item 8", "Cllr Y: re 1417", or
 * "The following Members declared a personal interest in item 11:-" over a list of names. One per person per item.
 */
export function readDeclarations(
  given: readonly Line[],
  ownItem: string | null,
  declarationsItem = true,
  source?: string,
  /** The document's defined initials (see definedInitialsOnce); by default those of the source or these lines. */
  documentInitials?: () => ReadonlySet<string>,
): ParsedDeclaration[] {
  // Outside a declarations item nothing is read from lines without a declaration's word (most items' lines).
  if (!declarationsItem && !given.some((l) => DECLARATION_WORD.test(l.text))) return [];
  const out: ParsedDeclaration[] = [];
  const seen = new Set<string>();
  const add = (name: string, item: string | null, text: string, line: Line, part: string): void => {
    // "..., D.L. Mackie, N.M. M": a list cut off inside its last name leaves initials without a surname, no one.
    if (/^(?:\p{Lu}\.\s*)+\p{Lu}$/u.test(name.replace(/^(?:Councill?ors?|Cllrs?)\.?\s+/i, ''))) return;
    const key = `${name.toLowerCase().replace(/[^a-z]/g, '')}|${item ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name, item, text, kind: declarationKindOf(text), span: spanIn(line, part) });
  };
  const lines = joinWrapped(given);
  const sections = declarationSections(lines, declarationsItem);
  // The document's initials are read when a line first needs them (most documents' lines never do).
  let read: ReadonlySet<string> | null = null;
  const known = (): ReadonlySet<string> =>
    (read ??= documentInitials?.() ?? definedInitials(source ?? lines.map((l) => l.text).join('\n')));
  const initials = sections.some(Boolean) ? known : new Set<string>();
  const cells = readCellTables(
    lines.filter((_, i) => sections[i]),
    (t) => builtPattern(`^${PERSON}$`, 'u').test(t) || (looksLikeName(t) && onlyNames(t).length === 1),
  );
  const piped = readPipeTables(
    lines.filter((l, i) => sections[i] && !cells.used.has(l)),
    (t) => builtPattern(`^${PERSON}$`, 'u').test(t) || (looksLikeName(t) && onlyNames(t).length === 1),
  );
  for (const row of [...cells.rows, ...piped.rows])
    for (const item of row.items) add(row.name, item, clean(row.text), row.line, row.name);
  for (const line of piped.used) cells.used.add(line);
  // "Item 5 -" on a line of its own, or a lead sentence "declared an interest in Item 9 ... as follows:", names the
  // item of the declarations below it.
  let labelledItem: string | null = null;
  // "• Councillor Assenheim" alone on its line heads the lines below it, one per item: "Minute 67 - Non-pecuniary ...".
  let groupPerson: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const inSection = sections[i]!;
    if (cells.used.has(lines[i]!)) continue;
    const grouped: GroupLine | null = inSection ? readGroupLine(lines[i]!, groupPerson) : null;
    if (grouped) {
      groupPerson = grouped.person;
      for (const item of grouped.items.length > 0 ? grouped.items : grouped.text ? [ownItem || null] : [])
        add(grouped.person, item, clean(grouped.text), lines[i]!, lines[i]!.text);
      continue;
    }
    groupPerson = null;
    // "None of the Members sat on the Board. Councillor X declared ...": only the first sentence says none.
    const line = NONE.test(lines[i]!.text) ? afterFirstSentence(lines[i]!) : lines[i]!;
    if (!line) continue;
    const context: Context = { declarationsItem: inSection, ownItem: labelledItem ?? (ownItem || null) };
    const itemLabel = ITEM_LABEL.exec(line.text);
    if (itemLabel) {
      labelledItem = itemLabel[1]!;
      continue;
    }
    // "... he should declare a prejudicial interest ..." / "He accordingly did so.": the advice says what is declared.
    const didSo = readDidSo(lines, i);
    if (didSo) {
      add(didSo.name, itemOf(didSo.text) ?? context.ownItem, clean(didSo.text), didSo.line, didSo.name);
      continue;
    }
    // "05/24-5 To receive any Declarations of Interest on any item on the agenda. Cllrs AQ and IA were given
    // dispensation on item 05/24-7g ...": the declarations item's heading ran into its text, read as that item's.
    const runIn = inSection ? null : declarationsRunIn(line);
    if (runIn) {
      const byInitials = readInitialsDeclarations(runIn.text, known);
      for (const d of byInitials)
        for (const item of itemsOf(d.text).length > 0 ? itemsOf(d.text) : [context.ownItem])
          add(d.name, item, clean(d.text), runIn, d.name);
      if (byInitials.length > 0 || readSentences(runIn, { ...context, declarationsItem: true }, add)) continue;
    }
    // Outside the declarations item a declaration says "declared", "disclosed", "registered" or "interest".
    if (!inSection && !/declar|disclos|regist|interest|recus/i.test(line.text)) continue;
    if (NONE.test(line.text) || /^minutes:?$/i.test(line.text)) continue;
    const byInitials = inSection ? readInitialsDeclarations(line.text, initials) : [];
    if (byInitials.length > 0) {
      for (const d of byInitials)
        for (const item of itemsOf(d.text).length > 0 ? itemsOf(d.text) : [context.ownItem])
          add(d.name, item, clean(d.text), line, d.name);
      continue;
    }
    // "Declaration of interest to the Agenda - Menai Hughes (an invoice ...)" and the lines that go on with the list.
    const inline = INLINE_LABEL.exec(line.text);
    const reasoned = readReasonedNames(inline ? inline[1]! : inSection ? line.text : '');
    if (reasoned.length > 0) {
      let j = i;
      for (let found = reasoned; found.length > 0; found = readReasonedNames(lines[++j]?.text ?? ''))
        for (const r of found)
          for (const item of r.items) add(r.name, item ?? context.ownItem, r.text, lines[j]!, r.name);
      i = j - 1;
      continue;
    }
    const gapped = inSection ? readGappedRow(line, source, context.ownItem) : null;
    if (gapped) {
      for (const item of gapped.items) add(gapped.name, item, clean(gapped.text), line, gapped.name);
      continue;
    }
    const rows = inSection ? flatRows(line.text) : [];
    if (rows.length > 1) {
      for (const r of rows) add(r[1]!, r[2]!, clean(r[3]!), line, r[1]!);
      continue;
    }
    const row = TABLE_ROW.exec(line.text) ?? (inSection ? FLAT_ROW.exec(line.text) : null);
    if (row) {
      add(row[1]!, row[2]!, clean(row[3]!), line, line.text);
      continue;
    }
    const itemFirst = inSection ? readItemFirstRow(line, PERSON) : null;
    if (itemFirst) {
      for (const item of itemFirst.items) add(itemFirst.name, item, clean(itemFirst.text), line, itemFirst.name);
      continue;
    }
    if (/\bas follows\s*:?\s*$/i.test(line.text) && STRONG_VERB.test(line.text) && itemOf(line.text)) {
      labelledItem = itemOf(line.text);
      continue;
    }
    if (FOLLOWING.test(line.text) && (inSection || /\binterest/i.test(line.text))) {
      // The names follow on the next lines, up to the next sentence or heading.
      const item = itemOf(line.text) ?? context.ownItem;
      const text = clean(line.text.replace(/^.*?\b(?:declared|disclosed|declare)\b\s*/i, '').replace(/[:-]+\s*$/, ''));
      let j = i + 1;
      for (; j < lines.length && j <= i + 6; j++) {
        const listed = readNameList([lines[j]!.text.replace(/^(?:councill?ors|members)\s*:\s*/i, 'Councillors ')]);
        // The list ends where a line says something of its own ("Mr X - declared an interest in item 5").
        if (listed.length === 0 || FOLLOWING.test(lines[j]!.text) || STRONG_VERB.test(lines[j]!.text)) break;
        for (const n of listed) add(n.name, item, text, lines[j]!, n.name);
      }
      i = j - 1;
      continue;
    }
    const paired = inSection ? readPersonItemPairs(line.text, PERSON, ITEM_NUMBER) : [];
    if (paired.length > 0) {
      for (const p of paired) add(p.name, p.item, line.text, line, p.name);
      continue;
    }
    const received = inSection ? readReceivedDeclarations(line.text) : null;
    const receivedNames = received ? subjectNames(received.names) : [];
    if (received && receivedNames.length > 0) {
      for (const name of receivedNames)
        for (const item of itemsOf(received.items)) add(name, item, received.items, line, name);
      continue;
    }
    const listed = readRecordedList(line);
    if (listed.length > 0) {
      for (const r of listed) for (const item of r.items) add(r.name, item, r.text, line, r.name);
      continue;
    }
    const run = inSection ? readDeclarationRun(line, PERSON) : [];
    if (run.length > 0) {
      for (const r of run)
        for (const item of itemsOf(r.text).length > 0 ? itemsOf(r.text) : [context.ownItem])
          add(r.name, item, clean(r.text), line, r.name);
      continue;
    }
    // "With regard to item 11.1 declarations of interest were received from Cllr A and Cllr B": passive, inside a
    // sentence; the same line may hold declarations in the active voice as well.
    for (const sentence of line.text.split(SENTENCE))
      for (const r of readReceivedFrom(sentence)) {
        const item = itemOf(r.after) ?? itemOf(r.before) ?? context.ownItem;
        for (const name of subjectNames(r.names)) add(name, item, clean(sentence), line, name);
      }
    if (readSentences(line, { ...context, nearby: `${lines[i - 1]?.text ?? ''} ${line.text}` }, add)) continue;
    // "Item 7: Cllr A Smith – personal interest, ...": the item first, then the person and the interest.
    const unreferenced = line.text.replace(MINUTE_REFERENCE, '');
    const leadItem = ITEM_LEAD.exec(unreferenced);
    const first = NAME_FIRST.exec(leadItem ? unreferenced.slice(leadItem[0].length) : unreferenced);
    if (first && (inSection || /\binterest/i.test(line.text))) {
      const text = clean(first[2]!);
      // "Cr X – Agenda Items 10.5: ... and 10.6: ...": one declaration per item it names.
      const named = itemsOf(text);
      for (const item of named.length > 0 ? named : [leadItem?.[1] ?? context.ownItem])
        add(first[1]!, item, text, line, first[1]!);
    }
  }
  return out;
}

/** A line of a group of declarations: the person it belongs to, the items it opens with, what it says (if anything). */
interface GroupLine {
  readonly person: string;
  readonly items: readonly string[];
  readonly text: string;
}

/** A numbered line whose first sentence is a heading, the rest its text: "05/24-5 To receive ... Interest. Cllrs". */
const RUN_IN_HEADING = /^(?:[A-Z]{0,4}[./-]?\d{1,4}(?:[./-]\d{1,4}){0,3}[.)]?\s+)([^.]{5,160}?)\.\s+(?=\S)/u;

/** The text after a declarations heading that opens the line, as a line of its own; null when the line is not so. */
function declarationsRunIn(line: Line): Line | null {
  const m = RUN_IN_HEADING.exec(line.text);
  if (!m || !isDeclarationsHeading(m[1]!)) return null;
  const text = line.text.slice(m[0].length);
  return { ...line, text, start: line.start + m[0].length };
}

/** A person alone on a line, perhaps after a bullet or before a colon: "• Councillor Assenheim", "Cllr R Dale:". */
const PERSON_ALONE = new RegExp(`^(?:[-–•*·●▪◦]\\s*)?${PERSON}\\s*:?$`, 'u');
/** An item reference that opens a line: "Minute 88(h) - 14/00939/FUL - ...", "Item 5 – ...". */
const OPENS_WITH_ITEM = new RegExp(
  String.raw`^(?:agenda\s+)?(?:item|minute)s?\s+(?:no\.?\s*)?${ITEM_NUMBER}(?![\w/])`,
  'i',
);

/**
 * A line of declarations grouped under the person who made them: the person alone on a line opens the group (no
 * declaration yet), and each line below that opens with an item ("Minute 67 - Review of HRA Land - Non-pecuniary
 * interest ...") or tells of an interest without one is that person's; other lines of the group (the committee whose
 * minutes are referred, "Cabinet held on 1st July 2014") say nothing. A line naming someone else ends the group.
 */
function readGroupLine(line: Line, person: string | null): GroupLine | null {
  const alone = PERSON_ALONE.exec(line.text);
  if (alone) return { person: alone[1]!, items: [], text: '' };
  if (!person || builtPattern(PERSON, 'u').test(line.text)) return null;
  if (OPENS_WITH_ITEM.test(line.text)) return { person, items: itemsOf(line.text), text: line.text };
  if (/\binterest|\bdispensation/i.test(line.text) && !NONE.test(line.text))
    return { person, items: [], text: line.text };
  return { person, items: [], text: '' };
}

/** A declarations label with the declarations on the same line: "Declaration of interest to the Agenda - ...". */
const INLINE_LABEL =
  /^(?:declarations?|disclosures?)\s+of\s+(?:[\p{L}'’-]+\s+){0,3}?interests?\b[^-–:()]{0,40}?\s*[-–:]\s*(\S.*)$/iu;
/** "Dyfan Jones (an invoice for electrical work)": a person and, in brackets, what the interest is. */
const REASONED_NAME = /\s*(?:,|;|\band\b|&)?\s*([^(),;&]+?)\s*\(([^()]{3,300})\)/gy;

/** What brackets after a name say in a list of those present: "(Chair)", "(arrived at 7.10pm)", "(via Zoom)". */
const ATTENDANCE_MARK =
  /^(?:the\s+)?(?:(?:vice|deputy)[\s-]*)?(?:chair\w*|mayor|clerk|in the chair|substitute\b|arrived\b|left\b|from\b|via\b|online|remote|virtual|part\b|until\b)/i;

/**
 * A line that only lists people, each with the nature of the interest in brackets: "Dyfan Jones (an invoice for
 * electrical work) and Maria Roberts (member of School governors)."; none when anything else is said.
 */
function readReasonedNames(text: string): { name: string; items: (string | null)[]; text: string }[] {
  const out: { name: string; items: (string | null)[]; text: string }[] = [];
  REASONED_NAME.lastIndex = 0;
  let end = 0;
  for (let m = REASONED_NAME.exec(text); m; m = REASONED_NAME.exec(text)) {
    const names = onlyNames(m[1]!);
    if (names.length !== 1 || !/\S\s+\S/.test(m[2]!) || ATTENDANCE_MARK.test(m[2]!.trim())) return [];
    // "Councillor O Lloyd – Item 6 (Personal Interest as ...)": the item may stand between the name and the brackets.
    const named = itemsOf(m[2]!).length > 0 ? itemsOf(m[2]!) : itemsOf(m[1]!);
    out.push({ name: names[0]!, items: named.length > 0 ? named : [null], text: m[2]!.trim() });
    end = REASONED_NAME.lastIndex;
  }
  return /^[\s.;,]*$/.test(text.slice(end)) ? out : [];
}

/** The line from its second sentence on, or null when it has only one. */
function afterFirstSentence(line: Line): Line | null {
  const end = SENTENCE.exec(line.text);
  if (!end) return null;
  const cut = end.index + end[0].length;
  const text = line.text.slice(cut).trim();
  return text ? { ...line, text, start: line.start + cut } : null;
}

/** A person heading a row whose cells are set apart by runs of spaces: "Lady Fisher      Personal interest in ...". */
const GAPPED_NAME_ROW = new RegExp(String.raw`^${PERSON}(?:\s*\|\s*|\s{2,}|\t)\s*(\S.{3,})$`, 'u');

/**
 * A row of a declarations table whose cells were set apart by runs of spaces, which the line's text no longer shows
 * but the source does: "0654 & 0655      Councillor James Watson      Significant Other Interest", or the person
 * first and the nature of the interest after ("Lady Fisher        Personal interest in items 11 and 13").
 */
function readGappedRow(line: Line, source: string | undefined, ownItem: string | null): DeclarationRow | null {
  const raw = source?.slice(line.start, line.end).trim();
  if (!raw || !/\S(?: {2,}|\t)\S/.test(raw) || raw.replace(/\s+/g, ' ') !== line.text) return null;
  const spaced = { ...line, text: raw };
  const itemFirst = readItemFirstRow(spaced, PERSON);
  if (itemFirst) return itemFirst;
  const m = GAPPED_NAME_ROW.exec(raw);
  if (!m) return null;
  const rest = m[2]!.trim();
  const named = itemsOf(rest);
  return { name: m[1]!, items: named.length > 0 ? named : [ownItem], text: rest.replace(/\s+/g, ' '), line };
}

/**
 * A short numbered heading with a mark after its number: "3-0607/8 – Local Development Framework", "12. Planning";
 * not a table's item cell ("CS21/4 Pool Upgrade").
 */
const NUMBERED_HEADING =
  /^(?=.{4,100}$)(?:[A-Z]{1,3}[./]?)?\d{1,4}(?:[./-]\d{1,4}){0,3}(?:[.)]|\s*[-–:])\s+\p{Lu}[^.!?]*$/u;

/**
 * Which lines are read as declarations: all of them in the declarations item; elsewhere those under a "Declarations
 * of Interests:" label (wrapped over two lines or not), up to the next label.
 */
function declarationSections(lines: readonly Line[], declarationsItem: boolean): boolean[] {
  if (declarationsItem) return lines.map(() => true);
  const out: boolean[] = [];
  let open = false;
  for (const [i, line] of lines.entries()) {
    const joined = `${lines[i - 1]?.text ?? ''} ${line.text}`.trim();
    if (isSectionLabel(line.text) || (/:$/.test(line.text) && SECTION_LABEL.test(joined))) {
      open = true;
      out.push(false);
      continue;
    }
    // ModernGov's "Minutes:" opens the minutes of the same item, not a new label.
    if (open && /^[\p{L} '’/]{2,40}:$/u.test(line.text) && !/^minutes:$/i.test(line.text)) open = false;
    // "3-0607/8 – Local Development Framework": the next numbered heading ends the declarations too.
    if (open && NUMBERED_HEADING.test(line.text)) open = false;
    out.push(open);
  }
  return out;
}

/**
 * A line that is only a declarations label or heading: "Declarations of Interests:", "Disclosure of Interest",
 * "Pecuniary Interest Declarations"; not a sentence that reports one ("Declarations of interest were made by ...").
 */
function isSectionLabel(text: string): boolean {
  if (SECTION_LABEL.test(text)) return true;
  const t = text.replace(/[:\s]+$/, '');
  return t.length <= 80 && !/[.;]/.test(t) && !/\b(?:were|was|is|are|none|nil)\b/i.test(t) && isDeclarationsHeading(t);
}

/** "The following declarations were recorded:", "Declarations of interest were made as follows -": a list follows. */
const RECORDED =
  /\b(?:declarations?|disclosures?)(?:\s+of\s+(?:[\p{L}-]+\s+){0,3}?interests?)?\s+(?:were|was)\s+(?:recorded|made|received|declared|noted|given)(?:\s+as\s+follows)?\s*[:–-]+\s*/iu;

/**
 * A list run into one line after "The following declarations were recorded:": "Clr E McRae Item 14.1 DA 2016/13 ...
 * Clr R L Cassidy Item 14.1 ... Clr A W Bailey Supplementary Item 17.1 ...", each person opening a row that names its
 * item; none unless the list starts with a person whose row names an item (a long line may be cut before the last
 * row's item).
 */
function readRecordedList(line: Line): DeclarationRow[] {
  const lead = RECORDED.exec(line.text);
  if (!lead) return [];
  const rest = line.text.slice(lead.index + lead[0].length);
  const starts = [...rest.matchAll(builtPattern(`(?<=^|\\s)${PERSON}`, 'gu'))].map((m) => m.index);
  if (starts[0] !== 0) return [];
  const rows: DeclarationRow[] = [];
  for (const [k, start] of starts.entries()) {
    const row = rest.slice(start, starts[k + 1] ?? rest.length).trim();
    const ref = ITEM_REF.exec(row);
    if (!ref && k === 0) return [];
    const name = nameBefore(ref ? row.slice(0, ref.index) : row);
    if (!name) return [];
    const items = ref ? itemsOf(row) : [null];
    rows.push({ name, items, text: ref ? row.slice(ref.index).trim() : row.slice(name.length).trim(), line });
  }
  return rows;
}

/**
 * The name that opens a row, without a word that qualifies the item after it: in "Clr A W Bailey Supplementary" the
 * name ends at the surname after the initials.
 */
function nameBefore(text: string): string | null {
  const m = builtPattern(`^${PERSON}`, 'u').exec(text.trim());
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  const initial = words.findIndex((w, n) => n > 0 && /^\p{Lu}\.?$/u.test(w));
  if (initial < 0) return m[1]!;
  const surname = words.findIndex((w, n) => n > initial && !/^\p{Lu}\.?$/u.test(w));
  return surname < 0 ? m[1]! : words.slice(0, surname + 1).join(' ');
}

/** A chair or other office standing for the person who holds it: "the Convener", "The Vice-Chairman". */
const ROLE =
  /^the\s+(?:(?:vice|deputy)[\s-]+)?(?:chair(?:man|woman|person)?|convenor|convener|mayor|provost|leader(?:\s+of\s+the\s+council)?)$/i;

/**
 * The offices in a subject, each a person of its own: "the Convener and Councillor Flynn declared an interest" is two
 * declarations. Only read where the sentence declares an interest in so many words.
 */
function rolesIn(subject: string): string[] {
  const text = subject
    .replace(LEAD, '')
    .replace(/^(?:(?:to\s+)?note\s+)?that\s+/i, '')
    .trim();
  // "the Convener, the Vice Convener, Councillor Laing and Councillor Flynn declared": in a list that ends with "and",
  // commas part its people too.
  const list = /,[^,]*(?:\band\b|&)[^,]*$/.test(text);
  return (
    text
      .split(list ? /\s*,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s*/ : /,?\s+and\s+|\s*&\s*/)
      .filter(Boolean)
      // "The Chair, Councillor Grewal, declared": an office followed by its holder's name is one person.
      .filter((p) => ROLE.test(p))
  );
}

/**
 * A statement that ends by saying there is no interest: "had a connection ... Having applied the objective test, she
 * did not consider that she had an interest", "concluded that they had no interest to declare".
 */
const DISCLAIMED =
  /\b(?:did\s+not|does\s+not|do\s+not)\s+(?:consider|believe|think|feel)\s+(?:that\s+)?(?:he|she|they|it|this)\s+(?:had|has|have|was|constituted)\s+an?\s+(?:[\w-]+\s+)?interest|\b(?:had|has|have)\s+no\s+(?:[\w-]+\s+)?interest|\b(?:did\s+not|does\s+not|do\s+not|none\s+of\s+the\s+\w+)\s+consider(?:ed)?\s+(?:that\s+)?(?:this|it|these|either\s+connection)\s+(?:amounted|amounts|constituted|required?)\s+(?:to\s+)?an?\s+(?:declaration\s+of\s+)?interest/i;

/**
 * "Councillor X made a transparency statement in respect of Item 5 by virtue of ...", "Councillor X advised for reasons
 * of transparency that ...": under the Scottish Councillors' Code of Conduct a member tells of a connection that, on
 * the objective test, is not a declarable interest; the same list's "Councillor Y declared an interest in item 5" is
 * the declaration.
 */
const TRANSPARENCY = /^\s*(?:an?\s+)?transparency\s+statements?\b/i;
/** "advised for reasons of transparency that ...": a statement, unless a verb of declaring makes it a declaration. */
const FOR_TRANSPARENCY = /^\s*for\s+(?:(?:the\s+)?reasons?|the\s+purposes?|the\s+sake)\s+of\s+transparency\b/i;

const NOTED_THAT = /^\s*it\s+was\s+(?:noted|recorded|reported)\s+that\s+/i;

/** Declarations written as sentences whose subject is one or more people. */
function readSentences(
  line: Line,
  context: Context,
  add: (name: string, item: string | null, text: string, line: Line, part: string) => void,
): boolean {
  let found = false;
  const leadItem = /^(?:agenda\s+)?item\s+([\w./]+?)[.:]?\s/i.exec(line.text)?.[1] ?? null;
  // "It was noted that the Deputy Mayor would declare ...": the clerk's preamble is not the sentence's subject or verb.
  const sentences = line.text
    .split(SENTENCE)
    .flatMap(declarationClauses)
    .map((one) => one.replace(NOTED_THAT, ''));
  for (const [n, sentence] of sentences.entries()) {
    const verb = VERB.exec(sentence);
    if (!verb || verb.index === 0) continue;
    const rest = sentence.slice(verb.index + verb[0].length);
    const strong = STRONG_VERB.test(verb[0]);
    // A declaration says "interest" or, in the declarations item, is any statement by the people named.
    if (
      !context.declarationsItem &&
      !(strong && ABOUT.test(context.nearby ?? sentence)) &&
      !OWN_CONFLICT.test(rest) &&
      !(/\bdeclare[ds]\b/i.test(verb[0]) && DECLARED_THAT.test(rest))
    )
      continue;
    if (
      /^\s*(?:no|any)\s+(?:interests?|declarations?|conflicts?)/i.test(rest) ||
      TRANSPARENCY.test(rest) ||
      (!strong && FOR_TRANSPARENCY.test(rest)) ||
      DISCLAIMED.test(`${rest} ${sentences[n + 1] ?? ''}`)
    )
      continue;
    // "Cllr X had attended the event": "had" makes a declaration only with what was had ("had an interest").
    if (/\b(?:had|has)\s*$/.test(verb[0]) && !/^\s*(?:an?|no|the)\s/i.test(rest)) continue;
    const subject = sentence.slice(0, verb.index);
    const names = [...(strong && ABOUT.test(rest) ? rolesIn(subject) : []), ...subjectNames(subject)];
    if (names.length === 0) continue;
    const text = clean(rest);
    // "Prior to consideration of agenda item 14, Councillor X declared ...": the item may come before the subject.
    const named = itemsOf(rest);
    const item = itemOf(sentence.slice(0, verb.index)) ?? leadItem ?? context.ownItem;
    const applications = named.length > 0 ? [] : applicationsOf(rest);
    const items = named.length > 0 ? named : applications.length > 1 ? applications : [item];
    for (const name of names) for (const one of items) add(name, one, text, line, name);
    found = true;
  }
  return found;
}

/** A planning application's reference after the word: "application 22/2353M", "applications 08/1626/FUL". */
const APPLICATION_REF =
  /\bapplications?\s+(?:no\.?\s*|number\s+|ref(?:erence)?\.?\s*)?((?:[A-Z]{1,3}\/)?\d{2,4}\/\d{3,6}(?:\/[A-Z]{1,6}|[A-Z]{1,3})?)\b/g;

/**
 * The applications a declaration names, each once: "declared that with regard to application 22/2353M, he had called
 * it in ... and with regard to application 22/2111M one of the applicants is known to him" is a declaration on each
 * (a planning committee's applications are its items of business). Only read where it names two or more.
 */
function applicationsOf(text: string): string[] {
  return [...new Set([...text.matchAll(APPLICATION_REF)].map((m) => m[1]!))];
}

/** "He accordingly did so.": a pronoun's sentence that only says the advice before it was followed. */
const DID_SO = /^\s*(?:he|she|they)\s+(?:accordingly\s+|duly\s+|then\s+)?did\s+so\b/i;
/** The advice a "did so" follows: "He was advised ... that he should declare a prejudicial interest and leave ...". */
const ADVISED_TO_DECLARE =
  /\b(?:should|would|must|needed\s+to|had\s+to)\s+declare\s+(an?\s+(?:[\w-]+\s+){0,3}?interest\b.*)$/i;

/**
 * A declaration told over several sentences (a line each where the page set them apart): "Councillor X sought
 * clarification ... / He was advised that he should declare a prejudicial interest and leave the meeting ... / He
 * accordingly did so." The declaration is the nearest person named in the two lines before the advice, of the
 * interest the advice names.
 */
function readDidSo(lines: readonly Line[], i: number): { name: string; text: string; line: Line } | null {
  const advice = i > 0 && DID_SO.test(lines[i]!.text) ? ADVISED_TO_DECLARE.exec(lines[i - 1]!.text) : null;
  if (!advice) return null;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const person = builtPattern(PERSON, 'u').exec(lines[j]!.text);
    if (person) return { name: person[1]!, text: advice[1]!, line: lines[j]! };
  }
  return null;
}

/** "Declarations of Interest – PM and GW in relation to Acre field": declarations written into the item's heading. */
export function readDeclarationsInTitle(line: Line, title: string): ParsedDeclaration[] {
  // "Declarations of interest: Cllr Hayward re 2623 & Cllr Richards re 2621": each person with their own item.
  const label = /^declarations?\s+of\s+(?:\w+\s+)?interests?\s*[-–:]\s*(.+)$/i.exec(title);
  const paired = label ? readPersonItemPairs(label[1]!, PERSON, ITEM_NUMBER) : [];
  if (paired.length > 0)
    return paired.map((p) => ({
      name: p.name,
      item: p.item,
      text: label![1]!,
      kind: declarationKindOf(label![1]!),
      span: spanIn(line, p.name),
    }));
  const m =
    /^declarations?\s+of\s+(?:\w+\s+)?interests?\s*[-–:]\s*(.+?)\s+(?:in relation to|in respect of|regarding|re:?|on|for)\s+(.+)$/i.exec(
      title,
    );
  if (!m) return [];
  const names = subjectNames(m[1]!);
  return names.map((name) => ({
    name,
    item: itemOf(m[2]!),
    text: m[2]!.trim(),
    kind: declarationKindOf(m[2]!),
    span: spanIn(line, name),
  }));
}

/** A line that is only a title ("COUNCILLOR"), or a subject whose verb went to the next line. */
const WRAPPED_SUBJECT = new RegExp(
  `^(?:(?:County\\s+)?(?:Councill?ors?|Cllrs?\\.?|Crs?\\.?|Mr|Mrs|Ms|Dr)|${PERSON})$`,
  'iu',
);
/** "During discussion of notice of motion no. 8, Cllr Rook" / "declared ...": a sentence's subject ends the line. */
const ENDS_WITH_PERSON = new RegExp(`(?:^|[\\s,(])${PERSON}$`, 'u');
const VERB_FIRST = /^(?:\p{Lu}[\p{L}'’-]+\s+)?(?:declared|disclosed|recused|registered)\b/u;

/**
 * Joins a declaration that wrapped between its subject and its verb: "COUNCILLOR" / "BERMAN declared a pecuniary
 * interest ...", "COUNCILLOR HUTCHENCE" / "declared a pecuniary interest ..."; or after its verb, onto lines that go on
 * in lower case.
 */
function joinWrapped(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // The next line's verb is looked at first: it is rare, and the subject's patterns are tried at every position.
    const subjectEnds = (): boolean =>
      WRAPPED_SUBJECT.test(line.text) || (ENDS_WITH_PERSON.test(line.text) && !/[.;:]$/.test(line.text));
    if (next && VERB_FIRST.test(next.text) && subjectEnds()) {
      out.push({ ...line, text: `${line.text} ${next.text}`, end: next.end });
      i++;
      continue;
    }
    // "As a friend of the owner, Cllr G Symmons declared a" / "personal interest in item 12.5 ...": a declaration whose
    // sentence goes on to lines that open in lower case is read whole, so its item is the one it names.
    let joined = line;
    while (
      STRONG_VERB.test(joined.text) &&
      !/[.;:]$/.test(joined.text) &&
      /^\p{Ll}/u.test(lines[i + 1]?.text ?? '') &&
      joined.text.length < 600
    ) {
      const more = lines[++i]!;
      joined = { ...joined, text: `${joined.text} ${more.text}`, end: more.end };
    }
    out.push(joined);
  }
  return out;
}
