// auth.test.mjs: login, sessions, CSRF, cookies, headers, API tokens,
// deactivation, what is stored, and the user/token command line, against
// the real server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { startServer, BIN } from './server.mjs';
import { login, postLogin, csrfOf, setCookies, ACCOUNTS } from './session.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

const get = (p, cookie = '', opts = {}) => fetch(srv.base + p, {
  redirect: 'manual', ...opts, headers: { cookie, ...(opts.headers || {}) },
});
const post = (p, cookie, form, headers = {}) => fetch(srv.base + p, {
  method: 'POST', redirect: 'manual', body: new URLSearchParams(form), headers: { cookie, ...headers },
});
const sessionCookie = (r) => setCookies(r).find((c) => c.startsWith('koers_session='));
const sql = (db, q) => execFileSync('sqlite3', [db, q]).toString().trim();
const cli = (args, input = '') => spawnSync(BIN, args, { input });

test('pages send anonymous users to the login page and back after it', async () => {
  const r = await get('/programmes?year=2014');
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/login?next=/programmes%3Fyear%3D2014');
  const form = await (await get('/login?next=%2Fprogrammes%3Fyear%3D2014')).text();
  assert.match(form, /autocomplete="username"/);
  assert.match(form, /autocomplete="current-password"/);
  assert.match(form, /<label for="username">Gebruikersnaam<\/label>/);
  const a = ACCOUNTS.cmt;
  const done = await postLogin(srv.base, a.username, a.password, { next: '/programmes?year=2014' });
  assert.equal(done.status, 303);
  assert.equal(done.headers.get('location'), '/programmes?year=2014');
});

test('the login page speaks English too', async () => {
  const html = await (await get('/login?lang=en')).text();
  assert.match(html, /<label for="username">Username<\/label>/);
  assert.match(html, /<label for="password">Password<\/label>/);
});

test('no open redirect: next must be a path on this site', async () => {
  const a = ACCOUNTS.council;
  for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '/%0d%0aSet-Cookie:x=1']) {
    const r = await postLogin(srv.base, a.username, a.password, { next });
    assert.equal(r.status, 303, next);
    const loc = r.headers.get('location');
    assert.ok(loc === '/' || (loc.startsWith('/') && !loc.startsWith('//') && !/[\r\n\\]/.test(loc)), `${next} -> ${loc}`);
  }
});

test('the API answers 401 JSON without a login', async () => {
  const r = await get('/api/v1/years');
  assert.equal(r.status, 401);
  assert.equal((await r.json()).error.code, 'unauthorized');
});

