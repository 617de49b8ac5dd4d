// router.test.mjs: a path whose capture is not of its kind ({id} a positive
// number, {period} like 2014-Q3) is refused by the router itself, before
// authentication and before any handler: even an anonymous caller, whom
// every handler-bearing route would send to the login page (HTML) or answer
// 401 (API), gets the router's 404 in the router's shape.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { login, csrfOf } from './session.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

const call = (p, opts = {}) => fetch(srv.base + p, { redirect: 'manual', ...opts });

test('/dashboard/programmes/abc is the router\'s HTML 404, before the login check', async () => {
  // The same route with an id is found, so its login check runs first.
  const ok = await call('/dashboard/programmes/1');
  await ok.arrayBuffer();
  assert.equal(ok.status, 303);
  assert.match(ok.headers.get('location'), /^\/login\?next=/);

  for (const p of ['/dashboard/programmes/abc', '/dashboard/programmes/0',
    '/dashboard/programmes/01', '/dashboard/programmes/-1']) {
    const r = await call(p);
    assert.equal(r.status, 404, p);
    assert.match(r.headers.get('content-type'), /^text\/html/, p);
    const html = await r.text();
    assert.match(html, /<html lang="nl">/, p);
    assert.match(html, /Deze pagina bestaat niet\./, p);
    assert.ok(!html.includes('abc'), 'the error page never echoes the path');
  }
  // No route has this path, so no method is allowed either: 404, not 405.
  const post = await call('/dashboard/programmes/abc', { method: 'POST' });
  await post.arrayBuffer();
  assert.equal(post.status, 404);
});

test('/api/v1/figures/1/2/2014-Q9 is the router\'s JSON 404, before authentication', async () => {
  const ok = await call('/api/v1/figures/1/2/2014-Q3', { method: 'PUT', body: '{}' });
  await ok.arrayBuffer();
  assert.equal(ok.status, 401, 'a well-formed path reaches the login check');

  for (const p of ['/api/v1/figures/1/2/2014-Q9', '/api/v1/figures/1/2/2014-Q0',
    '/api/v1/figures/1/2/1999-Q1', '/api/v1/figures/x/2/2014-Q3',
    '/api/v1/figures/1/2/2014-q3']) {
    const r = await call(p, { method: 'PUT', body: '{}' });
    assert.equal(r.status, 404, p);
    assert.match(r.headers.get('content-type'), /^application\/json/, p);
    const j = await r.json();
    assert.equal(j.error.code, 'not_found', p);
  }
});

test('a logged-in caller gets the router\'s 404 as well', async () => {
  const cookie = await login(srv.base, 'manager');
  const token = await csrfOf(srv.base, cookie);
  const put = (p) => call(p, {
    method: 'PUT', body: 'not json',
    headers: { cookie, 'x-csrf-token': token, 'content-type': 'application/json' },
  });
  const bad = await put('/api/v1/figures/1/2/2014-Q9');
  assert.equal(bad.status, 404);
  assert.equal((await bad.json()).error.code, 'not_found');
  const abc = await call('/api/v1/programmes/abc', { headers: { cookie } });
  assert.equal(abc.status, 404);
  assert.equal((await abc.json()).error.code, 'not_found');
  const html = await call('/reports/1/versions/0', { headers: { cookie } });
  assert.equal(html.status, 404);
  assert.match(await html.text(), /Deze pagina bestaat niet\./);
});
