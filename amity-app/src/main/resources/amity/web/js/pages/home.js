// Home: open a relationship, see what the store holds, the most named people and organisations.
import { json } from '../api.js';
import { h, entityLink, languageName, timelineHref } from '../ui.js';
import { pairForm } from './timeline.js';

export async function render() {
  document.title = 'amity';
  const [stats, countries, people, orgs] = await Promise.all([
    json('/api/stats'),
    json('/api/entities', { type: 'GPE', limit: 40 }),
    json('/api/entities', { type: 'PERSON', limit: 12 }),
    json('/api/entities', { type: 'ORG', limit: 8 }),
  ]);
  const c = stats.counts;
  const states = countries.filter((e) => e.id.startsWith('country:'));
  const pairs = [];
  for (let i = 1; i < states.length && pairs.length < 6; i++) pairs.push([states[0], states[i]]);

  return [
    h('h1', {}, 'Relations between countries, read from the news'),
    h('p', { class: 'lead' },
      'Who met whom, when, where and in what form — every fact traced to the sentence that reports it, ',
      'one event merged across the languages that tell it.'),
    h('div', { class: 'grid two' },
      h('section', { class: 'card', 'aria-labelledby': 'open-h' },
        h('h2', { id: 'open-h' }, 'Open a relationship'),
        pairForm(states[0] ? states[0].name : '', states[1] ? states[1].name : ''),
        pairs.length ? h('p', {}, 'Or: ', pairs.map(([a, b], i) => [
          i ? ' · ' : '',
          h('a', { href: timelineHref(a.name, b.name), 'data-pair': `${a.country}-${b.country}` }, `${a.name} – ${b.name}`),
        ])) : null),
      h('section', { class: 'card', 'aria-labelledby': 'store-h' },
        h('h2', { id: 'store-h' }, 'In this store'),
        h('div', { class: 'stats' },
          [['documents', 'pages'], ['stories', 'stories'], ['events', 'events'], ['entities', 'entities']].map(([k, t]) =>
            h('div', {}, h('div', { class: 'stat' }, (c[k] ?? 0).toLocaleString('en')), h('div', { class: 'muted small' }, t)))),
        h('table', { class: 'small' },
          h('thead', {}, h('tr', {}, ['Language', 'Stories', 'Entities', 'Events'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, stats.languages.map((l) => h('tr', {},
            h('td', {}, h('a', { href: '#/search?lang=' + encodeURIComponent(l.lang) }, `${languageName(l.lang)} (${l.lang})`)),
            h('td', {}, l.stories), h('td', {}, l.entities), h('td', {}, l.events))))))),
    h('div', { class: 'grid two' },
      h('section', { 'aria-labelledby': 'people-h' },
        h('h2', { id: 'people-h' }, 'People most named'),
        h('ul', {}, people.map((e) => h('li', {}, entityLink(e.id, e.name), h('span', { class: 'muted small' }, ` · ${e.mentions} mentions`))))),
      h('section', { 'aria-labelledby': 'orgs-h' },
        h('h2', { id: 'orgs-h' }, 'Organisations and places'),
        h('ul', {}, [...orgs, ...states.slice(0, 6)].map((e) => h('li', {}, entityLink(e.id, e.name),
          h('span', { class: 'muted small' }, ` · ${e.mentions} mentions`)))))),
  ];
}
