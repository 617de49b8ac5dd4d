// backup.test.mjs: koers backup under a running write load, and a restore.
// Two writers save figures through the API while `koers backup` copies the
// database (SQLite's online backup).  The copy must be 0600, pass
// integrity_check and audit verify, hold every save acknowledged before the
// backup began, and serve again once restored (the file and its anchor put
// in place, as docs/operations.md "Backup and restore" describes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, demoDb, BIN } from './server.mjs';
import { login, csrfOf } from './session.mjs';

const P = '2014-Q3';

const run = (args) => new Promise((resolve) => {
  const p = spawn(BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  p.stdout.on('data', (d) => { out += d; });
  p.stderr.on('data', (d) => { out += d; });
  p.on('close', (status) => resolve({ status, out }));
});

test('koers backup copies a database under write load; the copy verifies and serves once restored', async () => {
  const db = demoDb();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-backup-'));
  const out = path.join(dir, 'copy.db');
  const srv = await startServer({ db });
  const cookie = await login(srv.base, 'manager');
  const csrf = await csrfOf(srv.base, cookie);
  const headers = { cookie, 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' };
  const units = await (await fetch(srv.base + '/api/v1/org-units', { headers })).json();
  let pz;
  const walk = (u) => { if (u.code === 'PZ') pz = u.id; (u.children || []).forEach(walk); };
  walk(units.org_unit);
  const figs = (await (await fetch(`${srv.base}/api/v1/figures?org_unit=${pz}&period=${P}`, { headers })).json()).figures;
  const version = Object.fromEntries(figs.map((f) => [f.indicator, f.version]));
  const acked = [];
  let n = 0, running = true;
  const writer = async (w) => {
    while (running) {
      const f = figs[(n + w) % figs.length];
      const text = `backup-${++n}`;
      const r = await fetch(`${srv.base}/api/v1/figures/${f.indicator}/${pz}/${P}`, {
        method: 'PUT', headers, body: JSON.stringify({ version: version[f.indicator], explanation: text }),
      });
      const j = await r.json();
      if (r.status === 200) {
        version[f.indicator] = j.version;
        acked.push(text);
      } else if (r.status === 409 && j.current) {
        version[f.indicator] = j.current.version;
      } else {
        assert.fail(`unexpected ${r.status} ${JSON.stringify(j)}`);
      }
    }
  };
  let backup, before;
  try {
    const writers = [writer(0), writer(1)];
    while (acked.length < 20) await new Promise((res) => setTimeout(res, 10));
    before = acked.slice();
    backup = await run(['backup', '--db', db, '--out', out]);
    const during = acked.length - before.length;
    await new Promise((res) => setTimeout(res, 100));
    running = false;
    await Promise.all(writers);
    assert.ok(acked.length > before.length, `saves went on around the backup (${during} during it)`);
  } finally {
    await srv.stop();
  }
  assert.equal(backup.status, 0, backup.out);
  assert.match(backup.out, /integrity ok/);
  assert.match(backup.out, /chain intact/);
  assert.equal(statSync(out).mode & 0o777, 0o600, 'the copy is private');
  assert.equal(statSync(`${out}.audit-anchor`).mode & 0o777, 0o600, 'so is its anchor');
  // A second backup onto the same file is refused, the first one untouched.
  const again = spawnSync(BIN, ['backup', '--db', db, '--out', out]);
  assert.equal(again.status, 1);
  assert.equal(spawnSync(BIN, ['audit', 'verify', '--db', out]).status, 0);

  // Restore: the copy and its anchor become the database of a new server.
  const rdir = mkdtempSync(path.join(os.tmpdir(), 'koers-restore-'));
  const restored = path.join(rdir, 'koers.db');
  copyFileSync(out, restored);
  copyFileSync(`${out}.audit-anchor`, `${restored}.audit-anchor`);
  const v = spawnSync(BIN, ['audit', 'verify', '--db', restored]);
  assert.equal(v.status, 0, v.stdout.toString());
  const sql = (q) => execFileSync('sqlite3', [restored, q]).toString().trim();
  assert.equal(sql('PRAGMA integrity_check'), 'ok');
  const logged = new Set(sql("SELECT json_extract(new_value, '$.explanation') FROM audit WHERE entity = 'figure'").split('\n'));
  for (const a of before) assert.ok(logged.has(a), `${a}, acknowledged before the backup, is in the copy`);
  const srv2 = await startServer({ db: restored });
  try {
    assert.equal((await fetch(srv2.base + '/healthz')).status, 200);
    const c2 = await login(srv2.base, 'manager');
    assert.equal((await fetch(srv2.base + '/dashboard', { headers: { cookie: c2 } })).status, 200);
  } finally {
    await srv2.stop();
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(rdir, { recursive: true, force: true });
  rmSync(path.dirname(db), { recursive: true, force: true });
  console.log(`# backup: ${before.length} saves before, ${acked.length - before.length} during and after`);
});
