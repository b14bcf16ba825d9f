import fs from 'node:fs';
import path from 'node:path';
import { StandardFonts, type PDFDocument } from 'pdf-lib';
import type { PackPlan } from '../../domain/documentPack.js';
import type { FrontSheetFonts } from './frontSheet.js';

/**
 * Debian's DejaVu (package fonts-dejavu-core, which fontconfig and so chromium pull in): its Sans
 * covers Latin Extended-A, so Welsh ŵ and ŷ, which the PDF standard fonts' WinAnsi encoding lacks.
 * QUORUM_PACK_FONT_DIR names another folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf.
 */
export const DEFAULT_FONT_DIR = process.env.QUORUM_PACK_FONT_DIR ?? '/usr/share/fonts/truetype/dejavu';

/** Every piece of text the front sheet may draw from the plan. */
export function planTexts(plan: PackPlan): string[] {
  const { frontSheet, meeting } = plan;
  return [
    plan.council,
    plan.body,
    meeting.venue ?? '',
    frontSheet.contact?.name ?? '',
    frontSheet.contact?.email ?? '',
    frontSheet.contact?.phone ?? '',
    frontSheet.note ?? '',
    ...(frontSheet.membership ?? []),
    ...(frontSheet.items ?? []).flatMap((i) => [i.number ?? '', i.title, i.note ?? '']),
    ...plan.parts.flatMap((p) => [p.itemNumber ?? '', p.title]),
  ];
}

function readFontFiles(dir: string): { regular: Buffer; bold: Buffer } | null {
  try {
    return {
      regular: fs.readFileSync(path.join(dir, 'DejaVuSans.ttf')),
      bold: fs.readFileSync(path.join(dir, 'DejaVuSans-Bold.ttf')),
    };
  } catch {
    return null;
  }
}

/**
 * Fonts for a page Quorum draws in `doc`. Helvetica (a standard font: nothing embedded, the
 * smallest file) when it can draw every character of `texts`; otherwise DejaVu Sans, embedded as a subset
 * (only the glyphs drawn, through fontkit, since pdf-lib embeds no TrueType font by itself). When
 * the DejaVu files are missing the standard fonts are used and `drawableText` writes the nearest
 * letter (ŵ as w): the pack is still made, less exact.
 */
export async function frontSheetFonts(
  doc: PDFDocument,
  texts: readonly string[],
  fontDir: string = DEFAULT_FONT_DIR,
): Promise<FrontSheetFonts & { readonly embedded: boolean }> {
  const regular = doc.embedStandardFont(StandardFonts.Helvetica);
  const bold = doc.embedStandardFont(StandardFonts.HelveticaBold);
  const supported = new Set(regular.getCharacterSet());
  const needed = texts.some((text) =>
    [...text].some((c) => {
      const code = c.codePointAt(0)!;
      return code >= 0x20 && !supported.has(code);
    }),
  );
  if (!needed) return { regular, bold, embedded: false };
  const files = readFontFiles(fontDir);
  if (!files) return { regular, bold, embedded: false };
  // Loaded only when needed: fontkit is large, and most packs need only the standard fonts.
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  doc.registerFontkit(fontkit);
  return {
    regular: await doc.embedFont(files.regular, { subset: true }),
    bold: await doc.embedFont(files.bold, { subset: true }),
    embedded: true,
  };
}
