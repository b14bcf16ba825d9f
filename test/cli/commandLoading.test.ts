import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';

describe('loading only the command that runs', () => {
  it('should list every command when none is named, each once', async () => {
    const names = (await buildProgram()).commands.map((c) => c.name());
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['migrate', 'import', 'parse', 'serve', 'backup', 'restore']));
    expect(names.length).toBeGreaterThanOrEqual(17);
  });

  it('should register each named command from its own module, and nothing the other commands need', async () => {
    const all = (await buildProgram()).commands.map((c) => c.name());
    for (const name of all) {
      const names = (await buildProgram(name)).commands.map((c) => c.name());
      expect(names).toContain(name);
      // One module may hold a pair (backup and restore), never the whole CLI.
      expect(names.length).toBeLessThanOrEqual(2);
    }
  });

  it('should fall back to every command for a name it does not know, so that help can suggest one', async () => {
    expect((await buildProgram('importt')).commands.length).toBe((await buildProgram()).commands.length);
  });
});
