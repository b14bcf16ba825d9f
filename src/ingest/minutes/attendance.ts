import type { ParsedApology, ParsedName } from '../parsedDocument.js';
import { findDate } from './dates.js';
import { TextMemo } from './textMemo.js';
import { spanIn, type Line } from './lines.js';
import { HONORIFIC, isPost, looksLikeName, readNameList, type ListedName } from './names.js';
import {
  isOtherRow,
  QUALIFIED_PRESENT_IN_LINE,
  qualifiedPresent,
  rowAsLine,
  type SectionKind,
} from './attendanceLabels.js';
import { withLabelColons } from './bareLabels.js';
import { withMemberCellLabel } from './memberCells.js';
import { splitBareLabelRun } from './bareLabelRun.js';
import { splitFlattenedRoleTable } from './flattenedRoleTable.js';
import { fusedInitialPairs, fusedNamePairs } from './fusedNames.js';
import { groupedAttendance, type GroupedAttendanceLine } from './groupedAttendance.js';
import { isGuestByRank, isMemberPost } from './guestApologies.js';
import { membersOnly } from './membersListEnd.js';

export interface Attendance {
  present: ParsedName[];
  apologies: ParsedApology[];
  absent: ParsedName[];
  inAttendance: ParsedName[];
}

/**
 * Welsh councils write labels bilingually, Welsh first: "Yn bresennol / Present:"; New Zealand councils in Māori
 * first, a bar between: "Te Hunga kua Tae mai | present".
 */
const WELSH_LABEL = String.raw`(?:[\p{L}' ]{2,40}\s*[\/|]\s*)?`;
const labelled = (pattern: RegExp): RegExp => new RegExp(`^${WELSH_LABEL}${pattern.source.slice(1)}`, 'iu');

const SECTIONS: readonly [RegExp, SectionKind][] = [
  // "PRESENT (six Councillors): - ...": a count in brackets after the label. "Present in person:" where others joined
  // by video. "Present; A (Chair), B": a semicolon for the colon, as some clerks type it.
  [
    labelled(
      /^(?:members\s+)?present(?:\s+members|\s+in\s+person)?(?:\s+were\b\s*:?|(?:\s*\([^)]{1,30}\))?\s*(?::|-|–|;|\.(?=\s+\p{Lu})|$))\s*(?:[-–]\s+)?(.*)$/iu,
    ),
    'present',
  ],
  [
    labelled(
      /^(?:councill?ors|members|committee members|board members|council|council members|councilmembers|commissioners|trustees|those|the board members|the members)\s+present(?:\s+and\s+(?:comprising|constituting|forming)\s+a\s+quorum)?(?:\s+were\b\s*:?|\s*(?::|-|–|;|$))\s*(.*)$/i,
    ),
    'present',
  ],
  // "Council in Attendance:" over the members, then "Staff in Attendance:": the council as a whole is its members.
  [labelled(/^(?:the\s+)?council(?:\s+members)?\s+in\s+attendance\s*(?::|-|–)\s*(.*)$/i), 'present'],
  // "1.   Those Attending:   Cllr A (Chairman), Cllr B, Mrs C (Clerk)": the list of who came, numbered as the first
  // minute; officers in it are told apart by their posts.
  [/^(?:\d{1,3}[.)]?\s+)?(?:those|councill?ors|members)\s+attending\s*(?::|-|–)\s*(.*)$/i, 'present'],
  // "Members attending in accordance with Standing Orders 8 and 25:-": councillors who came to speak, not members of
  // the body meeting.
  [
    /^(?:other\s+)?(?:members|councill?ors)\s+(?:also\s+)?attending\s+(?:in\s+accordance\s+with|under|by\s+invitation|as\s+)[^:]{0,80}:-?\s*(.*)$/i,
    'inAttendance',
  ],
  // "The following members were present: Councilmembers A, B and C". "The following officials were present:" over
  // "Mayor A", "Trustee B", "Manager C": the members with the officers, each officer told by the post before the name.
  [
    /^(?:the\s+following\s+)?(?:councill?ors|members|council\s+members|councilmembers|commissioners|trustees|officials)\s+were\s+present\s*:\s*(.*)$/i,
    'present',
  ],
  // A roll call lists who answered: "Roll call: Mayor X, Councilmembers A, B and C", "Roll Call of Council Members:
  // Attending: ...". US councils name the members present in their seating order: "Voting and Seating Order: A, B".
  [
    labelled(
      /^(?:roll\s+call(?:\s+of\s+(?:the\s+)?(?:council\s+)?members)?(?:\s*:\s*(?:attending|present))?|attendance|record of attendance|(?:voting\s+and\s+seating|seating\s+and\s+voting|seating)\s+order)\s*(?::|-|–|;)\s*(\S.*)$/i,
    ),
    'present',
  ],
  // "CITY COUNCIL: Mayor A, Councilmembers B and C": the body's name as the label of its members' list.
  [
    /^(?:(?:city|town|village|borough)\s+)?council\s*:\s*((?:(?:Deputy\s+)?Mayor|Councill?ors?|Council\s*[Mm]embers?|Councilmembers?)\b.*)$/i,
    'present',
  ],
  // "COMMISSIONERS: Matthew G Bell, Chair, Kerry W. Gibson and James Ebert.": a US board's members named under the
  // plural of their seat, over "OTHER STAFF PRESENT:". A capital follows: the list, not a sentence about them.
  [/^(?:county\s+)?(?:commissioners|trustees|directors|supervisors|selectmen|aldermen)\s*:\s*(\p{Lu}.*)$/iu, 'present'],
  // "Members: ..." in minutes lists those present; a heading "Membership" (an agenda's list) is not this.
  [labelled(/^members\s*(?::|–)\s*(.*)$/i), 'present'],
  // Co-opted members and the chair named on their own line are present too.
  [labelled(/^co-?opted\s+members?(?:\s+present)?\s*(?::|–)\s*(.*)$/i), 'present'],
  // "PRESENT IN THE CHAIR: Councillor R. Doyle, An Cathaoirleach." (Irish councils).
  [
    labelled(/^(?:chair(?:man|person)?|vice[- ]chair(?:man|person)?|(?:present\s+)?in the chair)\s*:\s*(.*)$/i),
    'present',
  ],
  // "Remotely: A, B and C" under the members present: members who joined by video.
  [
    /^(?:attending\s+|present\s+)?(?:remotely|virtually|online|via\s+(?:zoom|teams|video[\w ]*))\s*:\s*(.*)$/i,
    'present',
  ],
  // "Mr B Lobban in the Chair."
  [/^(.{3,60}?)\s+(?:in the chair|presided|presiding)\.?$/i, 'present'],
  [
    labelled(
      /^(?:(?:members|councill?ors|council\s+members)\s+)?(?:absent|not\s+present)(?:\s+members)?(?:\s*\/\s*regrets)?\s*(?::|-|–|;|$)\s*(.*)$/i,
    ),
    'absent',
  ],
  // "Leave of Absence: Nil" (Australian councils): members away with the council's leave, who sent no apology.
  [labelled(/^(?:members\s+on\s+)?leave\s+of\s+absence\s*:\s*(.*)$/i), 'absent'],
  // Canadian minutes write apologies as "Regrets:".
  // "Apologise:" as some clerks spell the label.
  [
    labelled(/^(?:apologies(?:\s+for\s+absence)?(?:\s+received)?|apologi[sz]e|regrets)\s*(?::|-|–|;|$)\s*(.*)$/i),
    'apologies',
  ],
  // "APOLOGY" over one name, or "Apology: A": a singular label in capitals or with its colon (a table's status cell
  // "apology" beside a name is no label).
  [/^(?:APOLOGY\s*$|(?:APOLOGY|Apology)\s*(?::|-|–)\s*(.*)$)/u, 'apologies'],
  [
    labelled(
      /^(?:also\s+present|also\s+attending|attending|also\s+in\s+attendance|in\s+attendance|officers?(?:\s+present|\s+in\s+attendance)?|(?:colleagues,?\s+)?partners\s+and\s+others\s+in\s+attendance|others?\s+(?:present|in\s+attendance)|officers\s+and\s+others\s+present|officials(?:\s+present|\s+in\s+attendance)?|(?:(?:city|town|village|county)\s+)?staff(?:\s+present|\s+in\s+attendance)?|public\s+present|members\s+of\s+(?:the\s+)?public|other\s+members\s+in\s+attendance|others|also|(?:other\s+)?attendees|visitors|guests|observers)\s*(?::|-|–|;|$)\s*(.*)$/i,
    ),
    'inAttendance',
  ],
];

const NONE = /^(none|nil|no apologies|no apologies (?:were )?received|n\/a|-)\.?$/i;
// "Apologises were received from Dr X": the plural as some clerks misspell it. "Apologies were received and accepted
// from X": the council's acceptance in the same sentence. "An apology for her inability to attend
// the Meeting was received from X": the apology's reason-less wording in Irish minutes.
const PROSE_APOLOGIES =
  /[Aa][Pp][Oo][Ll][Oo][Gg](?:[Ii][Ee][Ss]|[Ii][Ss][Ee][Ss]|[Yy])\s+(?:and\s+(?:requests?\s+for\s+)?leave\s+of\s+absence\s+)?(?:for\s+(?:his|her|their)\s+inability\s+to\s+attend(?:\s+the\s+[Mm]eeting)?\s+)?(?:(?:for|FOR)\s+(?:[Aa]bsence|ABSENCE|[Nn]on-attendance)\s+)?(?:(?:were|was|had been|have been)\s+(?:also\s+)?(?:received|submitted|given|tendered|noted|made|intimated|recorded|accepted|reported|presented)\s+(?:and\s+(?:accepted|noted|approved)\s+)?|(?:received|reported|recorded|were)\s+)?(?:from|by|on behalf of)(?:\s*:?\s+|(?<=from)(?=\p{Lu}\p{Ll}))(?!the\s+public|email|e-mail|telephone|phone|letter)(.+?)(?:(?<!\b(?:\p{Lu}|Cllr|Cr|Dr|Mr|Mrs|Ms|St|Revd?))\.(?:\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll}|\d|\p{Lu}\p{Ll}+:)|$)|$)/u;

