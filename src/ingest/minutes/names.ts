/** Reading lists of people: "Councillors A, B and C", "Councillor X (Chair) Councillor Y", "Name - Job title". */

import { builtPattern } from './builtPatterns.js';
import { joinCommaSplitNames } from './commaSplitNames.js';
import { splitColonPair, withoutCompanyTail, withoutPostTail } from './listTails.js';
import { DEPARTMENT_WORDS, onlyGeneralWords } from './generalWords.js';
import { splitPostAfterName } from './postAfterName.js';
import { TextMemo } from './textMemo.js';
import { fusedNamePairs, namesBeforePlaces } from './fusedNames.js';

// US and Canadian titles ("Council Member Flora", "Deputy Mayor Hough") are written before a name as "Councillor" is.
export const HONORIFIC = String.raw`(?:County\s+|Borough\s+|District\s+|Unitary\s+|Town\s+|Parish\s+)?(?:Councill?ors?|Cllrs?\.?|Crs?\.?|Cyng\.?|Cynghorydd|Cynghorwyr|Aldermen|Alderman|Council\s+Members?|Councilmembers?|Council\s+President|Deputy\s+Mayor|Mayor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?|Rev(?:d|erend)?|Sir|Dame|Lord|Lady)`;
const HONORIFIC_START = new RegExp(`^${HONORIFIC}\\.?\\s+`, 'i');
const PLURAL_HONORIFIC =
  /^(?:(?:County|District|Borough|Town|Parish|City|Board|Committee|Commission)\s+)?(Councill?ors|Cllrs\.?|Crs\.?|Cynghorwyr|Aldermen|Commissioners|Councilmembers|Council\s+Members|Councilmen|Councilwomen|Selectmen|Supervisors|Trustees|Members)\s*(?:[:,]?\s+|[:,]?$)/i;
/** Where a new name starts inside a run such as "Councillor A (Chair) Councillor B". */
// "District Cllr R. Patel" is one name: the tier word belongs to the honorific that follows it.
// Any honorific starts a new name: PDF columns ("Councillor P Nairn   Mr D Weston") lose their gap.
const NAME_BOUNDARY =
  /(?<!\b(?:County|District|Unitary|Borough|City|Town|Parish|Councill?or|Cllr\.?|Cr\.?|Cyng\.?|Cynghorydd|Professor|Prof\.?|Dr\.?|Revd?\.?|Deputy|Lord|Lady|the|The))\s+(?=(?:(?:County|District|Unitary|Borough|City|Town|Parish)\s+)?(?:Councill?or|Cllr\.?|Cr\.?|Cyng\.?|Cynghorydd|Alder(?:man|woman)|Mr|Mrs|Ms|Miss|Dr|Professor|Revd?|(?:Deputy\s+)?Mayor|Council\s+Member|Councilmember|Council\s+President)\.?\s+\p{Lu})/gu;

export interface ListedName {
  readonly name: string;
  readonly role: 'chair' | 'vice_chair' | null;
  readonly note: string | null;
  readonly substituteFor: string | null;
  /** Text after a dash or comma: a reason (apologies) or a job title (attendance). */
  readonly after: string | null;
  /** The post was written before the name ("City Attorney X"): an officer's, not a member's. */
  readonly postFirst?: boolean;
}

const ROLE_MARK =
  /\(\s*(vice[-\s]?chair(?:man|person)?|chair(?:man|person)?|deputy\s+chair|in the chair|presiding)\s*\)/i;
/** "Chair Owens", "Vice Chair Vice Chair Rauk", "President Burton": a role written before a name, not a title. */
// "In the Chair A.Vigrass, B, C": the lead of a list naming who chaired.
const LEADING_ROLE =
  /^(?:in\s+the\s+chair\s*[:,]?\s+|(?:(?:vice|deputy)[\s-]+)?(?:chair(?:man|woman|person)?|president|presiding\s+officer)\.?\s+)(?=\p{Lu})/iu;
const SUBSTITUTE =
  /\(\s*(?:as\s+)?(?:a\s+)?substitut(?:e|ing)\s+(?:for\s+)?(?![-–]|(?:am|pm)\b)([^)]+)\)|\bsubstitut(?:e|ing)\s+for\s+((?:Councillor|Cllr\.?)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})/i;

