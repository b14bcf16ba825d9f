import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/ingest/minutes/frontMatter.js';
import { readHeader } from '../../../src/ingest/minutes/header.js';
import { toLines } from '../../../src/ingest/minutes/lines.js';

const POST = [
  '---',
  'title: "WESTLEIGH PARISH COUNCIL  Draft Minutes of the Ordinary Meeting held on Tuesday 3rd March 2020 at 7.15pm in Westleigh Reading Room"',
  'date: "2020-04-20"',
  'categories:',
  '  - "parish-councils"',
  '---',
  '',
  'Present: Cllr Ann Porter (Chair) Cllr Ben Ruddock',
].join('\n');

describe('readFrontMatter', () => {
  it('should keep the title as a line of its own and set the post date aside', () => {
    const matter = readFrontMatter(toLines(POST));
    expect(matter.lines[0]!.text).toMatch(/^WESTLEIGH PARISH COUNCIL Draft Minutes/);
    expect(matter.lines.some((l) => /^date:|^categories:|parish-councils/.test(l.text))).toBe(false);
    expect(matter.date?.text).toBe('2020-04-20');
  });

  it('should leave a document without front matter as it is', () => {
    const lines = toLines('Minutes of the meeting\ntitle: not front matter');
    expect(readFrontMatter(lines)).toEqual({ lines, date: null });
  });
});

describe('readHeader with front matter', () => {
  it('should read the body, date, time and place from the title and not the post date', () => {
    const h = readHeader(toLines(POST));
    expect({ body: h.body?.value, date: h.date?.value, time: h.time?.value, venue: h.venue?.value }).toEqual({
      body: 'Westleigh Parish Council',
      date: '2020-03-03',
      time: '19:15',
      venue: 'Westleigh Reading Room',
    });
  });

  it('should fall back on the post date only when the minutes give none', () => {
    const h = readHeader(toLines('---\ntitle: "Parish Council notes"\ndate: "2019-02-11"\n---\n\nPresent: Cllr A Bee'));
    expect(h.date?.value).toBe('2019-02-11');
  });
});

describe('front matter whose fences the reader dropped', () => {
  it('should be read as metadata when three lower-case keys open the page, so its "body:" is no heading', () => {
    const lines = toLines(
      [
        'SOURCE: a repository file',
        '---',
        'entity: larkin_county',
        'body: Board of Commissioners',
        'meeting_type: regular',
        '---',
        'MINUTES',
        'OF THE BOARD OF COMMISSIONERS OF LARKIN COUNTY',
        'Tuesday, February 14, 2017 - 9:00 AM',
      ].join('\n'),
    );
    expect(readFrontMatter(lines).lines.map((l) => l.text)).toEqual([
      'SOURCE: a repository file',
      'MINUTES',
      'OF THE BOARD OF COMMISSIONERS OF LARKIN COUNTY',
      'Tuesday, February 14, 2017 - 9:00 AM',
    ]);
    expect(readHeader(lines).body?.value).not.toBe('Board of Commissioners');
  });

  it('should leave a minutes page whose own labels are capitalised', () => {
    const lines = toLines(['SOURCE: a page', 'Date: 3 June 2020', 'Present: Cllr A Bell'].join('\n'));
    expect(readFrontMatter(lines).lines).toHaveLength(3);
  });
});
