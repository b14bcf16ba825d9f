/**
 * Answers of a pure function of one line's text, kept while one document is read. The parser asks the same questions
 * of the same lines many times over (a date? an attendance label? a minutes heading?), each answered by several
 * patterns: a document asks each of them of a line two to five times. An answer is shared by every caller that asks,
 * so it is frozen: a caller that tried to change it would throw rather than change another's.
 */
export class TextMemo<T> {
  readonly #seen = new Map<string, T | typeof UNDEFINED>();
  #document = reading;

  /** At most `size` texts are kept, each at most `maxLength` long. */
  constructor(
    private readonly size = 4096,
    private readonly maxLength = 400,
  ) {}

  get(text: string, read: (text: string) => T): T {
    if (text.length > this.maxLength) return read(text);
    if (this.#document !== reading || this.#seen.size >= this.size) {
      this.#seen.clear();
      this.#document = reading;
    }
    // One lookup on a hit and on a miss alike: an answer of `undefined` is kept as a mark of its own.
    const seen = this.#seen.get(text);
    if (seen !== undefined) return seen === UNDEFINED ? (undefined as T) : (seen as T);
    const value = read(text);
    this.#seen.set(
      text,
      value === undefined ? UNDEFINED : typeof value === 'object' && value !== null ? Object.freeze(value) : value,
    );
    return value;
  }
}

let reading = 0;

const UNDEFINED: unique symbol = Symbol('undefined');

/** A new document is read: what was kept for the last one is let go (memory stays that of one document's lines). */
export function newDocument(): void {
  reading++;
}
