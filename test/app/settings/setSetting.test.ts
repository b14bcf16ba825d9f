import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSettings } from '../../../src/app/settings/listSettings.js';
import { setSetting } from '../../../src/app/settings/setSetting.js';
import { unsetSetting } from '../../../src/app/settings/unsetSetting.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the council's settings`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
    });
    afterAll(async () => {
      await t?.drop();
    });

    it('should store checked values, replace them, and read them back for pages', async () => {
      await setSetting(t.store, 'council_name', 'Nottingham Council');
      await setSetting(t.store, 'council_name', ' Nottingham City Council ');
      await setSetting(t.store, 'council_url', 'https://www.nottinghamcity.gov.uk');
      await setSetting(t.store, 'contact_email', 'democratic.services@nottinghamcity.gov.uk');
      expect(await t.store.public.settings.council()).toEqual({
        councilName: 'Nottingham City Council',
        councilUrl: 'https://www.nottinghamcity.gov.uk/',
        contactEmail: 'democratic.services@nottinghamcity.gov.uk',
        logoMediaType: null,
      });
    });

    it('should store a logo file whole and describe it in the list, never print it', async () => {
      const entry = await setSetting(t.store, 'logo', 'test/fixtures/settings/logo.png');
      expect(entry.value).toBe('image/png, 1 KB');
      expect((await t.store.public.settings.logo())?.mediaType).toBe('image/png');
      expect((await t.store.public.settings.council()).logoMediaType).toBe('image/png');
      const list = await listSettings(t.store);
      expect(list.map((e) => [e.key, e.value])).toEqual([
        ['council_name', 'Nottingham City Council'],
        ['council_url', 'https://www.nottinghamcity.gov.uk/'],
        ['contact_email', 'democratic.services@nottinghamcity.gov.uk'],
        ['logo', 'image/png, 1 KB'],
      ]);
    });

    it('should refuse an unknown key or a bad value in one line naming the key, and store nothing', async () => {
      await expect(setSetting(t.store, 'council', 'x')).rejects.toThrow(
        'unknown setting "council"; the settings are council_name, council_url, contact_email, logo',
      );
      await expect(setSetting(t.store, 'council_url', 'nottinghamcity.gov.uk')).rejects.toMatchObject({
        code: 'SETTING_INVALID',
        exitCode: 2,
        message: expect.stringMatching(/^council_url: enter the full address/),
      });
      await expect(setSetting(t.store, 'contact_email', 'nobody')).rejects.toThrow(/^contact_email: /);
      await expect(setSetting(t.store, 'logo', 'test/fixtures/settings/missing.png')).rejects.toThrow(
        'logo: test/fixtures/settings/missing.png: no such file',
      );
      await expect(setSetting(t.store, 'logo', 'package.json')).rejects.toThrow(
        'logo: package.json: the logo must be a PNG, JPEG or SVG image',
      );
      const council = await t.store.public.settings.council();
      expect(council.councilUrl).toBe('https://www.nottinghamcity.gov.uk/');
      expect(council.logoMediaType).toBe('image/png');
    });

    it('should remove a setting, falling back to the default', async () => {
      expect(await unsetSetting(t.store, 'council_name')).toBe(true);
      expect(await unsetSetting(t.store, 'council_name')).toBe(false);
      expect(await t.store.public.settings.councilName()).toBe('Council');
    });
  });
}
