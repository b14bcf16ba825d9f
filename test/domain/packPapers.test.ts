import { describe, expect, it } from 'vitest';
import { documentPackOf, packPapersOf, partPageCount, type DocumentWithParts } from '../../src/domain/packPapers.js';
import type { DocumentPart, DocumentPartKind } from '../../src/domain/sourceDocument.js';

function part(
  position: number,
  kind: DocumentPartKind,
  pageStart: number | null,
  pageEnd: number | null,
): DocumentPart {
  return {
    id: `p${position}`,
    documentId: 'pack',
    position,
    kind,
    title: `Part ${position}`,
    pageStart,
    pageEnd,
    startOffset: 0,
    endOffset: 1,
  };
}

function doc(id: string, parts: DocumentPart[]): DocumentWithParts {
  return {
    id,
    contentHash: id,
    mediaType: 'application/pdf',
    origin: `https://council.example/${id}.pdf`,
    title: null,
    byteSize: 1,
    pageCount: 50,
    supersedesId: null,
    importedAt: '2025-01-01T00:00:00Z',
    parts,
  };
}

const PACK = doc('pack', [
  part(1, 'front_sheet', 1, 2),
  part(2, 'minutes', 3, 10),
  part(3, 'report', 11, 20),
  part(4, 'appendix', 21, 24),
  part(5, 'report', 25, null),
]);

describe('the papers of a document pack', () => {
  it('should list the papers that begin within an item’s pages, never the front sheet', () => {
    expect(packPapersOf({ pageStart: 11, pageEnd: 24 }, PACK).map((p) => p.position)).toEqual([3, 4]);
    expect(packPapersOf({ pageStart: 1, pageEnd: 10 }, PACK).map((p) => p.position)).toEqual([2]);
    // An item with only its first page given takes the paper that starts there.
    expect(packPapersOf({ pageStart: 25, pageEnd: null }, PACK).map((p) => p.position)).toEqual([5]);
    expect(packPapersOf({ pageStart: null, pageEnd: null }, PACK)).toEqual([]);
    expect(packPapersOf({ pageStart: 11, pageEnd: 24 }, undefined)).toEqual([]);
  });

  it('should take the meeting’s one paged document as its pack, and none when two could be', () => {
    const minutes = doc('minutes', []);
    expect(documentPackOf([minutes, PACK])?.id).toBe('pack');
    expect(documentPackOf([minutes])).toBeUndefined();
    expect(documentPackOf([PACK, doc('supplement', [part(1, 'report', 1, 4)])])).toBeUndefined();
  });

  it('should count a part’s pages only when its end is known', () => {
    expect(partPageCount(part(3, 'report', 11, 20))).toBe(10);
    expect(partPageCount(part(5, 'report', 25, null))).toBeNull();
    expect(partPageCount(part(6, 'report', 7, 7))).toBe(1);
  });
});
