/* global document -- a script for the browser */
// The NHS frontend's components, started without an inline script (the pages' policy allows none).
import { initAll } from '/assets/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
