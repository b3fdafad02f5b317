// The words of event data, explained: types, forms, CAMEO codes, confidence, status, date bases.
import { h, label } from '../ui.js';
import { TYPES, FORMS, CAMEO, DATE_BASES, CONFIDENCE, STATUS } from '../glossary.js';

const list = (entries, show = (k) => k) => h('dl', { class: 'facts glossary' },
  entries.map(([k, v]) => [h('dt', { id: `g-${k}` }, show(k)), h('dd', {}, v)]));

export function render() {
  document.title = 'Glossary · amity';
  return [
    h('h1', {}, 'Glossary'),
    h('p', { class: 'lead' }, 'What the words on amity’s pages and in its exports mean. Hover over a badge or a form for the same text.'),
    h('section', { class: 'card', 'data-glossary': 'types' }, h('h2', {}, 'Event types (PLOVER)'),
      h('p', { class: 'muted small' }, 'PLOVER is the event ontology of the POLECAT data set; amity uses its coarse types.'),
      list(Object.entries(TYPES))),
    h('section', { class: 'card', 'data-glossary': 'forms' }, h('h2', {}, 'Forms'), list(Object.entries(FORMS), label)),
    h('section', { class: 'card', 'data-glossary': 'cameo' }, h('h2', {}, 'CAMEO codes'),
      h('p', { class: 'muted small' }, 'The event codes of GDELT and ICEWS, given so that their users can compare.'),
      list(Object.entries(CAMEO).sort())),
    h('section', { class: 'card', 'data-glossary': 'status' }, h('h2', {}, 'Status'), list(Object.entries(STATUS))),
    h('section', { class: 'card', 'data-glossary': 'confidence' }, h('h2', {}, 'Confidence'), h('p', {}, CONFIDENCE)),
    h('section', { class: 'card', 'data-glossary': 'dates' }, h('h2', {}, 'Where a date comes from'),
      h('p', { class: 'muted small' }, 'Dates keep their precision: 2025-04-14, 2025-04, 2025, or --04-14 when the year is not known.'),
      list(Object.entries(DATE_BASES).map(([k, v]) => [k, `Date from ${v}.`]))),
  ];
}
