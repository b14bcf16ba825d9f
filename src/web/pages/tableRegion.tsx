import type { Child } from 'hono/jsx';
import type { Html } from './html.js';

/**
 * Holds a table that may be wider than a phone's screen: the table scrolls inside this region
 * and the page never scrolls sideways (WCAG 1.4.10 Reflow). The region is focusable and named
 * so that a keyboard user can scroll it and a screen reader says what it holds.
 */
export function TableRegion({ label, children }: { label: string; children: Child }): Html {
  return (
    <div class="quorum-table-region" role="region" aria-label={label} tabindex={0}>
      {children}
    </div>
  );
}
