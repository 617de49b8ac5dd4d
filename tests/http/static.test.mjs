// static.test.mjs: static files under content-hashed names, cached for a
// year, immutable, and sent gzipped (compressed once, at start) to a
// client that accepts it.  The pages name only the hashed files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { startServer, BIN, freePort } from './server.mjs';
import { login } from './session.mjs';

let srv, jar;
before(async () => {
  srv = await startServer();
  jar = await login(srv.base, 'manager');
});
after(async () => { await srv.stop(); });

// A GET with exactly these headers (fetch() would add Accept-Encoding and
// inflate the answer itself).  Resolves { status, headers, body: Buffer }.
function get(base, p, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(base + p, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers,
        body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

const HASHED = /\/static\/css\/koers\.([0-9a-f]{12})\.css/;

async function cssUrl(base) {
  const page = await get(base, '/toegankelijkheid');
  assert.equal(page.status, 200);
  const m = HASHED.exec(page.body.toString());
  assert.ok(m, 'the page links no hashed stylesheet');
  return m[0];
}

test('pages name the stylesheet, icon and scripts by content-hashed names', async () => {
  const html = (await get(srv.base, '/toegankelijkheid')).body.toString();
  assert.match(html, /<link rel="stylesheet" href="\/static\/css\/koers\.[0-9a-f]{12}\.css">/);
  assert.match(html, /<link rel="icon" href="\/static\/favicon\.[0-9a-f]{12}\.svg"/);
  assert.match(html, /<script src="\/static\/js\/koers\.[0-9a-f]{12}\.js" defer>/);
  assert.doesNotMatch(html, /\/static\/css\/koers\.css|\/static\/favicon\.svg/);
  const entry = (await get(srv.base, '/entry/12/2014-Q3', { cookie: jar })).body.toString();
  assert.match(entry, /<script src="\/static\/js\/entry\.[0-9a-f]{12}\.js" defer>/);
  for (const m of html.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)) {
    const r = await get(srv.base, m[1]);
    assert.equal(r.status, 200, m[1]);
  }
});

test('a hashed file is cached for a year, immutable, and is the plain file', async () => {
  const url = await cssUrl(srv.base);
  const r = await get(srv.base, url);
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'text/css; charset=utf-8');
  assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(r.headers['content-encoding'], undefined);
  assert.equal(r.body.toString(), readFileSync('static/css/koers.css', 'utf8'));
  // The plain name still answers, with a short cache: old pages, tools.
  const plain = await get(srv.base, '/static/css/koers.css');
  assert.equal(plain.status, 200);
  assert.doesNotMatch(plain.headers['cache-control'], /immutable/);
  // A name with another hash is no file.
  assert.equal((await get(srv.base, url.replace(HASHED, '/static/css/koers.000000000000.css'))).status, 404);
  assert.equal((await get(srv.base, '/static/css/koers.0123.css')).status, 404);
});

test('text files go gzipped to a client that accepts it, with their own ETag', async () => {
  const url = await cssUrl(srv.base);
  const plain = await get(srv.base, url);
  const gz = await get(srv.base, url, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(gz.status, 200);
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.match(gz.headers.vary, /Accept-Encoding/i);
  assert.match(plain.headers.vary, /Accept-Encoding/i);
  assert.equal(gz.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.ok(gz.body.length < plain.body.length / 2,
    `gzip ${gz.body.length} bytes, plain ${plain.body.length}`);
  assert.equal(Number(gz.headers['content-length']), gz.body.length);
  assert.deepEqual(gunzipSync(gz.body), plain.body);
  assert.notEqual(gz.headers.etag, plain.headers.etag);
  // Refused gzip, or none asked: plain.
  for (const ae of ['gzip;q=0', 'identity', 'br']) {
    const r = await get(srv.base, url, { 'accept-encoding': ae });
    assert.equal(r.headers['content-encoding'], undefined, ae);
    assert.deepEqual(r.body, plain.body, ae);
  }
  // Revalidation answers 304 for the representation that would be sent,
  // also for a weak tag, a list, or *.
  for (const inm of [gz.headers.etag, `W/${gz.headers.etag}`, `"x", ${gz.headers.etag}`, '*']) {
    const r = await get(srv.base, url, { 'accept-encoding': 'gzip', 'if-none-match': inm });
    assert.equal(r.status, 304, inm);
    assert.equal(r.body.length, 0);
  }
  const other = await get(srv.base, url, { 'accept-encoding': 'gzip', 'if-none-match': plain.headers.etag });
  assert.equal(other.status, 200);
  // An image gains nothing from gzip; the JavaScript does.
  const js = /src="(\/static\/js\/koers\.[0-9a-f]{12}\.js)"/.exec(
    (await get(srv.base, '/toegankelijkheid')).body.toString())[1];
  const jsgz = await get(srv.base, js, { 'accept-encoding': 'gzip' });
  assert.equal(jsgz.headers['content-encoding'], 'gzip');
  assert.equal(jsgz.headers['content-type'], 'text/javascript; charset=utf-8');
});

test('a changed file gets a new name; the old name is gone after a restart', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-static-'));
  cpSync('static', path.join(dir, 'static'), { recursive: true });
  const before1 = await cssUrl(srv.base);
  writeFileSync(path.join(dir, 'static', 'css', 'koers.css'),
    readFileSync('static/css/koers.css', 'utf8') + '\n/* changed */\n');
  const own = await startServer({ db: srv.db, args: ['--static', path.join(dir, 'static')] });
  try {
    const after1 = await cssUrl(own.base);
    assert.notEqual(after1, before1);
    assert.equal((await get(own.base, before1)).status, 404);
    const r = await get(own.base, after1);
    assert.equal(r.status, 200);
    assert.match(r.body.toString(), /\/\* changed \*\//);
  } finally {
    await own.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a static folder without the stylesheet the pages name stops the start', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-static-'));
  cpSync('static', path.join(dir, 'static'), { recursive: true });
  rmSync(path.join(dir, 'static', 'css', 'koers.css'));
  const r = spawnSync(BIN, ['serve', '--db', srv.db, '--listen', `127.0.0.1:${await freePort()}`,
    '--static', path.join(dir, 'static')], { timeout: 10000, encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  assert.notEqual(r.status, 0);
  assert.equal(r.signal, null, 'it kept running');
  assert.match(r.stderr, /css\/koers\.css is missing/);
});
