import { describe, expect, it } from 'vitest';
import { onlyGeneralWords } from '../../../src/ingest/minutes/generalWords.js';
import { looksLikeName } from '../../../src/ingest/minutes/names.js';

describe('onlyGeneralWords', () => {
  it('finds posts, departments and section words read where a name would be', () => {
    for (const text of ['Planning', 'Public Works', 'Vice President', 'Interim Deputy Treasurer', 'Apology'])
      expect(onlyGeneralWords(text.split(' '), false)).toBe(true);
  });

  it('leaves names, and surnames that are ordinary words, alone', () => {
    for (const text of ['Fleet', 'Parks', 'Jane Planning', 'Price'])
      expect(onlyGeneralWords(text.split(' '), false)).toBe(false);
    // After an honorific only words no surname takes count.
    expect(onlyGeneralWords(['Health'], true)).toBe(false);
    expect(onlyGeneralWords(['Report'], true)).toBe(true);
  });
});

describe('looksLikeName with general words', () => {
  it('refuses titles and headings, keeps a councillor whose surname is a word', () => {
    expect(looksLikeName('Engineering')).toBe(false);
    expect(looksLikeName('Vice President')).toBe(false);
    expect(looksLikeName('Borough Councillor Report')).toBe(false);
    expect(looksLikeName('Councillor Health')).toBe(true);
    expect(looksLikeName('Unitary Cllr J Davies')).toBe(true);
    expect(looksLikeName('Fleet')).toBe(true);
  });
});
