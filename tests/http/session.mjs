// session.mjs: logging in over HTTP as the demo accounts, for every test
// that needs a session (and for the browser tests: see README, "Roles and
// access").  The login form has three fields: username, password and csrf
// (the value of the koers_login cookie that GET /login sets: a
// double-submit token against login CSRF), plus next.

// '' is anonymous; the others are the roles of the demo accounts.
export const ROLES = ['', 'administrator', 'cmt', 'director', 'manager', 'council', 'control'];

// The demo account of each role (src/demo/demo.c, `koers demo --accounts`).
export const ACCOUNTS = {
  administrator: { username: 'beheerder', password: 'koers-beheerder-2014' },
  cmt: { username: 'cmt', password: 'koers-cmt-2014-zoetermeer' },
  director: { username: 'directeur', password: 'koers-directeur-2014' },
  manager: { username: 'manager', password: 'koers-manager-2014' },
  council: { username: 'griffie', password: 'koers-griffie-2014' },
  control: { username: 'control', password: 'koers-control-2014' },
};

// The name=value pairs of every Set-Cookie header of a response.
export function setCookies(res) {
  const all = typeof res.headers.getSetCookie === 'function'
    ? res.headers.getSetCookie() : [res.headers.get('set-cookie') || ''];
  return all.filter(Boolean).map((c) => c.split(';')[0]);
}

// The login form's token and cookie: { cookie, csrf }.
export async function loginForm(base) {
  const r = await fetch(base + '/login', { redirect: 'manual' });
  const html = await r.text();
  const m = /name="csrf" value="([0-9a-f]{64})"/.exec(html);
  const cookie = setCookies(r).find((c) => c.startsWith('koers_login='));
  if (!m || !cookie) throw new Error('login form without its token');
  return { cookie, csrf: m[1] };
}

// POST the login form.  Returns the raw response (303 on success).
export async function postLogin(base, username, password, { next = '/', cookie = '' } = {}) {
  const form = await loginForm(base);
  const body = new URLSearchParams({ csrf: form.csrf, username, password, next });
  return fetch(base + '/login', {
    method: 'POST', redirect: 'manual', body,
    headers: { cookie: [form.cookie, cookie].filter(Boolean).join('; ') },
  });
}

// Log in as the demo account of role; returns the Cookie header value
// ("koers_session=...").  '' for the anonymous role.
export async function login(base, role) {
  if (!role) return '';
  const a = ACCOUNTS[role];
  if (!a) throw new Error(`no demo account for role ${role}`);
  const r = await postLogin(base, a.username, a.password);
  const s = setCookies(r).find((c) => c.startsWith('koers_session='));
  if (r.status !== 303 || !s) throw new Error(`login as ${role}: ${r.status}`);
  return s;
}

// The CSRF token of a session: the hidden csrf field of its account page.
export async function csrfOf(base, cookie) {
  const r = await fetch(base + '/account', { headers: { cookie }, redirect: 'manual' });
  const m = /name="csrf" value="([0-9a-f]{64})"/.exec(await r.text());
  if (!m) throw new Error(`no csrf token (status ${r.status})`);
  return m[1];
}

// A session with its CSRF token: { cookie, csrf }.
export async function session(base, role) {
  const cookie = await login(base, role);
  return { cookie, csrf: await csrfOf(base, cookie) };
}

// The demo's org units by code: { code: id }.
export async function units(base, s) {
  const r = await fetch(base + '/api/v1/org-units', { headers: { cookie: s.cookie } });
  const out = {};
  const walk = (u) => { out[u.code] = u.id; (u.children || []).forEach(walk); };
  walk((await r.json()).org_unit);
  return out;
}

// The text of an HTML-escaped attribute or element.
export const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

// Every field of the entry form as a browser would send it.
export function formFields(html) {
  const form = /<form method="post" action="\/entry\/\d+\/[^"]+" class="entry"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  if (!form) throw new Error('the page has no editable entry form');
  const f = {};
  for (const m of form[1].matchAll(/<input [^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) f[m[1]] = decode(m[2]);
  for (const m of form[1].matchAll(/<textarea [^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) f[m[1]] = decode(m[2]);
  return f;
}
