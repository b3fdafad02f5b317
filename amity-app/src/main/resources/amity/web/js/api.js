// The JSON API, as the pages use it. Every call throws an Error with the server's reason on failure.

/** Query string from an object, leaving out null, undefined and empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** An entity id as a URL path: its slashes stay slashes, everything else is escaped. */
export function idPath(id) {
  return String(id).split('/').map(encodeURIComponent).join('/');
}

export class ApiError extends Error {
  /** body: the server's JSON error ({error, unknown, did_you_mean}) where it sent one. */
  constructor(status, message, body = null) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

// ------------------------------------------------------------------ names in the reader's language

export const NAME_LANGS = ['en', 'vi', 'zh', 'es'];
let namesLang = null;

/** The language entities are named in: the reader's choice, else the browser's language, else English. */
export function names() {
  if (namesLang) return namesLang;
  let chosen = null;
  try {
    chosen = localStorage.getItem('amity.names');
  } catch (e) {
    chosen = null; // storage may be off; the browser's language still counts
  }
  const browser = (navigator.languages || [navigator.language || 'en']).map((l) => String(l).slice(0, 2).toLowerCase());
  namesLang = [chosen, ...browser].find((l) => NAME_LANGS.includes(l)) || 'en';
  return namesLang;
}

export function setNames(lang) {
  if (!NAME_LANGS.includes(lang)) return;
  namesLang = lang;
  try {
    localStorage.setItem('amity.names', lang);
  } catch (e) {
    // kept for this page only
  }
}

/** Endpoints that name entities and take ?names=. */
const NAMED = /^\/api\/(events|timeline|entities|lookup|network|fields|stories|map)(\/|$)/;

export async function get(path, params) {
  const all = NAMED.test(path) ? { ...params, names: names() } : params;
  const res = await fetch(path + query(all), { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    throw new ApiError(res.status, `${path}: the server answered ${res.status} without JSON`);
  }
  if (!res.ok) throw new ApiError(res.status, (body && body.error) || `${path}: ${res.status}`, body);
  return { body, total: Number(res.headers.get('X-Total-Count') ?? NaN) };
}

export async function json(path, params) {
  return (await get(path, params)).body;
}

const stories = new Map();
const KEEP = 100;

/** A story with its page text, lines, mentions and events; the last hundred read are kept. */
export function story(id) {
  const key = names() + ' ' + id;
  if (!stories.has(key)) {
    if (stories.size >= KEEP) stories.delete(stories.keys().next().value);
    const p = json('/api/stories/' + encodeURIComponent(id));
    p.catch(() => stories.delete(key));
    stories.set(key, p);
  }
  return stories.get(key);
}

let formsInfo = null;

/** The classes of contact event and the forms that count as each, as the server's Forms has them (read once). */
export function forms() {
  if (!formsInfo) {
    formsInfo = json('/api/forms');
    formsInfo.catch(() => { formsInfo = null; });
  }
  return formsInfo;
}
