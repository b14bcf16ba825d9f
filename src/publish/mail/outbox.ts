import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors.js';

/**
 * The outbox folder (`<data>/outbox/`): every message Quorum sends is written here first as an
 * `.eml` file, which any mail program opens, whether or not SMTP is configured.
 */
export class Outbox {
  constructor(readonly dir: string) {}

  /**
   * Writes `bytes` as `name`, whole or not at all: to a temporary file beside it, renamed at the end.
   * @throws AppError DATA_DIR_NOT_WRITABLE naming the folder when it cannot be written.
   */
  write(name: string, bytes: Buffer): string {
    const file = path.join(this.dir, name);
    const partial = path.join(this.dir, `.${name}.partial-${process.pid}`);
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(partial, bytes, { flag: 'wx' });
      fs.renameSync(partial, file);
      return file;
    } catch (error) {
      fs.rmSync(partial, { force: true });
      throw new AppError(
        'DATA_DIR_NOT_WRITABLE',
        `${this.dir}: cannot write ${name} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        { cause: error },
      );
    }
  }

  /** The bytes of a message written before, or undefined when the file is gone. */
  read(name: string): Buffer | undefined {
    try {
      return fs.readFileSync(path.join(this.dir, name));
    } catch {
      return undefined;
    }
  }
}

/** A file name from a week and an address: letters, digits and `@._+-` only. */
export function outboxFileName(week: string, address: string): string {
  return `${week}-${address.replace(/[^\w@.+-]/g, '_')}.eml`;
}
