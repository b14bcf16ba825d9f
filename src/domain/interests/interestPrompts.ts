import type { InterestEntry } from './interestEntry.js';

/**
 * Words too common to suggest anything: English function words, the words every council agenda
 * and register is full of, and the parts of an address that name no place by themselves.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'the and for with from into onto that this these those there their them they its our your his her ' +
    'not but are was were has have had been being will shall may can any all each per via upon about ' +
    'over under between after before within without other others such than then also only new old ' +
    'council councils borough county district city town parish committee committees report reports ' +
    'meeting meetings minutes item items update updates review annual member members membership ' +
    'councillor councillors plan plans policy policies proposal proposals matter matters general ' +
    'ltd limited plc llp company group services service trust board local authority public ' +
    'director officer chair vice house flat street road lane avenue ward wards'
  ).split(/\s+/),
);

/** A word's singular, roughly: "schools" and "school", "ferries" and "ferry" meet. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The distinctive words of a text: each word's stem, with the word as first written (lower case). */
export function distinctiveWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const raw of text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)) {
    if (raw.length < 3 || /^\d+$/.test(raw) || COMMON_WORDS.has(raw)) continue;
    const key = stem(raw);
    if (!COMMON_WORDS.has(key) && !words.has(key)) words.set(key, raw);
  }
  return words;
}

/** A register entry that shares words with an agenda item: something the member might need to declare. */
export interface InterestPrompt {
  readonly itemId: string;
  readonly personId: string;
  readonly entryId: string;
  /** The shared words as the entry writes them, in its order, to show the clerk why. */
  readonly words: readonly string[];
}

export interface PromptItem {
  readonly id: string;
  readonly title: string;
  readonly description?: string | null;
}

/**
 * Register entries whose words appear in an item's title or description. A prompt for the clerk
 * to ask the member, never a declaration: only the member knows whether the item touches the
 * interest, and a register entry can matter to an item that shares no word with it.
 */
export function interestPrompts(
  items: readonly PromptItem[],
  entries: readonly Pick<InterestEntry, 'id' | 'personId' | 'description'>[],
): InterestPrompt[] {
  const prompts: InterestPrompt[] = [];
  const entryWords = entries.map((e) => ({ entry: e, words: [...distinctiveWords(e.description)] }));
  for (const item of items) {
    const itemWords = distinctiveWords(`${item.title} ${item.description ?? ''}`);
    for (const { entry, words } of entryWords) {
      const shared = words.filter(([key]) => itemWords.has(key)).map(([, word]) => word);
      if (shared.length > 0)
        prompts.push({ itemId: item.id, personId: entry.personId, entryId: entry.id, words: shared });
    }
  }
  return prompts;
}