function toName(entry: ListedName, line: Line): ParsedName {
  return {
    name: entry.name,
    span: spanIn(line, entry.name),
    role: entry.role,
    title: entry.after ?? (entry.role ? null : entry.note),
    substituteFor: entry.substituteFor,
  };
}

/**
 * A note in brackets is a reason only when it reads like one: "(holiday)" is, "(Northmere NHS Trust)" names an
 * organisation.
 */
const REASON_WORDS =
  /\b(unwell|ill|illness|sick|sickness|holiday|leave|work|working|business|personal|family|medical|hospital|bereavement|commitments?|engagement|caring|maternity|paternity|travel|covid|isolating|appointment|duties|other)\b/i;

/** "(substituted by Councillor X)": who came in place of the member, which is not a reason. */
const SUBSTITUTED_BY = /^substitut\w*\s+by\s+(.+)$/i;

function reasonOf(entry: ListedName): string | null {
  if (entry.after) return isMemberPost(entry.after) ? null : entry.after;
  if (!entry.note || SUBSTITUTED_BY.test(entry.note)) return null;
  return /^\p{Ll}/u.test(entry.note) || REASON_WORDS.test(entry.note) ? entry.note : null;
}

function toApology(entry: ListedName, line: Line): ParsedApology {
  return {
    name: entry.name,
    span: spanIn(line, entry.name),
    role: entry.role,
    reason: reasonOf(entry),
    title:
      reasonOf(entry) === entry.note
        ? null
        : (entry.note ?? (entry.after && isMemberPost(entry.after) ? entry.after : null)),
    substituteFor: null,
  };
}

/**
 * The labels without the bilingual label's first half, for lines without "/" or "|" (nearly all): that half needs one,
 * and trying it at every line's start costs more than the rest of the pattern.
 */
const UNILINGUAL_SECTIONS: readonly [RegExp, SectionKind][] = SECTIONS.map(([pattern, kind]) => [
  pattern.source.startsWith(`^${WELSH_LABEL}`)
    ? new RegExp(`^${pattern.source.slice(1 + WELSH_LABEL.length)}`, pattern.flags)
    : pattern,
  kind,
]);

/** Words one of the labels holds: a line without any is no label (most lines), so the patterns are not tried. */
const LABEL_WORD =
  /present|absent|apolog|regrets|attend|members|chair|officer|official|staff|public|roll|opted|also|others|presid|sederunt|seating|remote|virtual|online|via|visitor|guest|observer|council|commissioners|trustees|directors|supervisors|selectmen|aldermen/i;

type SectionStart = { kind: SectionKind; rest: string; members?: boolean } | null;
const sectionStarts = new TextMemo<SectionStart>();

export function sectionStart(text: string): SectionStart {
  return sectionStarts.get(text, readSectionStart);
}

function readSectionStart(text: string): SectionStart {
  if (!LABEL_WORD.test(text)) return null;
  // "1.2 Present: ...": a numbered point of the minutes' first item that holds a list.
  text = text.replace(SUB_POINT_LABEL, '');
  for (const [pattern, kind] of text.includes('/') || text.includes('|') ? SECTIONS : UNILINGUAL_SECTIONS) {
    const m = pattern.exec(text);
    if (m) return { kind, rest: (m[1] ?? '').trim() };
  }
  // "Selectmen present: ...": the group the label names says whether its list is of members.
  const qualified = qualifiedPresent(text);
  return qualified && { ...qualified, members: qualified.kind === 'present' };
}

/** A label alone in a table's cell ("Present:", "Apologies", "Board Members Present:"). */
const isLabelCell = (cell: string): boolean => sectionStart(cell)?.rest === '';

/** Attendance lines as read: table rows as labelled lines, labels run together in one line split apart. */
function attendanceLines(lines: readonly Line[]): Line[] {
  return lines.flatMap(attendanceLinesOf);
}

/**
 * What one line reads as, kept with the line: the readers of the header, of an attendance item and each test of a line
 * for a label (holdsAttendanceLabel) ask it of the same lines. Lines are not changed once read, so the answer holds for
 * as long as the line is kept (and is let go with it).
 */
const attendanceLinesRead = new WeakMap<Line, readonly Line[]>();

function attendanceLinesOf(line: Line): readonly Line[] {
  let read = attendanceLinesRead.get(line);
  if (read === undefined) {
    const row = rowAsLine({ ...line, text: withMemberCellLabel(withLabelColons(line.text), isLabelCell) }, isLabelCell);
    read = Object.freeze(row ? splitBareLabelRun(row).flatMap(splitRunOnLabels) : []);
    attendanceLinesRead.set(line, read);
  }
  return read;
}

// "b. Apologies for Absence – Cllr X had given his apologies.": a lettered point of an item, its label before a dash.
const SUB_POINT_LABEL = /^(?:\d{1,3}\.\d{1,3}\.?|[a-z][.)])\s+(?=\p{Lu}[\p{L} /]{2,40}(?::|\s[-–]\s))/u;

const SENTENCE_END = /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Cllrs?|Crs?|Cyng|Revd?|Prof))\.(?:\s+(?=\p{Lu})|$)/u;

/** A line that ends an attendance list: prose, a heading of another kind, a date. */
function endsSection(line: Line, above?: Line): boolean {
  const t = line.text;
  if (sectionStart(t) || isOtherRow(t)) return true;
  // "Public Angus Christie" under "Present: A, B, Cllr C": a group of non-members set before its names without a
  // colon opens a list of its own.
  if (NON_MEMBER_GROUP.test(t)) return true;
  // "Public Participation – None.", "Election of Members:": a heading with its value, or a heading as a label.
  const heading = /^(\p{Lu}[^:–]{2,60}?)\s*(?:[-–:]\s*(?:none|nil)\.?|:)$/iu.exec(t);
  if (heading && !looksLikeName(heading[1]!) && !ROLE_HEADING.test(heading[1]!)) return true;
  // "NATIONAL ANTHEM" after "Berman (Chairman), Chopra and Smart": a heading in capitals after names that are not.
  if (above && /\p{Ll}/u.test(above.text) && /^[^\p{Ll}]*\p{Lu}{3}[^\p{Ll}]*$/u.test(t) && !/[,;]/.test(t)) return true;
  // "Minute of last A.G.M. – No matters arising therefore ...": a heading run in to its minute, not "Name – Post". A
  // dash inside a name's note ("Mrs K Stephen (substitute – am only)") separates nothing.
  const unbracketed = t.replace(/\([^()]*\)/g, '');
  const dash = /\s[-–]\s/.exec(unbracketed);
  if (dash && t.split(/\s+/).length > 10 && !looksLikeName(unbracketed.slice(0, dash.index)) && !ROLE_HEADING.test(t))
    return true;
  // The layout's heading ends the list above it.
  if (line.layout?.kind === 'heading') return true;
  // "Motion: (Byrne/Drury)" / "THAT apologies from Councillor York be accepted.": a motion, read as prose.
  if (/^(?:motion|moved|seconded|proposed)\b/i.test(t) || PROSE_APOLOGIES.test(t)) return true;
  // "Parish Clerk: Fran Ode": an officer's post as a label of its own.
  // "Clerk and RFO: Mr S Baxter" names two posts of one officer.
  if (
    /^(?:[\p{L}]+\s+){0,3}(?:clerk|officer|secretary|minute[- ]taker|rfo)(?:\s+(?:and|&)\s+[\p{L}/]+){0,2}\s*:/iu.test(
      t,
    )
  )
    return true;
  if (
    /^(membership|minutes|agenda|items?|no\.? item|apologies for absence|declarations?)\b/i.test(t) &&
    !/[,;]/.test(t)
  )
    return true;
  if (findDate(t) && t.length < 80) return true;
  // "178" alone on its line: the next minute's number, its heading on the line below ("Declaration of interest:").
  if (/^\d{2,4}$/.test(t) && above && /\p{L}/u.test(above.text)) return true;
  // "TIME: 6:04 p.m.", "Start Time: 05:30:00": the meeting's time under a label of its own after the list.
  if (/^\p{Lu}[\p{L} ]{1,20}:\s*\d{1,2}[:.]\d{2}\b/u.test(t)) return true;
  // "8:30 a.m.": the meeting's time set beside the list in a column of its own.
  if (/^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$/i.test(t)) return true;
  // A heading in capitals ("CATHAOIRLEACH", "PUBLIC PARTICIPATION SESSION") opens what follows.
  if (t === t.toUpperCase() && /\p{Lu}{3}/u.test(t) && !/[,;]/.test(t) && !looksLikeName(t)) return true;
  // A numbered heading ("1. Minutes", "2) Apologies") opens an item.
  if (/^(?:\d{1,4}(?:[./]\d{1,4})?[.)]?|\(?[a-z]\))\s+\p{Lu}/u.test(t) && !/^\d{1,4}\s+\p{Lu}\p{Ll}+,/u.test(t))
    return true;
  // A sentence, not a list: "District Cllrs Burley and Cawrey were present", "The meeting opened at 7pm".
  // Only the line's first sentence counts: a list may end on a line that goes on into prose.
  const end = t.search(SENTENCE_END);
  const head = end > 0 ? t.slice(0, end) : t;
  if (/\b(?:was|were|is|are|had|has|have|will|would|presided|opened|welcomed|reported|declared|asked)\b/i.test(head))
    return namesIn(t) < 3 || !/\b(?:was|were)\s+(?:also\s+)?(?:in attendance|present)\.?$/i.test(t);
  const words = t.split(/\s+/).length;
  // A long line of names (a list wrapped by the page) goes on; long prose ends the list. Most lines of a list are
  // short: their names are counted only when the count decides.
  return words > 14 && namesIn(t) < Math.max(2, words / 6) && !/\s[-–]\s/.test(t);
}

