// pager_numbers.test.mjs: the pager of a long dashboard list writes its
// numbers as the reader's language does (issue 13, "numbers Dutch in
// Dutch"): "1–25 van 1.100" in Dutch, "1–25 of 1,100" in English, on the
// programme's performances and on the deviation register.  The demo has
// no list that long, so the test adds 1.100 performances with a cost
// deviation to one effect and rebuilds the rollups.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startServer, demoDb, BIN } from './server.mjs';
import { login } from './session.mjs';

const EXTRA = 1100;
let srv, cookie, db, prog;
const sql = (q) => execFileSync('sqlite3', [db, q]).toString().trim();

before(async () => {
  db = demoDb();
  const [effect, programme] = sql(`SELECT e.id, g.id FROM effect e JOIN programme g ON g.id = e.programme_id
    WHERE g.year = 2014 ORDER BY g.number, e.number LIMIT 1`).split('|').map(Number);
  prog = programme;
  const unit = Number(sql('SELECT org_unit_id FROM performance LIMIT 1'));
  const period = Number(sql('SELECT id FROM period WHERE year = 2014 AND quarter = 2'));
  sql(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${EXTRA})
    INSERT INTO performance (effect_id, number, name, org_unit_id, budget_cents)
      SELECT ${effect}, 1000 + i, 'Extra prestatie ' || i, ${unit}, 400000000 FROM n;
    INSERT INTO cost (performance_id, period_id, budget_cents, realised_cents, updated_at)
      SELECT id, ${period}, 100000000, 200000000, '2014-07-01T09:00:00Z' FROM performance
       WHERE name LIKE 'Extra prestatie %';`);
  execFileSync(BIN, ['rollup', 'rebuild', '--db', db], { stdio: 'pipe' });
  srv = await startServer({ db });
  cookie = await login(srv.base, 'cmt');
});
after(async () => {
  await srv.stop();
  rmSync(path.dirname(db), { recursive: true, force: true });
});

const pages = new Map();
async function pager(p) {
  const r = await fetch(srv.base + p, { headers: { cookie } });
  assert.equal(r.status, 200, p);
  const html = await r.text();
  pages.set(p, html);
  const m = /<nav class="pager"[^>]*>\s*<p>([^<]*)<\/p>/.exec(html);
  assert.ok(m, `${p} has a pager`);
  return m[1];
}

test('the pager totals carry the thousands separator of the reader\'s language', async () => {
  const nl = await pager(`/dashboard/programmes/${prog}?period=2014-Q2`);
  const total = /van (\d[\d.]*)$/.exec(nl)[1];
  assert.match(total, /^1\.\d{3}$/, `Dutch: ${nl}`);
  assert.match(nl, /^pagina 1 van \d+; 1–25 van 1\.\d{3}$/);
  const en = await pager(`/dashboard/programmes/${prog}?period=2014-Q2&lang=en`);
  assert.equal(en, nl.replace('pagina', 'page').replace(/ van /g, ' of ').replace(total, total.replace('.', ',')));
  const dev = await pager('/dashboard/deviations?period=2014-Q2');
  assert.match(dev, /; 1–50 van 1\.\d{3}$/, `register: ${dev}`);
  assert.match(await pager('/dashboard/deviations?period=2014-Q2&lang=en'), /; 1–50 of 1,\d{3}$/);
  // The counts above the lists: a plain data-total, the text as the language writes it.
  assert.match(pages.get(`/dashboard/programmes/${prog}?period=2014-Q2`), /<span data-total="1\d{3}">1\.\d{3}<\/span> prestaties/);
  assert.match(pages.get('/dashboard/deviations?period=2014-Q2'), /<p id="deviation-count"><span data-total="1\d{3}">1\.\d{3}<\/span>/);
  assert.match(pages.get('/dashboard/deviations?period=2014-Q2&lang=en'), /<p id="deviation-count"><span data-total="1\d{3}">1,\d{3}<\/span>/);
});
