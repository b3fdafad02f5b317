// DOM helpers, labels and links shared by the pages. Text from the store is only ever set as text,
// never parsed as HTML.
import { query } from './api.js';
import { typeTitle, formTitle, cameoTitle, STATUS } from './glossary.js';

/**
 * Creates an element. attrs: class, text, lang, href, on<Event>: handler, data-*, aria-*, and any
 * other attribute; false/null/undefined leave an attribute out. Children: nodes, strings, arrays.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// ------------------------------------------------------------------ languages and scripts

const HAN = /\p{Script=Han}/u;
const VIET = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u1EA0-\u1EF9]/u;

/** A language tag for a name or text when its script or letters tell (Han: zh; Vietnamese letters: vi), else null. */
export function guessLang(text) {
  if (!text) return null;
  if (HAN.test(text)) return 'zh';
  if (VIET.test(text)) return 'vi';
  return null;
}

/** The scripts a name is written in: Han, Latin, … */
export function scriptsOf(text) {
  const out = new Set();
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) out.add('Han');
    else if (/\p{Script=Latin}/u.test(ch)) out.add('Latin');
    else if (/\p{Script=Cyrillic}/u.test(ch)) out.add('Cyrillic');
    else if (/\p{Script=Arabic}/u.test(ch)) out.add('Arabic');
    else if (/\p{Script=Thai}/u.test(ch)) out.add('Thai');
    else if (/\p{Script=Lao}/u.test(ch)) out.add('Lao');
    else if (/\p{Script=Hangul}/u.test(ch)) out.add('Hangul');
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) out.add('Kana');
  }
  return [...out];
}

/** A span of text in its language (lang attribute), guessed from its script when not given. */
export function inLang(text, lang, tag = 'span', attrs = {}) {
  return h(tag, { ...attrs, lang: lang || guessLang(text) }, text ?? '');
}

let languageNames;
let regionNames;
try {
  languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
  regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
} catch (e) {
  languageNames = null;
  regionNames = null;
}

export function languageName(tag) {
  if (!tag) return 'unknown';
  if (tag === 'und') return 'undetermined';
  try {
    return languageNames ? languageNames.of(tag) : tag;
  } catch (e) {
    return tag;
  }
}

export function countryName(code) {
  if (!code) return '';
  try {
    return regionNames ? regionNames.of(code.toUpperCase()) : code;
  } catch (e) {
    return code;
  }
}

export function langBadge(tag) {
  return h('span', { class: 'badge lang', title: languageName(tag) }, tag || '?');
}

// ------------------------------------------------------------------ labels

export const label = (key) => (key ? String(key).replace(/_/g, ' ') : '');

export function fieldLabel(key) {
  return label(key);
}

const ROLE_NAMES = { general_secretary: 'general secretary', prime_minister: 'prime minister' };
export function roleLabel(key) {
  return ROLE_NAMES[key] || label(key);
}

/** A date as amity writes it: 2021-07-27, 2023-05, 2019, --11-07 (year unknown). */
export function dateLabel(date) {
  if (!date) return 'undated';
  const m = /^--(\d{2})-(\d{2})$/.exec(date);
  if (m) return `${m[2]}/${m[1]}, year unknown`;
  return date;
}

export function dateRange(ev) {
  if (!ev.date) return 'undated';
  if (ev.date_end && ev.date_end !== ev.date) return `${dateLabel(ev.date)} – ${dateLabel(ev.date_end)}`;
  return dateLabel(ev.date);
}

/** The month (yyyy-mm) an event is charted in, or null when its date has no month. */
export function monthOf(ev) {
  const m = /^(\d{4})-(\d{2})/.exec(ev.date || '');
  return m ? `${m[1]}-${m[2]}` : null;
}

/** A story's title; a teaser without one is named by the start of its text (or snippet). */
export function storyTitle(s, max = 90) {
  if (s.title && s.title.trim()) return s.title;
  const t = String(s.text || s.snippet || '').replace(/^…/, '').replace(/\s+/g, ' ').trim();
  if (!t) return '(untitled)';
  const chars = [...t];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : t;
}

export function basename(path) {
  return String(path || '').split(/[\\/]/).pop();
}

// ------------------------------------------------------------------ links

export function entityHref(id) {
  return '#/entity/' + encodeURIComponent(id);
}

/** An event's address: its id is enough to open it (a story given says which source to show first). */
export function eventHref(ev, story) {
  return '#/event/' + encodeURIComponent(ev.id) + query({ story: story || null });
}

export function docHref(story, params) {
  return '#/doc/' + encodeURIComponent(story) + query(params);
}

/** A timeline's address; filters (class, form, lang, status, month) are part of it, so that it reproduces the view. */
export function timelineHref(a, b, filters = {}) {
  return '#/timeline' + query({ a, b, ...filters });
}

export function searchHref(params) {
  return '#/search' + query(params);
}

export function entityLink(id, name, attrs = {}) {
  if (!id) return inLang(name, null, 'span', attrs);
  return h('a', { ...attrs, href: entityHref(id), lang: guessLang(name) }, name || id);
}

