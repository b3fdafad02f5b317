// Document view: the page a story came from, its text as amity stored it, with mentions linked and
// event sentences marked; what cleaning removed (captions, related lists, sign-offs, navigation)
// is kept in place, folded.
import { story } from '../api.js';
import {
  h, inLang, langBadge, languageName, label, highlight, sentencesOf, entityLink, eventHref, dateRange, storyTitle,
} from '../ui.js';
import { basisTitle } from '../glossary.js';

const KEPT = new Set(['HEADLINE', 'DATELINE', 'BODY']);
const REMOVED = {
  CAPTION: 'photo caption',
  SIGNOFF: 'sign-off',
  RELATED_HEADING: 'related headlines',
  RELATED: 'related headlines',
  NAVIGATION: 'navigation',
  OTHER: 'another story on this page',
};

export async function render(r) {
  const id = r.rest;
  const d = await story(id);
  document.title = `${storyTitle(d, 60)} · amity`;
  const hl = /^(\d+)-(\d+)$/.exec(r.params.get('hl') || '');
  const focus = { event: r.params.get('ev'), start: hl ? Number(hl[1]) : null, end: hl ? Number(hl[2]) : null };
  const sentences = sentencesOf(d, focus);
  const text = d.document_text;

  // Lines of this story: its title and the lines its text was taken from (origin: ranges of the
  // page text). On a page of teasers the other stories' lines are folded like boilerplate.
  const origin = d.origin || [];
  const own = (l) => {
    if (origin.some((o) => o.start < l.end && o.end > l.start)) return true;
    const t = text.slice(l.start, l.end).trim();
    return t !== '' && t === (d.title || '').trim();
  };
  const groups = [];
  for (const l of d.lines) {
    let kind = l.kind;
    if (kind === 'BLANK') {
      const last = groups[groups.length - 1];
      if (last && last.folded) last.lines.push(l);
      else groups.push({ folded: false, lines: [l] });
      continue;
    }
    if (KEPT.has(kind) && !own(l)) kind = 'OTHER';
    const folded = !KEPT.has(kind);
    const last = groups[groups.length - 1];
    const sameFold = last && last.folded && folded && (kind === 'OTHER') === last.kinds.has('OTHER');
    if (sameFold) {
      last.lines.push(l);
      last.kinds.add(kind);
    } else {
      groups.push({ folded, kinds: new Set([kind]), lines: [l] });
    }
  }
  // Blank lines at the end of a fold belong outside it.
  for (const g of groups) while (g.folded && g.lines.length && g.lines[g.lines.length - 1].kind === 'BLANK') g.lines.pop();

  const renderLine = (l, plain) => {
    if (l.kind === 'BLANK') return h('div', { class: 'line blank', 'aria-hidden': 'true' });
    return h('p', { class: ['line', l.kind], 'data-line': l.line, 'data-kind': l.kind },
      plain ? text.slice(l.start, l.end) : highlight(text, l.start, l.end, sentences, d.mentions));
  };
  const body = h('div', { class: 'doc-text', lang: d.lang, 'data-doc': d.doc });
  for (const g of groups) {
    if (!g.folded) {
      g.lines.forEach((l) => body.append(renderLine(l, false)));
      continue;
    }
    const content = g.lines.filter((l) => l.kind !== 'BLANK');
    if (!content.length) continue;
    const other = g.kinds.has('OTHER');
    const what = [...new Set([...g.kinds].map((k) => REMOVED[k] || label(k).toLowerCase()))].join(', ');
    body.append(h('details', { class: ['removed', other && 'other'], 'data-kinds': [...g.kinds].join(' '), lang: 'en' },
      h('summary', {}, h('span', { class: 'kind' }, other ? 'Not this story: ' : 'Removed: '), what,
        h('span', { class: 'muted' }, ` · ${content.length} line${content.length === 1 ? '' : 's'}`)),
      h('div', { lang: d.lang }, g.lines.map((l) => renderLine(l, !other)))));
  }

  const entities = new Map();
  for (const m of d.mentions) {
    if (!m.entity) continue;
    const e = entities.get(m.entity) || { id: m.entity, name: m.name || m.surface, type: m.type, n: 0 };
    e.n++;
    entities.set(m.entity, e);
  }
  const removedKinds = new Set(d.lines.map((l) => l.kind).filter((k) => !KEPT.has(k) && k !== 'BLANK'));

  return [
    h('p', { class: 'muted small', 'data-publication': d.id }, 'Document', ' · ', d.outlet || 'outlet not known', ' · ', d.file,
      d.url ? [' · ', h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank', 'data-original': true }, 'original article ↗')] : null),
    h('h1', { 'data-doc-title': d.id }, inLang(storyTitle(d), d.lang)),
    h('p', { class: 'lead' }, langBadge(d.lang), ' ', languageName(d.lang),
      ` · ${d.date || 'undated'}`, d.date_basis ? [' ', h('span', { title: basisTitle(d.date_basis), 'data-date-basis': d.date_basis }, `(date from the ${d.date_basis})`)] : null,
      d.kind === 'teaser' ? ' · a teaser on a page of several stories' : '',
      d.dateline && (d.dateline.place || d.dateline.agency) ? ` · dateline: ${[d.dateline.place, d.dateline.agency].filter(Boolean).join(', ')}` : ''),
    h('div', { class: 'legend', 'aria-label': 'Legend' },
      h('span', {}, h('mark', { class: 'sentence' }, 'sentence reporting an event')),
      h('span', {}, h('mark', { class: 'sentence focus' }, 'the sentence you came for')),
      ['PERSON', 'ORG', 'GPE', 'LOC'].map((t) => h('span', {}, h('span', { class: ['mention', t] }, t.toLowerCase()))),
      removedKinds.size ? h('span', {}, `folded: ${[...new Set([...removedKinds].map((k) => REMOVED[k] || k))].join(', ')}`) : null),
    h('div', { class: 'grid doc' },
      body,
      h('aside', { class: 'panel card', 'aria-label': 'In this story' },
        h('h2', {}, `Events (${d.events.length})`),
        d.events.length ? h('ul', {}, d.events.map((ev) => h('li', {},
          h('a', { href: eventHref(ev, d.id) }, label(ev.form)), h('span', { class: 'muted small' }, ` · ${dateRange(ev)}`)))) : h('p', { class: 'muted' }, 'None.'),
        h('h2', {}, `Named (${entities.size})`),
        h('ul', {}, [...entities.values()].sort((a, b) => b.n - a.n).map((e) => h('li', {},
          entityLink(e.id, e.name), h('span', { class: 'muted small' }, ` · ${e.type.toLowerCase()}${e.n > 1 ? ' ×' + e.n : ''}`)))))),
  ];
}

export function after(view) {
  const f = view.querySelector('.doc-text mark.sentence.focus');
  if (!f) return;
  const fold = f.closest('details');
  if (fold) fold.open = true;
  f.setAttribute('tabindex', '-1');
  f.scrollIntoView({ block: 'center' });
  f.focus({ preventScroll: true });
}
