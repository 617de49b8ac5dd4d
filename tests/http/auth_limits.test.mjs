// auth_limits.test.mjs: session expiry (idle and absolute, shortened through
// KOERS_SESSION_IDLE / KOERS_SESSION_ABSOLUTE) and login throttling, each on
// its own server so that their clocks and counters touch no other test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer } from './server.mjs';
import { login, postLogin, ACCOUNTS } from './session.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const sql = (db, q) => execFileSync('sqlite3', [db, q]).toString().trim();
const home = (base, cookie) => fetch(base + '/', { redirect: 'manual', headers: { cookie } }).then((r) => r.status);

test('a session ends after the idle time without use', async () => {
  const srv = await startServer({ env: { KOERS_SESSION_IDLE: '2', KOERS_SESSION_ABSOLUTE: '3600' } });
  try {
    const c = await login(srv.base, 'cmt');
    assert.equal(await home(srv.base, c), 200);
    await sleep(1200);
    assert.equal(await home(srv.base, c), 200, 'use keeps it alive');
    await sleep(1200);
    assert.equal(await home(srv.base, c), 200, 'still alive: used 1.2 s ago');
    await sleep(3200);
    assert.equal(await home(srv.base, c), 303, 'idle too long');
    assert.equal(sql(srv.db, 'SELECT count(*) FROM session'), '0', 'the expired row is gone');
  } finally { await srv.stop(); }
});

test('a session ends after the absolute time, however busy', async () => {
  const srv = await startServer({ env: { KOERS_SESSION_IDLE: '60', KOERS_SESSION_ABSOLUTE: '3' } });
  try {
    const c = await login(srv.base, 'cmt');
    const t0 = Date.now();
    let status = 200;
    while (Date.now() - t0 < 6000 && status === 200) {
      status = await home(srv.base, c);
      await sleep(500);
    }
    assert.equal(status, 303);
    assert.ok(Date.now() - t0 >= 3000, 'not before the absolute time');
  } finally { await srv.stop(); }
});

test('a bad lifetime in the environment stops the start', () => {
  const r = execFileSync('sh', ['-c', `KOERS_SESSION_IDLE=abc ${process.env.KOERS_BIN || 'build/koers'} serve --db /nonexistent/x.db 2>&1; echo "exit $?"`]).toString();
  assert.match(r, /KOERS_SESSION_IDLE wants seconds/);
  assert.match(r, /exit 2/);
});

test('throttling: growing delay after 3 failures, then a lock at 10, audited; other accounts unaffected', async () => {
  const srv = await startServer();
  try {
    const a = ACCOUNTS.manager;
    for (let i = 1; i <= 3; i++) {
      assert.equal((await postLogin(srv.base, a.username, 'wrong-password-' + i)).status, 401);
    }
    assert.equal(sql(srv.db, "SELECT failures FROM login_throttle WHERE key = 'user:manager'"), '3');
    // The first delay is one second; a loaded machine may take that long
    // to answer, so pin the last failure to now before the next attempt.
    sql(srv.db, "UPDATE login_throttle SET last_failure = strftime('%s','now') WHERE key = 'user:manager'");
    const refused = await postLogin(srv.base, a.username, a.password);
    assert.equal(refused.status, 429, 'the right password is refused while throttled');
    assert.match(refused.headers.get('retry-after'), /^\d+$/);
    assert.match(await refused.text(), /Te veel mislukte pogingen/);
    // Another account from the same address logs in at once.
    assert.equal((await postLogin(srv.base, ACCOUNTS.council.username, ACCOUNTS.council.password)).status, 303);
    // After the delay the right password works and clears the count.
    const wait = Number(refused.headers.get('retry-after'));
    await sleep((wait + 0.2) * 1000);
    assert.equal((await postLogin(srv.base, a.username, a.password)).status, 303);
    assert.equal(sql(srv.db, "SELECT count(*) FROM login_throttle WHERE key = 'user:manager'"), '0');

    // Nine failures long ago: the tenth locks the account for 15 minutes.
    sql(srv.db, "INSERT OR REPLACE INTO login_throttle(key, failures, last_failure, locked_until) VALUES ('user:manager', 9, strftime('%s','now') - 100, 0)");
    assert.equal((await postLogin(srv.base, a.username, 'wrong-again-and-again')).status, 401);
    const locked = await postLogin(srv.base, a.username, a.password);
    assert.equal(locked.status, 429);
    assert.ok(Number(locked.headers.get('retry-after')) > 800, 'locked for about 15 minutes');
    assert.equal((await postLogin(srv.base, ACCOUNTS.cmt.username, ACCOUNTS.cmt.password)).status, 303, 'the lock never blocks another account');
    const audit = sql(srv.db, "SELECT action || ' ' || username || ' ' || client FROM audit WHERE action LIKE 'login%' ORDER BY id");
    assert.match(audit, /^login\.fail manager 127\.0\.0\.1$/m);
    assert.match(audit, /^login\.lock manager 127\.0\.0\.1$/m);
    assert.match(audit, /^login cmt 127\.0\.0\.1$/m);
    // Unknown names are throttled exactly like real ones (no enumeration).
    for (let i = 0; i < 3; i++) await postLogin(srv.base, 'ghost', 'wrong-password-x');
    sql(srv.db, "UPDATE login_throttle SET last_failure = strftime('%s','now') WHERE key = 'user:ghost'");
    assert.equal((await postLogin(srv.base, 'ghost', 'wrong-password-x')).status, 429);
  } finally { await srv.stop(); }
});
