// One event: what, when, where, who, and every source in every language, each sentence marked in
// the text of the page it came from.
import { story, json, idPath } from '../api.js';
import {
  h, label, dateRange, entityLink, chips, fieldLabel, countryName, langBadge, languageName, sourceLangs, roleLabel,
  highlight, docHref, inLang, timelineHref, storyTitle,
} from '../ui.js';
import { typeTitle, formTitle, cameoTitle, CONFIDENCE, STATUS } from '../glossary.js';

export async function render(r) {
  const id = r.rest;
  // The id alone opens the event; ?story= (older links) only says which source to show first.
  const ev = await json('/api/events/' + idPath(id));
  const first = r.params.get('story');
  if (first) ev.sources.sort((a, b) => (b.story === first) - (a.story === first));
  const stories = new Map();
  await Promise.all([...new Set(ev.sources.map((s) => s.story))].map(async (s) => stories.set(s, await story(s))));

  const title = `${label(ev.form)} · ${dateRange(ev)}`;
  document.title = `${title} · amity`;
  const langs = [...new Set(ev.sources.map((s) => s.lang))];
  const countries = ev.countries || [];

  return [
    h('p', { class: 'muted small' }, 'Event', countries.length === 2
      ? [' · ', h('a', { href: timelineHref(countryName(countries[0]), countryName(countries[1])) }, `${countryName(countries[0])} – ${countryName(countries[1])} timeline`)]
      : null),
    h('h1', { 'data-event-title': ev.id }, label(ev.form), ev.status === 'planned' ? h('span', { class: 'badge planned' }, ' planned') : null,
      h('span', { class: 'muted' }, ` · ${dateRange(ev)}`)),
    h('div', { class: 'grid two' },
      h('section', { class: 'card', 'aria-labelledby': 'facts-h' },
        h('h2', { id: 'facts-h' }, 'What'),
        h('dl', { class: 'facts' },
          h('dt', {}, 'Form'), h('dd', { title: formTitle(ev.form) }, label(ev.form)),
          h('dt', {}, 'Type'), h('dd', {}, h('abbr', { title: typeTitle(ev.type) }, ev.type), ' (PLOVER) · ',
            h('abbr', { title: cameoTitle(ev.cameo), 'data-cameo': ev.cameo }, `CAMEO ${ev.cameo}`), ' · ', h('a', { href: '#/glossary', class: 'small' }, 'what these mean')),
          h('dt', {}, 'Mode'), h('dd', {}, label(ev.mode)),
          h('dt', {}, 'Status'), h('dd', { title: STATUS[ev.status] || '' }, ev.status),
          h('dt', {}, 'Date'), h('dd', {}, dateRange(ev)),
          h('dt', {}, 'Place'), h('dd', {}, ev.location ? entityLink(ev.location.entity, ev.location.name) : '—'),
          h('dt', {}, 'Countries'), h('dd', {}, countries.map((c) => `${countryName(c)} (${c})`).join(', ') || '—'),
          h('dt', {}, 'Fields'), h('dd', {}, ev.fields.length ? chips(ev.fields, fieldLabel) : '—'),
          h('dt', {}, 'Quantities'), h('dd', {}, ev.quantities && ev.quantities.length
            ? ev.quantities.map(quantity) : '—'),
          h('dt', {}, 'Confidence'), h('dd', { title: CONFIDENCE, 'data-confidence': ev.confidence }, String(ev.confidence)))),
      h('section', { class: 'card', 'aria-labelledby': 'who-h' },
        h('h2', { id: 'who-h' }, 'Who'),
        ev.actors.length ? h('ul', { class: 'actors-list' }, ev.actors.map((a) => h('li', {},
          entityLink(a.entity, a.name, { 'data-actor': a.entity }), h('span', { class: 'muted small' }, ` · ${roleLabel(a.role)}`))))
          : h('p', { class: 'muted' }, 'No actor named.'))),
    h('section', { 'aria-labelledby': 'sources-h' },
      h('h2', { id: 'sources-h' }, `Sources (${ev.sources.length}) in ${langs.map(languageName).join(', ')}`, ' ', sourceLangs(ev)),
      bySource(ev).map(([sid, list], i) => sourceCard(ev, list, stories.get(sid), i))),
  ];
}