// ------------------------------------------------------------------ shared blocks

export function errorBox(err) {
  return h('p', { class: 'error', role: 'alert' }, err && err.message ? err.message : String(err));
}

/**
 * What a page that failed shows: what went wrong, what the name may have meant (the server's
 * did_you_mean), and a way on: back, the start, a search box.
 */
export function errorPage(err, r, canGoBack) {
  const status = err && err.status;
  const body = (err && err.body) || {};
  const suggestions = body.did_you_mean || [];
  const heading = status === 404 ? 'Not found' : status === 400 ? 'Not understood' : 'Something went wrong';
  const q = body.unknown || '';
  const search = h('form', { class: 'search-form', role: 'search', 'data-error-search': true },
    h('label', { for: 'error-q' }, 'Search instead'),
    h('input', { id: 'error-q', name: 'q', type: 'search', value: q, 'data-autofocus': suggestions.length === 0 }),
    h('button', { type: 'submit' }, 'Search'));
  search.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = search.elements.q.value.trim();
    location.hash = searchHref(v ? { q: v } : {});
  });
  return [
    h('h1', { 'data-error': status || 'script' }, heading),
    errorBox(err),
    suggestions.length ? h('section', { class: 'did-you-mean', 'aria-labelledby': 'dym-h' },
      h('h2', { id: 'dym-h' }, 'Did you mean'),
      h('ul', {}, suggestions.map((e) => h('li', {}, h('a', { href: suggestionHref(r, q, e), 'data-suggestion': e.id, lang: guessLang(e.name) }, e.name),
        h('span', { class: 'muted small' }, ` · ${e.type.toLowerCase()}${e.country ? ' · ' + countryName(e.country) : ''}`))))) : null,
    h('nav', { class: 'way-on', 'aria-label': 'Where to go from here' },
      canGoBack ? h('a', { href: '#/', 'data-back': true, onclick: (e) => { e.preventDefault(); history.back(); } }, '← Back') : null,
      h('a', { href: '#/' }, 'The start'),
      h('a', { href: '#/timeline' }, 'Timeline'),
      h('a', { href: '#/search' }, 'Search')),
    search,
  ].filter(Boolean);
}

/** Where a suggestion leads: the same timeline with the name replaced, else the entity's page. */
function suggestionHref(r, unknown, e) {
  if (r && r.page === 'timeline') {
    const a = r.params.get('a');
    const b = r.params.get('b');
    const same = (x) => x && x.trim() === unknown;
    if (same(a)) return timelineHref(e.name, b);
    if (same(b)) return timelineHref(a, e.name);
  }
  return entityHref(e.id);
}

export function actorsCell(ev) {
  const wrap = h('span', { class: 'actors' });
  ev.actors.forEach((a, i) => {
    if (i) wrap.append(', ');
    wrap.append(entityLink(a.entity, a.name, { title: a.role }));
  });
  return wrap;
}

export function chips(values, format = label) {
  return h('span', { class: 'chips' }, (values || []).map((v) => h('span', { class: 'chip' }, format(v))));
}

/** Source languages with how many sources each: "vi ×2 zh en". */
export function sourceLangs(ev) {
  const n = new Map();
  for (const s of ev.sources || []) n.set(s.lang, (n.get(s.lang) || 0) + 1);
  return h('span', { class: 'chips', 'data-langs': [...n.keys()].join(' ') },
    [...n.entries()].map(([l, c]) => h('span', { class: 'badge lang', title: `${c} source${c > 1 ? 's' : ''} in ${languageName(l)}` },
      c > 1 ? `${l} ×${c}` : l)));
}

export function formCell(ev, href) {
  return h('span', {},
    h('a', { class: 'form-name', href: href || eventHref(ev), title: formTitle(ev.form) }, label(ev.form)),
    ' ', h('span', { class: 'badge type', title: `${typeTitle(ev.type)} ${cameoTitle(ev.cameo)}` }, ev.type),
    ev.status === 'planned' ? [' ', h('span', { class: 'badge planned', title: STATUS.planned }, 'planned')] : null);
}

/** A table of events: date, form, actors, fields, place, source languages. */
export function eventTable(events, caption) {
  const body = h('tbody');
  for (const ev of events) {
    body.append(h('tr', { 'data-event': ev.id, 'data-month': monthOf(ev) || '' },
      // data-label names the column where a narrow screen shows each row as a card.
      h('td', { class: 'date', 'data-label': 'Date' }, dateRange(ev)),
      h('td', { 'data-label': 'Event' }, formCell(ev)),
      h('td', { 'data-label': 'Actors' }, actorsCell(ev)),
      h('td', { 'data-label': 'Fields', class: ev.fields && ev.fields.length ? null : 'empty' }, chips(ev.fields, fieldLabel)),
      h('td', { 'data-label': 'Place', class: ev.location ? null : 'empty' }, ev.location ? entityLink(ev.location.entity, ev.location.name) : ''),
      h('td', { 'data-label': 'Sources' }, sourceLangs(ev))));
  }
  return h('table', { class: 'events' },
    caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
    h('thead', {}, h('tr', {}, ['Date', 'Event', 'Actors', 'Fields', 'Place', 'Sources'].map((t) => h('th', { scope: 'col' }, t)))),
    body);
}

