import type { Store } from '../../store/store.js';
import { settingKey } from './settingKey.js';

/** Removes one setting, so pages fall back to the default (the council name) or leave it out; true if it was set. */
export async function unsetSetting(store: Store, key: string): Promise<boolean> {
  const checkedKey = settingKey(key);
  return store.transaction((repos) => repos.settings.unset(checkedKey));
}
