// Bilateral timeline: two countries or entities; events per month; the list with forms, actors,
// fields and source languages.
import { json } from '../api.js';
import { h, eventTable, fieldLabel, monthOf, suggest, timelineHref, label } from '../ui.js';
import { monthChart } from '../charts.js';

let formCount = 0;

/** The form that opens a timeline: two names in any language or script. */
export function pairForm(a, b) {
  const n = ++formCount;
  const fetchEntities = (q) => json('/api/entities', { q, limit: 8 });
  const ia = h('input', { id: `pair-a-${n}`, name: 'a', type: 'text', value: a || '', required: true, autocomplete: 'off', 'data-pair-input': 'a' });
  const ib = h('input', { id: `pair-b-${n}`, name: 'b', type: 'text', value: b || '', autocomplete: 'off', 'data-pair-input': 'b' });
  const form = h('form', { class: 'pair-form', 'aria-label': 'Open a timeline' },
    h('label', { for: ia.id }, 'Country or entity', ia),
    h('button', {
      type: 'button', class: 'secondary', title: 'Swap the two', 'aria-label': 'Swap the two',
      onclick: () => { [ia.value, ib.value] = [ib.value, ia.value]; },
    }, '⇄'),
    h('label', { for: ib.id }, 'and (optional)', ib),
    h('button', { type: 'submit' }, 'Open timeline'),
    suggest(ia, `pair-a-list-${n}`, fetchEntities),
    suggest(ib, `pair-b-list-${n}`, fetchEntities));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!ia.value.trim()) return;
    location.hash = timelineHref(ia.value.trim(), ib.value.trim() || null);
  });
  return form;
}

let pending = null;

export async function render(r) {
  const a = r.params.get('a');
  const b = r.params.get('b');
  if (!a) {
    document.title = 'Timeline · amity';
    pending = null;
    return [
      h('h1', {}, 'Timeline'),
      h('p', { class: 'lead' }, 'Choose two countries or entities, in any language or script (Việt Nam, 古巴, VN, Tô Lâm, 苏林).'),
      pairForm('', ''),
    ];
  }
  const t = await json('/api/timeline', { a, b, limit: 5000 });
  const title = t.b ? `${t.a.name || t.a.label} – ${t.b.name || t.b.label}` : (t.a.name || t.a.label);
  document.title = `${title} · amity`;
  const events = t.events;
  const counts = new Map();
  for (const ev of events) {
    const m = monthOf(ev);
    if (!m) continue;
    if (!counts.has(m)) counts.set(m, new Map());
    counts.get(m).set(ev.type, (counts.get(m).get(ev.type) || 0) + 1);
  }
  const unmonthed = events.filter((ev) => !monthOf(ev)).length;
  const fields = new Map();
  for (const ev of events) for (const f of ev.fields) fields.set(f, (fields.get(f) || 0) + 1);
  const forms = new Map();
  for (const ev of events) forms.set(ev.form, (forms.get(ev.form) || 0) + 1);

  const monthSelect = h('select', { id: 'month-filter', 'aria-label': 'Show the events of one month' },
    h('option', { value: '' }, `All months (${events.length} events)`),
    [...counts.keys()].sort().map((m) => h('option', { value: m }, `${m} (${[...counts.get(m).values()].reduce((x, y) => x + y, 0)})`)));
  const table = eventTable(events, `Events between ${title}`);
  const shown = h('span', { class: 'muted small', 'aria-live': 'polite' });
  const filter = (month) => {
    monthSelect.value = month || '';
    let n = 0;
    table.querySelectorAll('tbody tr').forEach((tr) => {
      const on = !month || tr.dataset.month === month;
      tr.hidden = !on;
      if (on) n++;
    });
    shown.textContent = month ? `${n} event${n === 1 ? '' : 's'} in ${month}` : `${n} events`;
  };
  monthSelect.addEventListener('change', () => filter(monthSelect.value));
  pending = { counts, filter };
  filter('');

  return [
    h('h1', { 'data-timeline-title': true }, title),
    h('p', { class: 'lead' }, `${t.total} event${t.total === 1 ? '' : 's'}`,
      t.total > events.length ? ` (the first ${events.length} shown)` : '',
      ' · forms: ', [...forms.entries()].sort((x, y) => y[1] - x[1]).map(([f, n]) => `${label(f)} ${n}`).join(', ')),
    h('details', {}, h('summary', {}, 'Choose other countries or entities'), pairForm(t.a.label, t.b ? t.b.label : '')),
    h('section', { class: 'card', 'aria-labelledby': 'chart-h' },
      h('h2', { id: 'chart-h' }, 'Events per month'),
      h('div', { id: 'month-chart', class: 'chart', role: 'img',
        'aria-label': `Events per month between ${title}: ` + [...counts.keys()].sort().map((m) => `${m}: ${[...counts.get(m).values()].reduce((x, y) => x + y, 0)}`).join(', ') }),
      unmonthed ? h('p', { class: 'muted small' }, `${unmonthed} event${unmonthed === 1 ? ' has' : 's have'} no month (a year only, or no date) and ${unmonthed === 1 ? 'is' : 'are'} listed below but not charted.`) : null,
      fields.size ? h('p', {}, h('strong', {}, 'Fields: '), h('span', { class: 'chips' },
        [...fields.entries()].sort((x, y) => y[1] - x[1]).map(([f, n]) => h('span', { class: 'chip' }, `${fieldLabel(f)} ${n}`)))) : null),
    h('section', { 'aria-labelledby': 'list-h' },
      h('h2', { id: 'list-h' }, 'Events'),
      h('div', { class: 'toolbar' }, monthSelect, h('button', { type: 'button', class: 'secondary', onclick: () => filter('') }, 'Show all'), shown),
      events.length ? table : h('p', {}, 'No events between these two.')),
  ];
}

export function after(view) {
  if (!pending) return;
  const el = view.querySelector('#month-chart');
  if (el && pending.counts.size) monthChart(el, pending.counts, pending.filter);
  else if (el) el.replaceWith(h('p', { class: 'muted' }, 'No dated events to chart.'));
  pending = null;
}
