// Progressive enhancement only: every page works without this file.
// GOV.UK Frontend components look for this class before they enhance themselves.
import { initAll } from '/assets/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// The agenda's items can be dragged into order; the script is fetched only on that page.
const agendaItems = document.querySelector('table[data-reorder-action]');
if (agendaItems instanceof HTMLTableElement)
  import('/assets/agendaOrder.mjs').then((m) => m.enhanceAgendaOrder(agendaItems));
