// approval_scope.test.mjs: whose figures a "voorlopig" count is about
// (issue 13, item 3).  In a crafted state, every unit approved for 2014
// except Vergunningen, whose 2014-Q3 the director returned:
// - a report's per-programme "voorlopig: n van m cijfers niet goedgekeurd"
//   counts that programme's own figures, so only the programmes with
//   Vergunningen's figures are provisional, each by its own count;
// - a unit's count covers the indicators it reports (indicator_unit), not
//   only those it owns: Vergunningen reports indicators of Publiekszaken's
//   performance 10.1.1, and its scorecard is voorlopig by its own figures.
// The expected counts are recomputed here from the raw tables.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, demoDb, BIN } from './server.mjs';
import { login } from './session.mjs';

const P = '2014-Q3';
let srv, db, cmt, griffie, verg, period;
const q = (sql) => JSON.parse(execFileSync('sqlite3', ['-json', db, sql], { encoding: 'utf8' }) || '[]');
const run = (sql) => execFileSync('sqlite3', [db, sql]);

before(async () => {
  db = demoDb();
  verg = q(`SELECT id FROM org_unit WHERE name = 'Vergunningen'`)[0].id;
  period = q(`SELECT id, state FROM period WHERE year = 2014 AND quarter = 3`)[0];
  assert.notEqual(period.state, 'closed', `${P} is open in the demo`);
  // Every unit with figures in 2014-Q1..Q3 approved; Vergunningen's Q3 returned.
  run(`INSERT OR REPLACE INTO submission (org_unit_id, period_id, state, comment, version, updated_at)
         SELECT DISTINCT f.org_unit_id, f.period_id, 'approved', '', 1, '2014-10-01T09:00:00Z'
           FROM figure f JOIN period p ON p.id = f.period_id WHERE p.year = 2014 AND p.quarter <= 3;
       UPDATE submission SET state = 'returned', comment = 'Graag opnieuw'
        WHERE org_unit_id = ${verg} AND period_id = ${period.id};`);
  execFileSync(BIN, ['rollup', 'rebuild', '--db', db], { stdio: 'pipe' });
  srv = await startServer({ db });
  cmt = await login(srv.base, 'cmt');
  griffie = await login(srv.base, 'council');
});
after(async () => {
  await srv.stop();
  rmSync(path.dirname(db), { recursive: true, force: true });
});

const get = async (p, cookie = cmt) => {
  const r = await fetch(srv.base + p, { headers: { cookie } });
  assert.equal(r.status, 200, p);
  return r;
};

// The figures behind indicator ind's number in P: of the units in `only`
// (all units when null) that entered P, their figures of P and, for a
// cumulative indicator, of the earlier quarters of 2014.
function figuresBehind(only) {
  const rows = q(`SELECT f.indicator_id ind, f.org_unit_id unit, p.quarter, i.cumulative cum,
      coalesce(s.state, 'draft') state
    FROM figure f JOIN period p ON p.id = f.period_id JOIN indicator i ON i.id = f.indicator_id
    LEFT JOIN submission s ON s.org_unit_id = f.org_unit_id AND s.period_id = f.period_id
    WHERE p.year = 2014 AND p.quarter <= 3`);
  const inP = new Set(rows.filter((r) => r.quarter === 3 && (!only || only.has(r.unit))).map((r) => `${r.ind}/${only ? r.unit : ''}`));
  return rows.filter((r) => (!only || only.has(r.unit)) && inP.has(`${r.ind}/${only ? r.unit : ''}`)
    && (r.quarter === 3 || (r.cum && r.quarter < 3)));
}
const tally = (rows) => ({ figures: rows.length, unapproved: rows.filter((r) => r.state !== 'approved').length });