/** The sources grouped by story, in the order they come. */
function bySource(ev) {
  const m = new Map();
  for (const s of ev.sources) {
    if (!m.has(s.story)) m.set(s.story, []);
    m.get(s.story).push(s);
  }
  return [...m.entries()];
}

/** A quantity as written, with its value in plain units: "5.000 tấn (5,000 tonne)". */
function quantity(q, i) {
  if (typeof q === 'string') return [i ? '; ' : '', q];
  const plain = [q.value != null ? Number(q.value).toLocaleString('en') : null, q.unit].filter(Boolean).join(' ');
  return [i ? '; ' : '', q.text ? inLang(q.text) : plain, q.text && plain ? h('span', { class: 'muted' }, ` (${plain})`) : null];
}

/** One story's sources: the paragraphs that hold the sentences, each sentence marked. */
function sourceCard(ev, sources, d, i) {
  const text = d.document_text;
  const first = sources[0];
  const sentences = sources.map((s) => ({ start: s.start, end: s.end, focus: true, events: [] }));
  const paragraphs = [];
  for (const s of sources) {
    const lines = d.lines.filter((l) => l.end > s.start && l.start < s.end && l.kind !== 'BLANK');
    const from = lines.length ? Math.min(...lines.map((l) => l.start)) : s.start;
    const to = lines.length ? Math.max(...lines.map((l) => l.end)) : s.end;
    if (!paragraphs.some(([a, b]) => a === from && b === to)) paragraphs.push([from, to]);
  }
  paragraphs.sort((x, y) => x[0] - y[0]);
  const lost = sources.filter((s) => text.slice(s.start, s.end) !== s.sentence);
  const hl = `${first.start}-${first.end}`;
  // Where it was published: the outlet (the site of its URL, or its dateline's agency), its
  // headline, date and language, and the original article where the page gave its address.
  const outlet = first.outlet || d.outlet;
  const url = first.url || d.url;
  return h('article', { class: 'card source', 'data-source-lang': first.lang, 'data-story': first.story, 'aria-labelledby': `src-${i}` },
    h('header', {},
      langBadge(first.lang),
      h('a', { id: `src-${i}`, href: docHref(first.story, { ev: ev.id, hl }), 'data-doc-link': first.story },
        inLang(storyTitle(d), d.lang)),
      h('p', { class: 'publication muted small', 'data-publication': first.story, title: `file: ${d.file}` },
        h('span', { class: 'outlet', 'data-outlet': outlet || '' }, outlet || 'outlet not known'),
        ` · ${d.date || 'undated'} · ${languageName(first.lang)}`, d.kind === 'teaser' ? ' · teaser on a page of several stories' : '',
        url ? [' · ', h('a', { class: 'original', href: url, rel: 'noopener noreferrer', target: '_blank', 'data-original': true }, 'original article ↗')]
          : ' · no link to the original (the page gave none)')),
    h('blockquote', { class: 'context', lang: first.lang },
      paragraphs.map(([a, b]) => h('p', {}, highlight(text, a, b, sentences, d.mentions)))),
    lost.map((s) => h('p', { class: 'muted small' }, 'Sentence as read: ', inLang(s.sentence, s.lang))),
    h('p', { class: 'small' }, h('a', { href: docHref(first.story, { ev: ev.id, hl }) }, 'Read it in the page'),
      h('span', { class: 'muted' }, ` · ${sources.length > 1 ? `${sources.length} sentences` : 'characters ' + first.start + '–' + first.end + ' of the page text'}`)));
}
