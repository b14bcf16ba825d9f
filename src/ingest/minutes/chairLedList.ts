import { spanIn, type Line } from './lines.js';
import { readNameList, type ListedName } from './names.js';
import type { Attendance } from './attendance.js';

const MEMBER_TITLE = String.raw`(?:Councill?or|Cllr\.?|Cr\.?)`;
const MEMBER_NAME = String.raw`${MEMBER_TITLE}\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;

/**
 * "Councillor G Carpenter (in the Chair); Councillors Hanton, Bensley and Walker.": the members present as a committee
 * page prints them when its "Present:" label is lost, the chair first with the mark of the chair, then the others
 * under a plural title.
 */
const CHAIR_LED = new RegExp(
  String.raw`^(${MEMBER_TITLE}\s+[^;()]{2,60}?)\s*\((?:in\s+the\s+chair|chair(?:man|person|woman)?)\)\s*[;,]\s*((?:Councill?ors|Cllrs\.?|Crs\.?)\s+[^.]+)\.?$`,
  'iu',
);

/**
 * "Councillor Wainwright attended as a substitute for Councillor Borg.": the substitute was there; the member
 * substituted for is neither present nor, by this sentence, apologising.
 */
const AS_SUBSTITUTE = new RegExp(
  String.raw`^(${MEMBER_NAME})\s+(?:attended|was\s+present|sat)\s+as\s+(?:a\s+|the\s+)?substitute\s+for\s+(${MEMBER_NAME})|^(${MEMBER_NAME})\s+substituted\s+for\s+(${MEMBER_NAME})`,
  'u',
);

function push(into: Attendance, entry: ListedName, line: Line, substituteFor: string | null = null): void {
  into.present.push({
    name: entry.name,
    span: spanIn(line, entry.name),
    role: entry.role,
    title: entry.role ? null : entry.note,
    substituteFor,
  });
}

/** Reads the chair-led list of members present, where no labelled list named anyone; gives whether it found one. */
export function readChairLedList(lines: readonly Line[], into: Attendance): boolean {
  if (into.present.length > 0) return false;
  for (const line of lines) {
    const m = CHAIR_LED.exec(line.text);
    if (!m) continue;
    const others = readNameList([m[2]!]);
    const [chair] = readNameList([m[1]!]);
    if (!chair || others.length < 2) continue;
    for (const entry of [chair, ...others]) push(into, entry, line);
    return true;
  }
  return false;
}

/** Reads the sentences that say who attended as a substitute for whom: the substitutes were present. */
export function readSubstituteSentences(lines: readonly Line[], into: Attendance): void {
  for (const line of lines) {
    const m = AS_SUBSTITUTE.exec(line.text);
    if (!m) continue;
    const [sub] = readNameList([(m[1] ?? m[3])!]);
    const [member] = readNameList([(m[2] ?? m[4])!]);
    if (sub) push(into, sub, line, member?.name ?? null);
  }
}