/** How many names a line reads as, without the "were present" that may end it. */
function namesIn(text: string): number {
  return readNameList([text.replace(/\s+(?:was|were)\s+(?:also\s+)?(?:in attendance|present)\.?$/i, '')]).length;
}

const NON_MEMBER_GROUP = /^(?:Public|Visitors?|Guests?|Observers?|Press|Residents?)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;

const STARTS_WITH_HONORIFIC = new RegExp(`^${HONORIFIC}\\b`, 'i');
const ENDS_WITH_HONORIFIC = new RegExp(`\\b${HONORIFIC}\\.?$`, 'i');

/**
 * A name the page broke at its hyphen ("Kris Lawrence-" / "Anderson, Dan Ryan") goes back on one line, so the
 * double-barrelled name is read whole whether the list is one name a line or a wrapped run with commas.
 */
function foldHyphenBreaks(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last && /\p{L}-$/u.test(last.text) && /^\p{Lu}\p{Ll}/u.test(line.text))
      out[out.length - 1] = { ...last, text: last.text + line.text, end: line.end };
    else out.push(line);
  }
  return out;
}

/**
 * "Councillors A, B and C" / "D Jones (Town Clerk)": a list closed by its "and" name, then a line opening with an
 * initial and a surname, is a new entry, not the last name's continuation.
 */
function closedThenInitialled(out: string, next: string): boolean {
  return /,[^,]*\band\s+\p{Lu}[\p{L}'’-]+$/u.test(out) && /^(?:\p{Lu}\.?\s+){1,2}\p{Lu}[\p{L}'’-]+\b/u.test(next);
}

/**
 * Lines of a list wrapped by the page, as one text: a line that ends a name and a line that starts one get a separator.
 */
function joinWrapped(lines: readonly Line[]): string {
  let out = '';
  for (const line of lines) {
    if (!out) out = line.text;
    else if (
      !/[,;&]$|\band$/.test(out) &&
      !ENDS_WITH_HONORIFIC.test(out) &&
      (/[).]$/.test(out) || STARTS_WITH_HONORIFIC.test(line.text) || closedThenInitialled(out, line.text))
    )
      out += `; ${line.text}`;
    else out += ` ${line.text}`;
  }
  return out;
}

/**
 * Attendance lists ("Present:", "Absent", "Apologies:", "In attendance:") in a meeting's header.
 * An agenda is written before anyone attends: its "Chair:" or "Members:" lines name the body's
 * members, not who was present, so nothing is read as present from it.
 */
export function readAttendanceSections(
  lines: readonly Line[],
  into: Attendance,
  options: { minutes: boolean } = { minutes: true },
): void {
  lines = attendanceLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const start = sectionStart(lines[i]!.text);
    if (start?.kind === 'present' && !options.minutes) continue;
    if (!start) {
      const exceptions = readAllPresentExcept(lines[i]!, into, lines.slice(i + 1, i + 3));
      if (exceptions > 0) {
        i += exceptions - 1;
        continue;
      }
      readPresider(lines[i]!, into);
      i += Math.max(0, readProseApologies(lines[i]!, into, lines.slice(i + 1, i + 5)) - 1);
      continue;
    }
    // "Present: All Councillors apart from Cllr J Brown": the names are those who were not there.
    if (start.kind === 'present' && ALL_EXCEPT.test(start.rest)) {
      i += readAllPresentExcept({ ...lines[i]!, text: start.rest }, into, lines.slice(i + 1, i + 3)) - 1;
      continue;
    }
    // "PRESENT: ... There were apologies from ...": one paragraph may hold both.
    if (start.kind !== 'apologies') readProseApologies(lines[i]!, into);
    // "PRESENT: APOLOGIES: A, B and C. D": labels set side by side, their lists after them in the same order.
    const stack = stackedLabels(lines, i);
    if (stack) {
      const body = listBody(lines, stack.last + 1);
      const groups = stackedGroups([stack.rest, ...body.map((l) => l.text)].join(' '), stack.kinds.length);
      // "Apologies: Staff: Mr J. Read (CEO) ...": fewer lists than labels, the last label naming officers; the list
      // is theirs, the empty labels before it have none.
      const skip = stack.kinds.at(-1) === 'inAttendance' ? stack.kinds.length - groups.length : 0;
      groups.forEach((text, k) => readSection(stack.kinds[k + skip]!, lines[stack.last]!, text, [], into));
      i = stack.last + body.length;
      continue;
    }
    const grouped = start.kind === 'present' && start.rest === '' ? groupedAttendance(lines, i + 1) : null;
    if (grouped) {
      readGroupedAttendance(grouped, into);
      i += grouped.length;
      continue;
    }
    // "Staff Robin Dunn, ...; Mark" / "Present: DesLauriers, ...", "Also Fred Hummel, Jan Novak, Sean" / "Present:
    // Billing, ...": a two-word label split over two lines by its column.
    const kind = start.kind === 'present' && STAFF_WORD.test(lines[i - 1]?.text ?? '') ? 'inAttendance' : start.kind;
    const body = listBody(lines, i + 1);
    readSection(kind, lines[i]!, start.rest, body, into, start.members === true);
    i += body.length;
  }
}

/** Each group's members present and its apologies, read as the lists they are. */
function readGroupedAttendance(groups: readonly GroupedAttendanceLine[], into: Attendance): void {
  for (const { line, present, apologies } of groups) {
    if (present) for (const e of readNameList([present])) into.present.push(toName(e, line));
    if (apologies) for (const e of readNameList([apologies])) into.apologies.push(toApology(e, line));
  }
}

/**
 * A roll call told by its exceptions: "All members were present except Councillor Smith", "All Councillors present
 * apart from ...", "Present: all members except ...". Who was there is not named (only a list of the membership would
 * say), so nobody is read as present; the exceptions were away: apologies where the sentence says they sent them,
 * absent otherwise. "All members" is never a name.
 */
export const ALL_EXCEPT =
  /(?:^|(?<=[.;:]\s+))(?:all|the\s+full)\s+(?:other\s+)?(?:members|councill?ors|cllrs\.?|trustees|commissioners|(?:board|committee|council)\s+members|councilmembers|supervisors)(?:\s+of\s+the\s+(?:\p{L}+\s+){0,4}?(?:council|committee|board|commission))?\s*(?:(?:were|was)\s+)?(?:present|in\s+attendance|attended)?\s*,?\s*(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|but|bar|with\s+the\s+exception\s+of)\s+(.+)$/iu;
/** What ALL_EXCEPT needs: "all" or "full" at a word's start, a space after it. */
export const ALL_EXCEPT_OPENING = /\b(?:all|full)\s/i;
const EXCEPTION_APOLOGY = /\bapolog(?:y|ies|ised|ized)\b|\bregrets\b/i;

/** Reads a roll call told by its exceptions; gives how many lines it took (0 when the line holds none). */
function readAllPresentExcept(line: Line, into: Attendance, following: readonly Line[]): number {
  // The sentence must open on this line with its "all" or "full": most lines hold neither, and are not searched.
  if (!ALL_EXCEPT_OPENING.test(line.text)) return 0;
  let text = line.text;
  let read = 1;
  // The sentence may wrap onto the next lines before its full stop.
  for (const next of following) {
    if (/[.;]$/.test(text) || !ALL_EXCEPT.test(text) || sectionStart(next.text) || /^\d/.test(next.text)) break;
    text = `${text} ${next.text}`;
    read++;
  }
  const m = ALL_EXCEPT.exec(text);
  if (!m) return 0;
  const sentence = m[1]!.search(SENTENCE_END);
  const list = sentence > 0 ? m[1]!.slice(0, sentence) : m[1]!;
  const apology = EXCEPTION_APOLOGY.test(list);
  const names = list
    // "except Cllr Smith, who had sent apologies": the reason ends the list.
    .replace(/,?\s+(?:who|which)\s.*$/i, '')
    .replace(/\s*\((?:[^()]*\bapolog[^()]*|absent|regrets)\)/gi, '')
    .replace(
      /,?\s+(?:(?:had\s+)?(?:sent|gave|tendered|submitted)\s+(?:(?:his|her|their)\s+)?apolog.*|(?:were|was)\s+(?:absent|not\s+present).*)$/i,
      '',
    );
  for (const e of readNameList([names])) {
    if (apology) into.apologies.push({ ...toApology(e, line), reason: null });
    else into.absent.push(toName(e, line));
  }
  return read;
}

