// crash.test.mjs: crash safety of figure saves.  A writer saves figures
// through the API while the server is killed with SIGKILL at random moments
// (20 times) and restarted on the same database file.  Every save that was
// acknowledged (200) must be there afterwards, with its audit entry (same
// transaction), the audit chain must verify and PRAGMA integrity_check must
// say ok.  Bounded: well under 60 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startServer, demoDb, BIN } from './server.mjs';
import { login, csrfOf } from './session.mjs';

const P = '2014-Q3';
const KILLS = 20;

test('every acknowledged save survives 20 SIGKILLs, and the database stays intact', async () => {
  const db = demoDb();
  let srv = await startServer({ db });
  const cookie = await login(srv.base, 'manager');
  const csrf = await csrfOf(srv.base, cookie);
  const headers = { cookie, 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' };
  const units = await (await fetch(srv.base + '/api/v1/org-units', { headers })).json();
  let pz;
  const walk = (u) => { if (u.code === 'PZ') pz = u.id; (u.children || []).forEach(walk); };
  walk(units.org_unit);
  const figs = (await (await fetch(`${srv.base}/api/v1/figures?org_unit=${pz}&period=${P}`, { headers })).json()).figures;
  const version = Object.fromEntries(figs.map((f) => [f.indicator, f.version]));
  const acked = [];	// { indicator, text, version }
  let n = 0, refused = 0;
  const started = Date.now();
  try {
    for (let k = 0; k < KILLS; k++) {
      let alive = true;
      const killAt = 30 + Math.floor(Math.random() * 250);
      const killer = setTimeout(() => { alive = false; srv.proc.kill('SIGKILL'); }, killAt);
      // Writers run until the server dies under them.
      const writer = async (w) => {
        while (alive) {
          const f = figs[(n + w) % figs.length];
          const text = `save-${++n}`;
          try {
            const r = await fetch(`${srv.base}/api/v1/figures/${f.indicator}/${pz}/${P}`, {
              method: 'PUT', headers, body: JSON.stringify({ version: version[f.indicator], explanation: text }),
            });
            const j = await r.json();
            if (r.status === 200) {
              version[f.indicator] = j.version;
              acked.push({ indicator: f.indicator, text, version: j.version });
            } else if (r.status === 409 && j.current) {
              version[f.indicator] = j.current.version;	// a save that committed unacknowledged
              refused++;
            } else {
              assert.fail(`unexpected ${r.status} ${JSON.stringify(j)}`);
            }
          } catch {
            // Connection reset: the kill.  Not acknowledged, so no promise.
          }
        }
      };
      await Promise.all([writer(0), writer(1)]);
      clearTimeout(killer);
      await srv.exited;
      srv = await startServer({ db });
    }
  } finally {
    srv.proc.kill('SIGTERM');
    await srv.exited;
  }
  assert.ok(Date.now() - started < 60000, 'bounded');
  assert.ok(acked.length >= KILLS, `only ${acked.length} saves acknowledged`);
  // Every acknowledged save is in the audit log, and no figure went back.
  const sql = (q) => execFileSync('sqlite3', [db, q]).toString().trim();
  const logged = new Set(sql("SELECT json_extract(new_value, '$.explanation') FROM audit WHERE entity = 'figure'").split('\n'));
  for (const a of acked) assert.ok(logged.has(a.text), `acknowledged ${a.text} is in the audit log`);
  for (const [ind, v] of Object.entries(version)) {
    const stored = Number(sql(`SELECT version FROM figure WHERE indicator_id = ${ind} AND org_unit_id = ${pz} AND period_id = (SELECT id FROM period WHERE year = 2014 AND quarter = 3)`) || 0);
    assert.ok(stored >= v, `figure ${ind}: stored version ${stored} >= acknowledged ${v}`);
    const last = acked.filter((a) => String(a.indicator) === ind).pop();
    if (last && stored === last.version) {
      const text = sql(`SELECT explanation FROM figure WHERE indicator_id = ${ind} AND org_unit_id = ${pz} AND period_id = (SELECT id FROM period WHERE year = 2014 AND quarter = 3)`);
      assert.equal(text, last.text);
    }
  }
  assert.equal(sql('PRAGMA integrity_check'), 'ok');
  const v = spawnSync(BIN, ['audit', 'verify', '--db', db]);
  assert.equal(v.status, 0, v.stdout.toString());
  rmSync(path.dirname(db), { recursive: true, force: true });
  console.log(`# crash: ${acked.length} acknowledged saves, ${refused} version conflicts between the two writers or after a kill, ${KILLS} kills`);
});
