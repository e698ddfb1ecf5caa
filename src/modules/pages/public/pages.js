/* global document -- a script for the browser */
// The NHS frontend's components, started without an inline script (the pages' policy allows none).
import { initAll } from '/assets/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();

// The return form: the ratio, band, gap and warnings of the figures as they are typed, checked by
// the service itself (a dry run: nothing is stored).
const form = document.getElementById('return-form');
if (form) {
  const bands = { meets_target: ['Meets target', 'green'], short_of_target: ['Short of target', 'yellow'], flagged: ['Flagged', 'red'] };
  const ratio = document.getElementById('preview-ratio');
  const band = document.getElementById('preview-band');
  const gap = document.getElementById('preview-gap');
  const warnings = document.getElementById('preview-warnings');
  let timer;
  let asked = 0;
  const refresh = async () => {
    const question = (asked += 1);
    const response = await fetch(`${form.getAttribute('action')}/preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
    });
    if (question !== asked) return; // a later answer is on its way
    const answer = await response.json();
    if (answer.errors || answer.detail) {
      ratio.textContent = '–';
      band.textContent = '';
      gap.textContent = answer.errors?.map((e) => `${e.field}: ${e.message}`).join('; ') || answer.detail;
      warnings.replaceChildren();
      return;
    }
    ratio.textContent = answer.ratioDisplay;
    const [text, colour] = bands[answer.band] ?? ['No policy', 'grey'];
    const tag = document.createElement('strong');
    tag.className = `nhsuk-tag nhsuk-tag--${colour}`;
    tag.textContent = text;
    band.replaceChildren(tag);
    gap.textContent = answer.gapWte === null ? '' : `Qualified WTE still needed: ${answer.gapWte.toFixed(2)}`;
    warnings.replaceChildren(...answer.warnings.map((w) => Object.assign(document.createElement('li'), { textContent: w.message })));
  };
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  });
}
