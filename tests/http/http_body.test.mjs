// http_body.test.mjs: a request body is read only when the route wants
// one from this caller (issue 17 item 3).  Route, login, role and a
// cross-site head are decided on the headers; the answer comes before the
// body is sent and the connection closes.  Uploads go to a private file,
// not into memory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { startServer, statusOf } from './server.mjs';
import { login, csrfOf } from './session.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${srv.proc.pid}/status`, 'utf8'))[1]);

// Send a head that announces a body, and as much of the body as `send`
// bytes; then wait for an answer.  The rest of the body is never sent.
function headFirst(head, send = 0, wait = 1500) {
  return new Promise((resolve) => {
    const s = net.connect(srv.port, '127.0.0.1');
    let buf = '';
    const t0 = Date.now();
    const done = (closed) => { clearTimeout(t); s.destroy(); resolve({ res: buf, status: statusOf(buf), closed, ms: Date.now() - t0 }); };
    const t = setTimeout(() => done(false), wait);
    s.on('data', (d) => { buf += d.toString('latin1'); });
    s.on('end', () => done(true));
    s.on('error', () => done(true));
    s.write(head);
    if (send > 0) s.write(Buffer.alloc(send, 'a'));
  });
}

test('an anonymous upload is refused on its head, before the body is read', async () => {
  const a = await headFirst('POST /import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n' +
    'Content-Length: 8000000\r\n\r\n');
  assert.equal(a.status, 303, 'to the login page');
  assert.ok(a.closed, 'and the connection closes');
  assert.match(a.res, /Location: \/login/);
});

test('an anonymous API write is 401 on its head', async () => {
  const a = await headFirst('PUT /api/v1/figures/1/1/2014-Q1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
    'Content-Length: 1000000\r\n\r\n');
  assert.equal(a.status, 401);
  assert.ok(a.closed);
});

test('no route, wrong method: 404 and 405 before the body', async () => {
  assert.equal((await headFirst('POST /nope HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n')).status, 404);
  assert.equal((await headFirst('POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n')).status, 405);
});

test('the login form takes a small body only: 413 on the head', async () => {
  const a = await headFirst('POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
    'Content-Length: 100000\r\n\r\n');
  assert.equal(a.status, 413);
  assert.ok(a.closed);
});

test('a chunked body over the route limit ends the connection', async () => {
  const chunk = 'a'.repeat(8192);
  let body = '';
  for (let i = 0; i < 4; i++) body += `2000\r\n${chunk}\r\n`;
  const a = await headFirst('POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
    `Transfer-Encoding: chunked\r\n\r\n${body}`);
  assert.ok(a.closed, 'closed');
  assert.ok(a.status === 0 || a.status === 413, `status ${a.status}`);
});

test('a logged-in user without the role, or a cross-site post, is refused on the head', async () => {
  const cmt = await login(srv.base, 'cmt');
  const a = await headFirst(`POST /import HTTP/1.1\r\nHost: x\r\nCookie: ${cmt}\r\n` +
    'Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000000\r\n\r\n');
  assert.equal(a.status, 403);
  const mgr = await login(srv.base, 'manager');
  const b = await headFirst(`POST /import HTTP/1.1\r\nHost: x\r\nCookie: ${mgr}\r\nSec-Fetch-Site: cross-site\r\n` +
    'Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000000\r\n\r\n');
  assert.equal(b.status, 403);
  const c = await headFirst(`POST /account/password HTTP/1.1\r\nHost: x\r\nCookie: ${mgr}\r\nX-CSRF-Token: wrong\r\n` +
    'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n');
  assert.equal(c.status, 403);
});

test('100 anonymous 8 MB bodies with the last byte withheld do not grow the server', async () => {
  const before = rssKb();
  const socks = [];
  for (let i = 0; i < 100; i++) {
    const s = net.connect({ port: srv.port, host: '127.0.0.1', localAddress: `127.0.0.${2 + (i % 4)}` });
    s.on('error', () => {});
    s.write('POST /import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n' +
      'Content-Length: 8000000\r\n\r\n');
    s.write(Buffer.alloc(512 * 1024, 'a'));
    socks.push(s);
  }
  await sleep(1500);
  const grown = rssKb() - before;
  socks.forEach((s) => s.destroy());
  assert.ok(grown < 20 * 1024, `RSS grew by ${grown} kB`);
  const r = await fetch(srv.base + '/healthz');
  assert.equal(r.status, 200);
});

test("a manager's upload goes to a private file, not into the server's memory", async () => {
  const mgr = await login(srv.base, 'manager');
  const csrf = await csrfOf(srv.base, mgr);
  const before = rssKb();
  const socks = [];
  const head = '--b\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n' + csrf +
    '\r\n--b\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\n\r\n';
  for (let i = 0; i < 4; i++) {
    const s = net.connect(srv.port, '127.0.0.1');
    s.on('error', () => {});
    s.write(`POST /import HTTP/1.1\r\nHost: x\r\nCookie: ${mgr}\r\n` +
      'Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 8000000\r\n\r\n' + head);
    s.write(Buffer.alloc(6 * 1024 * 1024, 'a'));
    socks.push(s);
  }
  await sleep(2000);
  const grown = rssKb() - before;
  socks.forEach((s) => s.destroy());
  assert.ok(grown < 12 * 1024, `RSS grew by ${grown} kB for 24 MB of uploads`);
  // A whole upload still imports (an empty CSV: a report, not a 4xx of the
  // transport).
  const fd = new FormData();
  fd.append('csrf', csrf);
  fd.append('file', new Blob(['indicator_code,org_unit_code,period,value\n']), 'x.csv');
  const r = await fetch(srv.base + '/import', { method: 'POST', body: fd, headers: { cookie: mgr } });
  assert.equal(r.status, 422);
  assert.match(await r.text(), /geen cijfers|no figures/i);
});
