import fs from 'node:fs/promises';
import type { z } from 'zod';
import {
  ContactEmailSchema,
  CouncilNameSchema,
  CouncilUrlSchema,
  logoFromBytes,
  logoToStoredValue,
  type SettingKey,
} from '../../domain/councilSettings.js';
import { AppError } from '../../domain/errors.js';
import type { Store } from '../../store/store.js';
import { describeSetting, type SettingEntry } from './listSettings.js';
import { settingKey } from './settingKey.js';

const TEXT_SCHEMAS: Readonly<Record<Exclude<SettingKey, 'logo'>, z.ZodType<string, string>>> = {
  council_name: CouncilNameSchema,
  council_url: CouncilUrlSchema,
  contact_email: ContactEmailSchema,
};

export interface SetSettingOptions {
  /** Reads the logo file; the file system unless a caller (a web upload) has the bytes already. */
  readonly readFile?: (path: string) => Promise<Uint8Array>;
}

/**
 * Stores one of the council's settings after checking it: `logo` takes the path of a PNG, JPEG or
 * SVG file whose bytes are stored; the others take their text. A bad key or value is a
 * SETTING_INVALID error naming the key and what to enter, and nothing is stored.
 */
export async function setSetting(
  store: Store,
  key: string,
  value: string,
  options: SetSettingOptions = {},
): Promise<SettingEntry> {
  const checkedKey = settingKey(key);
  const stored = checkedKey === 'logo' ? await storedLogo(value, options) : checkedText(checkedKey, value);
  await store.transaction((repos) => repos.settings.set(checkedKey, stored));
  return describeSetting(checkedKey, stored);
}

function checkedText(key: Exclude<SettingKey, 'logo'>, value: string): string {
  const parsed = TEXT_SCHEMAS[key].safeParse(value);
  if (parsed.success) return parsed.data;
  throw new AppError('SETTING_INVALID', `${key}: ${parsed.error.issues[0]?.message ?? 'not a valid value'}`);
}

async function storedLogo(path: string, options: SetSettingOptions): Promise<string> {
  if (path.trim() === '')
    throw new AppError('SETTING_INVALID', 'logo: give the path of a PNG, JPEG or SVG file, for example ./logo.svg');
  let bytes: Uint8Array;
  try {
    bytes = await (options.readFile ?? fs.readFile)(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new AppError('SETTING_INVALID', `logo: ${path}: ${reason}`, { cause: error });
  }
  try {
    return logoToStoredValue(logoFromBytes(bytes));
  } catch (error) {
    throw new AppError('SETTING_INVALID', `logo: ${path}: ${(error as Error).message}`, { cause: error });
  }
}
