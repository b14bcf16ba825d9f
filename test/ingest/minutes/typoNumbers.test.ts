import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/ingest/minutes/parseText.js';

function numbersOf(text: string): (string | null)[] {
  return parseText(text).meetings[0]!.items.map((i) => i.number);
}

const HEAD = 'Minutes of the Meeting of Lowmere Parish Council held on 11 May 2022\nPresent: Cllr A, Cllr B\n';

describe('a number typed with another meeting prefix', () => {
  it('fills the one gap in the run with the number whose value it wants', () => {
    const text = `${HEAD}22.05.1 Apologies\nNone.\n22.05.2 Interests\nNone.\n22.03.3 Minutes\nApproved.\n22.05.4 Finance\nNoted.\n`;
    expect(numbersOf(text)).toEqual(['22.05.1', '22.05.2', '22.03.3', '22.05.4']);
  });

  it('takes no number of another shape or with a value that does not fit the gap', () => {
    const text = `${HEAD}22.05.1 Apologies\nNone.\n22.05.2 Interests\nSee 21.3 Minutes of last year.\n22.03.7 Minutes\nApproved.\n22.05.4 Finance\nNoted.\n`;
    expect(numbersOf(text)).toEqual(['22.05.1', '22.05.2', '22.05.4']);
  });
});