/** Honours and letters written after a name ("Sir Paul Carter, CBE", "Cr Alf Filipaina, MNZM"): not part of it. */
const HONOURS = 'CBE|MBE|OBE|KBE|DBE|BEM|QSM|QSO|JP|DL|KC|QC|MP|MSP|OAM|PSM|ONZM|MNZM|CNZM|KNZM|DNZM';
// Built once: a RegExp constructed inside a function is compiled again on every call, which cost more than the rest
// of the name's reading together.
const HONOURS_AFTER = new RegExp(String.raw`,?\s+\b(?:${HONOURS}|MS|AM)\b\.?(?=[\s,;]|$)`, 'g');
const HONOURS_ALONE = new RegExp(`^(?:${HONOURS})$`);
const HONORIFIC_COLON_LEAD = new RegExp(`^${HONORIFIC}\\.?:?\\s+`, 'i');
const HONORIFIC_ONLY = new RegExp(`^${HONORIFIC}$`, 'i');
const HONORIFIC_BEFORE_NAME = new RegExp(`\\b${HONORIFIC}\\.?\\s+\\p{Lu}`, 'u');
const HONORIFIC_LONE_NAME = new RegExp(`${HONORIFIC}\\s+\\p{Lu}[\\p{L}'’-]*$`, 'u');

const cleanNames = new TextMemo<string>();
const nameLike = new TextMemo<boolean>();

function cleanName(raw: string): string {
  return cleanNames.get(raw, cleaned);
}

