import { AppError } from '../../domain/errors.js';
import { SETTING_KEYS, type SettingKey } from '../../domain/councilSettings.js';

/** Checks a key given by a person: an unknown one names the keys there are. */
export function settingKey(key: string): SettingKey {
  if ((SETTING_KEYS as readonly string[]).includes(key)) return key as SettingKey;
  throw new AppError('SETTING_INVALID', `unknown setting "${key}"; the settings are ${SETTING_KEYS.join(', ')}`);
}
