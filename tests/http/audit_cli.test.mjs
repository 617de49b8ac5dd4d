// audit_cli.test.mjs: `koers audit verify` against the attacks of issue 17
// item 4, made with the sqlite3 shell on a copy of the database: the
// append-only triggers dropped, then the newest entry deleted, entry 2
// rewritten, or every entry deleted.  (tests/unit/test_audit.c also
// recomputes the chain after a rewrite.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { demoDb, BIN } from './server.mjs';

const verify = (db) => {
  const r = spawnSync(BIN, ['audit', 'verify', '--db', db]);
  return { status: r.status, out: r.stdout.toString() + r.stderr.toString() };
};

test('audit verify names the entry removed at the tail, rewritten, or the first of all removed', () => {
  const db = demoDb();
  for (const name of ['een', 'twee', 'drie', 'vier']) {
    execFileSync(BIN, ['user', 'add', '--db', db, `audit${name}`, '--role', 'council'], { input: 'een-lang-wachtwoord\n' });
  }
  const intact = verify(db);
  assert.equal(intact.status, 0, intact.out);
  assert.match(intact.out, /chain intact/);
  const n = Number(execFileSync('sqlite3', [db, 'SELECT max(id) FROM audit']).toString());
  assert.ok(n >= 4);
  // Cut the newest entry.
  const cut = path.join(path.dirname(db), 'cut.db');
  copyFileSync(db, cut);
  copyFileSync(`${db}.audit-anchor`, `${cut}.audit-anchor`);
  execFileSync('sqlite3', [cut, `DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = ${n};`]);
  const c = verify(cut);
  assert.equal(c.status, 1);
  assert.match(c.out, new RegExp(`entry ${n} was removed`));
  // Rewrite entry 2.
  const rw = path.join(path.dirname(db), 'rw.db');
  copyFileSync(db, rw);
  copyFileSync(`${db}.audit-anchor`, `${rw}.audit-anchor`);
  execFileSync('sqlite3', [rw, "DROP TRIGGER audit_no_update; UPDATE audit SET new_value = 'iemand anders' WHERE id = 2;"]);
  const r = verify(rw);
  assert.equal(r.status, 1);
  assert.match(r.out, /BROKEN at entry 2/);
  // Every entry deleted.
  execFileSync('sqlite3', [rw, 'DROP TRIGGER audit_no_delete; DELETE FROM audit;']);
  const all = verify(rw);
  assert.equal(all.status, 1);
  assert.match(all.out, /entry 1 was removed/);
  rmSync(path.dirname(db), { recursive: true, force: true });
});