function cleaned(raw: string): string {
  return (
    raw
      // eslint-disable-next-line no-control-regex -- NUL marks a split point set by an earlier step
      .replace(/\u0000/g, ' ')
      .replace(/\*\*/g, '')
      .replace(/^[-–•·*\s]+/, '')
      // "Cynghorydd/Councillor Nia Griffiths": a bilingual honorific, read as its English half.
      .replace(/\b(?:Cynghorydd|Cyng\.?)\s*\/\s*(Councillor|Cllr\.?)(?=\s)/gi, '$1')
      // "Councillor Gerry Martin Ward 2": the ward a member sits for is not part of the name.
      .replace(/\s*[-–]?\s+Ward\s+(?:\d{1,2}|[IVX]{1,4})\b\.?\s*$/, '')
      // Honours after a name ("Sir Paul Carter, CBE") are not part of it.
      .replace(HONOURS_AFTER, '')
      .replace(/[\s.;:,|]+$/, '')
      .replace(/\s+(?:and|&)$/i, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Words of job titles and organisations, which a name does not contain. */
const JOB_WORDS =
  /\b(Manager|Officer|Director|Services?|Head|Partnerships?|Team|Council|Committee|Board|Chief|Executive|Governance|Constitutional|Department|Directorate|Clerk|Lead|Adviser|Advisor|Assistant|Coordinator|Co-ordinator|Police|Trust|NHS|University|College|School|Academy|Authority|Chaplain|Treasurer|Curator|Engineer|Planner|Accountant|Solicitor|Administrator|Librarian|Receptionist|Attorney|Inspector|Collector|Assessor|Recorder|Liaison)\b/;
const JOB_WORDS_ANY_CASE = new RegExp(JOB_WORDS.source, 'i');

/** Whether a text names a post or an organisation ("General Manager", "Acting Director Corporate"), not a person. */
export function isPost(text: string): boolean {
  return JOB_WORDS.test(text) && !looksLikeName(text) && text.split(/\s+/).length <= 8;
}

/** Offices a member holds, written after a name of two words or more. */
const TRAILING_OFFICE = /(?<=\S\s+\S+)\s+(Secretary|Treasurer|Convene[rs]|Convenor|Minute\s+Secretary)$/;

const ROLE_WORD =
  /^(?:(?:deputy|vice|acting|county|district|town|parish|city|borough|board|committee|commission)[\s-]+)?(?:councill?ors?|cllrs?|members?|chair(?:man|woman|person)?s?|presidents?|mayor|trustees?|commissioners?|councilmembers?|officers?|clerks?|deputy|vice|also|present|apologies|absent|none|others?|nil|carried|agreed|lost|noted|resolved|motion|moved|seconded|(?:an\s+)?cathaoirleach|(?:an\s+)?leas[\s-]chathaoirleach|presiding)\.?$/i;

/** Whether a piece of text reads as a person's name (optionally with an honorific), not a sentence. */
export function looksLikeName(text: string): boolean {
  return nameLike.get(text, readsAsName);
}

function readsAsName(text: string): boolean {
  const cleaned = cleanName(text);
  const t = cleaned.replace(HONORIFIC_START, '');
  if (!t || t.length > 60) return false;
  if (onlyGeneralWords(t.split(' '), t !== cleaned)) return false;
  // "Councillors", "Members", "Chairperson": a label or a role written where a name would be, not a person.
  if (ROLE_WORD.test(t) || HONOURS_ALONE.test(t)) return false;
  const words = t.split(' ');
  if (words.length > 5) return false;
  if (JOB_WORDS.test(t)) return false;
  if (
    // "Attendee Name Title Status Arrived": a table's header row, not a person.
    /\b(the|and|of|was|were|is|are|that|with|for|to|received|none|no|apologies|present|meeting|committee|council|minutes|attendee|name|title|status|arrived)\b/i.test(
      t,
    ) &&
    !/^(de|van|von|le|la|da|di|du)\b/i.test(t)
  )
    return false;
  return words.every(
    (w) =>
      /^\p{Lu}[\p{L}'’.-]*$/u.test(w) ||
      // 'Thomas J. "Tom" Henderson': a nickname in quotes, kept as written.
      /^["“]\p{Lu}[\p{Ll}'’]+["”]$/u.test(w) ||
      /^(de|van|von|der|den|le|la|da|di|du|al|el|bin|ap)$/i.test(w) ||
      /^[A-Z]{1,3}$/.test(w),
  );
}

const NAMESAKE = /^((?:\p{Lu}['’]\s?)?\p{Lu}[\p{L}'’-]+)\s*\((\p{Lu})\)$/u;

/** Two to four capitals and nothing else: a person's initials ("RC", "JB"). */
const INITIALS_ONLY = /^\p{Lu}{2,4}$/u;

/** Drops a trailing "JB" from "Cllr Jo Bruce JB" when its letters are the initials of the words before it. */
function withoutOwnInitials(text: string): string {
  const tail = /\s+(\p{Lu}{2,3})$/u.exec(text);
  if (!tail) return text;
  const words = text.slice(0, tail.index).trim().split(/\s+/);
  const initials = tail[1]!;
  const named = words.slice(-initials.length);
  if (named.length < initials.length || !named.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return text;
  return named.map((w) => w[0]).join('') === initials ? text.slice(0, tail.index) : text;
}

/** Splits one entry ("Councillor X (Chair)", "Helen Blackman (leave)", "Jane Doe - Director of Place"). */
export function readEntry(raw: string, honorific: string | null = null): ListedName | null {
  let text = cleanName(raw);
  if (!text || ROLE_WORD.test(text)) return null;
  let role: ListedName['role'] = null;
  // "Alderman M Koen Executive Mayor (Chairperson)": a flattened table's post column after the name.
  const posted = splitPostAfterName(text, isPost);
  if (posted) {
    if (ROLE_MARK.test(posted.post)) role = /vice/i.test(ROLE_MARK.exec(posted.post)![1]!) ? 'vice_chair' : 'chair';
    return { name: posted.name, role, note: null, substituteFor: null, after: posted.post };
  }
  const roleMatch = ROLE_MARK.exec(text);
  if (roleMatch) {
    role = /vice/i.test(roleMatch[1]!) ? 'vice_chair' : 'chair';
    text = text.replace(roleMatch[0], ' ');
  }
  // US boards write the role before the name, sometimes twice over ("Vice Chair Vice Chair Rauk").
  for (let lead = LEADING_ROLE.exec(text); lead; lead = LEADING_ROLE.exec(text)) {
    role ??= /vice|deputy/i.test(lead[0]) ? 'vice_chair' : 'chair';
    text = text.slice(lead[0].length);
  }
  // "Commissioner Sam Hart", "Trustee Elton": the seat a US member holds is the singular title the minutes call the
  // member by, kept before a full name as before a bare surname (as "Councillor Jo Bruce" keeps hers).
  // "Joyce McConeghey Board Member": a roll's post column run into the name.
  text = text.replace(/\s+(?:board|committee|commission)\s+member$/i, '');
  // "Hazel Park Treasurer", "Catherine Cowie Secretary": an office written after the name without a separator.
  const office = TRAILING_OFFICE.exec(text);
  if (office && !role && looksLikeName(text.slice(0, office.index))) {
    const name = cleanName(text.slice(0, office.index));
    return {
      name: honorific && !HONORIFIC_START.test(name) ? `${honorific} ${name}` : name,
      role,
      note: null,
      substituteFor: null,
      after: office[1]!,
    };
  }
  // "S Hughes (SH) Chair", "P March vice-chair": a role written after the name.
  const trailingRole = /\s+(vice[- ]?chair(?:man|person)?|chair(?:man|person)?|deputy mayor|mayor|presiding)\.?$/i.exec(
    text.replace(/\([^)]*\)/g, ' ').trim(),
  );
  if (trailingRole && !role) {
    role = /vice|deputy/i.test(trailingRole[1]!) ? 'vice_chair' : 'chair';
    text = text.replace(builtPattern(`\\s+${trailingRole[1]!}\\.?\\s*$`, 'i'), '');
  }
  // "Cllr Jo Bruce JB": the initials a document will call the person by, written after the name without brackets.
  text = withoutOwnInitials(text);
  // "Cathy Fleet (CF) CLERK", "Jo Hart [Clerk]": the officer's post written after the name and its initials.
  const trailingPost = /\s+\[?((?:parish\s+|town\s+)?clerk(?:\s+(?:and|&)\s+rfo)?|rfo)\]?\.?$/i.exec(text);
  if (trailingPost && trailingPost.index > 0) text = text.slice(0, trailingPost.index);
  // "M F L Durham cc": a member who also sits on the county council, marked after the surname; the mark is no name.
  text = text.replace(/(?<=\p{Ll})\s+cc\.?$/u, '');
  let substituteFor: string | null = null;
  const sub = SUBSTITUTE.exec(text);
  if (sub) {
    substituteFor = cleanName(sub[1] ?? sub[2] ?? '') || null;
    text = text.replace(sub[0], ' ');
  }
  let note: string | null = null;
  // "Sheahan (J)", "Sheahan (K)": one initial in brackets after a bare surname tells namesakes apart; it is part of the
  // name the minutes use, not a note.
  const namesake = NAMESAKE.exec(text);
  if (namesake && looksLikeName(namesake[1]!)) {
    const name = `${namesake[1]} (${namesake[2]})`;
    return { name: honorific ? `${honorific} ${name}` : name, role, note: null, substituteFor, after: null };
  }
  // "Isobel Plunkett (IP) (Forum Chair)": the initials the minutes use for the person, then the note that counts.
  text = text.replace(/\s*\(\p{Lu}{2,4}\)(?=\s*\([^)]*\)\s*$)/u, ' ');
  const paren = /\(([^)]*)\)/.exec(text);
  // "Chief Executive (Ms R. Lindgren)": the post first, the person in brackets.
  const inside = paren ? cleanName(paren[1]!) : '';
  const outside = paren ? cleanName(text.replace(paren[0], ' ')) : '';
  if (
    paren &&
    inside &&
    outside &&
    // "Cllr. R. Crisp – Chair (RC)": initials in brackets are what the minutes call the person, not the person.
    !INITIALS_ONLY.test(inside) &&
    looksLikeName(inside) &&
    !looksLikeName(outside) &&
    !ROLE_MARK.test(`(${outside})`)
  ) {
    return {
      name: honorific && !HONORIFIC_START.test(inside) ? `${honorific} ${inside}` : inside,
      role,
      note: null,
      substituteFor,
      after: outside,
    };
  }
  if (paren) {
    note = paren[1]!.trim() || null;
    text = text.replace(paren[0], ' ');
  }
  let after: string | null = trailingPost ? trailingPost[1]! : null;
  const dash = /\s+[-–—]\s*|\s*[–—]\s+|:\s+/.exec(text);
  if (dash && dash.index > 0) {
    after = cleanName(text.slice(dash.index + dash[0].length)) || null;
    text = text.slice(0, dash.index);
  } else {
    const comma = text.indexOf(', ');
    if (comma > 0 && looksLikeName(text.slice(0, comma)) && !looksLikeName(text.slice(comma + 2))) {
      after = cleanName(text.slice(comma + 2)) || null;
      text = text.slice(0, comma);
    }
  }
  let name = cleanName(text);
  if (honorific && !HONORIFIC_START.test(name)) name = `${honorific} ${name}`;
  if (!name || !looksLikeName(name)) return null;
  return { name, role, note, substituteFor, after };
}

/**
 * The singular honorific a plural prefix gives each name; US and board prefixes ("Commissioners A, B") are not
 * repeated.
 */
function pluralToSingular(plural: string): string | null {
  if (
    /commissioners|councilmembers|council\s+members|councilmen|councilwomen|selectmen|supervisors|trustees|members/i.test(
      plural,
    )
  )
    return null;
  if (/cynghorwyr/i.test(plural)) return 'Cynghorydd';
  if (/alder/i.test(plural)) return 'Alderman';
  return /^county/i.test(plural.trim()) ? 'County Councillor' : 'Councillor';
}

/**
 * Reads a list of names written on one or more lines: separated by commas, semicolons, "and",
 * new lines, or by repeated honorifics. "Councillors A, B and C" gives each their honorific.
 */
export function readNameList(lines: readonly string[]): ListedName[] {
  const out: ListedName[] = [];
  for (const line of joinBrokenNames(lines)) {
    const lineStart = out.length;
    let text = bilingual(line)
      .replace(/^(present|absent|apologies|also present|in attendance)\s*[:-]?\s*/i, '')
      // "Will L. Owings, Vice - Chairman": a hyphen that text extraction set apart is no dash before a post.
      .replace(/\b(Vice|Deputy|Co)\s+[-–]\s+(?=\p{L})/giu, '$1-')
      // "James R. Carson, Jr.", "Morris Albright, III": a generational suffix after a comma ends the name before it.
      // "Gordy Aune, Jr., Jr.": a suffix doubled by text extraction is one suffix.
      .replace(/(,\s*(Jr|Sr)\b\.?)(?:,\s*\2\b\.?)+/g, '$1')
      .replace(/,\s*(Jr|Sr|II|III|IV)\b\.?(?=\s*(?:[,;.]|and\b|&|$))/g, ' $1')
      // "Trent W. Davis, M.D. (presiding)": a degree after the name is not part of it.
      .replace(/,\s*(?:M\.\s?D|Ph\.\s?D|D\.\s?O)\.?(?=\s*(?:[,;(]|and\b|$))/g, '');
    // A list written in prose ends with its sentence: "... and S. Walters. There were apologies from ...".
    const sentenceEnd = SENTENCE_END.exec(text);
    // "Apologies: Gwyn and Gwynfor 2. It was not": a list run on into the next item's number and title ends before
    // the number (a number without the full stop, "From 9.41am, Item 5", is kept).
    if (sentenceEnd) text = text.slice(0, sentenceEnd.index).replace(/(?<=\p{L})\s+\d{1,2}$/u, '');
    text = withoutPostTail(withoutCompanyTail(text));
    let honorific: string | null = null;
    const plural = PLURAL_HONORIFIC.exec(text);
    if (plural) {
      honorific = pluralToSingular(plural[0]);
      text = text.slice(plural[0].length);
    }
    const reversed = surnamesFirst(text);
    // "Name - Job title, Department" keeps its commas: they belong to the title.
    // eslint-disable-next-line no-control-regex -- NUL marks a split point set by an earlier step
    const separator = keepsCommasForPosts(text) || reversed ? /[\u0000;]/ : LIST_SEPARATOR;
    text = splitFusedPosts(text);
    // "C Burgess (CB) G Wilkinson": a bracket closes one name and a capital opens the next.
    const bounded = text.replace(NAME_BOUNDARY, '\u0000').replace(/\)\s+(?=\p{Lu}[\p{L}.]*\s+\p{Lu})/gu, ')\u0000');
    const pieces = splitOutsideParens(bounded, separator)
      .flatMap(splitInitialRuns)
      .flatMap(splitStrayStop)
      .flatMap((p) => splitColonPair(p, looksLikeName));
    let officerPost: string | null = null;
    for (const [k, listed] of pieces.entries()) {
      // "Smith, J": the comma between surname and initials is read as a space ("Smith J").
      let piece = reversed ? listed.replace(',', '') : listed;
      // "Councillor A (Chair), County Councillors B, C and D": a plural honorific in mid-list applies from there on.
      const midPlural = PLURAL_HONORIFIC.exec(piece.trim());
      if (midPlural) {
        honorific = pluralToSingular(midPlural[0]);
        piece = piece.trim().slice(midPlural[0].length);
      }
      // "Chairman Alexander, Trus...": a list cut short by a page's title ends in an ellipsis, not in a name.
      if (/(?:\.{3}|…)\s*$/.test(piece)) continue;
      // "P Clarke, A Armstrong, EDC": a body's initials in capitals after a name written in ordinary case are that
      // name's post (a district councillor's), not a name. After initials ("Cllrs GC and PB") they are the next name.
      const prior = out[out.length - 1];
      if (
        prior &&
        !prior.after &&
        !prior.note &&
        /^[A-Z]{2,5}$/.test(piece.trim()) &&
        /\p{Ll}/u.test(prior.name.replace(HONORIFIC_START, ''))
      ) {
        out[out.length - 1] = { ...prior, note: piece.trim() };
        continue;
      }
      // "Peter Argyle Eric Baird Duncan Bryden ...": a run of first-and-last names that lost every separator.
      const run = namesRun(piece);
      if (run) {
        for (const name of run) out.push(readEntry(name, honorific) ?? { ...BARE, name });
        officerPost = null;
        continue;
      }
      const entry = readEntry(piece, honorific);
      const fused = entry && out.length > lineStart ? splitTitleFromName(entry, out[out.length - 1]!) : null;
      if (fused) {
        out[out.length - 1] = fused.before;
        out.push(fused.entry);
        officerPost = null;
        continue;
      }
      if (entry) {
        // "the assistant to the clerk Mrs J. Thorne": a name after an officer's post is that officer.
        out.push(officerPost && !entry.after ? { ...entry, after: officerPost } : entry);
        officerPost = null;
        continue;
      }
      // "the clerk F. Oduya": an officer's post and then the officer's name, in one piece.
      const postAndName = POST_BEFORE_NAME.exec(piece);
      const officer = postAndName ? readEntry(postAndName[2]!) : null;
      if (officer) {
        out.push({ ...officer, after: cleanName(postAndName![1]!), postFirst: true });
        officerPost = null;
        continue;
      }
      officerPost = OFFICER_POST.exec(piece)?.[0] ?? null;
      // "C Richardson and the Parish Clerk, Mrs S. McIntyre": a post opened by "the" in mid-list, a name after it,
      // names that name (the officer), not the member before it ("Kerry Wilcox, the temporary clerk, was ...").
      const next = pieces[k + 1];
      if (officerPost && /^\s*the\s/i.test(piece) && next !== undefined && readEntry(next) !== null) continue;
      // "Laura Mace, Deputy Town Clerk": a job title after a comma belongs to the name before it.
      const last = out[out.length - 1];
      const title = cleanName(piece);
      if (
        last &&
        !last.after &&
        title &&
        JOB_WORDS_ANY_CASE.test(title) &&
        !namesOfficerApart(title, last.name) &&
        !/\b(?:was|were|is|are)\b/.test(title) &&
        title.split(/\s+/).length <= 8
      ) {
        out[out.length - 1] = { ...last, after: title };
        // The post was the name's before it, not the next name's.
        officerPost = null;
      }
    }
  }
  return joinCommaSplitNames(out);
}

// eslint-disable-next-line no-control-regex -- NUL marks a split point set by an earlier step
const LIST_SEPARATOR = /[\u0000;]|,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+/;
const POST_DASH = /\s[-–—]\s/;

/**
 * "Jane Doe - Director of Place, Housing": a post after a dash may hold commas, which then do not separate names. A
 * list where every piece between commas is a name or a "name - post" ("Cllr A – Chairman, Cllrs B, C and the Clerk –
 * D") is split at its commas as any list.
 */
function keepsCommasForPosts(text: string): boolean {
  if (!POST_DASH.test(text)) return false;
  return splitOutsideParens(text, LIST_SEPARATOR).some((piece) => {
    if (POST_DASH.test(piece)) return false;
    const t = cleanName(piece);
    return isPost(t) || onlyGeneralWords(t.split(' '), false);
  });
}

/** "Smith, J (Chair)": a surname, a comma, then initials. */
const SURNAME_COMMA_INITIALS = /^\s*\p{Lu}[\p{L}'’-]+,\s*(?:\p{Lu}\.?\s*){1,3}(?:\([^)]*\))?\s*$/u;

/**
 * "Smith, J (Chair); Jones, B; Brown, C": names written surname first, each with a comma before its initials, are
 * separated by semicolons only.
 */
function surnamesFirst(text: string): boolean {
  const pieces = text.split(';');
  return pieces.length >= 2 && pieces.every((p) => SURNAME_COMMA_INITIALS.test(p));
}

/**
 * Welsh councils write both languages: "Cyng. / Cllrs. A, B a/and C", "Cyng/Cllrs.: A". The English half is read.
 */
function bilingual(text: string): string {
  if (!text.includes('/')) return text;
  return text
    .replace(/\b(?:Cynghorwyr|Cynghorydd|Cyng)\.?\s*\/\s*(?=(?:Councill?ors?|Cllrs?)\b)/gi, '')
    .replace(/\s+a\s*\/\s*and\s+/gi, ' and ');
}

/** Words of departments and services, which begin a job title ("Children's Services", "Parks"), not a name. */
// Parks is a department here: before a fused name it is a title, though alone it may be a surname.
const DEPARTMENT_WORD = new RegExp(`^(?:parks|${DEPARTMENT_WORDS.join('|')})$`, 'i');

/**
 * "Nicole Harris, Children C James Lavender": a lost line break fused the title of the person
 * before ("Children C[...]", cut short) with the next person's name. When an entry of four or more
 * words starts with a department's or a job's words, and the entry before it on the line has no
 * title, the words before the last two are that title and the last two the next person.
 */
function splitTitleFromName(entry: ListedName, before: ListedName): { before: ListedName; entry: ListedName } | null {
  if (before.after || entry.after || entry.role || entry.substituteFor) return null;
  const honorific = HONORIFIC_START.exec(entry.name)?.[0] ?? '';
  const words = entry.name.slice(honorific.length).split(' ');
  if (words.length < 4) return null;
  const head = words.slice(0, -2);
  if (!DEPARTMENT_WORD.test(head[0]!) && !JOB_WORDS.test(head.join(' '))) return null;
  const name = words.slice(-2).join(' ');
  if (!looksLikeName(name)) return null;
  return { before: { ...before, after: head.join(' ') }, entry: { ...entry, name: honorific + name } };
}

const OFFICER_POST = /\b(?:clerk|officer|secretary|manager|director|solicitor|administrator)\s*$/i;

/**
 * "the clerk F. Oduya", "City Attorney Erich Hartmann", "Tax Collector Jim Gorham", "Police Chief Sinacore": an
 * officer's post written before the officer's name.
 */
// "Secretary / Treasurer Buster Pankey": posts joined by a slash or "and" are one post.
const POST_WORD = String.raw`(?:clerk|officer|secretary|manager|director|solicitor|administrator|attorney|inspector|collector|treasurer|chief|engineer|assessor|planner|counsel|recorder|liaison)`;
const POST_BEFORE_NAME = new RegExp(
  String.raw`^(.*?\b${POST_WORD}(?:\s*(?:\/|&|\band\b)\s*${POST_WORD})*)\s+(\S.*)$`,
  'i',
);

/**
 * "Nicole Harris - Children C James Lavender - Governance Officer": two "name - post" entries fused by a lost line
 * break. Between two dashes, the last two capitalised words are the second person's name.
 */
function splitFusedPosts(text: string): string {
  const parts = text.split(/\s[-–—]\s/);
  if (parts.length < 3) return text;
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k++) {
    const middle = parts[k]!;
    // A title ("Cllr Paul Aiken") already marks where the next person starts.
    const titled = HONORIFIC_BEFORE_NAME.test(middle);
    const name =
      k < parts.length - 1 && !titled ? /^(.+?)\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)$/u.exec(middle) : null;
    out +=
      name && looksLikeName(name[2]!) && !JOB_WORDS.test(name[2]!) ? ` - ${name[1]}\u0000${name[2]}` : ` - ${middle}`;
  }
  return out;
}

/** A full stop that ends a sentence: not after an initial or an abbreviation, and followed by a new sentence. */
const SENTENCE_END =
  /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Cllrs?|Crs?|Cyng|Revd?|Prof))\.\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Ll}|:|\s+\p{Lu}\p{Ll}+\s+(?:was|were|is|are|had|has)\b)|\d)/u;

