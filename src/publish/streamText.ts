import { once } from 'node:events';
import type { EventEmitter } from 'node:events';

/**
 * Writes text and waits while the stream's buffer is full, so a slow reader never makes the export hold the archive in
 * memory.
 */
export async function writeText(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (text.length === 0) return;
  if (!out.write(text)) await once(out as unknown as EventEmitter, 'drain');
}
