import type { Line } from './lines.js';

/**
 * A two-column attendance table (labels left, lists right) flattened into running text by a PDF conversion: the
 * labels come first, run together without colons, then (after any headings of the page's margin) the lists in the
 * same order, each opened by a title:
 *
 *     ... held on Monday 1st March, In the Chair Present Apologies In attendance Budget Cllr. Ann Ross. Cllrs. B.
 *     Hale, C. Kerr and D. Lowe Cllr. Eve Marsh Mr. F. Gray, G. Hunt ...
 *
 * Each list is given back as a line of its own under its label ("Present: Cllrs. B. Hale, ..."), so the readers of
 * labelled lists read it. Such lines are made up, so each keeps its source line's whole span.
 */

/** The labels a left column holds, as written (capitalised, no colon). */
const LABEL = String.raw`(?:In\s+the\s+Chair|Present|Apologies|Absent|In\s+[Aa]ttendance|Also\s+[Pp]resent)`;

/** Three labels or more in a row, nothing between them: a label column, not a sentence that uses one of the words. */
const LABEL_RUN = new RegExp(String.raw`(?<=^|\s)${LABEL}(?:\s+${LABEL}){2,}(?=\s)`, 'u');

const ONE_LABEL = new RegExp(LABEL, 'gu');

/** A title that opens a list ("Cllr.", "Cllrs.", "Mr."), or the next list when no comma or "and" leads to it. */
const TITLE = /(?<=^|\s)(?:Councill?ors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?=\p{Lu})/gu;

/** How far after the labels the first list may start: a margin's headings may come between. */
const FIRST_LIST_WITHIN = 200;

/** The label as a section label ("In the Chair:"), for the readers of labelled lists. */
const asLabel = (label: string): string => `${label.replace(/\s+/g, ' ')}:`;

/** Gives the line's lists under their labels, one line each; the line itself when it holds no label column. */
export function splitBareLabelRun(line: Line): Line[] {
  if (!line.text.includes('Present ')) return [line];
  const run = LABEL_RUN.exec(line.text);
  if (!run) return [line];
  const labels = run[0].match(ONE_LABEL) ?? [];
  const after = run.index + run[0].length;
  const starts: number[] = [];
  for (const m of line.text.slice(after).matchAll(TITLE)) {
    const at = after + m.index;
    if (starts.length === 0 && m.index > FIRST_LIST_WITHIN) break;
    // "B. Hale, Cllr C. Kerr" / "and Mr D. Lowe": a title inside a list goes on with it.
    if (starts.length > 0 && /(?:,|\band|&)\s*$/.test(line.text.slice(0, at))) continue;
    starts.push(at);
    if (starts.length === labels.length) break;
  }
  if (starts.length < 2) return [line];
  const lists = starts.map((from, n) =>
    line.text
      .slice(from, starts[n + 1] ?? line.text.length)
      .trim()
      .replace(/\.$/, ''),
  );
  const head = line.text.slice(0, run.index).trim();
  return [
    ...(head ? [{ ...line, text: head }] : []),
    ...lists.map((list, n) => ({ ...line, text: `${asLabel(labels[n]!)} ${list}` })),
  ];
}
