import { MARK_END, MARK_START } from '../../store/public/publicSearch.js';
import type { Html } from '../pages/html.js';

/** A search snippet with the matched words in <mark>; every piece of text is escaped by JSX. */
export function MarkedText({ text }: { text: string }): Html {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  let current = '';
  for (const ch of text) {
    if (ch === MARK_START || ch === MARK_END) {
      if (current) parts.push({ text: current, marked });
      current = '';
      marked = ch === MARK_START;
    } else current += ch;
  }
  if (current) parts.push({ text: current, marked });
  return <>{parts.map((p) => (p.marked ? <mark>{p.text}</mark> : p.text))}</>;
}
