// http_cond.test.mjs: conditional requests and the server process (issue
// 17, "HTTP and the server process"): If-None-Match with W/, a list or *;
// a 304 without "Content-Length: 0"; Last-Modified on a published
// version, answered 304 to If-Modified-Since; a second server on the same
// address refuses to start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, raw, statusOf, BIN } from './server.mjs';
import { login } from './session.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

const rawGet = (p, extra = '') => raw(srv.port, `GET ${p} HTTP/1.1\r\nHost: x\r\n${extra}Connection: close\r\n\r\n`);
const header = (res, name) => (new RegExp(`\\r\\n${name}: ([^\\r]*)`, 'i').exec(res) || [])[1];

test('If-None-Match: the ETag, W/, a list and * give 304; another tag 200', async () => {
  const first = await rawGet('/static/css/koers.css');
  assert.equal(statusOf(first), 200);
  const etag = header(first, 'ETag');
  const len = header(first, 'Content-Length');
  assert.ok(etag && etag.startsWith('"'), `ETag ${etag}`);
  for (const inm of [etag, `W/${etag}`, `"nope", ${etag}`, '*', `"a",W/${etag} , "b"`]) {
    const r = await rawGet('/static/css/koers.css', `If-None-Match: ${inm}\r\n`);
    assert.equal(statusOf(r), 304, inm);
    assert.notEqual(header(r, 'Content-Length'), '0', '304 never says Content-Length: 0');
    const cl = header(r, 'Content-Length');
    assert.ok(cl === undefined || cl === len, `Content-Length ${cl} is the 200's ${len}`);
    assert.equal(header(r, 'ETag'), etag);
    assert.equal(r.split('\r\n\r\n')[1], '', 'no body');
  }
  assert.equal(statusOf(await rawGet('/static/css/koers.css', 'If-None-Match: "nope"\r\n')), 200);
});

test('a published version carries Last-Modified and answers If-Modified-Since with 304', async () => {
  const jar = await login(srv.base, 'council');
  const form = async (p) => /name="csrf" value="([^"]*)"/.exec(await (await fetch(srv.base + p, { headers: { cookie: jar } })).text())[1];
  const post = async (p, fields, from) => fetch(srv.base + p, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: jar, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf: await form(from), ...fields }).toString(),
  });
  const periods = await (await fetch(srv.base + '/api/v1/periods?year=2014', { headers: { cookie: jar } })).json();
  const q2 = periods.periods.find((p) => p.name === '2014-Q2');
  let r = await post('/reports', { period: String(q2.id), kind: 'voortgangsrapportage', title: 'Rapport' }, '/reports/new');
  assert.equal(r.status, 303);
  const id = /\/reports\/(\d+)$/.exec(r.headers.get('location'))[1];
  r = await post(`/reports/${id}/publish`, {}, `/reports/${id}`);
  assert.ok(r.status < 400, `publish: ${r.status}`);
  const p = `/reports/${id}/export.csv?version=1`;
  const first = await rawGet(p, `Cookie: ${jar}\r\n`);
  assert.equal(statusOf(first), 200);
  const lm = header(first, 'Last-Modified');
  assert.match(lm, /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/);
  assert.equal(statusOf(await rawGet(p, `Cookie: ${jar}\r\nIf-Modified-Since: ${lm}\r\n`)), 304);
  assert.equal(statusOf(await rawGet(p, `Cookie: ${jar}\r\nIf-Modified-Since: Thu, 01 Jan 2015 00:00:00 GMT\r\n`)), 200);
  // The draft has none.
  assert.equal(header(await rawGet(`/reports/${id}/export.csv`, `Cookie: ${jar}\r\n`), 'Last-Modified'), undefined);
});

test('a second koers serve on the same address refuses to start', () => {
  const r = spawnSync(BIN, ['serve', '--db', srv.db, '--listen', `127.0.0.1:${srv.port}`], { timeout: 10000 });
  assert.notEqual(r.status, 0, 'it exits with an error, not serving');
  assert.equal(r.signal, null, 'it did not have to be killed');
  assert.match(r.stderr.toString(), /cannot listen on 127\.0\.0\.1:\d+: Address already in use/);
});