/** Whether a line holds an attendance label, maybe after other text ("1 MINUTES OF ... PRESENT: A, B"). */
export function holdsAttendanceLabel(line: Line): boolean {
  return attendanceLines([line]).some((l) => sectionStart(l.text) !== null);
}

/** "Mayor Huber called the meeting to order at 7:00 p.m.": the member presiding, named by the office held. */
const CALLED_TO_ORDER =
  /\b((?:(?:Deputy|Lord)\s+)?Mayor|Chair(?:man|person|woman)?|(?:Board\s+|Council\s+)?President|Reeve|Warden|Supervisor|Councill?or|Cllr\.?|Cr\.?)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\s+called\s+the\s+[Mm]eeting\s+to\s+order\b/u;

/** "The meeting was called to order at 7:00 p.m. by Chairman Ira Wood.", "Supervisor Maier opened the meeting". */
const PRESIDER_OFFICE = String.raw`(?:(?:Deputy|Lord)\s+)?Mayor|Chair(?:man|person|woman)?|(?:Board\s+|Council\s+)?President|Reeve|Warden|Supervisor|Councill?or|Cllr\.?|Cr\.?`;
const PRESIDER_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}`;
const CALLED_TO_ORDER_BY = new RegExp(
  String.raw`\bcalled\s+to\s+order\s+(?:at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s+)?by\s+(?:the\s+)?(${PRESIDER_OFFICE})\s+(${PRESIDER_NAME})`,
  'u',
);
const OPENED_BY = new RegExp(
  String.raw`(?:^|[.;]\s+)(${PRESIDER_OFFICE})\s+(${PRESIDER_NAME})\s+opened\s+the\s+meeting\b`,
  'u',
);

/**
 * "Presiding Cathaoirleach, Councillor Brian Fitzgerald" (Irish councils): the chair's line before the members' list,
 * the office first.
 */
const PRESIDING_OFFICE = new RegExp(
  String.raw`(?:^|\s)Presiding\s+(?:Cathaoirleach|Chair(?:man|person|woman)?|Mayor|Member)\s*[,:]\s*(Councill?or|Cllr\.?|Cr\.?)\s+(${PRESIDER_NAME})\s*$`,
  'u',
);

function readPresider(line: Line, into: Attendance): void {
  // Each pattern holds "called", "opened" or "Presiding" as written: most lines hold none, and are not tried.
  if (!line.text.includes('called') && !line.text.includes('opened') && !line.text.includes('Presiding')) return;
  const m =
    CALLED_TO_ORDER.exec(line.text) ??
    CALLED_TO_ORDER_BY.exec(line.text) ??
    OPENED_BY.exec(line.text) ??
    PRESIDING_OFFICE.exec(line.text);
  const [entry] = m ? readNameList([`${m[1]} ${presiderName(m[2]!)}`]) : [];
  if (entry) into.present.push(toName(entry, line));
}

/**
 * The presider's name without the sentence after it: "by Supervisor Winn. Pledge of Allegiance recited." ends at the
 * full stop after a word ("Winn."), an initial's stop ("Chairman J. Smith") does not end it.
 */
function presiderName(name: string): string {
  return name.replace(/(?<=\p{L}{2})\.(?:\s.*)?$/u, '');
}

/**
 * "Staff" / "Also" over "Present:", the label's first word in a column of its own on the line above (Oro-Medonte);
 * "Also Fred Hummel, ..." has had its colon put back ("Also: Fred Hummel") by the time it is read. A name and its comma
 * follow the word, so a heading ("Public Participation – None.") above a "PRESENT" label is not taken for one.
 */
const STAFF_WORD =
  /^(?:STAFF|ALSO|[Ss]taff|[Oo]fficers?|[Oo]fficials|[Aa]lso|[Oo]thers?|[Gg]uests?|[Vv]isitors?|[Pp]ublic):?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}[,;]/u;

/** The lines of a list after its label, up to what ends it. */
function listBody(lines: readonly Line[], from: number): Line[] {
  const body: Line[] = [];
  // "In attendance: Mrs S Roberts (Clerk) and Cllr J Davies.": a list whose line ends its sentence is whole; a list
  // wrapped by the page goes on without a full stop (or in lower case on the next line).
  let last = from > 0 ? (sectionStart(lines[from - 1]!.text)?.rest ?? '') : '';
  for (let j = from; j < lines.length && !endsSection(lines[j]!, lines[j - 1]); j++) {
    // "The Mayor, Cllr A (in the chair)." / "Councillors: B, C and D.": a role's label goes on with the same list.
    if (endsList(last) && !/^(?:\p{Ll}|and\b|&)/u.test(lines[j]!.text) && !ROLE_LABEL_START.test(lines[j]!.text)) break;
    body.push(lines[j]!);
    last = lines[j]!.text;
  }
  return body;
}

const ROLE_LABEL_START =
  /^(?:(?:deputy\s+)?(?:mayor|reeve|warden)|councill?ors|councilmembers|aldermen|trustees|commissioners)\s*:\s*\S/i;

function endsList(text: string): boolean {
  return /\.$/.test(text) && text.search(SENTENCE_END) === text.length - 1 && readNameList([text]).length > 0;
}

/** A role written as a heading of a list ("Councillors:", "Members – Ward 1"), which goes on under it. */
const ROLE_HEADING =
  /^(?:(?:county|district|borough|town|parish|city|community)\s+)?(?:councill?ors?|cllrs?|members?|trustees?|commissioners?|aldermen|officers?|staff|chair\w*)\b/i;

/**
 * Labels with nothing after them, each followed at once by another label: the lists that follow (after the last
 * label) belong to them in order.
 */
function stackedLabels(
  lines: readonly Line[],
  at: number,
): { kinds: SectionKind[]; last: number; rest: string } | null {
  const kinds: SectionKind[] = [];
  let k = at;
  for (; k < lines.length; k++) {
    const start = sectionStart(lines[k]!.text);
    if (!start) return null;
    kinds.push(start.kind);
    if (start.rest !== '') break;
  }
  if (kinds.length < 2 || k >= lines.length) return null;
  return { kinds, last: k, rest: sectionStart(lines[k]!.text)!.rest };
}

/**
 * Splits the text after stacked labels into one list per label: a list ends at its sentence's end ("... and P.
 * Rowland. Cllr. E. Fitzpatrick") or is a lone "None" ("... Councillor Richard Thomas None Wayne Ritchie, ...").
 * Lists beyond the labels' number go to the last label.
 */
function stackedGroups(text: string, count: number): string[] {
  const groups: string[] = [];
  for (const part of text.split(/(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Cllrs?|Crs?|Cyng|Revd?|Prof))\.\s+(?=\p{Lu})/u)) {
    const pieces = part.split(/(?:^|\s+)(?:None|Nil)\.?(?=\s|$)/);
    pieces.forEach((piece, n) => {
      if (piece.trim()) groups.push(piece.trim());
      if (n < pieces.length - 1) groups.push('');
    });
  }
  if (groups.length <= count) return groups;
  return [...groups.slice(0, count - 1), groups.slice(count - 1).join('. ')];
}

/** A member's post written alone on a line: "Mayor", "Deputy Mayor", "Councillor (6:36pm)". */
const MEMBER_POST =
  /^(?:deputy\s+|lord\s+)?(?:mayor|councill?or|cllr|cr|chair(?:man|person)?|vice[- ]chair(?:man|person)?|member|alderman|trustee|commissioner|reeve|councilmember|council\s+member)(?:\s*\([^)]*\))?$/i;

function postOf(text: string): 'member' | 'officer' | null {
  if (MEMBER_POST.test(text)) return 'member';
  return isPost(text) ? 'officer' : null;
}

/**
 * A two-column table (name | post) flattened into one column: the names one a line, then the posts one a line in the
 * same order ("Darcy Byrne" ... "Mayor", "Deputy Mayor", "Councillor" ...). Gives each name with whether its post is
 * a member's; null when the lines are not such a table. A line of four or more words may be two names a lost line
 * break fused, when the posts outnumber the names.
 */
function postColumn(lines: readonly Line[]): [Line, boolean][] | null {
  const firstPost = lines.findIndex((l) => postOf(l.text) !== null);
  if (firstPost < 3 || postOf(lines[firstPost]!.text) !== 'member') return null;
  const names = lines.slice(0, firstPost);
  if (!names.every((l) => readNameList([l.text]).length === 1)) return null;
  const posts: ('member' | 'officer')[] = [];
  for (let k = firstPost; k < lines.length; k++) {
    // "General" / "Manager": a post the cell's width wrapped over two lines.
    const wrapped = k + 1 < lines.length ? `${lines[k]!.text} ${lines[k + 1]!.text}` : '';
    const post = postOf(lines[k]!.text) ?? (wrapped ? postOf(wrapped) : null);
    if (!post) break;
    if (!postOf(lines[k]!.text)) k++;
    posts.push(post);
  }
  if (posts.length < names.length || posts.length > names.length + 3) return null;
  let fused = posts.length - names.length;
  const split = names.flatMap((l): Line[] => {
    const two = /^(.+\S)\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)$/u.exec(l.text);
    if (fused === 0 || !two || l.text.split(/\s+/).length < 4 || !looksLikeName(two[1]!)) return [l];
    fused--;
    return [
      { ...l, text: two[1]! },
      { ...l, text: two[2]! },
    ];
  });
  return split.map((l, n) => [l, posts[n] === 'member']);
}

/** Reads one list of names under its label: who was present, sent apologies, was absent or in attendance. */
function readSection(
  kind: SectionKind,
  first: Line,
  firstText: string,
  body: readonly Line[],
  into: Attendance,
  membersLabel = false,
): void {
  const entries: [ListedName, Line][] = [];
  // A label's line that ran on past its list ("... County Cllr A Tudor The Town Clerk was in attendance.") stops
  // where the prose starts.
  const prose = PROSE_AFTER_LIST.exec(firstText);
  const read = runOnListEnd(prose ? firstText.slice(0, prose.index) : firstText)
    .replace(SENT_APOLOGY_VERB, '')
    .replace(GROUP_DASH_LABEL, '');
  // The answers run on past what reads as prose ("The Following Board Members were Present A - absent; B -here").
  if (kind === 'present' && readRollStatuses(firstText, first, into)) return;
  // "APOLOGY" over "THAT an apology ... by Clr Z be accepted": a motion under the label, read as a sentence.
  if (kind === 'apologies' && firstText === '' && body[0] && MOTION_WORD.test(body[0].text)) {
    readProseApologies(
      {
        ...body[0],
        text: body
          .slice(0, 4)
          .map((l) => l.text)
          .join(' '),
      },
      into,
    );
    return;
  }
  const listText = kind === 'present' ? splitFlattenedRoleTable(read) : read;
  const listLines = foldHyphenBreaks([
    ...(listText && !NONE.test(listText) ? [{ ...first, text: listText }] : []),
    ...body,
  ]).map((l) => (kind === 'present' ? untilAlso(l) : l));
  const { members, officer } =
    kind === 'present' && !membersLabel ? membersOnly(listLines) : { members: listLines, officer: null };
  if (officer) for (const e of readNameList([officer.text])) into.inAttendance.push(toName(e, officer));
  const all = members.map((l) =>
    l.text.search(ROLE_LABEL_IN_LIST) >= 0
      ? { ...l, text: l.text.replace(ROLE_LABEL_IN_LIST, '; ').replace(/^;\s*/, '') }
      : l,
  );
  // A list with commas runs on over wrapped lines ("Tom" / "Byrne"): read it as one text. One name a line otherwise.
  const commaList = all.some((l) => /,\s*\S.*,\s*\S/.test(l.text) || /,$/.test(l.text));
  const column = commaList || kind !== 'present' ? null : postColumn(all);
  if (column) {
    for (const [name, member] of column) {
      const [e] = readNameList([name.text]);
      if (e) into[member ? 'present' : 'inAttendance'].push(toName(e, name));
    }
    return;
  }
  const listed = splitFusedPairs(commaList ? readNameList([joinWrapped(all)]) : readNameList(all.map((l) => l.text)));
  // Each entry keeps the line it was read from, for provenance.
  for (const e of listed) entries.push([e, all.find((l) => l.text.includes(e.name.split(' ').at(-1)!)) ?? first]);
  const officeBearers = listed.some((e) => OFFICE_BEARER.test(e.note ?? e.after ?? ''));
  for (const [raw, line] of entries) {
    // "Trustee Piacentini Absent": a roll call's status written after the name.
    const absent = /\s+absent$/i.exec(raw.name);
    const e = absent ? { ...raw, name: raw.name.slice(0, absent.index) } : raw;
    if (absent && kind === 'present') {
      into.absent.push(toName(e, line));
      continue;
    }
    // "Mr J Alun Foulkes (Clerk)" in a members' list is an officer in attendance, not a member present; a label that
    // names its group as members ("Board members present were A, Clerk, B, Treasurer") and a list of a community
    // council's office-bearers ("A (chair), B (Secretary), C (Treasurer)") keep their posts among the members.
    // "Cathy Fleet (CF) CLERK": initials in brackets, the post after them; "Mrs J Martin (RFO)": the finance officer.
    // "Lisa Glaze (minute sec)": the one taking the minutes, however the post is shortened.
    const officer = officeBearers
      ? /\b(clerk|officer|rfo|minute[- ]sec)\b/i
      : /\b(clerk|officer|rfo|secretary|minute[- ](?:taker|sec))\b/i;
    // "B Cabbell – Cromer Town Ward", "Mrs A Claussen - observer": a ward's member who came to speak on its business,
    // or an observer, set after the committee's own members in the same column. "Clark Logie (Police)": a guest.
    if (
      kind === 'present' &&
      !membersLabel &&
      (e.postFirst === true ||
        officer.test(`${e.note ?? ''} ${e.after ?? ''}`) ||
        NOT_SITTING.test(e.after ?? '') ||
        (!LONE_MEMBER.test(e.name) && POLICE_NOTE.test(e.note ?? '')))
    ) {
      into.inAttendance.push(toName(e, line));
      continue;
    }
    if (kind !== 'apologies') {
      into[kind].push(toName(e, line));
      continue;
    }
    // "Mr M Cavanagh, PCC Link Officer": a guest's or an officer's apologies, not a member's; so are those of "Ms A Sky
    // (President South Arm Hall Committee of Management)", a post in another body written in brackets.
    // "P.C. Bell", "PCSO Y": a police officer named by rank is a guest too.
    if (GUEST_POST.test(e.after ?? '') || guestInBrackets(e) || isGuestByRank(e.name)) continue;
    into.apologies.push(toApology(e, line));
    const substitute = SUBSTITUTED_BY.exec(e.note ?? '')?.[1];
    const [sub] = substitute ? readNameList([substitute]) : [];
    if (sub) into.present.push({ ...toName(sub, line), substituteFor: e.name });
  }
}

/**
 * Labels inside one line of text that lost its line breaks: "COUNCIL PRESENT: Mayor A, Councilmembers B and C.
 * ABSENT: Councilmember D. STAFF PRESENT: City Manager E ...", "... Council members present were Mayor A, B and C.".
 * The label starts with a capital, after a sentence's end or a space.
 */
export const RUN_ON_LABEL =
  /(?<=^|[\s.;,])(?:\d{1,3}\.\d{1,3}\.?\s+)?(?:(?:(?:the\s+following\s+)?(?:members|council(?:\s+members)?|councill?ors|councilmembers|staff|officers|officials|also|others|those)\s+)?(?:absent(?:\s*\/\s*regrets)?|(?:were\s+)?present(?:\s+and\s+(?:comprising|constituting|forming)\s+a\s+quorum)?(?:\s+were\b)?|apologies(?:\s+for\s+absence)?|apology|regrets|in\s+attendance)|members\s+of\s+(?:the\s+)?public|officials|attendance|visitors|guests|observers|(?:city|town|village)\s+(?:council|staff)|(?:voting\s+and\s+)?seating\s+order|roll\s+call\s+of\s+(?:the\s+)?(?:council\s+)?members|staff|(?:members\s+on\s+)?leave\s+of\s+absence)\s*(?::|;|(?<=were))/giu;

/** A word each run-on label ends with ("absen": absent, leave of absence; the same flags, so case folds alike). */
const RUN_ON_LABEL_WORD =
  /absen|present|apolog|regrets|attendance|public|officials|visitors|guests|observers|council|staff|seating|roll/iu;

/** What every run-on label ends with: a colon, a semicolon or "were" (most lines holding a label's word hold none). */
export const RUN_ON_LABEL_END = /[:;]|were/i;

/**
 * Splits a line holding several attendance labels, or one label after other text, into one line per label (spans
 * kept exact). The last list of a split line stops at its sentence's end: what follows is the minutes' prose.
 */
function splitRunOnLabels(line: Line): Line[] {
  const starts: number[] = [];
  // Most lines hold none of the labels' last words, and are not searched (the patterns are tried at every position).
  if (!RUN_ON_LABEL_WORD.test(line.text)) return [line];
  // The label starts with a capital (a numbered point's number may come first: "1.3 Apologies:").
  // "APPLICATIONS FOR LEAVE OF ABSENCE:" is an item's heading, not the label of a list.
  for (const m of RUN_ON_LABEL_END.test(line.text) ? line.text.matchAll(RUN_ON_LABEL) : [])
    if (/^[\d.\s]*\p{Lu}/u.test(m[0]) && !/\bfor\s+$/i.test(line.text.slice(0, m.index))) starts.push(m.index);
  // "Council Employees Present:": a group's label holds "Present:", which starts no label of its own inside it.
  for (const m of line.text.includes('resent') ? line.text.matchAll(QUALIFIED_PRESENT_IN_LINE) : []) {
    // "Councillor Brian Fitzgerald Councillors Present:": after a title the words are a name, and the group is the
    // word before "Present" ("Formartine Area Councillors Present:" is a group of three words).
    const named = ENDS_WITH_HONORIFIC.test(line.text.slice(0, m.index).trimEnd());
    const group = named ? GROUP_BEFORE_PRESENT.exec(m[0]) : null;
    const at = m.index + (group?.index ?? 0);
    if (!qualifiedPresent(line.text.slice(at))) continue;
    const inside = starts.filter((s) => s > at && s < m.index + m[0].length);
    starts.splice(0, starts.length, ...starts.filter((s) => !inside.includes(s) && s !== at), at);
  }
  // "... held in the Council Chamber at 9.30 am when there were present:": the list follows on the lines below.
  const thereWere = THERE_WERE_PRESENT.exec(line.text);
  if (thereWere) starts.push(thereWere.index + thereWere[0].length - thereWere[1]!.length);
  starts.sort((a, b) => a - b);
  // "Yn bresennol / Present:": a bilingual label the section patterns read whole is one label, not text before one.
  if (starts.length > 0 && starts[0]! > 0 && starts[0]! < 50 && sectionStart(line.text)) starts[0] = 0;
  if (starts.length === 0 || (starts.length === 1 && starts[0] === 0)) return [line];
  // Collapsed spaces make offsets inside a line approximate: each part then keeps the whole line's span.
  const exact = line.text.length === line.end - line.start;
  const cuts = starts[0] === 0 ? starts : [0, ...starts];
  return cuts.map((from, n) => {
    let to = cuts[n + 1] ?? line.text.length;
    // After labels set side by side ("PRESENT: APOLOGIES: A and B. C") the lists run past the first full stop.
    const stacked = n > 0 && /^[^:]{1,40}:\s*$/.test(line.text.slice(cuts[n - 1], from));
    if (n === cuts.length - 1 && from > 0 && !stacked) {
      const end = line.text.slice(from).search(SENTENCE_END);
      if (end > 0) to = from + end + 1;
    }
    const text = line.text.slice(from, to).trim();
    const at = line.text.indexOf(text, from);
    return exact ? { ...line, text, start: line.start + at, end: line.start + at + text.length } : { ...line, text };
  });
}

const NOT_SITTING = /^(?:[\p{Lu}][\p{L}'’-]*\s+){1,4}Ward$|^observer$/iu;

const THERE_WERE_PRESENT = /\bthere\s+were\s+(present\s*:)\s*$/i;

const GROUP_BEFORE_PRESENT = /(?<=\s)(?:Councill?ors|Members|Councilmembers|Trustees|Commissioners)\s+[Pp]resent\b/u;

/**
 * "Mayor: David Mayberry Councillors: Gerry Mitchell, Jim Pickard": the list groups its names under role labels; a
 * label separates names, it is not one. Irish councils write "Cathaoirleach: Councillor A" over "Other Members:
 * Councillors B, C".
 */
const ROLE_LABEL_IN_LIST =
  /(?:^|\s)(?:(?:county|borough|district|town|parish|city)\s+)?(?:(?:deputy\s+)?(?:mayor|reeve|warden)|councill?ors?|councilmembers?|trustees?|aldermen|commissioners?|supervisors?|other\s+members|(?:leas-?)?cathaoirleach)\s*:\s*/gi;

/**
 * "... and Cllr Yarwood. Cou/286/07-08 Apologies for Absence ...": in text that lost its line breaks the list on a
 * label's line ends with its sentence; what runs on after it is the minutes.
 */
function runOnListEnd(text: string): string {
  const end = text.search(LIST_SENTENCE_END);
  return end > 0 && text.length - end > 20 && readNameList([text.slice(0, end)]).length > 0 ? text.slice(0, end) : text;
}

const LIST_SENTENCE_END =
  /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Cllrs?|Crs?|Cyng|Revd?|Prof|Jr|Sr|Supt|Insp|Sgt|Co))\.\s+(?=\p{Lu})/u;

const MOTION_WORD = /\b(?:resolved|moved|seconded|accepted)\b/i;

/** "Trustee Kevin Groth -here;", "Councilman Fred Drumm - present,": a roll call answered name by name. */
const ROLL_STATUS = /(?:^|[;,])\s*([^;,]+?)\s*[-–—]\s*(here|present|absent|excused)\s*(?=[;,.]|$)/gi;

/**
 * A roll call that writes each member's answer after the name: those who answered "here" or "present" were present,
 * the others absent. Gives whether the list was such a roll (two answers or more).
 */
function readRollStatuses(text: string, line: Line, into: Attendance): boolean {
  const answers = [...text.matchAll(ROLL_STATUS)];
  if (answers.length < 2) return false;
  for (const [, who, status] of answers) {
    // "The Following Board Members were Present Trustee A": the sentence that opens the roll is not a name.
    const name = who!.replace(/^.*(?:\.\s+|\bwere\s+present\s+|:\s*)(?=\p{Lu})/iu, '').replace(/^(?:and|&)\s+/i, '');
    const [entry] = readNameList([name]);
    if (entry) into[/absent|excused/i.test(status!) ? 'absent' : 'present'].push(toName(entry, line));
  }
  return true;
}

const TITLE_START = new RegExp(`^${HONORIFIC}\\.?\\s+`, 'i');
const WRITTEN_SHORT_TITLE = /^(?:Cr|Cllr)\.?\s/;
/**
 * "Councillor Magda Atkins Lizzer Bradbury": a lost line break fused two names of a list whose names are first name and
 * surname. Four such words where most entries have two are two people, each keeping the title unless the second
 * has a post of its own written after it.
 */
function splitFusedPairs(entries: ListedName[]): ListedName[] {
  const words = (e: ListedName): string[] => e.name.replace(TITLE_START, '').split(' ');
  // "Present: Jane Smith John Brown", "Apologies: A Hassan, Paul Johnston Jim Gifford": a list too short to show
  // how long its names are is split only where each half reads as a name of its own.
  const short = entries.length < 3 && entries.every((e) => [2, 4].includes(words(e).length));
  if (!short && (entries.length < 3 || entries.filter((e) => words(e).length === 2).length * 2 < entries.length))
    return entries;
  // "Cr Toi Kai Rākau Iti": where a short title is written before every name (a plural lead such as "Councillors"
  // gives "Councillor"), the words after it up to the next title are one person's, unless a post written after them
  // ("Cllr Janet Ford Helen Price (Parish Clerk)") shows a second person without a title.
  const titledEach = entries.every((e) => WRITTEN_SHORT_TITLE.test(e.name));
  return entries.flatMap((e) => {
    if (titledEach && e.note === null && e.after === null && e.role === null) return [e];
    const w = words(e);
    const initials = fusedInitialPairs(w);
    const pairs = fusedNamePairs(w, [4]) ?? initials;
    if (!pairs || (short && !pairs.every(looksLikeName))) return [e];
    const title = e.name.slice(0, e.name.length - w.join(' ').length);
    // What follows the entry ("(Parish Clerk)", "(Chair)") was written after the second name, so it is that
    // person's; and a member's title does not carry to a name written with a post of its own. "Mrs S Benbow-Jones M
    // Hughes": a title of address before initials says nothing of the second person.
    const own =
      e.note !== null || e.after !== null || e.role !== null || (initials !== null && !MEMBER_TITLE.test(title));
    return [
      { name: title + pairs[0]!, role: null, note: null, substituteFor: null, after: null },
      { ...e, name: (own ? '' : title) + pairs[1]! },
    ];
  });
}

/** "Community Councillors – Mr R Sheppard, ...": the group a list names, set before it with a dash. */
const GROUP_DASH_LABEL =
  /^(?:(?:community|county|district|borough|town|parish|city|elected)\s+)?(?:councill?ors|members|trustees)\s*[-–]\s+(?=\S)/i;

/** Posts a community council elects from its members: a list naming them is of members, its secretary included. */
const OFFICE_BEARER = /^(?:treasurer|(?:vice|deputy)[- ]?chair\w*|vice[- ]president)$/i;

/** "Cllr. A Edwards sent his apologies.": the verb after the names in an apologies list. */
/** "sent apologies", "had given his apologies": the verb of a sentence saying who sent apologies. */
const SENT_VERB = String.raw`(?:(?:had|has|have)\s+(?:sent|given|tendered|offered|submitted|forwarded)|sent|gave|tendered|offered|submitted|forwarded)\s+(?:(?:his|her|their)\s+)?apolog(?:y|ies)\b`;
const SENT_APOLOGY_VERB = new RegExp(String.raw`\s+${SENT_VERB}.*$`, 'i');

/**
 * "Councillors: A, B & Mrs G Wright Also PCSO Abi Land & four members of the public": "Also" with a capital and no
 * colon, straight after a name, ends the list of members and opens a list of others there.
 */
const ALSO_AFTER_NAME = /(?<=\p{Ll})\s+Also\s+(?=\p{Lu})/u;

function untilAlso(line: Line): Line {
  const at = line.text.search(ALSO_AFTER_NAME);
  return at > 0 ? { ...line, text: line.text.slice(0, at) } : line;
}

/** A sentence after a list on the same line: "The Town Clerk and Deputy Town Clerk were in attendance." */
const PROSE_AFTER_LIST = /\s(?=(?:The|There|It|Prior|Following|This|All)\s[^.]*?\b(?:was|were|had|has|gave|is|are)\b)/;

/** A post written after a name in an apologies list: its holder is a guest or an officer. */
const GUEST_POST =
  /\b(?:Officer|Chaplain|Clerk|Manager|Director|Adviser|Advisor|Secretary|Representative|Inspector|Sergeant|Constable)$/;

const LONE_MEMBER = /^(?:Councill?or|Cllr\.?|Cyng\.?|Cr\.?)\s+\S/i;
/** A member's title alone, as it stands before a name. */
const MEMBER_TITLE = /^(?:Councill?or|Cllr\.?|Cyng\.?|Cr\.?)\s*$/i;

/**
 * A name without a member's title whose note in brackets is a post of three or more words in another body, or the
 * police alone: "Clark Logie (Police)" came for the police report, "(Police Scotland)" likewise.
 */
function guestInBrackets(e: ListedName): boolean {
  const note = e.note ?? '';
  if (LONE_MEMBER.test(e.name)) return false;
  return POLICE_NOTE.test(note) || (note.split(/\s+/).length >= 3 && (isPost(note) || ORGANISATION.test(note)));
}

const POLICE_NOTE = /^(?:[\p{L}&]+\s+){0,2}Police(?:\s+[\p{L}&]+){0,2}$/u;

const ORGANISATION = /\b(?:Association|Society|Club|Group|Federation|Forum|Partnership|Institute|Foundation|Charity)\b/;

/**
 * Lists that lost their labels. A run of three or more lines each naming one councillor, where no list says who was
 * present, is the members present (a table whose column labels were lost); and where the only list of members is
 * labelled "In attendance", its councillors are the members present.
 */
export function readUnlabelledMembers(lines: readonly Line[], into: Attendance): boolean {
  if (into.present.length > 0) return false;
  const officer = /\b(clerk|officer|secretary|manager|director)\b/i;
  const fromAttendance = into.inAttendance.filter((p) => LONE_MEMBER.test(p.name) && !officer.test(p.title ?? ''));
  if (fromAttendance.length >= 2) {
    into.present.push(...fromAttendance);
    into.inAttendance.splice(
      0,
      into.inAttendance.length,
      ...into.inAttendance.filter((p) => !fromAttendance.includes(p)),
    );
    return false;
  }
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    // "Councillor W attended as a substitute for Councillor B.": a sentence about a member is no line of a list.
    while (
      j < lines.length &&
      LONE_MEMBER.test(lines[j]!.text) &&
      !LIST_VERB.test(lines[j]!.text) &&
      readNameList([lines[j]!.text]).length === 1
    )
      j++;
    if (j - i >= 3) {
      for (const line of lines.slice(i, j)) into.present.push(toName(readNameList([line.text])[0]!, line));
      return true;
    }
    i = j;
  }
  return readPluralList(lines, into);
}

const PLURAL_LIST =
  /^(?:(?:County|District|Borough|Town|Parish|City)\s+)?(?:Councill?ors|Cllrs\.?|Crs\.?|Cynghorwyr)\s+\p{Lu}/u;
const LIST_VERB = /\b(?:was|were|is|are|had|has|have|sent|gave|apologi[sz]ed|declared|attended|proposed|seconded)\b/i;

/**
 * "Cllrs B Austin, D Bretherton, ..., J Tipping and T Wyse" set apart under the minutes' heading, its label lost with
 * the table it stood in: a paragraph that is only a list of three or more councillors names the members present.
 */
function readPluralList(lines: readonly Line[], into: Attendance): boolean {
  for (let i = 0; i < lines.length; i++) {
    if (!PLURAL_LIST.test(lines[i]!.text)) continue;
    let j = i + 1;
    while (j < lines.length && /,$/.test(lines[j - 1]!.text)) j++;
    const block = lines.slice(i, j);
    const text = joinWrapped(block);
    if (LIST_VERB.test(text)) continue;
    const names = readNameList([text]);
    if (names.length < 3 || text.split(/\s+/).length > names.length * 5) continue;
    for (const e of names)
      into.present.push(toName(e, block.find((l) => l.text.includes(e.name.split(' ').at(-1)!)) ?? block[0]!));
    return true;
  }
  return false;
}

function surname(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .at(-1)!
    .replace(/[^a-z'-]/g, '');
}

/** Who sent apologies was not present: a name in both lists (an unlabelled list and the apologies) is an apology. */
export function apologiesOverPresent(into: Attendance): void {
  const away = new Set(into.apologies.map((a) => surname(a.name)));
  const kept = into.present.filter((p) => !away.has(surname(p.name)) || /\s\S+\s\S+\s/.test(p.name));
  into.present.splice(0, into.present.length, ...kept);
}

const TABLE_ROW =
  /^\|?\s*([^|]+?)\s*\|\s*(present|in attendance|attended|yes|apologies|apologies received|absent|no|substitute[^|]*)\s*\|?$/i;

/** An attendance table: "| Councillor A (Chair) | Present |", one member a row. */
export function readAttendanceTable(lines: readonly Line[], into: Attendance): void {
  for (const line of lines) {
    const row = TABLE_ROW.exec(line.text);
    if (!row) continue;
    const [entry] = readNameList([row[1]!]);
    if (!entry) continue;
    const status = row[2]!.toLowerCase();
    if (/^(present|in attendance|attended|yes)$/.test(status)) into.present.push(toName(entry, line));
    else if (status.startsWith('substitute'))
      into.present.push({ ...toName(entry, line), substituteFor: /for\s+(.+)$/i.exec(row[2]!)?.[1]?.trim() ?? null });
    else if (status.startsWith('apologies')) into.apologies.push({ ...toApology(entry, line), reason: null });
    else into.absent.push(toName(entry, line));
  }
}

/**
 * "Apologies for absence were received from Councillors A (unwell) and B." Case matters for where the sentence ends
 * (a capital then lower case), so the pattern is case-sensitive and spells "Apologies" (and "FOR ABSENCE", a run-in
 * heading in capitals) either way. "received fromIris Bennett": a lost space glues the first name to "from". Gives
 * how many lines the sentence took (0 when the line holds no such sentence).
 */
export function readProseApologies(line: Line, into: Attendance, following: readonly Line[] = []): number {
  // Every sentence read here says "apology" or "apologies": a line without the word holds none (most lines).
  if (!APOLOGY_WORD.test(line.text)) return 0;
  let m = PROSE_APOLOGIES.exec(line.text);
  // "THAT the apologies and requests" / "for leave of absence from Councillors A, B and C ...": a sentence wrapped
  // before its names is read with the lines it runs on to.
  let read = 1;
  let text = line.text;
  for (const next of following.slice(0, 2)) {
    if (m || !/apolog/i.test(line.text) || /[.;:]$/.test(text) || sectionStart(next.text)) break;
    text = `${text} ${next.text}`;
    m = PROSE_APOLOGIES.exec(text);
    read++;
  }
  if (!m) return readApologySentence(line, into);
  // "No apologies were received from Cllr X": X stayed away without sending any, so is absent, not apologising.
  if (/\bno\s+$/i.test(text.slice(0, m.index))) {
    for (const e of readNameList([m[1]!])) into.absent.push(toName(e, line));
    return read;
  }
  // The sentence may wrap onto the next lines ("... Mr" / "Campkin, Miss Carey ..."): read it to its full stop.
  for (const next of following.slice(read - 1, 4)) {
    // "... and Cllr T Ryves" over "Police Matters:": a heading of its own is not the sentence going on; nor is "THE
    // MINUTES of the previous meeting were read", a run-in heading in capitals under names in mixed case.
    if (/[.;:]$/.test(m[1]!) || !m[0].endsWith(m[1]!) || sectionStart(next.text) || /:$/.test(next.text)) break;
    if (RUN_IN_CAPITALS.test(next.text) && /\p{Ll}/u.test(m[1]!)) break;
    text = `${text} ${next.text}`;
    m = PROSE_APOLOGIES.exec(text)!;
    read++;
  }
  // "To accept the apologies from Cllr X" after "Apologies received from Cllr Jo X": the motion names her again.
  const accepting = /\baccept(?:s|ed|ing)?\s+(?:the\s+)?$/i.test(text.slice(0, m.index));
  readApologyNames(m[1]!, line, into, new Set(accepting ? into.apologies.map((a) => surname(a.name)) : []));
  // "An apology ... from Councillor A who was ... . Apologies were also received from Councillors B and C.": one
  // paragraph may hold several sentences of apologies.
  let rest = text.slice(m.index + m[0].length);
  for (let more = PROSE_APOLOGIES.exec(rest); more; more = PROSE_APOLOGIES.exec(rest)) {
    readApologyNames(more[1]!, line, into);
    rest = rest.slice(more.index + more[0].length);
  }
  return read;
}

/** Two words in capitals opening a line and followed by lower case: a run-in heading ("THE MINUTES of ..."). */
const RUN_IN_CAPITALS = /^\p{Lu}{2,}\s+\p{Lu}{2,}\b.*\p{Ll}/u;

/** The word each apologies pattern holds, in any case. */
const APOLOGY_WORD = /apolog/i;

const LATE_APOLOGY =
  /^(?:(?!\b(?:had|has|was|were|sent|gave)\b)[^.])*\sfor\s+(?:lateness|late\s+arrival|early\s+departure|leaving\s+early|temporary\s+absence)\b/i;

const WHO_CLAUSE_MID_LIST = /,\s+who\s+(?:was|were|is|are|had|has)\s+([^,;()]{3,80}?),(?=\s+(?:and\s+|&\s+)?\p{Lu})/gu;

/**
 * "from Cllr R Nicholls who was on holiday and Cllr Miss J Tisdale who was ill": a reason told without commas, then
 * "and" before the next member's title; the title shows where the reason ends.
 */
const WHO_CLAUSE_BEFORE_TITLED = new RegExp(
  String.raw`\s+who\s+(?:was|were|is|are|had|has)\s+([^,;()]{3,80}?)\s+(?:and|&)\s+(?=${HONORIFIC}\.?\s+\p{Lu})`,
  'gu',
);

/** The names of one sentence of apologies, cut where the list ends; a reason told after them ("who was ...") kept. */
function readApologyNames(sentence: string, line: Line, into: Attendance, given = new Set<string>()): void {
  // "...; and for lateness from Councillors C and D": members who came late are not away.
  const list = sentence
    .replace(/[;,]?\s+and\s+(?:for|of)\s+(?:lateness|late\s+arrival|early\s+departure)\b.*$/i, '')
    // "from Cllr Pike, who is on holiday, and Cllr Moss": a reason set between commas in mid-list is that member's
    // note, and the list goes on after it.
    .replace(WHO_CLAUSE_MID_LIST, ' ($1),')
    .replace(WHO_CLAUSE_BEFORE_TITLED, ' ($1), ');
  // "the apology from Member A and Member B for lateness": neither is (but "... Mr C had sent apologies for lateness"
  // is a sentence of its own after the list).
  if (LATE_APOLOGY.test(list)) return;
  // "from Tom Foy who was unavoidably detained at work": the reason ends the list.
  // "who had given their reason for absence to the Clerk": a reason was given, but the minutes do not tell it.
  // "from Cllr Sheryl Spragg due to family commitment": the reason after the names.
  const owing = /\s+(?:due|owing)\s+to\s+(?!the\s+(?:meeting|council|committee)\b)([^,;]+?)\.?$/i.exec(list);
  const reason =
    owing?.[1] ??
    /\s+who\s+(?:was|were|is|are|had|has)\s+(?!substituted|replaced|(?:given|sent|provided|supplied)\s+(?:a\s+|an\s+|their\s+|his\s+|her\s+)?(?:valid\s+|good\s+)?reasons?\b)(.+?)\.?$/i.exec(
      list,
    )?.[1] ??
    null;
  const names = (owing ? list.slice(0, owing.index) : list)
    // "Nancy Sayer who was substituted by Roxanne Hills": the substitute is not apologising.
    .replace(/\s+who\s+(?:was|were|had been)\s+(?:substituted|replaced)\s+by\s+[^,.;]+/gi, '')
    .replace(/\s+who\s+(?:was|were|is|are|had|has)\b.*$/i, '')
    // "THAT apologies from Councillor York be accepted": the motion's verb ends the list.
    .replace(/\s+be\s+(?:accepted|noted|received|recorded)\b.*$/i, '')
    // "from Councillors A and B in respect of an inability to attend": what the apology is for ends the list.
    .replace(
      /\s+(?:in\s+respect\s+of|for\s+(?:(?:the|this|their|his|her)\s+)?(?:meeting|absence|non-attendance))\b.*$/i,
      '',
    )
    // "from Cllr Purves With the absence of the Vice Chairman": text that lost its full stop runs into a sentence.
    .replace(/\s+\p{Lu}\p{Ll}+\s+(?:the|a|an|this|it)\s.*$/u, '')
    // "from Cr. Ryder" over "The Clerk read ...": the next line's sentence, read on for want of a full stop.
    .replace(/\s+(?:The|There|This|It|He|She|They|We)\s+(?!Hon\b).*$/u, '');
  const entries = splitFusedPairs(readNameList([names])).filter(
    (e) => !isGuestByRank(e.name) && !given.has(surname(e.name)),
  );
  for (const [n, e] of entries.entries()) {
    const apology = toApology(e, line);
    into.apologies.push(n === entries.length - 1 && reason && !apology.reason ? { ...apology, reason } : apology);
  }
}

/**
 * "Cllr I Wroth & Cllr H Wroth sent apologies.": the names before the verb; "accept the apology from Member H Doig for
 * absence": the names after it (an apology for lateness is from a member who came). Gives 1 when the line holds one.
 */
const SENT_APOLOGIES = new RegExp(String.raw`^(?:[•·*-]\s*)?(.{3,200}?)\s+${SENT_VERB}`, 'i');
const ACCEPTED_APOLOGY =
  /\baccept(?:s|ed)?\s+(?:the\s+)?apolog(?:y|ies)\s+(?:for\s+absence\s+)?(?:from|of)\s+(.{3,200}?)(?:\s+for\s+(absence|lateness|late\s+arrival|early\s+departure)\b|[.;]|$)/i;

function readApologySentence(line: Line, into: Attendance): number {
  const sent = SENT_APOLOGIES.exec(line.text);
  const accepted = sent ? null : ACCEPTED_APOLOGY.exec(line.text);
  if (accepted?.[2] && !/^absence$/i.test(accepted[2])) return 0;
  const names = sent?.[1] ?? accepted?.[1];
  if (!names) return readApologyMotion(line, into);
  const entries = readNameList([names]);
  // Every piece must be a name: "The Chair said Cllr X had sent apologies" is a report, read elsewhere if at all.
  if (entries.length === 0 || entries.length < names.split(/,|\s+(?:and|&)\s+/).length) return 0;
  // "To accept the apologies from Cllr X" after "Apologies received from Cllr Jo X": the motion names her again.
  const given = new Set(accepted ? into.apologies.map((a) => surname(a.name)) : []);
  for (const e of entries) if (!given.has(surname(e.name))) into.apologies.push(toApology(e, line));
  return 1;
}

/**
 * "that an apology for non attendance due to illness by Clr Zreika be accepted", "RESOLVED that the apologies of Cllrs
 * Pike and Moss be accepted": apologies moved and accepted, any reason before the names. Gives 1 when the line holds
 * one.
 */
const APOLOGY_MOTION =
  /\b[Aa]polog(?:y|ies)\s+(?:for\s+(?:non[- ]?attendance|absence)\s+)?(?:due\s+to\s+([\p{Ll}\s]{3,40}?)\s+)?(?:from|by|of)\s+(.{3,120}?)\s+be\s+(?:accepted|noted|received)\b/u;

function readApologyMotion(line: Line, into: Attendance): number {
  const m = APOLOGY_MOTION.exec(line.text);
  if (!m) return 0;
  const entries = readNameList([m[2]!]);
  // Every piece must be a name: "the apologies of the Chair's absence" names nobody.
  if (entries.length === 0 || entries.length < m[2]!.split(/,|\s+(?:and|&)\s+/).length) return 0;
  for (const entry of entries)
    into.apologies.push({ ...toApology(entry, line), reason: m[1]?.trim() ?? reasonOf(entry) });
  return 1;
}

/**
 * "Cllr Pattison – it was agreed that ...": the member who sent apologies, then a dash and what the meeting said about
 * it. The name before the dash is the apology; the sentence after it is no reason.
 */
const NAME_THEN_PROSE = new RegExp(
  String.raw`^(${HONORIFIC}\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+[–—-]\s+\p{Ll}`,
  'u',
);
const DECLARING = /\bdeclar(?:ed|es|ing)\b|\binterests?\b/i;

/** The minutes of an "Apologies for absence" item: one name per line with a reason, or prose. */
const MOTION_MOVERS =
  /^(?:resolved\s+)?on\s+the\s+motion\s+of\b|^[^,]{2,60},?\s+seconded\s+by\b|^(?:moved|seconded|proposed)\s+by\b/i;

export function readApologiesItem(lines: readonly Line[], into: Attendance): void {
  // "1.1 Everyone was welcomed ... 1.2 Present: A, B 1.3 Apologies: C 1.4 Absent: D": the item holds labelled lists.
  const labels = lines.flatMap(splitRunOnLabels).map((l) => sectionStart(l.text)?.kind);
  if (labels.includes('present') || labels.includes('absent')) {
    readAttendanceSections(lines, into);
    return;
  }
  let skip = 0;
  for (const [n, line] of lines.entries()) {
    if (n < skip || NONE.test(line.text) || /^minutes:?$/i.test(line.text)) continue;
    // "Attendees: A, B" in an item of attendance and apologies: those who came are no apologies.
    if (sectionStart(line.text)?.kind === 'inAttendance') continue;
    // The lines a sentence of apologies wrapped onto are read with it.
    const read = readProseApologies(line, into, lines.slice(n + 1, n + 5));
    if (read > 0) {
      skip = n + read;
      continue;
    }
    if (/^(substitut|the committee|the board|it was)/i.test(line.text)) continue;
    // "RESOLVED ON THE MOTION OF" / "COUNCILLOR EVANS, seconded by COUNCILLOR MARTIN,": the motion that accepts the
    // apologies names its mover and seconder, who were there.
    if (MOTION_MOVERS.test(line.text)) continue;
    // " Highways Matters:": the next heading, set apart by a colon, is no name.
    if (/:$/.test(line.text)) continue;
    // "Cllr. A and Cllr. B may be late.": members who will come late are not away.
    if (/\b(?:may|might|will|would)\s+be\s+late\b|\barriv\w*\s+late\b/i.test(line.text)) continue;
    // "X, Y and Z were in attendance virtually", "Ms G had given her apologies but was attending": present, not away.
    if (/\b(?:was|were)\s+(?:in attendance|attending|present)\b/i.test(line.text)) continue;
    // "19/5 Councillors Briony Davies, Ian Griffiths and Charles Smith.": the minute's reference opens the list.
    const entries = readNameList([line.text.replace(/^\d{1,4}\/\d{1,4}\s+(?=\p{Lu})/u, '')]);
    const words = line.text.split(/\s+/).length;
    // An item of apologies and declarations together: "Mr A – declared an interest in ..." is no apology.
    const named = words > 16 && !DECLARING.test(line.text) ? NAME_THEN_PROSE.exec(line.text) : null;
    if (named) {
      const [entry] = readNameList([named[1]!]);
      if (entry && looksLikeName(entry.name)) into.apologies.push({ ...toApology(entry, line), reason: null });
      continue;
    }
    if (entries.length === 0 || (words > 16 && entries.length < 2)) continue;
    for (const e of entries) if (looksLikeName(e.name)) into.apologies.push(toApology(e, line));
  }
}
