import { degrees, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';

/** Small enough to sit in the bottom margin that printed documents leave (at least 30 points). */
const STAMP_SIZE = 8;
/** Baseline above the page's visible bottom edge, and the gap to its right edge. */
const STAMP_BASELINE = 16;
const STAMP_RIGHT = 36;

/**
 * Stamps "Page N" in the bottom-right corner of `page` as a reader sees it: inside the crop box
 * (what viewers show) and turned with the page's /Rotate, so a landscape appendix stored as a
 * rotated portrait page gets its number at the bottom of the page as displayed, not on a side.
 * pdf-lib wraps the page's own content in q/Q before drawing, so a transformation the original
 * left in force cannot move or scale the stamp.
 */
export function stampPageNumber(page: PDFPage, pageNumber: number, font: PDFFont): void {
  const text = `Page ${pageNumber}`;
  const box = page.getCropBox();
  const angle = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const displayedWidth = angle === 90 || angle === 270 ? box.height : box.width;
  // (u, v): from the displayed page's bottom-left corner; mapped back into the page's own space.
  const u = displayedWidth - STAMP_RIGHT - font.widthOfTextAtSize(text, STAMP_SIZE);
  const v = STAMP_BASELINE;
  const x0 = box.x;
  const y0 = box.y;
  const x1 = box.x + box.width;
  const y1 = box.y + box.height;
  const at = {
    0: { x: x0 + u, y: y0 + v },
    90: { x: x1 - v, y: y0 + u },
    180: { x: x1 - u, y: y1 - v },
    270: { x: x0 + v, y: y1 - u },
  }[angle] ?? { x: x0 + u, y: y0 + v };
  page.drawText(text, { ...at, size: STAMP_SIZE, font, color: rgb(0.2, 0.2, 0.2), rotate: degrees(angle) });
}