test('session cookie flags: HttpOnly, SameSite=Lax, Path=/, no Secure without --secure-cookies', async () => {
  const a = ACCOUNTS.cmt;
  const r = await postLogin(srv.base, a.username, a.password);
  const raw = r.headers.getSetCookie().find((c) => c.startsWith('koers_session='));
  assert.match(raw, /^koers_session=[0-9a-f]{64}; /);
  assert.match(raw, /; HttpOnly/);
  assert.match(raw, /; SameSite=Lax/);
  assert.match(raw, /; Path=\//);
  assert.doesNotMatch(raw, /Secure/);
});

test('with --secure-cookies the cookies are Secure', async () => {
  const own = await startServer({ db: srv.db, args: ['--secure-cookies'] });
  try {
    const a = ACCOUNTS.cmt;
    const r = await postLogin(own.base, a.username, a.password);
    const raw = r.headers.getSetCookie().find((c) => c.startsWith('koers_session='));
    assert.match(raw, /; Secure/);
    const form = await fetch(own.base + '/login');
    assert.match(form.headers.getSetCookie().find((c) => c.startsWith('koers_login=')), /; Secure/);
  } finally { await own.stop(); }
});

test('no fixation: logging in gives a new session id and ends the one presented', async () => {
  const old = await login(srv.base, 'manager');
  const a = ACCOUNTS.manager;
  const r = await postLogin(srv.base, a.username, a.password, { cookie: old });
  const fresh = sessionCookie(r);
  assert.ok(fresh && fresh !== old);
  assert.equal((await get('/', old)).status, 303, 'the presented session has ended');
  assert.equal((await get('/', fresh)).status, 200);
  // An id the attacker made up is never adopted either.
  const made = 'koers_session=' + 'ab'.repeat(32);
  const r2 = await postLogin(srv.base, a.username, a.password, { cookie: made });
  assert.notEqual(sessionCookie(r2), made);
});

test('logout ends the session on the server and removes the cookie', async () => {
  const c = await login(srv.base, 'director');
  const token = await csrfOf(srv.base, c);
  const r = await post('/logout', c, { csrf: token });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/login');
  assert.match(r.headers.getSetCookie().find((x) => x.startsWith('koers_session=')), /Max-Age=0/);
  assert.equal((await get('/', c)).status, 303, 'the old cookie no longer works');
  const n = sql(srv.db, "SELECT count(*) FROM audit WHERE action = 'logout' AND client = '127.0.0.1'");
  assert.ok(Number(n) >= 1);
});

test('CSRF: missing or wrong token answers 403 with a readable page; the right one passes', async () => {
  const c = await login(srv.base, 'council');
  const other = await csrfOf(srv.base, await login(srv.base, 'cmt'));
  const token = await csrfOf(srv.base, c);
  const password = ACCOUNTS.council.password;
  const missing = await post('/account/tokens', c, { label: 'x' });
  assert.equal(missing.status, 403);
  assert.match(await missing.text(), /formulier is verlopen/);
  const wrong = await post('/account/tokens', c, { label: 'x', csrf: 'f'.repeat(64) });
  assert.equal(wrong.status, 403);
  assert.equal((await post('/account/tokens', c, { label: 'x', csrf: other })).status, 403, "another session's token");
  assert.equal((await post('/account/tokens', c, { label: 'x', password, csrf: token })).status, 200);
  assert.equal((await post('/account/tokens', c, { label: 'x', password }, { 'x-csrf-token': token })).status, 200);
  // multipart forms carry it as a part
  const fd = new FormData();
  fd.append('csrf', token);
  fd.append('label', 'x');
  fd.append('password', password);
  const mp = await fetch(srv.base + '/account/tokens', { method: 'POST', body: fd, redirect: 'manual', headers: { cookie: c } });
  assert.equal(mp.status, 200);
  const fd2 = new FormData();
  fd2.append('csrf', 'f'.repeat(64));
  const mp2 = await fetch(srv.base + '/account/tokens', { method: 'POST', body: fd2, redirect: 'manual', headers: { cookie: c } });
  assert.equal(mp2.status, 403);
});

test('login CSRF: a login form without its own cookie token is refused', async () => {
  const a = ACCOUNTS.cmt;
  const r = await fetch(srv.base + '/login', {
    method: 'POST', redirect: 'manual',
    body: new URLSearchParams({ username: a.username, password: a.password, csrf: 'a'.repeat(64) }),
  });
  assert.equal(r.status, 403);
  assert.equal(sessionCookie(r), undefined);
});

test('login CSRF: a token pair the client made up itself is refused; the server signs its own', async () => {
  const a = ACCOUNTS.cmt;
  const forged = 'a'.repeat(64);
  const r = await fetch(srv.base + '/login', {
    method: 'POST', redirect: 'manual',
    headers: { cookie: `koers_login=${forged}` },
    body: new URLSearchParams({ username: a.username, password: a.password, csrf: forged }),
  });
  assert.equal(r.status, 403);
  assert.equal(sessionCookie(r), undefined);
  // A genuine token with one digit changed (its signature) fails too.
  const form = await fetch(srv.base + '/login');
  const tok = /name="csrf" value="([0-9a-f]{64})"/.exec(await form.text())[1];
  const bent = tok.slice(0, 63) + (tok[63] === '0' ? '1' : '0');
  const r2 = await fetch(srv.base + '/login', {
    method: 'POST', redirect: 'manual',
    headers: { cookie: `koers_login=${bent}` },
    body: new URLSearchParams({ username: a.username, password: a.password, csrf: bent }),
  });
  assert.equal(r2.status, 403);
  const r3 = await fetch(srv.base + '/login', {
    method: 'POST', redirect: 'manual',
    headers: { cookie: `koers_login=${tok}` },
    body: new URLSearchParams({ username: a.username, password: a.password, csrf: tok }),
  });
  assert.equal(r3.status, 303);
});

test('unknown user and wrong password get the same answer', async () => {
  const strip = (h) => h.replace(/[0-9a-f]{64}/g, '').replace(/value="[^"]*" (?=autocomplete|autocapitalize)/, '');
  const wrong = await postLogin(srv.base, 'cmt', 'not-the-password-at-all');
  const unknown = await postLogin(srv.base, 'nobody-here', 'not-the-password-at-all');
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  const w = strip(await wrong.text()).replace('value="cmt"', 'value=""');
  const u = strip(await unknown.text()).replace('value="nobody-here"', 'value=""');
  assert.equal(w, u);
  assert.match(w, /Gebruikersnaam of wachtwoord onjuist/);
});

test('unknown users cost about as much time as wrong passwords (a dummy hash is verified)', async () => {
  const time = async (u) => {
    const t = [];
    for (let i = 0; i < 3; i++) {
      const s = performance.now();
      await (await postLogin(srv.base, `${u}${i}`, 'not-the-password-at-all')).text();
      t.push(performance.now() - s);
    }
    return t.sort((a, b) => a - b)[1];
  };
  // Different real accounts would throttle; time one real account once more
  // against distinct unknown names, each failing once.
  const s = performance.now();
  await (await postLogin(srv.base, 'griffie', 'not-the-password-at-all')).text();
  const known = performance.now() - s;
  const unknown = await time('ghost-');
  assert.ok(unknown > known * 0.3, `unknown ${unknown.toFixed(1)}ms vs known ${known.toFixed(1)}ms`);
});

test('security headers on pages, login, redirects, API, errors and static files', async () => {
  const c = await login(srv.base, 'cmt');
  for (const [p, cookie] of [['/', c], ['/login', ''], ['/', ''], ['/api/v1/years', c], ['/api/v1/years', ''],
    ['/admin/users', c], ['/nope', c], ['/static/css/koers.css', ''], ['/healthz', '']]) {
    const r = await get(p, cookie);
    const csp = r.headers.get('content-security-policy');
    assert.match(csp, /default-src 'self'/, p);
    assert.match(csp, /frame-ancestors 'none'/, p);
    assert.doesNotMatch(csp, /unsafe-inline/, p);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', p);
    assert.equal(r.headers.get('referrer-policy'), 'same-origin', p);
  }
});

test('the layout shows the user, the account link, logout form, and the admin link only to administrators', async () => {
  const admin = await (await get('/', await login(srv.base, 'administrator'))).text();
  assert.match(admin, /Fatima el Amrani/);
  assert.match(admin, /href="\/account"/);
  assert.match(admin, /<form method="post" action="\/logout"[^>]*><input type="hidden" name="csrf" value="[0-9a-f]{64}">/);
  assert.match(admin, /href="\/admin\/users"/);
  const mgr = await (await get('/', await login(srv.base, 'manager'))).text();
  assert.match(mgr, /Sander Bos/);
  assert.doesNotMatch(mgr, /href="\/admin\/users"/);
});

test('API token: created on /account and shown once, used as Bearer with the same roles, revoked -> 401', async () => {
  const c = await login(srv.base, 'manager');
  const token = await csrfOf(srv.base, c);
  const page = await (await post('/account/tokens', c, { label: 'script', password: ACCOUNTS.manager.password, csrf: token })).text();
  const m = /<code id="new-token">(koers_[0-9a-f]{64})<\/code>/.exec(page);
  assert.ok(m, 'the new token is on the page');
  const bearer = m[1];
  const again = await (await get('/account', c)).text();
  assert.doesNotMatch(again, new RegExp(bearer), 'shown once only');
  const auth = { authorization: `Bearer ${bearer}` };
  const lastUsed = () => sql(srv.db, "SELECT coalesce(last_used, '') FROM api_token WHERE label = 'script'").trim();
  assert.equal(lastUsed(), '', 'not used yet');
  const years = await get('/api/v1/years', '', { headers: auth });
  assert.equal(years.status, 200);
  assert.match(lastUsed(), /^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/, 'its use is noted, to the minute');
  assert.equal((await get('/admin/users', '', { headers: auth })).status, 403, 'a manager token is a manager');
  // A token cannot mint another (only a session with CSRF and the password can).
  assert.equal((await fetch(srv.base + '/account/tokens', { method: 'POST', headers: auth, body: new URLSearchParams({ label: 'x', password: ACCOUNTS.manager.password }) })).status, 403);
  assert.equal((await get('/api/v1/years', '', { headers: { authorization: 'Bearer koers_' + '0'.repeat(64) } })).status, 401);
  const id = /action="\/account\/tokens\/(\d+)\/revoke"/.exec(again)[1];
  const rev = await post(`/account/tokens/${id}/revoke`, c, { csrf: token });
  assert.equal(rev.status, 303);
  assert.equal((await get('/api/v1/years', '', { headers: auth })).status, 401);
  const n = sql(srv.db, "SELECT count(*) FROM audit WHERE action IN ('token.create','token.revoke')");
  assert.ok(Number(n) >= 2);
});

test('administrator creates a user, assigns roles with scope, resets the password, deactivates (sessions and tokens end at once) and reactivates', async () => {
  const admin = await login(srv.base, 'administrator');
  const t = await csrfOf(srv.base, admin);
  const pz = JSON.parse(JSON.stringify((await (await get('/api/v1/org-units', admin)).json())));
  const units = [];
  const walk = (u) => { units.push(u); (u.children || []).forEach(walk); };
  walk(pz.org_unit);
  const wi = units.find((u) => u.code === 'WI').id;
  const short = await post('/admin/users', admin, { csrf: t, username: 'tijdelijk', display_name: 'T', password: 'kort', role: 'manager', scope: String(wi) });
  assert.equal(short.status, 422);
  const shortHtml = await short.text();
  assert.match(shortHtml, /minstens 12 tekens/);
  assert.match(shortHtml, /value="tijdelijk"/, 'what was typed is kept');
  const noScope = await post('/admin/users', admin, { csrf: t, username: 'tijdelijk', password: 'lang-genoeg-wachtwoord', role: 'manager' });
  assert.equal(noScope.status, 422);
  const made = await post('/admin/users', admin, { csrf: t, username: 'tijdelijk', display_name: 'Tijdelijk', password: 'lang-genoeg-wachtwoord', role: 'manager', scope: String(wi) });
  assert.equal(made.status, 303);
  const id = /\/admin\/users\/(\d+)/.exec(made.headers.get('location'))[1];
  assert.equal((await post(`/admin/users/${id}/roles`, admin, { csrf: t, role: 'council', scope: '' })).status, 303);
  assert.match(sql(srv.db, `SELECT group_concat(role, ',') FROM role_assignment WHERE user_id = ${id}`), /council/);
  assert.equal((await post(`/admin/users/${id}/roles/remove`, admin, { csrf: t, role: 'council', scope: sql(srv.db, 'SELECT id FROM org_unit WHERE parent_id IS NULL') })).status, 303);
  assert.doesNotMatch(sql(srv.db, `SELECT group_concat(role, ',') FROM role_assignment WHERE user_id = ${id}`), /council/);
  const r1 = await postLogin(srv.base, 'tijdelijk', 'lang-genoeg-wachtwoord');
  const victim = sessionCookie(r1);
  assert.equal((await get('/', victim)).status, 200);
  assert.equal((await post(`/admin/users/${id}/password`, admin, { csrf: t, password: 'nog-een-ander-wachtwoord' })).status, 303);
  assert.equal((await get('/', victim)).status, 303, 'a reset ends their sessions');
  const victim2 = sessionCookie(await postLogin(srv.base, 'tijdelijk', 'nog-een-ander-wachtwoord'));
  assert.equal((await get('/', victim2)).status, 200);
  const tok = cli(['token', 'create', '--db', srv.db, 'tijdelijk']).stdout.toString().trim();
  const bearer = { headers: { authorization: `Bearer ${tok}` } };
  assert.equal((await get('/api/v1/years', '', bearer)).status, 200);
  assert.doesNotMatch(await (await get(`/admin/users/${id}`, admin)).text(), /\/activate"/, 'an active user has no reactivate form');
  assert.equal((await post(`/admin/users/${id}/deactivate`, admin, { csrf: t })).status, 303);
  assert.equal((await get('/', victim2)).status, 303, 'deactivation ends the session at once');
  assert.equal((await postLogin(srv.base, 'tijdelijk', 'nog-een-ander-wachtwoord')).status, 401);
  assert.equal((await get('/api/v1/years', '', bearer)).status, 401);
  assert.equal(sql(srv.db, `SELECT count(*) FROM api_token WHERE user_id = ${id} AND revoked_at IS NULL`), '0', 'its tokens are revoked');
  // Reactivation: they log in again with their password; old tokens stay dead.
  const page = await (await get(`/admin/users/${id}`, admin)).text();
  assert.match(page, /nee \(gedeactiveerd\)/);
  assert.match(page, /<form method="post" action="\/admin\/users\/\d+\/activate"[^>]*>/);
  assert.doesNotMatch(page, /\/deactivate"/);
  assert.equal((await post(`/admin/users/${id}/activate`, admin, { csrf: t })).status, 303);
  assert.equal((await post(`/admin/users/${id}/activate`, admin, {})).status, 403, 'CSRF is checked');
  assert.equal(sql(srv.db, `SELECT active FROM user WHERE id = ${id}`), '1');
  const back = sessionCookie(await postLogin(srv.base, 'tijdelijk', 'nog-een-ander-wachtwoord'));
  assert.equal((await get('/', back)).status, 200, 'logs in again');
  assert.equal((await get('/api/v1/years', '', bearer)).status, 401, 'a revoked token stays revoked');
  assert.equal(sql(srv.db, `SELECT group_concat(role, ',') FROM role_assignment WHERE user_id = ${id}`), 'manager', 'roles kept');
  const acts = sql(srv.db, `SELECT group_concat(action, ',') FROM audit WHERE entity = 'user' AND entity_id = '${id}'`);
  for (const a of ['user.create', 'role.add', 'role.remove', 'user.password', 'user.deactivate', 'user.activate']) assert.match(acts, new RegExp(a.replace('.', '\\.')), a);
});

test('an administrator cannot lock themselves out: no self-deactivation, no removing their own administrator role', async () => {
  const admin = await login(srv.base, 'administrator');
  const t = await csrfOf(srv.base, admin);
  const me = sql(srv.db, "SELECT id FROM user WHERE username = 'beheerder'");
  const root = sql(srv.db, 'SELECT id FROM org_unit WHERE parent_id IS NULL');
  const off = await post(`/admin/users/${me}/deactivate`, admin, { csrf: t });
  assert.equal(off.status, 422);
  assert.match(await off.text(), /Vraag een andere beheerder dit te doen/);
  const drop = await post(`/admin/users/${me}/roles/remove`, admin, { csrf: t, role: 'administrator', scope: root });
  assert.equal(drop.status, 422);
  assert.equal(sql(srv.db, `SELECT active FROM user WHERE id = ${me}`), '1');
  assert.equal(sql(srv.db, `SELECT count(*) FROM role_assignment WHERE user_id = ${me} AND role = 'administrator'`), '1');
  assert.equal((await get('/admin/users', admin)).status, 200, 'still an administrator, still logged in');
});

test('changing one\'s own password needs the current one and ends the other sessions', async () => {
  const admin = await login(srv.base, 'administrator');
  const t = await csrfOf(srv.base, admin);
  await post('/admin/users', admin, { csrf: t, username: 'wisselaar', password: 'eerste-wachtwoord-1', role: 'council' });
  const a = sessionCookie(await postLogin(srv.base, 'wisselaar', 'eerste-wachtwoord-1'));
  const b = sessionCookie(await postLogin(srv.base, 'wisselaar', 'eerste-wachtwoord-1'));
  const ta = await csrfOf(srv.base, a);
  const bad = await post('/account/password', a, { csrf: ta, current: 'fout-wachtwoord-xx', password: 'tweede-wachtwoord-2', password2: 'tweede-wachtwoord-2' });
  assert.equal(bad.status, 422);
  assert.match(await bad.text(), /huidige wachtwoord klopt niet/);
  const ok = await post('/account/password', a, { csrf: ta, current: 'eerste-wachtwoord-1', password: 'tweede-wachtwoord-2', password2: 'tweede-wachtwoord-2' });
  assert.equal(ok.status, 303);
  assert.equal((await get('/', a)).status, 200, 'this session stays');
  assert.equal((await get('/', b)).status, 303, 'the other session ended');
});

// Issue 17 item 9: a leaked token must not outlive the answer to it.
test('API tokens: minting needs a session, its CSRF token and the password; a password change or reset revokes them', async () => {
  const admin = await login(srv.base, 'administrator');
  const t = await csrfOf(srv.base, admin);
  assert.equal((await post('/admin/users', admin, { csrf: t, username: 'sleutelaar', password: 'eerste-wachtwoord-1', role: 'council' })).status, 303);
  const id = sql(srv.db, "SELECT id FROM user WHERE username = 'sleutelaar'");
  const s = sessionCookie(await postLogin(srv.base, 'sleutelaar', 'eerste-wachtwoord-1'));
  const ts = await csrfOf(srv.base, s);
  const count = () => Number(sql(srv.db, `SELECT count(*) FROM api_token WHERE user_id = ${id}`));
  const mint = async (form) => {
    const r = await post('/account/tokens', s, { csrf: ts, label: 'k', ...form });
    const m = /<code id="new-token">(koers_[0-9a-f]{64})<\/code>/.exec(await r.text());
    return { status: r.status, token: m && m[1] };
  };
  // Without the password, or with a wrong one: nothing is minted.
  assert.equal((await mint({})).status, 422);
  const wrong = await mint({ password: 'niet-het-wachtwoord' });
  assert.equal(wrong.status, 422);
  assert.equal(count(), 0);
  const first = await mint({ password: 'eerste-wachtwoord-1' });
  assert.equal(first.status, 200);
  assert.ok(first.token);
  const bearer = (tok) => ({ headers: { authorization: `Bearer ${tok}` } });
  // The token itself cannot mint more, nor change the password.
  const viaToken = await fetch(srv.base + '/account/tokens', { method: 'POST', headers: { authorization: `Bearer ${first.token}` }, body: new URLSearchParams({ label: 'kind', password: 'eerste-wachtwoord-1' }) });
  assert.equal(viaToken.status, 403);
  const pwViaToken = await fetch(srv.base + '/account/password', { method: 'POST', headers: { authorization: `Bearer ${first.token}` }, body: new URLSearchParams({ current: 'eerste-wachtwoord-1', password: 'overgenomen-wachtwoord', password2: 'overgenomen-wachtwoord' }) });
  assert.equal(pwViaToken.status, 403);
  assert.equal(count(), 1);
  // The account page offers the revocation, ticked.
  assert.match(await (await get('/account', s)).text(), /<input id="revoke-tokens" name="revoke_tokens" type="checkbox" value="1" checked>/);
  // Own change with the box unticked: the token stays.
  assert.equal((await post('/account/password', s, { csrf: ts, current: 'eerste-wachtwoord-1', password: 'tweede-wachtwoord-2', password2: 'tweede-wachtwoord-2' })).status, 303);
  assert.equal((await get('/api/v1/years', '', bearer(first.token))).status, 200);
  // Ticked (the default): revoked.
  assert.equal((await post('/account/password', s, { csrf: ts, current: 'tweede-wachtwoord-2', password: 'derde-wachtwoord-33', password2: 'derde-wachtwoord-33', revoke_tokens: '1' })).status, 303);
  assert.equal((await get('/api/v1/years', '', bearer(first.token))).status, 401);
  // An administrator's reset always revokes.
  const second = await mint({ password: 'derde-wachtwoord-33' });
  assert.equal(second.status, 200);
  assert.equal((await get('/api/v1/years', '', bearer(second.token))).status, 200);
  assert.equal((await post(`/admin/users/${id}/password`, admin, { csrf: t, password: 'vierde-wachtwoord-4' })).status, 303);
  assert.equal((await get('/api/v1/years', '', bearer(second.token))).status, 401);
  assert.equal(sql(srv.db, `SELECT count(*) FROM api_token WHERE user_id = ${id} AND revoked_at IS NULL`), '0');
});

test('the database holds no password, session id or API token in clear', async () => {
  const a = ACCOUNTS.cmt;
  const c = await login(srv.base, 'cmt');
  const sid = c.split('=')[1];
  const t = await csrfOf(srv.base, c);
  const page = await (await post('/account/tokens', c, { label: 'leak-test', password: a.password, csrf: t })).text();
  const token = /(koers_[0-9a-f]{64})/.exec(page)[1];
  assert.equal((await get('/', c)).status, 200);
  const bytes = Buffer.concat([srv.db, `${srv.db}-wal`].filter(existsSync).map((f) => readFileSync(f)));
  for (const secret of [a.password, ...Object.values(ACCOUNTS).map((x) => x.password), sid, token, token.slice(6)]) {
    assert.equal(bytes.indexOf(Buffer.from(secret)), -1, `found ${secret.slice(0, 8)}... in the database`);
  }
  assert.match(sql(srv.db, "SELECT password_hash FROM user WHERE username = 'cmt'"), /^\$argon2id\$v=19\$m=19456,t=3,p=1\$/);
});

test('CLI: user add/passwd read the password from stdin, refuse short ones; role, list, deactivate, activate; token create', async () => {
  const db = srv.db;
  const short = cli(['user', 'add', '--db', db, 'cliuser', '--role', 'council'], 'te-kort\n');
  assert.equal(short.status, 1);
  assert.match(short.stderr.toString(), /at least 12/);
  const noScope = cli(['user', 'add', '--db', db, 'cliuser', '--role', 'manager'], 'een-goed-cli-wachtwoord\n');
  assert.equal(noScope.status, 1);
  const add = cli(['user', 'add', '--db', db, 'cliuser', '--role', 'council', '--name', 'Cli Gebruiker'], 'een-goed-cli-wachtwoord\n');
  assert.equal(add.status, 0, add.stderr.toString());
  assert.equal((await postLogin(srv.base, 'cliuser', 'een-goed-cli-wachtwoord')).status, 303);
  assert.equal(cli(['user', 'passwd', '--db', db, 'cliuser'], 'kort\n').status, 1);
  assert.equal(cli(['user', 'passwd', '--db', db, 'cliuser'], 'het-nieuwe-cli-wachtwoord\n').status, 0);
  assert.equal((await postLogin(srv.base, 'cliuser', 'het-nieuwe-cli-wachtwoord')).status, 303);
  const pz = sql(db, "SELECT id FROM org_unit WHERE code = 'PZ'");
  assert.equal(cli(['user', 'role', '--db', db, 'cliuser', '--add', 'manager', '--scope', pz]).status, 0);
  assert.equal(cli(['user', 'role', '--db', db, 'cliuser', '--add', 'manager', '--scope', pz]).status, 1, 'held already');
  assert.equal(cli(['user', 'role', '--db', db, 'cliuser', '--remove', 'council']).status, 0);
  const list = cli(['user', 'list', '--db', db]).stdout.toString();
  assert.match(list, /cliuser\s+yes\s+Cli Gebruiker\s+manager@PZ/);
  const tok = cli(['token', 'create', '--db', db, 'cliuser']);
  assert.equal(tok.status, 0);
  const bearer = tok.stdout.toString().trim();
  assert.match(bearer, /^koers_[0-9a-f]{64}$/);
  assert.equal((await get('/api/v1/years', '', { headers: { authorization: `Bearer ${bearer}` } })).status, 200);
  const s = sessionCookie(await postLogin(srv.base, 'cliuser', 'het-nieuwe-cli-wachtwoord'));
  assert.equal(cli(['user', 'deactivate', '--db', db, 'cliuser']).status, 0);
  assert.equal((await get('/', s)).status, 303, 'sessions end at once');
  assert.equal((await get('/api/v1/years', '', { headers: { authorization: `Bearer ${bearer}` } })).status, 401);
  assert.match(cli(['user', 'list', '--db', db]).stdout.toString(), /cliuser\s+no/);
  assert.equal(cli(['user', 'activate', '--db', db, 'cliuser']).status, 0);
  assert.match(cli(['user', 'list', '--db', db]).stdout.toString(), /cliuser\s+yes/);
  assert.equal((await postLogin(srv.base, 'cliuser', 'het-nieuwe-cli-wachtwoord')).status, 303, 'logs in again');
  assert.equal((await get('/api/v1/years', '', { headers: { authorization: `Bearer ${bearer}` } })).status, 401, 'its token stays revoked');
  assert.equal(cli(['user', 'activate', '--db', db, 'nobody-here']).status, 1);
  assert.equal(cli(['user', 'add', '--db', db, 'x', '--role', 'council', '--password', 'in-argv-is-wrong']).status, 2, 'no password option');
  assert.match(sql(db, "SELECT group_concat(client, ',') FROM audit WHERE action = 'user.create'"), /cli/);
});

test('a fresh database made by migrate alone has no accounts', () => {
  const dir = execFileSync('mktemp', ['-d']).toString().trim();
  execFileSync(BIN, ['migrate', '--db', `${dir}/x.db`]);
  assert.equal(sql(`${dir}/x.db`, 'SELECT count(*) FROM user'), '0');
});

test('a query too long to come back to exactly returns to the path alone', async () => {
  const r = await get('/programmes?year=2014&x=' + 'a'.repeat(2000));
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/login?next=/programmes');
});
