// http_gzip.test.mjs: every HTML, JSON, CSV and report answer over 1 KiB
// is gzip for a client that accepts it, from the first request on; the
// session's secrets are never inside the compressed data (BREACH).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import { startServer } from './server.mjs';
import { login, csrfOf } from './session.mjs';

let srv;
let cmt;
let council;
before(async () => {
  srv = await startServer();
  cmt = await login(srv.base, 'cmt');
  council = await login(srv.base, 'council');
});
after(async () => { await srv.stop(); });

// GET p; the raw (undecoded) body and the headers.
function raw(p, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(srv.base + p, { headers }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', reject);
  });
}

const gz = { 'accept-encoding': 'gzip, deflate, br' };

async function compressed(p, cookie) {
  const r = await raw(p, { ...gz, cookie });
  assert.equal(r.status, 200, p);
  assert.equal(r.headers['content-encoding'], 'gzip', `${p} is compressed`);
  assert.match(r.headers.vary || '', /accept-encoding/i, p);
  const plain = zlib.gunzipSync(r.body);
  assert.ok(r.body.length < plain.length, p);
  return { r, plain };
}

test('pages, API, CSV and report answers are gzip from the first request', async () => {
  for (const p of ['/programmes', '/dashboard?period=2014-Q1', '/api/v1/programmes?year=2014',
    '/dashboard/deviations?period=2014-Q2']) {
    await compressed(p, cmt);
  }
  const { plain } = await compressed('/reports', council);
  assert.match(plain.toString(), /<html/);
  // A CSV: the import template of a unit's form.
  const units = await (await fetch(srv.base + '/api/v1/org-units', { headers: { cookie: cmt } })).json();
  let csv = null;
  for (const u of JSON.stringify(units).match(/"id":\d+/g).map((m) => m.slice(5))) {
    const r = await raw(`/entry/${u}/2014-Q1/template.csv`, { ...gz, cookie: cmt });
    if (r.status === 200 && r.headers['content-encoding'] === 'gzip') { csv = zlib.gunzipSync(r.body).toString(); break; }
  }
  assert.ok(csv, 'a template CSV over 1 KiB came compressed');
  assert.match(csv, /indicator/);
});

test('the CSRF token and cookies set are in the compressed answer as they are', async () => {
  const csrf = await csrfOf(srv.base, cmt);
  const { r } = await compressed('/programmes', cmt);
  assert.ok(r.body.includes(Buffer.from(csrf)), 'the token is in a stored block');
  // The login page sets its double-submit token as a cookie and a field.
  const login = await raw('/login', gz);
  assert.equal(login.headers['content-encoding'], 'gzip');
  const token = /koers_login=([0-9a-f]+)/.exec(login.headers['set-cookie'].join(';'))[1];
  assert.ok(login.body.includes(Buffer.from(token)));
  assert.ok(zlib.gunzipSync(login.body).toString().includes(token));
});

test('no gzip without Accept-Encoding, for small answers, or for gzip;q=0', async () => {
  const plain = await raw('/programmes', { cookie: cmt });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.match(plain.headers.vary || '', /accept-encoding/i);
  assert.match(plain.body.toString(), /<html/);
  const small = await raw('/healthz', gz);
  assert.equal(small.headers['content-encoding'], undefined);
  const refused = await raw('/programmes', { cookie: cmt, 'accept-encoding': 'gzip;q=0' });
  assert.equal(refused.headers['content-encoding'], undefined);
});
