import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const HASH = /^[0-9a-f]{64}$/;

/**
 * Uploaded papers (reports, appendices) kept once each under the data folder, named by the SHA-256
 * of their bytes: `<dir>/<hash>.pdf`. No name a user typed ever becomes a path; uploading the same
 * bytes twice keeps one file.
 */
export class PaperFiles {
  constructor(readonly dir: string) {}

  static hashOf(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  /** The file of a hash; refuses anything but 64 hex digits, so no other path can be reached. */
  pathOf(hash: string): string {
    if (!HASH.test(hash)) throw new Error(`not a SHA-256 hash: ${JSON.stringify(hash)}`);
    return path.join(this.dir, `${hash}.pdf`);
  }

  /** Keeps the bytes (written to a temporary name, then renamed: never half a file); returns their hash. */
  async put(bytes: Uint8Array): Promise<string> {
    const hash = PaperFiles.hashOf(bytes);
    const file = this.pathOf(hash);
    try {
      await fs.access(file);
      return hash;
    } catch {
      // not stored yet
    }
    await fs.mkdir(this.dir, { recursive: true });
    const temporary = path.join(this.dir, `.${hash}.${randomBytes(6).toString('hex')}.tmp`);
    await fs.writeFile(temporary, bytes, { flag: 'wx' });
    await fs.rename(temporary, file);
    return hash;
  }

  /** The bytes of a hash, or undefined when no such file is kept. */
  async read(hash: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await fs.readFile(this.pathOf(hash)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}
