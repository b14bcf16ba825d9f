import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildAgendaPack, type AgendaPackRequest } from '../../../src/publish/documentPack/agendaPack.js';
import { makePdf } from '../../web/workspace/agendaFixtures.js';
import { writeTemp } from './pdfTools.js';

const fontsOf = (file: string): string => execFileSync('pdffonts', [file], { encoding: 'utf8' });
const frontText = (file: string): string =>
  execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });

async function request(council: string, body: string, fontDir?: string): Promise<AgendaPackRequest> {
  return {
    council,
    body,
    meeting: { date: '2027-03-18', time: '14:00', venue: 'Siambr y Cyngor, Tŷ Gwyn' },
    publishedOn: '2027-03-01',
    items: [
      { number: '1', title: 'Ymddiheuriadau', isExempt: false, exemptParagraph: null, papers: [] },
      {
        number: '2',
        title: 'Gŵyl Fwyd Llŷn',
        isExempt: false,
        exemptParagraph: null,
        papers: [{ title: 'Adroddiad yr Ŵyl', kind: 'report', pdf: await makePdf('Report body') }],
      },
    ],
    now: '2027-03-01T10:00:00Z',
    fontDir,
  };
}

describe('the front sheet in Welsh', () => {
  it('should draw ŵ and ŷ with an embedded DejaVu Sans, the characters intact for a reader', async () => {
    const pack = await buildAgendaPack(await request('Cyngor Sir Gâr', 'Pwyllgor Craffu Llŷn a’r Ŵyl'));
    const file = writeTemp(pack.pdf);
    const text = frontText(file);
    for (const words of [
      'Cyngor Sir Gâr',
      'Pwyllgor Craffu Llŷn a’r Ŵyl',
      'Gŵyl Fwyd Llŷn',
      'Adroddiad yr Ŵyl',
      'Tŷ Gwyn',
    ])
      expect(text).toContain(words);
    expect(fontsOf(file)).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/);
  });

  it('should keep to the standard fonts (nothing embedded) when they can draw every letter', async () => {
    const english = await buildAgendaPack({
      ...(await request('Harbourside Borough Council', 'Planning Committee')),
      meeting: { date: '2027-03-18', time: '14:00', venue: 'Council Chamber' },
      items: [{ number: '1', title: 'Apologies', isExempt: false, exemptParagraph: null, papers: [] }],
    });
    const englishFile = writeTemp(english.pdf);
    expect(fontsOf(englishFile)).not.toContain('DejaVu');
    expect(fontsOf(englishFile)).toContain('Helvetica');
  });

  it('should still make the pack without the font files, writing the nearest letter (ŵ as w)', async () => {
    const pack = await buildAgendaPack(await request('Cyngor Sir Gâr', 'Pwyllgor Craffu Llŷn', '/nonexistent/fonts'));
    const file = writeTemp(pack.pdf);
    expect(frontText(file)).toContain('Pwyllgor Craffu Llyn');
    expect(frontText(file)).toContain('Cyngor Sir Gâr');
    expect(fontsOf(file)).not.toContain('DejaVu');
  });
});

describe('the front sheet’s logo', () => {
  it('should draw the council’s PNG logo at the head of the front sheet', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const withLogo = { ...(await request('Harbourside Borough Council', 'Planning Committee')) };
    const pack = await buildAgendaPack({ ...withLogo, logo: { mediaType: 'image/png', bytes: new Uint8Array(png) } });
    const images = (file: string) =>
      execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images(writeTemp(pack.pdf)).filter((line) => /^\s*1\s+\d+\s+image\s/.test(line))).toHaveLength(1);
    expect(
      images(writeTemp((await buildAgendaPack(withLogo)).pdf)).filter((l) => /^\s*1\s+\d+\s+image\s/.test(l)),
    ).toHaveLength(0);
  });
});
