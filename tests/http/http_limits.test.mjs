// http_limits.test.mjs: connection slots cannot be exhausted (issue 17
// item 2): a limit per client address, and deadlines for a complete
// request head and body that a client trickling bytes cannot stretch (the
// idle --timeout alone never fired for it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer, statusOf } from './server.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A connection from `from`; resolves when connected.  Tracks whether and
// when the server closed it.
function open(port, from = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const s = net.connect({ port, host: '127.0.0.1', localAddress: from });
    s.data = '';
    s.closedAt = 0;
    s.on('data', (d) => { s.data += d.toString('latin1'); });
    s.on('close', () => { s.closedAt = Date.now(); });
    s.on('error', () => {});
    s.on('connect', () => resolve(s));
    s.on('error', reject);
  });
}

async function healthz(port, from) {
  const s = await open(port, from);
  s.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  const t0 = Date.now();
  while (!s.closedAt && Date.now() - t0 < 3000) await sleep(20);
  s.destroy();
  return statusOf(s.data);
}

test('one address cannot hold more than --max-per-address connections; others still get in', async () => {
  const srv = await startServer({ args: ['--max-per-address', '4'] });
  const held = [];
  try {
    for (let i = 0; i < 4; i++) held.push(await open(srv.port));
    await sleep(200);
    const extra = await open(srv.port);
    extra.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await sleep(500);
    assert.ok(extra.closedAt, 'the fifth connection from one address is closed');
    assert.equal(statusOf(extra.data), 0, 'and not served');
    extra.destroy();
    assert.equal(await healthz(srv.port, '127.0.0.2'), 200, 'another address is served');
  } finally {
    held.forEach((s) => s.destroy());
    await srv.stop();
  }
});

test('a head trickled byte by byte is cut off at --head-timeout, not kept for ever', async () => {
  const srv = await startServer({ args: ['--head-timeout', '1', '--timeout', '30'] });
  try {
    const s = await open(srv.port);
    const t0 = Date.now();
    s.write('GET / HTTP/1.1\r\nHost: x\r\n');
    // One byte every 200 ms keeps the idle timeout from ever firing.
    while (!s.closedAt && Date.now() - t0 < 6000) {
      s.write('X');
      await sleep(200);
    }
    assert.ok(s.closedAt, 'closed');
    assert.ok(s.closedAt - t0 < 3000, `closed after ${s.closedAt - t0} ms`);
    s.destroy();
    assert.equal(await healthz(srv.port), 200);
  } finally { await srv.stop(); }
});

test('a body trickled byte by byte is cut off at --body-timeout', async () => {
  const srv = await startServer({ args: ['--body-timeout', '2', '--timeout', '30'] });
  try {
    const s = await open(srv.port);
    const t0 = Date.now();
    s.write('POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n');
    while (!s.closedAt && Date.now() - t0 < 8000) {
      s.write('a');
      await sleep(200);
    }
    assert.ok(s.closedAt, 'closed');
    assert.ok(s.closedAt - t0 < 4500, `closed after ${s.closedAt - t0} ms`);
    s.destroy();
  } finally { await srv.stop(); }
});

test('limit flags are checked', async () => {
  const { spawnSync } = await import('node:child_process');
  const { BIN } = await import('./server.mjs');
  for (const a of [['--max-connections', '3'], ['--max-per-address', 'x'],
    ['--head-timeout', '0'], ['--body-timeout', '99999']]) {
    const r = spawnSync(BIN, ['serve', '--db', '/nonexistent/x.db', ...a]);
    assert.equal(r.status, 2, a.join(' '));
  }
});
