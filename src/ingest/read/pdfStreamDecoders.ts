import { Readable } from 'node:stream';
import zlib from 'node:zlib';

/**
 * The decoders of PDF's general-purpose filters, as streams of chunks, so that the size of what a
 * stream decodes to can be counted without holding it. Damaged data ends a stream where it
 * breaks, as PDF.js does. Image codecs (DCT, JPX, JBIG2, CCITT) are not here: PDF.js is told
 * not to decode images at all.
 */
export type Stage = (input: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

const OUT = 64 * 1024;

export const inflate: Stage = async function* (input) {
  const z = zlib.createInflate({ chunkSize: OUT });
  const source = Readable.from(input);
  source.on('error', () => z.destroy());
  source.pipe(z);
  try {
    for await (const chunk of z) yield chunk as Buffer;
  } catch {
    // A damaged or truncated stream: what was inflated so far is what PDF.js would read.
  } finally {
    source.destroy();
    z.destroy();
  }
};

/** Collects output bytes into chunks of OUT. */
class Sink {
  buffer = Buffer.allocUnsafe(OUT);
  length = 0;
  push(byte: number): Buffer | null {
    this.buffer[this.length++] = byte;
    if (this.length < OUT) return null;
    return this.take();
  }
  take(): Buffer {
    const out = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafe(OUT);
    this.length = 0;
    return out;
  }
}

export const runLength: Stage = async function* (input) {
  const sink = new Sink();
  let run = -1; // the length byte being obeyed; -1: expecting one
  let literal = 0;
  for await (const chunk of input) {
    for (const byte of chunk) {
      if (literal > 0) {
        literal--;
        const full = sink.push(byte);
        if (full) yield full;
      } else if (run === -1) {
        if (byte === 128) {
          if (sink.length) yield sink.take();
          return;
        }
        if (byte < 128) literal = byte + 1;
        else run = 257 - byte;
      } else {
        for (let n = 0; n < run; n++) {
          const full = sink.push(byte);
          if (full) yield full;
        }
        run = -1;
      }
    }
  }
  if (sink.length) yield sink.take();
};

export const asciiHex: Stage = async function* (input) {
  const sink = new Sink();
  let high = -1;
  for await (const chunk of input) {
    for (const byte of chunk) {
      if (byte === 0x3e) {
        if (high >= 0) sink.push(high << 4);
        if (sink.length) yield sink.take();
        return;
      }
      const digit = hexDigit(byte);
      if (digit < 0) continue;
      if (high < 0) high = digit;
      else {
        const full = sink.push((high << 4) | digit);
        high = -1;
        if (full) yield full;
      }
    }
  }
  if (sink.length) yield sink.take();
};

function hexDigit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

export const ascii85: Stage = async function* (input) {
  const sink = new Sink();
  const group: number[] = [];
  const flush = function* (count: number): Generator<Buffer> {
    let value = 0;
    for (let n = 0; n < 5; n++) value = value * 85 + (group[n] ?? 84);
    for (let n = 0; n < count; n++) {
      const full = sink.push((value >>> (24 - 8 * n)) & 0xff);
      if (full) yield full;
    }
    group.length = 0;
  };
  for await (const chunk of input) {
    for (const byte of chunk) {
      if (byte === 0x7e) {
        if (group.length > 1) yield* flush(group.length - 1);
        if (sink.length) yield sink.take();
        return;
      }
      if (byte === 0x7a && group.length === 0) {
        for (let n = 0; n < 4; n++) {
          const full = sink.push(0);
          if (full) yield full;
        }
        continue;
      }
      if (byte < 0x21 || byte > 0x75) continue;
      group.push(byte - 0x21);
      if (group.length === 5) yield* flush(4);
    }
  }
  if (sink.length) yield sink.take();
};

/** LZW as PDF uses it (9 to 12-bit codes, 256 clears, 257 ends; `earlyChange` 1 unless the stream says 0). */
export function lzw(earlyChange: number): Stage {
  return async function* (input) {
    const sink = new Sink();
    const prefix = new Int32Array(4096);
    const suffix = new Uint8Array(4096);
    const lengthOf = new Uint16Array(4096);
    const scratch = new Uint8Array(4096);
    for (let n = 0; n < 256; n++) {
      prefix[n] = -1;
      suffix[n] = n;
      lengthOf[n] = 1;
    }
    let next = 258;
    let width = 9;
    let previous = -1;
    let bits = 0;
    let bitCount = 0;
    for await (const chunk of input) {
      for (const byte of chunk) {
        bits = ((bits << 8) | byte) & 0xffffff;
        bitCount += 8;
        while (bitCount >= width) {
          const code = (bits >>> (bitCount - width)) & ((1 << width) - 1);
          bitCount -= width;
          if (code === 256) {
            next = 258;
            width = 9;
            previous = -1;
            continue;
          }
          if (code === 257) {
            if (sink.length) yield sink.take();
            return;
          }
          let entry: number;
          if (code < next) entry = code;
          else if (code === next && previous >= 0) entry = previous;
          else {
            if (sink.length) yield sink.take();
            return; // a code that cannot be: the data is damaged
          }
          // Write the entry's bytes (backwards through the prefix chain into scratch).
          let length = lengthOf[entry]!;
          let at = entry;
          for (let n = length - 1; n >= 0; n--) {
            scratch[n] = suffix[at]!;
            at = prefix[at]!;
          }
          const first = scratch[0]!;
          if (code === next) {
            scratch[length] = first;
            length++;
          }
          for (let n = 0; n < length; n++) {
            const full = sink.push(scratch[n]!);
            if (full) yield full;
          }
          if (previous >= 0 && next < 4096) {
            prefix[next] = previous;
            suffix[next] = first;
            lengthOf[next] = lengthOf[previous]! + 1;
            next++;
          }
          previous = code;
          if (next + earlyChange >= 1 << width && width < 12) width++;
        }
      }
    }
    if (sink.length) yield sink.take();
  };
}
