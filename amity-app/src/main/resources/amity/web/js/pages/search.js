// Search with facets: language, country, form, field, date (year, or from/to).
import { get, json, query } from '../api.js';
import {
  h, langBadge, languageName, countryName, label, basename, docHref, searchHref, markQuery, storyTitle, entityLink,
} from '../ui.js';

const PAGE = 20;
/** Facets shown, the parameter each sets, and how its values read. */
const FACETS = [
  { key: 'lang', title: 'Language', param: 'lang', show: (v) => `${languageName(v)} (${v})` },
  { key: 'country', title: 'Country', param: 'country', show: (v) => `${countryName(v)} (${v})` },
  { key: 'form', title: 'Form', param: 'type', show: label },
  { key: 'field', title: 'Field', param: 'field', show: label },
  { key: 'year', title: 'Year', param: 'year', show: (v) => v },
];
const PARAMS = ['q', 'lang', 'country', 'type', 'field', 'from', 'to', 'entity'];

export async function render(r) {
  const p = {};
  for (const k of PARAMS) if (r.params.get(k)) p[k] = r.params.get(k);
  const offset = Math.max(0, Number(r.params.get('offset')) || 0);
  const year = p.from && p.from === p.to && /^\d{4}$/.test(p.from) ? p.from : null;
  const filtered = Object.keys(p).length > 0;
  document.title = (p.q ? `${p.q} · ` : '') + 'Search · amity';

  const [facets, hits, lookup] = await Promise.all([
    json('/api/search/facets', { ...p, top: 15 }),
    filtered ? get('/api/search', { ...p, limit: PAGE, offset }) : Promise.resolve(null),
    p.q && !offset ? json('/api/lookup', { q: p.q, limit: 8 }) : Promise.resolve(null),
  ]);

  const go = (changes) => {
    const next = { ...p, ...changes };
    for (const k of Object.keys(next)) if (next[k] === null || next[k] === '') delete next[k];
    location.hash = searchHref(next);
  };

  const qInput = h('input', { id: 'search-q', name: 'q', type: 'search', value: p.q || '', placeholder: 'Words, a name in any script, a topic in any language',
    'aria-label': 'Search words', 'data-autofocus': !filtered });
  const fromInput = h('input', { id: 'search-from', name: 'from', type: 'text', class: 'date', value: p.from || '', placeholder: '2024 or 2024-05', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const toInput = h('input', { id: 'search-to', name: 'to', type: 'text', class: 'date', value: p.to || '', placeholder: '2025-12', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const form = h('form', { class: 'search-form', role: 'search' },
    h('label', { for: 'search-q', class: 'visually-hidden' }, 'Search'),
    qInput,
    h('label', { for: 'search-from' }, 'From', fromInput),
    h('label', { for: 'search-to' }, 'To', toInput),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go({ q: qInput.value.trim(), from: fromInput.value.trim(), to: toInput.value.trim() });
  });

  const active = [];
  for (const [k, v] of Object.entries(p)) {
    if (k === 'q' || ((k === 'from' || k === 'to') && year)) continue;
    const f = FACETS.find((x) => x.param === k);
    active.push(h('button', { type: 'button', class: 'secondary', 'data-remove': k, 'aria-label': `Remove filter ${k} ${v}`, onclick: () => go({ [k]: null }) },
      `${f ? f.title : k}: ${f ? f.show(v) : v} ✕`));
  }
  if (year) active.push(h('button', { type: 'button', class: 'secondary', 'data-remove': 'year', onclick: () => go({ from: null, to: null }) }, `Year: ${year} ✕`));

  const facetBlocks = FACETS.map((f) => {
    const values = Object.entries(facets.facets[f.key] || {});
    if (f.key === 'year') values.sort((a, b) => b[0].localeCompare(a[0]));
    if (!values.length) return null;
    const current = f.key === 'year' ? year : p[f.param];
    return h('section', { class: 'facet', 'data-facet': f.key, 'aria-labelledby': `facet-${f.key}` },
      h('h3', { id: `facet-${f.key}` }, f.title),
      h('ul', {}, values.map(([v, n]) => {
        const on = current === v;
        const change = f.key === 'year' ? (on ? { from: null, to: null } : { from: v, to: v }) : { [f.param]: on ? null : v };
        return h('li', {}, h('button', { type: 'button', 'aria-pressed': on ? 'true' : 'false', 'data-value': v, onclick: () => go({ ...change }) },
          h('span', {}, f.show(v)), h('span', { class: 'n' }, n)));
      })));
  });

  let results;
  if (!hits) {
    results = h('div', {},
      h('p', { class: 'lead' }, `${facets.hits} stories in the store. Type words, a name in any script (迪亚斯-卡内尔, To Lam) or a topic in any language (vắc xin, vacuna), or choose a filter.`));
  } else {
    const total = hits.total;
    const list = hits.body;
    results = h('div', {},
      h('div', { class: 'toolbar' },
        h('p', { class: 'lead', 'data-hits': total }, `${total} stor${total === 1 ? 'y' : 'ies'}`, total > PAGE ? ` · ${offset + 1}–${Math.min(total, offset + list.length)}` : ''),
        // Every story found, not only this page of them.
        total ? h('span', { class: 'exports' }, ['csv', 'json'].map((f) => h('a', {
          class: 'button secondary', 'data-export': f, download: '', href: '/api/export/stories' + query({ ...p, format: f }),
          title: `All ${total} stories found, as ${f.toUpperCase()}`,
        }, `Export ${f.toUpperCase()}`))) : null),
      list.length ? h('ol', { class: 'hits', start: offset + 1 }, list.map((x) => h('li', { class: 'hit', 'data-lang': x.lang },
        h('div', {}, langBadge(x.lang), ' ',
          h('a', { class: 'title', href: docHref(x.story), lang: x.lang }, storyTitle(x))),
        markQuery(x.snippet || '', p.q, x.lang),
        h('div', { class: 'muted small' }, basename(x.file))))) : h('p', {}, 'Nothing found.'),
      total > PAGE ? h('nav', { class: 'pager', 'aria-label': 'Pages of results' },
        offset > 0 ? h('a', { class: 'button secondary', href: searchHref({ ...p, offset: Math.max(0, offset - PAGE) || null }) }, '← Previous') : null,
        offset + PAGE < total ? h('a', { class: 'button secondary', href: searchHref({ ...p, offset: offset + PAGE }) }, 'Next →') : null) : null);
  }

  return [
    h('h1', {}, 'Search'),
    form,
    active.length ? h('div', { class: 'active-filters', 'aria-label': 'Filters in use' }, active) : null,
    lookup ? named(lookup) : null,
    h('div', { class: 'grid side' },
      h('aside', { 'aria-label': 'Filters' }, facetBlocks),
      h('section', { 'aria-label': 'Results' }, results)),
  ];
}

/** People, places and organisations the query names (any word of any name), or what it may have meant. */
function named(lookup) {
  const item = (e, attrs) => h('li', {}, entityLink(e.id, e.name, attrs),
    h('span', { class: 'muted small' }, ` · ${e.type.toLowerCase()}${e.country ? ' · ' + countryName(e.country) : ''} · ${e.mentions} mentions`));
  if (lookup.entities.length) {
    return h('section', { class: 'named card', 'aria-labelledby': 'named-h', 'data-lookup': lookup.q },
      h('h2', { id: 'named-h' }, `Named “${lookup.q}”`, lookup.total > lookup.entities.length ? ` (${lookup.total}, the first ${lookup.entities.length} shown)` : ''),
      h('ul', { class: 'inline-list' }, lookup.entities.map((e) => item(e, { 'data-lookup-entity': e.id }))));
  }
  if (lookup.did_you_mean.length) {
    return h('section', { class: 'did-you-mean card', 'aria-labelledby': 'dym-h' },
      h('h2', { id: 'dym-h' }, `No one and nothing is named “${lookup.q}”. Did you mean`),
      h('ul', { class: 'inline-list' }, lookup.did_you_mean.map((e) => item(e, { 'data-suggestion': e.id }))));
  }
  return null;
}
