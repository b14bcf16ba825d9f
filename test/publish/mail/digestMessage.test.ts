import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { FollowUps } from '../../../src/domain/digest/followUp.js';
import type { IsoDate } from '../../../src/domain/isoDateType.js';
import { composeDigestMessage } from '../../../src/publish/mail/digestMessage.js';

const d = (s: string): IsoDate => s as IsoDate;

const FOLLOW_UPS: FollowUps = {
  today: d('2026-04-01'),
  overdueResponses: [
    {
      recommendationId: 'r1',
      text: 'Ask Cyngor Gwynedd about the ŵyn & ŷd scheme <img src=x onerror=alert(1)>',
      decisionMaker: 'Cabinet "Member" for Place',
      responseDueOn: d('2026-03-20'),
      status: 'sent',
      lastRespondedOn: null,
      meetingId: 'meeting/1?x=<y>',
      meetingDate: d('2026-01-20'),
      bodyId: 'b',
      bodyName: 'Pwyllgor Craffu',
      itemTitle: 'Ffermio',
      isExempt: false,
    },
  ],
  responsesDueSoon: [],
  overdueActions: [],
};

describe('composeDigestMessage', () => {
  it('should encode a non-ASCII subject and names per RFC 2047, and escape text and links in the HTML part', async () => {
    const message = await composeDigestMessage({
      followUps: FOLLOW_UPS,
      councilName: 'Cyngor Sir Ynys Môn – Isle of Anglesey County Council',
      baseUrl: 'https://democracy.example',
      from: 'Gwasanaethau Democrataidd <democracy@council.example>',
      to: 'clerk@council.example',
      messageId: '<digest-2026-W14-a@democracy.example>',
      date: new Date('2026-04-01T07:00:00Z'),
    });
    const raw = message.raw.toString('ascii');
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(raw).toMatch(/^Date: Wed, 01 Apr 2026 07:00:00 \+0000/m);
    const mail = await simpleParser(message.raw);
    expect(mail.subject).toBe('Cyngor Sir Ynys Môn – Isle of Anglesey County Council: 1 overdue response');
    expect(mail.from?.value[0]).toEqual({ address: 'democracy@council.example', name: 'Gwasanaethau Democrataidd' });
    expect(mail.text).toContain('ŵyn & ŷd scheme <img src=x onerror=alert(1)>');
    const html = mail.html as string;
    expect(html).toContain('ŵyn &amp; ŷd scheme &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    // The meeting id is a path segment, encoded; the attribute is quoted and escaped.
    expect(html).toContain('href="https://democracy.example/workspace/meetings/meeting%2F1%3Fx%3D%3Cy%3E"');
    expect(mail.text).toContain('to Cabinet "Member" for Place; response was due 20 March 2026');
  });
});