test('a report counts each programme\'s own figures in its voorlopig mark', async () => {
  const progOf = new Map(q(`SELECT i.id, e.programme_id prog FROM indicator i LEFT JOIN performance pf ON pf.id = i.performance_id
    JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id)`).map((r) => [r.id, r.prog]));
  const all = figuresBehind(null);
  const html = await (await get('/reports/new', griffie)).text();
  const csrf = /name="csrf" value="([^"]*)"/.exec(html)[1];
  const r = await fetch(srv.base + '/reports', {
    method: 'POST', redirect: 'manual',
    headers: { cookie: griffie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, period: String(period.id), kind: 'voortgangsrapportage', title: 'Goedkeuring per programma' }).toString(),
  });
  assert.equal(r.status, 303);
  const id = /\/reports\/(\d+)$/.exec(r.headers.get('location'))[1];
  const doc = await (await get(`/reports/${id}/export.json`, griffie)).json();
  assert.deepEqual([doc.approval.figures, doc.approval.unapproved], [all.length, tally(all).unapproved], 'the whole period');
  const preview = await (await get(`/reports/${id}/preview`, griffie)).text();
  let provisional = 0, approved = 0;
  for (const g of doc.programmes) {
    const want = tally(all.filter((x) => progOf.get(x.ind) === g.id));
    assert.deepEqual(g.approval, want, `programme ${g.number} in the JSON`);
    const m = new RegExp(`<p class="(provisional|approved)" id="prog-${g.number}-approval" data-unapproved="(\\d+)" data-figures="(\\d+)">([\\s\\S]*?)</p>`).exec(preview);
    assert.ok(m, `programme ${g.number}: a mark in the document`);
    assert.deepEqual([Number(m[2]), Number(m[3])], [want.unapproved, want.figures], `programme ${g.number} in the document`);
    if (want.unapproved > 0) {
      provisional++;
      assert.equal(m[1], 'provisional');
      assert.ok(m[4].replace(/<[^>]+>/g, '').includes(`voorlopig: ${want.unapproved} van ${want.figures} cijfers niet goedgekeurd`), m[4]);
    } else {
      approved++;
      assert.match(m[4], /Alle cijfers van dit programma zijn goedgekeurd/);
    }
  }
  // The XLSX summary sheet says it per programme too.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-appr-'));
  try {
    const file = path.join(tmp, 'r.xlsx');
    writeFileSync(file, Buffer.from(await (await get(`/reports/${id}/export.xlsx`, griffie)).arrayBuffer()));
    const strings = spawnSync('/usr/bin/python3', ['-c',
      'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml").decode())', file],
    { encoding: 'utf8' }).stdout;
    for (const g of doc.programmes) {
      const want = tally(all.filter((x) => progOf.get(x.ind) === g.id));
      assert.ok(strings.includes(`voorlopig: ${want.unapproved} van ${want.figures} cijfers niet goedgekeurd`), `programme ${g.number} in the XLSX`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  // Only the programmes Vergunningen reports for are provisional.
  assert.ok(provisional >= 1 && approved >= 1, `${provisional} provisional, ${approved} approved`);
  assert.ok(provisional < doc.programmes.length);
});

test('a unit\'s voorlopig count covers the indicators it reports, not only those it owns', async () => {
  const sub = (u) => new Set(q(`SELECT descendant_id d FROM org_unit_tree WHERE ancestor_id = ${u}`).map((r) => r.d));
  const owner = new Map(q(`SELECT i.id, CASE WHEN i.performance_id IS NULL THEN g.directie_id ELSE pf.org_unit_id END o
    FROM indicator i LEFT JOIN performance pf ON pf.id = i.performance_id
    JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id) JOIN programme g ON g.id = e.programme_id`).map((r) => [r.id, r.o]));
  const all = figuresBehind(null);
  const expected = (u) => {
    const s = sub(u);
    const own = all.filter((x) => s.has(owner.get(x.ind)));
    const reported = figuresBehind(s).filter((x) => !s.has(owner.get(x.ind)));
    return { own: tally(own), reported: tally(reported), total: tally([...own, ...reported]) };
  };
  const v = expected(verg);
  assert.ok(v.reported.figures > 0 && v.reported.unapproved > 0, 'Vergunningen reports indicators it does not own');
  for (const u of q('SELECT id, name FROM org_unit')) {
    const want = expected(u.id).total;
    const a = await (await get(`/api/v1/rollup/org-units/${u.id}?period=${P}`)).json();
    assert.deepEqual([a.approval.figures, a.approval.unapproved], [want.figures, want.unapproved], `${u.name} (API)`);
    const html = await (await get(`/dashboard/org/${u.id}?period=${P}`)).text();
    const m = /id="approval" data-unapproved="(\d+)" data-figures="(\d+)"/.exec(html);
    if (want.figures === 0) { assert.equal(m, null, `${u.name}: no figures, no mark`); continue; }
    assert.ok(m, `${u.name}: a mark`);
    assert.deepEqual([Number(m[1]), Number(m[2])], [want.unapproved, want.figures], `${u.name} (scorecard)`);
  }
});
