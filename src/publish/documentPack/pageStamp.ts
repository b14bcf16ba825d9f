/** Small enough to sit in the bottom margin that printed documents leave (at least 30 points). */
const STAMP_SIZE = 8;
/** Baseline above the page's visible bottom edge, and the gap to its right edge. */
const STAMP_BASELINE = 16;
const STAMP_RIGHT = 36;

/** Helvetica's advance widths (per 1000 units of size) of the characters a stamp uses. */
const HELVETICA_WIDTHS: Readonly<Record<string, number>> = { P: 667, a: 556, g: 556, e: 556, ' ': 278 };
const DIGIT_WIDTH = 556;

export interface PageBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The content stream that stamps "Page N" in the bottom-right corner of a page as a reader sees
 * it: inside the crop box (what viewers show) and turned with the page's /Rotate, so a landscape
 * appendix stored as a rotated portrait page gets its number at the bottom of the page as
 * displayed, not on a side. `font` names Helvetica in the page's resources. The page's own
 * content runs before it inside q/Q, so a transformation it left in force cannot move the stamp.
 */
export function pageStampContent(box: PageBox, rotate: number, pageNumber: number, font: string): string {
  const text = `Page ${pageNumber}`;
  let width = 0;
  for (const c of text) width += HELVETICA_WIDTHS[c] ?? DIGIT_WIDTH;
  width = (width * STAMP_SIZE) / 1000;
  const angle = (((Math.round(rotate / 90) * 90) % 360) + 360) % 360;
  const displayedWidth = angle === 90 || angle === 270 ? box.height : box.width;
  // (u, v): from the displayed page's bottom-left corner, mapped back into the page's own space.
  const u = displayedWidth - STAMP_RIGHT - width;
  const v = STAMP_BASELINE;
  const x1 = box.x + box.width;
  const y1 = box.y + box.height;
  const matrix =
    angle === 90
      ? [0, 1, -1, 0, x1 - v, box.y + u]
      : angle === 180
        ? [-1, 0, 0, -1, x1 - u, y1 - v]
        : angle === 270
          ? [0, -1, 1, 0, box.x + v, y1 - u]
          : [1, 0, 0, 1, box.x + u, box.y + v];
  const m = matrix.map((n) => (Number.isInteger(n) ? String(n) : n.toFixed(2))).join(' ');
  return `q BT /${font} ${STAMP_SIZE} Tf 0.2 0.2 0.2 rg ${m} Tm (${text}) Tj ET Q\n`;
}
