/**
 * Attendance tables whose first cell names the members by their group rather than by "Present": "Parish Councillors: |
 * Cllrs A, B |", "City & County Cllrs: | City Cllr C |" (councillors of a higher tier listed with the members),
 * "Councillors who attended the meeting Item 1 | A, B |". A cell fused with the table's item column ("Apologies for
 * Absence Item 2 |") loses the item's number.
 */
const MEMBER_GROUP_CELL =
  /^(?:(?:parish|town|community|city|district|county|borough)(?:\s*(?:&|and)\s*(?:city|district|county|borough))?\s+)?(?:councill?ors|cllrs)(?:\s+(?:who\s+attended|attending|present)(?:\s+the\s+meeting)?)?\s*:?$/i;

const ITEM_COLUMN = /\s+item\s+\d{1,2}\s*:?$/i;

/**
 * The row with its first cell read as an attendance label: a members' group becomes "Present:", a label fused with an
 * item's number loses the number. Rows without such a cell are given back as they are.
 */
export function withMemberCellLabel(text: string, isLabel: (cell: string) => boolean): string {
  if (!text.includes('|') || text.startsWith('|')) return text;
  const bar = text.indexOf('|');
  const cell = text.slice(0, bar).trim().replace(ITEM_COLUMN, '');
  if (MEMBER_GROUP_CELL.test(cell)) return `Present: ${text.slice(bar)}`;
  if (cell !== text.slice(0, bar).trim() && isLabel(cell)) return `${cell} ${text.slice(bar)}`;
  return text;
}
