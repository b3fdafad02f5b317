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

export async function get(path, params) {
  const res = await fetch(path + query(params), { headers: { Accept: 'application/json' } });
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
  if (!stories.has(id)) {
    if (stories.size >= KEEP) stories.delete(stories.keys().next().value);
    const p = json('/api/stories/' + encodeURIComponent(id));
    p.catch(() => stories.delete(id));
    stories.set(id, p);
  }
  return stories.get(id);
}
