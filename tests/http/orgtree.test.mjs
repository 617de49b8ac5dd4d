// orgtree.test.mjs: issue 14, the parts of helper `orgtree`: a fresh install
// gets its gemeente and first administrator without SQL; a budget year's
// life cycle with its quarters' deadlines; the org tree over the years (two
// afdelingen merged as of 2015 leave 2014 as it was); the Dutch message of
// every refused change, linked to its field; CSRF on every new form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, BIN } from './server.mjs';
import { login, csrfOf, postLogin, setCookies } from './session.mjs';

const sql = (db, q) => execFileSync('sqlite3', [db, q]).toString().trim();

test('a fresh install: koers init gives the gemeente, then the first administrator logs in', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-init-'));
  const db = path.join(dir, 'koers.db');
  try {
    execFileSync(BIN, ['migrate', '--db', db], { stdio: 'pipe' });
    // Before: the README's old first step fails, and says what to run.
    let r = spawnSync(BIN, ['user', 'add', '--db', db, 'anna', '--role', 'administrator'],
      { input: 'een-lang-wachtwoord-2014\n' });
    assert.equal(r.status, 1);
    assert.match(r.stderr.toString(), /koers init --db FILE --gemeente/);
    r = spawnSync(BIN, ['init', '--db', db, '--gemeente', 'Gemeente Zeestad', '--code', 'ZST']);
    assert.equal(r.status, 0, r.stderr.toString());
    assert.equal(sql(db, "SELECT kind || '|' || code || '|' || name FROM org_unit"), 'gemeente|ZST|Gemeente Zeestad');
    // A second init is refused and changes nothing.
    r = spawnSync(BIN, ['init', '--db', db, '--gemeente', 'Gemeente Anders']);
    assert.equal(r.status, 1);
    assert.match(r.stderr.toString(), /gemeente already/);
    assert.equal(sql(db, 'SELECT count(*) FROM org_unit'), '1');
    r = spawnSync(BIN, ['user', 'add', '--db', db, 'anna', '--role', 'administrator', '--name', 'Anna de Vries'],
      { input: 'een-lang-wachtwoord-2014\n' });
    assert.equal(r.status, 0, r.stderr.toString());
    // init also creates a database that does not exist yet.
    const db2 = path.join(dir, 'new.db');
    assert.equal(spawnSync(BIN, ['init', '--db', db2, '--gemeente', 'Gemeente Twee']).status, 0);
    assert.match(sql(db, "SELECT group_concat(action) FROM audit"), /org\.init/);
    const srv = await startServer({ db });
    try {
      const res = await postLogin(srv.base, 'anna', 'een-lang-wachtwoord-2014');
      assert.equal(res.status, 303);
      const cookie = setCookies(res).find((c) => c.startsWith('koers_session='));
      assert.ok(cookie);
      const home = await fetch(srv.base + '/admin/users', { headers: { cookie } });
      assert.equal(home.status, 200);
      assert.match(await home.text(), /Anna de Vries/);
    } finally {
      await srv.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Two servers on two demo databases: the year life cycle adopts years
// after 2017, which (rightly) stops changing the tree as of 2015.
let srv, yearSrv, mainSrv;
const s = {};
const sessions = {};
async function sessionsOf(server) {
  const out = {};
  for (const role of ['control', 'manager', 'administrator']) {
    const cookie = await login(server.base, role);
    out[role] = { cookie, csrf: await csrfOf(server.base, cookie) };
  }
  return out;
}
// Point the helpers below at one of the servers.
function use(server, which) {
  srv = server;
  Object.assign(s, sessions[which]);
}
before(async () => {
  [mainSrv, yearSrv] = await Promise.all([startServer(), startServer()]);
  sessions.main = await sessionsOf(mainSrv);
  sessions.year = await sessionsOf(yearSrv);
  use(mainSrv, 'main');
});
after(async () => { await mainSrv.stop(); await yearSrv.stop(); });

const get = async (p, who = 'control') => fetch(srv.base + p, { headers: { cookie: s[who].cookie }, redirect: 'manual' });
const getJson = async (p, who = 'control') => (await get(p, who)).json();
const post = async (p, form, who = 'control', csrf = true) => fetch(srv.base + p, {
  method: 'POST', redirect: 'manual', headers: { cookie: s[who].cookie },
  body: new URLSearchParams({ ...form, ...(csrf ? { csrf: s[who].csrf } : {}) }),
});
const api = async (method, p, body, who = 'control') => fetch(srv.base + p, {
  method, headers: { cookie: s[who].cookie, 'X-CSRF-Token': s[who].csrf, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
// The error summary's message and the field it links to.
const summary = (html) => {
  const m = /id="error-summary"[\s\S]*?<a href="#([^"]+)">([^<]+)<\/a>/.exec(html);
  return m ? { field: m[1], message: m[2] } : null;
};

test('a year is created with four quarters and both deadlines, adopted with its raadsbesluit, closed only after its quarters', async () => {
  use(yearSrv, 'year');
  let r = await post('/begroting', { year: '2018' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/begroting/2018?done=1');
  const { periods } = await getJson('/api/v1/periods?year=2018');
  assert.deepEqual(periods.map((p) => [p.name, p.state, p.deadline, p.review_deadline]), [
    ['2018-Q1', 'planned', '2018-04-15', '2018-04-25'],
    ['2018-Q2', 'planned', '2018-07-15', '2018-07-25'],
    ['2018-Q3', 'planned', '2018-10-15', '2018-10-25'],
    ['2018-Q4', 'planned', '2019-01-15', '2019-01-25'],
  ]);
  const page = await (await get('/begroting/2018')).text();
  assert.match(page, /id="sub-2018-Q1"[^>]*value="2018-04-15"/);
  assert.match(page, /id="rev-2018-Q4"[^>]*value="2019-01-25"/);
  // Twice: refused, with the message at the year field.
  r = await post('/begroting', { year: '2018' });
  assert.equal(r.status, 422);
  assert.deepEqual(summary(await r.text()), { field: 'new-year', message: 'Dit begrotingsjaar bestaat al.' });
  r = await post('/begroting', { year: '18' });
  assert.equal(r.status, 422);
  assert.match(summary(await r.text()).message, /vier cijfers/);

  // Deadlines: the page form and the API, by control and by the administrator.
  r = await post('/periods/2018-Q1/deadlines', { submission: '2018-04-20', review: '2018-05-01' });
  assert.equal(r.status, 303);
  r = await post('/periods/2018-Q2/deadlines', { submission: '2018-07-20', review: '2018-07-10' }, 'administrator');
  assert.equal(r.status, 422);
  assert.deepEqual(summary(await r.text()), { field: 'rev-2018-Q2', message: 'De termijn voor beoordelen ligt voor de termijn voor aanleveren.' });
  r = await post('/periods/2018-Q2/deadlines', { submission: '2018-02-30', review: '2018-07-10' });
  assert.equal(r.status, 422);
  assert.deepEqual(summary(await r.text()), { field: 'sub-2018-Q2', message: 'Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2014-11-06.' });
  r = await api('PUT', '/api/v1/periods/2018-Q3/deadlines', { deadline: '2018-10-16', review_deadline: '2018-10-26' }, 'administrator');
  assert.equal(r.status, 200);
  assert.equal((await r.json()).review_deadline, '2018-10-26');
  // A closed quarter's deadlines are fixed (2012 is closed in the demo).
  r = await api('PUT', '/api/v1/periods/2012-Q1/deadlines', { deadline: '2012-04-16', review_deadline: '2012-04-26' });
  assert.equal(r.status, 422);
  assert.equal((await r.json()).error.code, 'year_err_period_closed');
  const after = (await getJson('/api/v1/periods?year=2018')).periods;
  assert.deepEqual(after.map((p) => [p.deadline, p.review_deadline]).slice(0, 3),
    [['2018-04-20', '2018-05-01'], ['2018-07-15', '2018-07-25'], ['2018-10-16', '2018-10-26']]);

  // Adopt: a real date is needed; then vastgesteld with that date, audited.
  r = await post('/begroting/2018/state', { to: 'adopted', raadsbesluit: '2017-11-31' });
  assert.equal(r.status, 422);
  assert.equal(summary(await r.text()).field, 'raadsbesluit-2018');
  r = await post('/begroting/2018/state', { to: 'adopted', raadsbesluit: '2017-11-09' });
  assert.equal(r.status, 303);
  const y = (await getJson('/api/v1/years')).years.find((x) => x.year === 2018);
  assert.deepEqual([y.state, y.raadsbesluit], ['adopted', '2017-11-09']);
  r = await post('/begroting/2018/state', { to: 'adopted', raadsbesluit: '2017-11-09' });
  assert.equal(r.status, 422);
  assert.match(summary(await r.text()).message, /van concept naar vastgesteld/);
  // Close: not while a quarter is open or planned.
  r = await post('/begroting/2018/state', { to: 'closed' });
  assert.equal(r.status, 422);
  assert.deepEqual(summary(await r.text()), { field: 'close-2018', message: 'Het jaar kan pas worden afgesloten als alle vier kwartalen gesloten zijn.' });
  // The API: a year whose quarters are all closed closes (2013 is adopted?
  // no: closed already in the demo, so 2019 is made and its quarters closed).
  r = await api('POST', '/api/v1/years', { year: 2019 });
  assert.equal(r.status, 201);
  assert.deepEqual(await r.json(), { year: 2019, state: 'draft', raadsbesluit: null });
  r = await api('POST', '/api/v1/years/2019/state', { state: 'adopted', raadsbesluit: '2018-11-08' });
  assert.equal(r.status, 200);
  for (const q of [1, 2, 3, 4]) {
    for (const to of ['open', 'closed']) {
      const w = await post(`/periods/2019-Q${q}/state`, { to }, 'administrator');
      assert.equal(w.status, 303, `2019-Q${q} ${to}`);
    }
  }
  r = await api('POST', '/api/v1/years/2019/state', { state: 'closed' });
  assert.equal(r.status, 200);
  assert.equal((await r.json()).state, 'closed');
  r = await api('POST', '/api/v1/years', { year: 1999 });
  assert.equal(r.status, 422);
  assert.equal((await r.json()).error.message, 'Vul een jaar in van vier cijfers, van 2000 tot en met 2100.');
  const audit = sql(srv.db, "SELECT group_concat(action || ' ' || entity_id, ',') FROM audit WHERE action LIKE 'year.%' OR action = 'period.deadlines'");
  for (const a of ['year.create 2018', 'year.adopt 2018', 'period.deadlines 2018-Q1', 'period.deadlines 2018-Q3', 'year.close 2019'])
    assert.ok(audit.includes(a), `${a} in ${audit}`);
  use(mainSrv, 'main');
});

const walk = (u, out = []) => { if (u) { out.push(u); (u.children || []).forEach((c) => walk(c, out)); } return out; };

test('two afdelingen merged as of 2015: the 2014 org dashboards and API answer exactly as before, 2015 shows the merged unit', async () => {
  const units14 = walk((await getJson('/api/v1/org-units?year=2014')).org_unit);
  const vm = units14.find((u) => u.code === 'VM');
  const eb = units14.find((u) => u.code === 'EB');
  const stad = units14.find((u) => u.code === 'STAD');
  const seen = [
    '/api/v1/org-units?year=2014',
    '/api/v1/org-units?period=2014-Q3',
    `/api/v1/rollup/org-units/${stad.id}?period=2014-Q3`,
    `/api/v1/rollup/org-units/${vm.id}?period=2014-Q3`,
    `/dashboard/org/${stad.id}?period=2014-Q3`,
    `/dashboard/org/${vm.id}?period=2014-Q2`,
    '/org?year=2014',
    `/org/${stad.id}?year=2014`,
  ];
  const beforeAnswers = [];
  for (const p of seen) {
    const r = await get(p);
    assert.equal(r.status, 200, p);
    beforeAnswers.push(await r.text());
  }
  assert.match(beforeAnswers[4], /Verkeer en Milieu/);
  // A manager cannot change structure.
  let r = await post('/begroting/org/merge', { year: '2015', unit: vm.id, other: eb.id, code: 'VME', name: 'Verkeer, Milieu en Economie' }, 'manager');
  assert.equal(r.status, 403);
  r = await post('/begroting/org/merge', { year: '2015', unit: vm.id, other: eb.id, code: 'VME', name: 'Verkeer, Milieu en Economie' });
  assert.equal(r.status, 303);
  assert.equal(r.headers.get('location'), '/begroting/org?year=2015&done=1');
  for (let i = 0; i < seen.length; i++)
    assert.equal(await (await get(seen[i])).text(), beforeAnswers[i], `${seen[i]} changed`);
  // 2015: the merged unit under Stad, the two afdelingen gone.
  const units15 = walk((await getJson('/api/v1/org-units?year=2015')).org_unit);
  const vme = units15.find((u) => u.code === 'VME');
  assert.ok(vme, 'VME in 2015');
  assert.equal(units15.find((u) => u.code === 'STAD').children.some((c) => c.code === 'VME'), true);
  assert.ok(!units15.some((u) => u.code === 'VM' || u.code === 'EB'));
  assert.ok(!units14.some((u) => u.code === 'VME'));
  // The 2015 performances of both went along; 2014's stayed.
  const owners = async (year) => {
    const out = [];
    for (const g of (await getJson(`/api/v1/programmes?year=${year}`)).programmes) {
      const p = await getJson(`/api/v1/programmes/${g.id}`);
      for (const e of p.effects) for (const f of e.performances) out.push(f.owner.id);
    }
    return out;
  };
  const o15 = await owners(2015);
  const o14 = await owners(2014);
  assert.ok(o15.includes(vme.id));
  assert.ok(!o15.includes(vm.id) && !o15.includes(eb.id));
  assert.ok(o14.includes(vm.id) && o14.includes(eb.id) && !o14.includes(vme.id));
  assert.equal(o15.filter((id) => id === vme.id).length, o14.filter((id) => id === vm.id || id === eb.id).length);
  const dash15 = await get(`/dashboard/org/${stad.id}?period=2015-Q1`);
  assert.equal(dash15.status, 200);
  const html15 = await dash15.text();
  assert.match(html15, /Verkeer, Milieu en Economie/);
  assert.doesNotMatch(html15, /Economie en Binnenstad/);
  assert.match(await (await get('/begroting/org?year=2015')).text(), /Verkeer, Milieu en Economie/);
  // Renamed in its own first year: the name just changes, and the cached
  // CMT overview of 2015 ("not submitted") shows it on the next request.
  const cmt = await (await get('/dashboard?period=2015-Q1')).text();
  assert.match(cmt, /Verkeer, Milieu en Economie/);
  assert.doesNotMatch(cmt, /Economie en Binnenstad/);
  r = await post('/begroting/org/rename', { year: '2015', unit: vme.id, name: 'Mobiliteit en Economie' });
  assert.equal(r.status, 303);
  const again = await (await get(`/dashboard/org/${stad.id}?period=2015-Q1`)).text();
  assert.match(again, /Mobiliteit en Economie/);
  assert.doesNotMatch(again, /Verkeer, Milieu en Economie/);
  const cmt2 = await (await get('/dashboard?period=2015-Q1')).text();
  assert.match(cmt2, /Mobiliteit en Economie/);
  assert.doesNotMatch(cmt2, /Verkeer, Milieu en Economie/);
  assert.equal(walk((await getJson('/api/v1/org-units?year=2015')).org_unit).find((u) => u.code === 'VME').id, vme.id);
  // Successors and the audit entry.
  assert.equal(sql(srv.db, `SELECT count(*) FROM org_unit_successor WHERE to_id = ${vme.id} AND year = 2015`), '2');
  assert.match(sql(srv.db, "SELECT group_concat(action) FROM audit"), /org\.merge/);
});

test('every refused change gets its Dutch message, linked to its field; the API says the same', async () => {
  const units = walk((await getJson('/api/v1/org-units?year=2015')).org_unit);
  const id = (code) => units.find((u) => u.code === code).id;
  const cases = [
    ['move', { year: '2016', unit: id('STAD'), parent: id('SB') }, 'move-parent', /onder zichzelf/],
    ['rename', { year: '2016', unit: '999999', name: 'X' }, 'rename-unit', /^Deze eenheid bestaat niet\.$/],
    ['end', { year: '2016', unit: id('SO') }, 'end-unit', /nog prestaties, indicatoren of programma/],
    ['move', { year: '2014', unit: id('SO'), parent: id('DV') }, 'org-year', /vastgesteld/],
    ['create', { year: '2050', parent: id('SB'), kind: 'team', code: 'NW', name: 'Nieuw' }, 'org-year', /begrotingsjaar bestaat niet/],
    ['create', { year: '2016', parent: id('SB'), kind: 'team', code: 'a b', name: 'Nieuw' }, 'create-code', /hoofdletters/],
    ['create', { year: '2016', parent: id('SB'), kind: 'team', code: 'NW', name: '' }, 'create-name', /naam/],
    ['create', { year: '2016', parent: id('SB'), kind: 'directie', code: 'NW', name: 'Nieuw' }, 'create-kind', /past daar niet/],
    ['merge', { year: '2016', unit: id('SO'), other: id('SB-GR'), code: 'X', name: 'X' }, 'merge-other', /past daar niet/],
    ['create', { year: '2016', parent: id('STAD'), kind: 'afdeling', code: 'SB', name: 'Nieuw' }, 'create-code', /al in gebruik/],
    ['merge', { year: '2016', unit: id('SO'), other: id('SO'), code: 'X', name: 'X' }, 'merge-other', /verandert niets/],
    ['move', { year: '2016', unit: id('GEM'), parent: id('SB') }, 'move-unit', /gemeente zelf/],
  ];
  for (const [action, form, field, msg] of cases) {
    const r = await post(`/begroting/org/${action}`, form);
    assert.equal(r.status, 422, `${action} ${JSON.stringify(form)}`);
    const got = summary(await r.text());
    assert.equal(got.field, field, `${action}: ${got.message}`);
    assert.match(got.message, msg);
  }
  // A year before the unit began: a unit made as of 2017, renamed as of 2016.
  let r = await post('/begroting/org/create', { year: '2017', parent: id('SB'), kind: 'team', code: 'SB-NW', name: 'Nieuw team' });
  assert.equal(r.status, 303);
  const nw = walk((await getJson('/api/v1/org-units?year=2017')).org_unit).find((u) => u.code === 'SB-NW');
  assert.ok(nw);
  assert.ok(!walk((await getJson('/api/v1/org-units?year=2016')).org_unit).some((u) => u.code === 'SB-NW'));
  r = await post('/begroting/org/rename', { year: '2016', unit: nw.id, name: 'Ander team' });
  assert.equal(r.status, 422);
  assert.match(summary(await r.text()).message, /voor het begin van deze eenheid/);
  // The API: the same rules and texts.
  r = await api('POST', `/api/v1/org-units/${id('STAD')}/move`, { year: 2016, parent: id('SB') });
  assert.equal(r.status, 422);
  assert.deepEqual((await r.json()).error, { code: 'orgtree_err_cycle', message: 'Een eenheid kan niet onder zichzelf of onder een van haar eigen onderdelen komen te vallen.' });
  r = await api('POST', '/api/v1/org-units/999999/end', { year: 2016 });
  assert.equal(r.status, 404);
  r = await api('POST', '/api/v1/org-units', { year: 2016, parent: id('SB'), kind: 'team', code: 'SB-API', name: 'API-team' });
  assert.equal(r.status, 201);
  const made = await r.json();
  // Rename in the unit's own first year just changes the name.
  r = await api('POST', `/api/v1/org-units/${made.id}/rename`, { year: 2016, name: 'API-team Groen' });
  assert.equal(r.status, 200);
  assert.equal((await r.json()).id, made.id);
  // A rename as of a later year ends the unit and starts a successor; the
  // earlier year keeps the old name.
  r = await api('POST', `/api/v1/org-units/${made.id}/rename`, { year: 2017, name: 'Team Groen Zuid' });
  assert.equal(r.status, 200);
  const succ = (await r.json()).id;
  assert.notEqual(succ, made.id);
  const n16 = walk((await getJson('/api/v1/org-units?year=2016')).org_unit).find((u) => u.code === 'SB-API');
  const n17 = walk((await getJson('/api/v1/org-units?year=2017')).org_unit).find((u) => u.code === 'SB-API');
  assert.deepEqual([n16.id, n16.name, n17.id, n17.name], [made.id, 'API-team Groen', succ, 'Team Groen Zuid']);
  // Ending a unit that owns nothing works as of a year.
  r = await api('POST', `/api/v1/org-units/${succ}/end`, { year: 2017 });
  assert.equal(r.status, 422);	// it begins in 2017
  assert.equal((await r.json()).error.code, 'orgtree_err_starts_then');
  r = await post('/begroting/org/move', { year: '2017', unit: id('SB-GR'), parent: id('SO') });
  assert.equal(r.status, 303);
  assert.ok(walk((await getJson('/api/v1/org-units?year=2017')).org_unit).find((u) => u.code === 'SO').children.some((c) => c.code === 'SB-GR'));
  assert.ok(walk((await getJson('/api/v1/org-units?year=2016')).org_unit).find((u) => u.code === 'SB').children.some((c) => c.code === 'SB-GR'));
});

test('every new form refuses a post without its CSRF token', async () => {
  const forms = [
    ['/begroting', { year: '2030' }],
    ['/begroting/2015/state', { to: 'adopted', raadsbesluit: '2014-11-06' }],
    ['/periods/2015-Q1/deadlines', { submission: '2015-04-16', review: '2015-04-26' }],
    ['/begroting/org/create', { year: '2016', parent: '2', kind: 'afdeling', code: 'CSRF', name: 'x' }],
    ['/begroting/org/rename', { year: '2016', unit: '5', name: 'x' }],
    ['/begroting/org/move', { year: '2016', unit: '5', parent: '3' }],
    ['/begroting/org/merge', { year: '2016', unit: '5', other: '6', code: 'CSRF', name: 'x' }],
    ['/begroting/org/end', { year: '2016', unit: '5' }],
  ];
  const before = sql(srv.db, 'SELECT count(*) FROM audit');
  for (const [p, form] of forms) {
    const r = await post(p, form, 'control', false);
    assert.equal(r.status, 403, p);
  }
  assert.equal(sql(srv.db, 'SELECT count(*) FROM audit'), before);
});

test('the new pages are Dutch by default and English on request', async () => {
  const nl = await (await get('/begroting')).text();
  assert.match(nl, /Begrotingsjaren/);
  assert.match(nl, /<a href="\/begroting"[^>]*aria-current="page">Begroting<\/a>/);
  const en = await (await get('/begroting/org?lang=en')).text();
  assert.match(en, /Organisation per year/);
  const admin = await (await get('/begroting/2015', 'administrator')).text();
  assert.match(admin, /Submission deadline|Aanleveren uiterlijk/);
});
