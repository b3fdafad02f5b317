// The amity web UI: one page, hash routes, plain modules.
//   #/                      home: a relationship to open, what the store holds
//   #/timeline?a=&b=        bilateral timeline
//   #/search?q=&lang=…      search with facets
//   #/event/ID              one event and all its sources
//   #/entity/ID             entity profile
//   #/doc/STORY?ev=&hl=     the page a story came from, with mentions and events marked
//   #/glossary              what types, forms, CAMEO codes, confidence and date bases mean
import { h, append, errorPage, searchHref } from './ui.js';
import { disposeAll } from './charts.js';
import { names, setNames } from './api.js';
import * as home from './pages/home.js';
import * as timeline from './pages/timeline.js';
import * as search from './pages/search.js';
import * as event from './pages/event.js';
import * as entity from './pages/entity.js';
import * as doc from './pages/doc.js';
import * as glossary from './pages/glossary.js';

// Errors the page hit, for people (console) and for the browser tests.
window.amityErrors = [];
window.addEventListener('error', (e) => window.amityErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.amityErrors.push(String(e.reason && e.reason.message || e.reason)));

const routes = { '': home, timeline, search, event, entity, doc, glossary };
const main = document.getElementById('main');
let renders = 0;
let inAppSteps = 0;

/** The current route: page name, the path after it (decoded), and the query parameters. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const path = qi >= 0 ? raw.slice(0, qi) : raw;
  const params = new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : '');
  const slash = path.indexOf('/');
  const page = slash >= 0 ? path.slice(0, slash) : path;
  const rest = slash >= 0 ? decodeURIComponent(path.slice(slash + 1)) : '';
  return { page, rest, params };
}

async function route() {
  const token = ++renders;
  const r = parseHash(location.hash);
  const page = routes[r.page];
  disposeAll();
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (a.dataset.nav === r.page) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  document.body.dataset.page = page ? r.page || 'home' : 'missing';
  main.setAttribute('aria-busy', 'true');
  main.dataset.ready = 'false';
  main.dataset.render = String(token);
  const view = h('div', { class: 'view' }, h('p', { class: 'loading' }, 'Loading…'));
  main.replaceChildren(view);
  try {
    if (!page) {
      document.title = 'Not found · amity';
      view.replaceChildren(...errorPage({ status: 404, message: `There is no page '${r.page}' in amity.` }, r, inAppSteps > 0));
    } else {
      const content = await page.render(r, () => token !== renders);
      if (token !== renders) return; // a newer route is being drawn
      // append() leaves out the nulls pages use for "nothing here" (replaceChildren would print "null").
      view.replaceChildren();
      append(view, [content]);
      if (page.after) page.after(view, r);
    }
  } catch (err) {
    if (token !== renders) return;
    console.error(err);
    document.title = (err && err.status === 404 ? 'Not found' : 'Error') + ' · amity';
    view.replaceChildren(...errorPage(err, r, inAppSteps > 0));
  }
  main.setAttribute('aria-busy', 'false');
  main.dataset.ready = 'true';
  const focusTarget = view.querySelector('[data-autofocus]');
  if (focusTarget) focusTarget.focus();
  else if (inAppSteps > 0 && !view.contains(document.activeElement)) main.focus({ preventScroll: true });
}

window.addEventListener('hashchange', () => {
  inAppSteps++;
  window.scrollTo(0, 0);
  route();
});

// The language names are shown in: the reader's choice, kept; the page is drawn again in it.
const namesSelect = document.getElementById('names-lang');
namesSelect.value = names();
document.documentElement.dataset.names = names();
namesSelect.addEventListener('change', () => {
  setNames(namesSelect.value);
  document.documentElement.dataset.names = names();
  route();
});

// The search box in the header.
document.querySelector('[data-quick-search]').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = e.target.elements.q.value.trim();
  location.hash = searchHref(q ? { q } : {});
});

// Keys: "/" to search; Escape clears a filled input, closes an open fold, or goes back.
document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
  const t = e.target;
  const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
  if (e.key === '/' && !typing) {
    e.preventDefault();
    document.getElementById('quick-q').focus();
    return;
  }
  if (e.key !== 'Escape') return;
  if (typing) {
    if (t.value) t.value = '';
    else t.blur();
    return;
  }
  const open = t.closest && t.closest('details[open]');
  if (open) {
    open.open = false;
    open.querySelector('summary').focus();
    return;
  }
  const r = parseHash(location.hash);
  if (inAppSteps > 0 && ['event', 'entity', 'doc'].includes(r.page)) history.back();
});

route();
