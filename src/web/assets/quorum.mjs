// Progressive enhancement only: every page works without this file.
// GOV.UK Frontend components look for this class before they enhance themselves.
import { initAll } from '/assets/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