// ------------------------------------------------------------------ highlighting in document text

/**
 * Renders text[from, to) with event sentences marked and mentions linked to their entities.
 *
 * sentences: [{start, end, events: [{id, form, story}], focus}] (offsets into text; they may overlap)
 * mentions: [{start, end, entity, name, type, surface}] (offsets into text)
 */
export function highlight(text, from, to, sentences = [], mentions = []) {
  const frag = document.createDocumentFragment();
  const sents = sentences.filter((s) => s.start < to && s.end > from);
  const cuts = new Set([from, to]);
  for (const s of sents) {
    cuts.add(Math.max(from, s.start));
    cuts.add(Math.min(to, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const covering = sents.filter((s) => s.start <= a && s.end >= b);
    const inner = withMentions(text, a, b, mentions);
    if (!covering.length) {
      frag.append(inner);
      continue;
    }
    const focus = covering.some((s) => s.focus);
    const forms = [...new Set(covering.flatMap((s) => s.events.map((e) => label(e.form))))];
    const mark = h('mark', {
      class: ['sentence', focus && 'focus'],
      title: 'Event sentence: ' + forms.join(', '),
      'data-events': [...new Set(covering.flatMap((s) => s.events.map((e) => e.id)))].join(' '),
    });
    mark.append(inner);
    frag.append(mark);
    // After the end of a sentence, links to the events it reports.
    for (const s of covering.filter((x) => x.end === b)) {
      for (const e of s.events) {
        frag.append(' ', h('a', { class: 'badge ev-ref', href: eventHref(e, e.story), title: 'Open this event' }, label(e.form)));
      }
    }
  }
  return frag;
}

function withMentions(text, from, to, mentions) {
  const frag = document.createDocumentFragment();
  let at = from;
  const ms = mentions.filter((m) => m.start < to && m.end > from).sort((x, y) => x.start - y.start || y.end - x.end);
  for (const m of ms) {
    const a = Math.max(from, m.start);
    const b = Math.min(to, m.end);
    if (a < at) continue; // overlaps one already drawn
    if (a > at) frag.append(text.slice(at, a));
    const title = `${m.name || m.surface} · ${m.type}${m.roles && m.roles.length ? ' · ' + m.roles.map(roleLabel).join(', ') : ''}`;
    frag.append(m.entity
      ? h('a', { class: ['mention', m.type], href: entityHref(m.entity), title, 'data-entity': m.entity }, text.slice(a, b))
      : h('span', { class: ['mention', m.type], title }, text.slice(a, b)));
    at = b;
  }
  if (at < to) frag.append(text.slice(at, to));
  return frag;
}

/** Event sentences of a story detail in its document: one entry a distinct span, with the events told there. */
export function sentencesOf(detail, focus = {}) {
  const byRange = new Map();
  for (const ev of detail.events || []) {
    for (const s of ev.sources || []) {
      if (s.doc !== detail.doc) continue;
      const key = s.start + ':' + s.end;
      if (!byRange.has(key)) byRange.set(key, { start: s.start, end: s.end, events: [], focus: false });
      const x = byRange.get(key);
      if (!x.events.some((e) => e.id === ev.id)) x.events.push({ id: ev.id, form: ev.form, story: s.story || detail.id });
      if ((focus.event && focus.event === ev.id) || (focus.start === s.start && focus.end === s.end)) x.focus = true;
    }
  }
  return [...byRange.values()].sort((a, b) => a.start - b.start);
}

/** Marks the words of a query in a plain snippet. */
export function markQuery(snippet, q, lang) {
  const el = h('p', { class: 'snippet', lang });
  const terms = (q || '').split(/\s+/).filter((t) => t.length > 1).map((t) => t.toLocaleLowerCase());
  const lower = snippet.toLocaleLowerCase();
  if (!terms.length || lower.length !== snippet.length) {
    el.textContent = snippet;
    return el;
  }
  const ranges = [];
  for (const t of terms) {
    for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + t.length)) ranges.push([i, i + t.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at) continue;
    el.append(snippet.slice(at, a), h('mark', {}, snippet.slice(a, b)));
    at = b;
  }
  el.append(snippet.slice(at));
  return el;
}

/** Entity suggestions for a text input (datalist), from /api/entities?q=. */
export function suggest(input, listId, fetchEntities) {
  const list = h('datalist', { id: listId });
  input.setAttribute('list', listId);
  let timer = null;
  let last = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (!q || q === last) return;
      last = q;
      try {
        const found = await fetchEntities(q);
        list.replaceChildren(...found.map((e) => h('option', { value: e.name, label: `${e.type.toLowerCase()}${e.country ? ' · ' + e.country : ''}` })));
      } catch (e) {
        list.replaceChildren();
      }
    }, 150);
  });
  return list;
}
