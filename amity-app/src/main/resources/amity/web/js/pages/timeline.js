// Bilateral timeline: two countries or entities; events per month; the list with forms, actors,
// fields and source languages.
import { json, query, names, forms as formsByClass } from '../api.js';
import { h, eventTable, fieldLabel, monthOf, suggest, timelineHref, entityHref, label, languageName } from '../ui.js';
import { monthChart, mapChart, loadWorld } from '../charts.js';

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

/** Filters a timeline takes from its address; country is picked on the map. */
const FILTERS = ['class', 'form', 'field', 'lang', 'status', 'month', 'country'];

/**
 * Whether an event meets one filter (for the counts beside each choice; the server does the filtering).
 * classForms: the classes of contact event and their forms, from /api/forms.
 */
function matches(ev, key, value, classForms) {
  if (key === 'class') return (classForms[value] || []).includes(ev.form);
  if (key === 'form') return ev.form === value;
  if (key === 'lang') return (ev.sources || []).some((s) => s.lang === value);
  if (key === 'status') return ev.status === value;
  if (key === 'field') return (ev.fields || []).includes(value);
  return true;
}

export async function render(r, stale = () => false) {
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
  // The filters in the address; the server applies them (class, form, field, lang, status), the month is
  // picked on the page (the chart keeps every month) and kept in the address too.
  const filters = {};
  for (const k of FILTERS) if (r.params.get(k)) filters[k] = r.params.get(k);
  const onServer = { ...filters, month: null };
  const narrowed = Object.values(onServer).some(Boolean);
  const [t, base, formInfo, atlas] = await Promise.all([
    json('/api/timeline', { a, b, ...onServer, limit: 5000 }),
    narrowed ? json('/api/timeline', { a, b, limit: 5000 }) : null,
    formsByClass(),
    loadWorld(),
  ]);
  const classForms = formInfo.classes;
  const CLASSES = Object.keys(classForms);
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

  // The map: the same view (its filters and month) counted by country and place.
  const month0 = filters.month && counts.has(filters.month) ? filters.month : '';
  const mapOf = (month) => json('/api/map', { a, b, ...onServer, month: month || null });
  let mapData = await mapOf(month0);

  const every = base ? base.events : events;
  const go = (changes) => {
    const next = { ...filters, month: monthSelect.value || null, ...changes };
    for (const k of Object.keys(next)) if (!next[k]) delete next[k];
    location.hash = timelineHref(a, b, next);
  };
  const select = (key, title, values, show) => {
    const count = (v) => every.filter((ev) => matches(ev, key, v, classForms)).length;
    const s = h('select', { id: `filter-${key}`, 'data-filter': key },
      h('option', { value: '' }, 'all'),
      values.map((v) => h('option', { value: v, selected: filters[key] === v }, `${show(v)} (${count(v)})`)));
    s.addEventListener('change', () => go({ [key]: s.value }));
    return h('label', { class: 'filter', for: s.id }, title, s);
  };
  const langs = [...new Set(every.flatMap((ev) => (ev.sources || []).map((x) => x.lang)))].sort();
  const filterBar = h('div', { class: 'toolbar filters', role: 'group', 'aria-label': 'Filter the events' },
    select('class', 'Class', CLASSES.filter((c) => every.some((ev) => matches(ev, 'class', c, classForms)) || filters.class === c), label),
    select('form', 'Form', [...new Set(every.map((ev) => ev.form))].sort(), label),
    select('field', 'Field', [...new Set(every.flatMap((ev) => ev.fields || []))].sort(), fieldLabel),
    select('lang', 'Source language', langs, (l) => `${languageName(l)} (${l})`),
    select('status', 'Reported or planned', ['reported', 'planned'], (v) => v),
    filters.country ? h('span', { class: 'chip country-filter', 'data-country-filter': filters.country },
      'Country: ', (mapData.countries.find((c) => c.country === filters.country) || { name: filters.country }).name, ' ',
      h('a', { href: timelineHref(a, b, { ...filters, country: null }), title: 'Every country', 'aria-label': 'Show every country' }, '×')) : null,
    narrowed || filters.month ? h('a', { href: timelineHref(a, b), 'data-clear-filters': true }, 'Clear filters') : null);

  const exportLink = (format) => h('a', { class: 'button secondary', 'data-export': format, download: '', href: '#' }, `Export ${format.toUpperCase()}`);
  const exports = [exportLink('csv'), exportLink('json')];
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
    // The address and the export follow the month (replaceState: no new drawing, no new history step).
    const view = { ...filters, month: month || null };
    if (!stale()) history.replaceState(null, '', timelineHref(a, b, view));
    for (const x of exports) {
      x.href = '/api/export/events' + query({ a, b, ...view, names: names(), format: x.dataset.export });
    }
  };
  // Countries and places of the view, as lists (what the map shows, readable and clickable without it).
  const mapLists = h('div', { class: 'map-lists' });
  const drawLists = (d) => {
    const month = monthSelect.value || null;
    const nameOf = new Map(d.countries.map((c) => [c.country, c.name]));
    mapLists.replaceChildren(
      h('p', {}, h('strong', {}, 'Countries: '), d.countries.length ? h('span', { class: 'chips' }, d.countries.map((c) => h('a', {
        class: ['chip', filters.country === c.country && 'on'], href: timelineHref(a, b, { ...filters, month, country: c.country }),
        'data-country': c.country, 'data-events': c.events, 'aria-current': filters.country === c.country ? 'true' : null,
        title: `Only the events that involve ${c.name}`,
      }, `${c.name} ${c.events}`))) : 'none'),
      h('p', {}, h('strong', {}, 'Places: '), d.places.length ? h('span', { class: 'chips' }, d.places.map((p) => h('a', {
        class: 'chip', href: entityHref(p.entity), 'data-place': p.entity, 'data-events': p.events,
        title: p.country ? 'Drawn at the centre of its country: the store keeps no coordinates' : 'Not on the map: no country is known for it',
      }, `${p.name}${p.country && nameOf.get(p.country) && nameOf.get(p.country) !== p.name ? ` (${nameOf.get(p.country)})` : ''} ${p.events}`,
      p.country ? '' : ' (not on the map)'))) : 'none'));
  };
  let mapDraws = 0;
  let mapDrawn = null;
  const drawMap = (el) => {
    mapDrawn = el;
    el.setAttribute('aria-label', 'Events by country: ' + mapData.countries.map((c) => `${c.name} ${c.events}`).join(', '));
    mapChart(el, atlas, mapData, filters.country || null, (c) => go({ country: c === filters.country ? null : c }));
  };
  const refreshMap = async (month) => {
    const n = ++mapDraws;
    const d = await mapOf(month);
    if (n !== mapDraws || stale()) return;
    mapData = d;
    drawLists(d);
    if (mapDrawn && mapDrawn.isConnected) drawMap(mapDrawn);
  };
  const pickMonth = (month) => {
    filter(month);
    refreshMap(month);
  };
  monthSelect.addEventListener('change', () => pickMonth(monthSelect.value));
  filter(month0);
  drawLists(mapData);
  pending = { counts, filter: pickMonth, drawMap: atlas ? drawMap : null };

  return [
    h('h1', { 'data-timeline-title': true }, title),
    h('p', { class: 'lead', 'data-total': t.total }, `${t.total} event${t.total === 1 ? '' : 's'}`, narrowed ? ` of ${every.length}` : '',
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
    h('section', { class: 'card', 'aria-labelledby': 'map-h' },
      h('h2', { id: 'map-h' }, 'Where'),
      h('p', { class: 'muted small' }, 'Countries shaded by the events of this view that involve them; click one to show only its events. '
        + 'Points are the places events took place at, drawn at the centre of their country (the store keeps no coordinates).'),
      atlas ? h('div', { id: 'event-map', class: 'chart map', role: 'img' })
        : h('p', { class: 'muted' }, 'The world map is not in this build (npm could not fetch it when amity was built); the counts are below.'),
      mapLists),
    h('section', { 'aria-labelledby': 'list-h' },
      h('h2', { id: 'list-h' }, 'Events'),
      filterBar,
      h('div', { class: 'toolbar' }, monthSelect, h('button', { type: 'button', class: 'secondary', onclick: () => pickMonth('') }, 'Show all'), shown,
        h('span', { class: 'exports' }, exports)),
      events.length ? table : h('p', {}, narrowed ? 'No events meet these filters.' : 'No events between these two.')),
  ];
}

export function after(view) {
  if (!pending) return;
  const el = view.querySelector('#month-chart');
  if (el && pending.counts.size) monthChart(el, pending.counts, pending.filter);
  else if (el) el.replaceWith(h('p', { class: 'muted' }, 'No dated events to chart.'));
  const map = view.querySelector('#event-map');
  if (map && pending.drawMap) pending.drawMap(map);
  pending = null;
}
