import {
  DEFAULT_COUNCIL_NAME,
  SETTING_KEYS,
  logoFromStoredValue,
  type SettingKey,
} from '../../domain/councilSettings.js';
import type { Store } from '../../store/store.js';

/** One setting as people read it: the logo is described (media type and size), never printed. */
export interface SettingEntry {
  readonly key: SettingKey;
  /** The stored text, or a description of the logo; null when not set. */
  readonly value: string | null;
  /** What pages use when the setting is not set. */
  readonly fallback: string | null;
}

const FALLBACKS: Readonly<Record<SettingKey, string | null>> = {
  council_name: DEFAULT_COUNCIL_NAME,
  council_url: null,
  contact_email: null,
  logo: null,
};

export function describeSetting(key: SettingKey, stored: string | undefined): SettingEntry {
  if (stored === undefined) return { key, value: null, fallback: FALLBACKS[key] };
  if (key !== 'logo') return { key, value: stored, fallback: FALLBACKS[key] };
  const logo = logoFromStoredValue(stored);
  const value = logo ? `${logo.mediaType}, ${Math.max(1, Math.round(logo.bytes.length / 1024))} KB` : 'unreadable';
  return { key, value, fallback: null };
}

/** Every setting, in the order of SETTING_KEYS, set or not. */
export async function listSettings(store: Store): Promise<SettingEntry[]> {
  const stored = await store.repos.settings.all();
  return SETTING_KEYS.map((key) => describeSetting(key, stored[key]));
}