/** "A Blackley A Evans B D Davies": initials-and-surname names run together without commas, one name per run. */
const INITIALS_NAME = /(?:\p{Lu}\.?\s+){1,3}\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?/gu;

/** "Ian Tomes. Mark Packard": a stray full stop between two names in a list, which goes on after it. */
function splitStrayStop(piece: string): string[] {
  // "A. Inglis. P. Drewery": the next name may open with an initial.
  const m = /^(.*\p{Ll}{2})\.\s+(\p{Lu}(?:\p{Ll}+|\.)\s+\p{Lu}.*)$/u.exec(piece.trim());
  // "Cyng. Bill Green": the stop ends an abbreviated title, not a name; so may "Eng. K. Armstrong-Braun"'s, so a name
  // opening with an initial follows a name of two words or more.
  if (m && HONORIFIC_ONLY.test(m[1]!)) return [piece];
  if (m && /^\p{Lu}\./u.test(m[2]!) && !/\s/.test(m[1]!.trim())) return [piece];
  return m && looksLikeName(m[1]!) && looksLikeName(m[2]!) ? [m[1]!, m[2]!] : [piece];
}

function splitInitialRuns(piece: string): string[] {
  const honorific = HONORIFIC_COLON_LEAD.exec(piece)?.[0] ?? '';
  const rest = piece.slice(honorific.length);
  const runs = rest.match(INITIALS_NAME);
  if (!runs || runs.length < 2 || runs.join(' ').replace(/\s+/g, ' ') !== rest.replace(/\s+/g, ' ').trim())
    return [piece];
  return runs.map((r, n) => (n === 0 ? honorific + r : r));
}

