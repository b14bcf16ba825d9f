import type { Command } from 'commander';
import { listSettings } from '../../app/settings/listSettings.js';
import { setSetting } from '../../app/settings/setSetting.js';
import { unsetSetting } from '../../app/settings/unsetSetting.js';
import { SETTING_KEYS } from '../../domain/councilSettings.js';
import { withStore } from '../withStore.js';

const KEYS_HELP = `keys: council_name (the council's name, shown on every page and in feeds), council_url (its website,
https://...), contact_email (where people write about the site), logo (path of a PNG, JPEG or SVG file, up to 100 KB)`;

export function registerSettings(program: Command): void {
  const settings = program
    .command('settings')
    .description("the council's settings: its name, website, contact email and logo")
    .addHelpText('after', `\n${KEYS_HELP}`);
  settings
    .command('set')
    .description('set one setting; the value is checked and nothing is stored if it is wrong')
    .argument('<key>', SETTING_KEYS.join(' | '))
    .argument('<value>', 'the value; for logo, the path of the image file')
    .addHelpText('after', `\n${KEYS_HELP}`)
    .action(async (key: string, value: string) => {
      await withStore({}, async (store) => {
        const entry = await setSetting(store, key, value);
        console.log(`${entry.key} = ${entry.value ?? ''}`);
      });
    });
  settings
    .command('unset')
    .description('remove one setting (pages fall back to the default)')
    .argument('<key>', SETTING_KEYS.join(' | '))
    .action(async (key: string) => {
      await withStore({}, async (store) => {
        console.log((await unsetSetting(store, key)) ? `${key} removed.` : `${key} was not set.`);
      });
    });
  settings
    .command('list')
    .description('print every setting, set or not')
    .option('--json', 'print as JSON: {"key": value or null}')
    .action(async (options: { json?: boolean }) => {
      await withStore({}, async (store) => {
        const entries = await listSettings(store);
        if (options.json) {
          console.log(JSON.stringify(Object.fromEntries(entries.map((e) => [e.key, e.value])), null, 2));
          return;
        }
        const width = Math.max(...entries.map((e) => e.key.length));
        for (const e of entries)
          console.log(
            `${e.key.padEnd(width)}  ${e.value ?? `(not set${e.fallback ? `; pages say "${e.fallback}"` : ''})`}`,
          );
      });
    });
}
