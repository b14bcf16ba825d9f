import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { singleItemStart } from '../../../src/ingest/minutes/singleItemPage.js';

describe('singleItemStart', () => {
  it('should read the title under the "Agenda item" label as the page\'s one item', () => {
    const start = singleItemStart(
      toLines('Agenda item\n\nApologies\n\nMinutes:\n\nApologies were received from Cllr A.'),
    );
    expect(start?.title).toBe('Apologies');
    expect(start?.number).toBe('');
  });

  it('should keep a number the title carries', () => {
    const start = singleItemStart(toLines('Agenda item\n\n12. Public Questions\n\nMinutes:\n\nThere were none.'));
    expect(start?.number).toBe('12');
    expect(start?.title).toBe('Public Questions');
  });

  it('should not take a sentence under the label for a title', () => {
    expect(
      singleItemStart(toLines('Agenda item\n\nTo confirm the minutes of the meeting held on 2 May.\n')),
    ).toBeNull();
  });

  it('should find nothing on a page without the label', () => {
    expect(singleItemStart(toLines('Minutes of the Parish Council\n\n1. Apologies\n\n2. Minutes'))).toBeNull();
  });
});
