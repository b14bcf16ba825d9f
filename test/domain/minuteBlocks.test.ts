import { describe, expect, it } from 'vitest';
import { layOutMinutes, minuteParagraphs } from '../../src/domain/minuteBlocks.js';

const MINUTES = [
  'Ruth Calloway presented the report. She highlighted the following information:',
  'a) 1,240 homes were inspected;',
  '- the average time to begin repairs has fallen after a',
  "surveyor's visit;",
  'I) tenants are offered a dehumidifier.',
  'In response to questions the following points were made:',
  'g) ventilation works are prioritised;',
  'Resolved to:',
  '1. Request the first-time fix rate;',
  '2. Recommend that the Executive funds two more surveyors.',
  'The Chair thanked the officers.',
].join('\n');

describe(layOutMinutes.name, () => {
  it('should keep every paragraph in order, joining only lines a PDF wrapped', () => {
    expect(minuteParagraphs(MINUTES).map((p) => p.text)).toEqual([
      'Ruth Calloway presented the report. She highlighted the following information:',
      'a) 1,240 homes were inspected;',
      "- the average time to begin repairs has fallen after a surveyor's visit;",
      'I) tenants are offered a dehumidifier.',
      'In response to questions the following points were made:',
      'g) ventilation works are prioritised;',
      'Resolved to:',
      '1. Request the first-time fix rate;',
      '2. Recommend that the Executive funds two more surveyors.',
      'The Chair thanked the officers.',
    ]);
    expect(minuteParagraphs(MINUTES).map((p) => p.listed)).toEqual([
      false,
      true,
      true,
      true,
      false,
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  it('should place each resolution at its paragraphs, with its lead-in, and show it once', () => {
    const resolutions = [
      { id: 'r1', text: 'Request the first-time fix rate;' },
      { id: 'r2', text: 'Recommend that the Executive funds two more surveyors.' },
    ];
    const layout = layOutMinutes(MINUTES, [], resolutions);
    expect(layout.blocks.map((b) => [b.kind, b.paragraphs.length])).toEqual([
      ['text', 6],
      ['resolved', 3],
      ['text', 1],
    ]);
    const resolved = layout.blocks[1]!.paragraphs;
    expect(resolved.map((p) => p.resolutionsEndingHere.map((r) => r.id))).toEqual([[], ['r1'], ['r2']]);
    expect(layout.otherResolutions).toEqual([]);
    expect(layout.blocks.flatMap((b) => b.paragraphs).map((p) => p.text)).toEqual(
      minuteParagraphs(MINUTES).map((p) => p.text),
    );
  });

  it('should place several resolutions made in one paragraph, and one resolution over several', () => {
    const text = 'RESOLVED 1) to approve the plan; 2) to note the risks.\nRESOLVED that the report be\nnoted.';
    const layout = layOutMinutes(
      text,
      [],
      [{ text: 'to approve the plan' }, { text: 'to note the risks.' }, { text: 'that the report be noted.' }],
    );
    expect(layout.blocks).toHaveLength(1);
    expect(layout.blocks[0]!.paragraphs.map((p) => p.resolutionsEndingHere.length)).toEqual([2, 1]);
  });

  it('should give points and resolutions the text does not hold after it', () => {
    const layout = layOutMinutes(
      'The Director presented the report on sea wall repairs.',
      [
        { label: 'a', text: 'Repairs to the Northgate sea wall are on schedule.' },
        { label: 'b', text: 'The Director presented the report' },
      ],
      [{ text: 'to publish a flood risk map' }],
    );
    expect(layout.otherPoints.map((p) => p.label)).toEqual(['a']);
    expect(layout.otherResolutions).toHaveLength(1);
    expect(layOutMinutes(null, [{ text: 'x' }], []).otherPoints).toHaveLength(1);
  });
});
