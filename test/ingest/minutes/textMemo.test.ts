import { describe, expect, it } from 'vitest';
import { newDocument, TextMemo } from '../../../src/ingest/minutes/textMemo.js';

describe('TextMemo', () => {
  it('reads a text once per document, an answer of undefined or null included', () => {
    const memo = new TextMemo<string | null | undefined>();
    let reads = 0;
    const read = (text: string): string | null | undefined => {
      reads++;
      return text === 'none' ? undefined : text === 'nil' ? null : text.toUpperCase();
    };
    newDocument();
    for (let n = 0; n < 3; n++) {
      expect(memo.get('none', read)).toBeUndefined();
      expect(memo.get('nil', read)).toBeNull();
      expect(memo.get('abc', read)).toBe('ABC');
    }
    expect(reads).toBe(3);
    newDocument();
    expect(memo.get('none', read)).toBeUndefined();
    expect(reads).toBe(4);
  });

  it('freezes an object it shares between callers', () => {
    const memo = new TextMemo<{ n: number }>();
    newDocument();
    const first = memo.get('x', () => ({ n: 1 }));
    expect(memo.get('x', () => ({ n: 2 }))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('does not keep texts longer than its limit', () => {
    const memo = new TextMemo<number>(10, 3);
    let reads = 0;
    newDocument();
    memo.get('long', () => ++reads);
    memo.get('long', () => ++reads);
    expect(reads).toBe(2);
  });
});