/**
 * "County Cllr Webb & the Clerk": an officer named by the post alone ("the Clerk") is a second person, not the post of
 * the councillor of a higher tier before it, who is not this council's officer ("Kerry Wilcox, the temporary clerk"
 * after a plain "Councillors" lead may be).
 */
function namesOfficerApart(post: string, name: string): boolean {
  return /^the\s/i.test(post) && MEMBER_HONORIFIC.test(name);
}

const MEMBER_HONORIFIC = /^(?:County|District|Borough|Unitary|City)\s+(?:Councill?or|Cllr|Cr)\b/i;

const BARE: ListedName = { name: '', role: null, note: null, substituteFor: null, after: null };

/**
 * Six words or more, an even count, each a capitalised name word and every pair reading as a name: a list of "First
 * Last" names whose separators were lost ("Present: Peter Argyle Eric Baird Duncan Bryden ..."). Null otherwise.
 */
function namesRun(piece: string): string[] | null {
  const words = cleanName(piece).split(' ');
  if (words.length < 6) return null;
  // "Attendees: Jo Bloggs Elgin Rob Smith Lossiemouth ...": names each followed by a place are no pairs of names.
  const placed = namesBeforePlaces(words);
  if (placed) return placed;
  const pairs = fusedNamePairs(words, [words.length]);
  return pairs && pairs.every(looksLikeName) ? pairs : null;
}

const STICKY = new Map<string, RegExp>();
/** The separator as a sticky pattern, built once per pattern (there are two). */
function stickyOf(separator: RegExp): RegExp {
  let sticky = STICKY.get(separator.source);
  if (!sticky) STICKY.set(separator.source, (sticky = new RegExp(separator.source, 'y')));
  return sticky;
}

function splitOutsideParens(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const sep = stickyOf(separator);
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      sep.lastIndex = i;
      const m = sep.exec(text);
      if (m && m[0].length > 0) {
        parts.push(current);
        current = '';
        i += m[0].length;
        continue;
      }
    }
    current += ch;
    i++;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * PDF extraction breaks "Councillor Cheryl" / "Barnard" over two lines; a lone capitalised word finishes the name
 * above.
 */
function joinBrokenNames(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const head = /^(\p{Lu}[\p{L}'’-]+)(?:\s+(?=(?:County\s+)?(?:Councillor|Cllr|Cr\b|Cyng))(.*))?$/u.exec(line);
    if (prev !== undefined && head && HONORIFIC_LONE_NAME.test(prev)) {
      out[out.length - 1] = `${prev} ${head[1]}`;
      if (head[2]) out.push(head[2]);
    } else out.push(line);
  }
  return out;
}
