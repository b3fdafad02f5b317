// Entity profile: names by language and script, roles with dates, contacts network, events.
import { json, idPath, ApiError } from '../api.js';
import {
  h, inLang, languageName, scriptsOf, countryName, roleLabel, label, entityLink, eventTable, entityHref, guessLang,
} from '../ui.js';
import { networkChart } from '../charts.js';

let pending = null;

export async function render(r) {
  const id = r.rest;
  const p = await json('/api/entities/' + idPath(id), { events: 500 });
  let network = null;
  try {
    network = await json('/api/network', { entity: p.id, limit: 30 });
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
  }
  document.title = `${p.name} · amity`;
  pending = network && network.edges.length ? network : null;

  const names = Object.entries(p.names || {}).sort(([a], [b]) => a.localeCompare(b));
  const spelled = new Set(Object.values(p.names || {}).flat());
  const otherAliases = (p.aliases || []).filter((a) => !spelled.has(a));
  const contacts = network ? network.nodes.filter((n) => !(network.center || []).includes(n.id)) : [];
  const shared = (nid) => network.edges.filter((e) => (e.source === nid || e.target === nid)
    && ((network.center || []).includes(e.source) || (network.center || []).includes(e.target)));

  return [
    h('p', { class: 'muted small' }, `${label(p.type).toLowerCase()}`, p.country ? ` · ${countryName(p.country)}` : '', ` · ${p.id}`),
    h('h1', { 'data-entity-title': p.id }, inLang(p.name)),
    h('p', { class: 'lead' }, `${p.mentions} mention${p.mentions === 1 ? '' : 's'} · ${p.events_total} event${p.events_total === 1 ? '' : 's'}`,
      p.titles_seen && p.titles_seen.length ? ` · titles seen in text: ${p.titles_seen.map(roleLabel).join(', ')}` : ''),
    h('div', { class: 'grid two' },
      h('section', { class: 'card', 'aria-labelledby': 'names-h' },
        h('h2', { id: 'names-h' }, 'Names by language and script'),
        h('table', { class: 'names' },
          h('thead', {}, h('tr', {}, ['Language', 'Script', 'Names'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, names.map(([lang, ns]) => h('tr', { 'data-names-lang': lang },
            h('td', {}, `${languageName(lang)} (${lang})`),
            h('td', {}, [...new Set(ns.flatMap(scriptsOf))].join(', ')),
            h('td', {}, ns.map((n) => h('span', { class: 'name', lang, 'data-script': scriptsOf(n).join(' ') }, n))))))),
        otherAliases.length ? h('p', { class: 'small' }, h('span', { class: 'muted' }, 'Also written: '),
          otherAliases.map((a, i) => [i ? ', ' : '', inLang(a)])) : null),
      h('section', { class: 'card', 'aria-labelledby': 'roles-h' },
        h('h2', { id: 'roles-h' }, 'Roles'),
        p.roles && p.roles.length
          ? h('table', { class: 'roles' },
            h('thead', {}, h('tr', {}, ['Role', 'Country', 'From', 'To', 'Source'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', {}, p.roles.map((x) => h('tr', {},
              h('td', {}, roleLabel(x.role)), h('td', {}, x.country ? countryName(x.country) : ''),
              h('td', { class: 'date' }, x.from || '?'), h('td', { class: 'date' }, x.to || (x.from ? 'now' : '?')),
              h('td', { class: 'small muted' }, x.source || '')))))
          : h('p', { class: 'muted' }, 'No dated roles in the knowledge base.'),
        p.titles_seen && p.titles_seen.length ? h('p', { class: 'small' }, h('span', { class: 'muted' }, 'Titles seen in the text: '),
          p.titles_seen.map(roleLabel).join(', ')) : null)),
    h('section', { 'aria-labelledby': 'net-h' },
      h('h2', { id: 'net-h' }, 'Contacts'),
      contacts.length
        ? h('div', { class: 'grid doc' },
          h('div', { id: 'network-chart', class: 'chart network card', role: 'img',
            'aria-label': `Who met ${p.name}: ` + contacts.map((n) => `${n.name} (${n.events})`).join(', ') }),
          h('div', {},
            h('table', { class: 'small contacts' },
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Contact'), h('th', { scope: 'col' }, 'Shared events'))),
              h('tbody', {}, contacts.map((n) => {
                const forms = new Map();
                shared(n.id).forEach((e) => Object.entries(e.forms).forEach(([f, c]) => forms.set(f, (forms.get(f) || 0) + c)));
                const total = [...forms.values()].reduce((x, y) => x + y, 0);
                return h('tr', {}, h('td', {}, entityLink(n.id, n.name)),
                  h('td', {}, total ? `${total}: ${[...forms.entries()].map(([f, c]) => `${label(f)} ${c}`).join(', ')}` : `${n.events} (via others)`));
              }))),
            h('p', { class: 'muted small' }, 'Drawn from the events this entity takes part in; a line is events shared.')))
        : h('p', { class: 'muted' }, 'No contacts in events.')),
    p.co_mentioned && p.co_mentioned.length ? h('section', { 'aria-labelledby': 'co-h' },
      h('h2', { id: 'co-h' }, 'Named in the same stories'),
      h('p', { class: 'chips' }, p.co_mentioned.slice(0, 30).map((c) => h('span', { class: 'chip' },
        h('a', { href: entityHref(c.entity), lang: guessLang(c.name) }, c.name), ` ${c.stories}`)))) : null,
    h('section', { 'aria-labelledby': 'events-h' },
      h('h2', { id: 'events-h' }, `Events (${p.events_total})`),
      p.events.length ? eventTable(p.events, `Events of ${p.name}`) : h('p', { class: 'muted' }, 'No events.'),
      p.events_total > p.events.length ? h('p', { class: 'muted small' }, `The first ${p.events.length} are shown.`) : null),
  ];
}

export function after(view) {
  const el = view.querySelector('#network-chart');
  if (el && pending) networkChart(el, pending, (nid) => { location.hash = entityHref(nid); });
  pending = null;
}
