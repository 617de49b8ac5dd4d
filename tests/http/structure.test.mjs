// structure.test.mjs: concern control maintains the programme structure of
// a budget year (issue 14) through the API and the pages: programme ->
// effect -> performance -> indicator -> reporting unit -> targets, every
// refusal with its message, a year that is adopted refuses everything,
// CSRF, and the rollups see a target change on the next request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { startServer, demoDb, BIN } from './server.mjs';
import { login, csrfOf } from './session.mjs';

let srv, ctl, mgr, db;

async function session(role) {
  const cookie = await login(srv.base, role);
  return { cookie, csrf: await csrfOf(srv.base, cookie) };
}

// A JSON call as s; returns { status, json }.
async function api(s, method, path, body) {
  const headers = { cookie: s.cookie, 'X-CSRF-Token': s.csrf };
  const opts = { method, headers, redirect: 'manual' };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    opts.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const r = await fetch(srv.base + path, opts);
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : null };
}

// A form POST as s (csrf added unless csrf === false).
async function post(s, path, fields, { csrf = true } = {}) {
  const body = new URLSearchParams({ ...fields, ...(csrf ? { csrf: s.csrf } : {}) });
  const r = await fetch(srv.base + path, { method: 'POST', body, redirect: 'manual', headers: { cookie: s.cookie } });
  return { status: r.status, location: r.headers.get('location'), html: await r.text() };
}

const sql = (q) => execFileSync('sqlite3', [db, q]).toString().trim();

let directie, team;

before(async () => {
  db = demoDb();
  // 2014 has figures; make it a concept year so that a target change there
  // moves the dashboard (the demo adopted it).  2013 stays closed.
  sql("UPDATE budget_year SET state = 'draft' WHERE year = 2014");
  srv = await startServer({ db });
  ctl = await session('control');
  mgr = await session('manager');
  const org = (await api(ctl, 'GET', '/api/v1/org-units')).json.org_unit;
  const all = [];
  const walk = (u) => { all.push(u); (u.children || []).forEach(walk); };
  walk(org);
  directie = all.find((u) => u.kind === 'directie');
  team = all.find((u) => u.kind === 'team');
});
after(async () => { await srv.stop(); });

const fullIndicator = (code, extra = {}) => ({
  code, name: 'Aantal klantcontacten', definition: 'Telefoon, balie en e-mail',
  unit: 'aantal', direction: 'up', aggregation: 'sum', weight_name: '',
  cumulative: false, frequency: 'quarter', decimals: '1', tolerance: '7,5',
  source: 'KCC-registratie', is_policy: true, ...extra,
});

test('the API builds programme, effect, performance, indicator, unit and targets in a concept year, audited', async () => {
  let r = await api(ctl, 'POST', '/api/v1/programmes', {
    year: 2015, number: 40, name: 'Dienstverlening', portfolio_holder: 'Wethouder A',
    directie_id: directie.id, w1: 'Snelle hulp', w2: 'Eén loket', w3: 'Zie tabel',
  });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  const pid = r.json.id;
  r = await api(ctl, 'POST', `/api/v1/programmes/${pid}/effects`, { number: 1, name: 'Tevreden inwoners' });
  assert.equal(r.status, 201);
  const eid = r.json.id;
  r = await api(ctl, 'POST', `/api/v1/effects/${eid}/performances`, { number: 1, name: 'Klantcontact', org_unit_id: team.id });
  assert.equal(r.status, 201);
  const fid = r.json.id;
  r = await api(ctl, 'POST', `/api/v1/performances/${fid}/indicators`, fullIndicator('T15.KCC'));
  assert.equal(r.status, 201, JSON.stringify(r.json));
  const iid = r.json.id;
  r = await api(ctl, 'POST', `/api/v1/indicators/${iid}/units`, { org_unit_id: team.id });
  assert.equal(r.status, 201);
  r = await api(ctl, 'PUT', `/api/v1/indicators/${iid}/targets/${team.id}`, { year: '1.234,5', q1: '300', q2: '600,5' });
  assert.equal(r.status, 200, JSON.stringify(r.json));

  const ind = (await api(ctl, 'GET', `/api/v1/indicators/${iid}`)).json;
  assert.equal(ind.tolerance_bp, 750);
  assert.equal(ind.policy_indicator, true);
  const t = Object.fromEntries(ind.targets.map((x) => [x.quarter, x.value]));
  assert.deepEqual(t, { 0: '1234.5', 1: '300.0', 2: '600.5' });
  // The new fields are stored.
  assert.equal(sql(`SELECT definition || '|' || frequency FROM indicator WHERE id = ${iid}`), 'Telefoon, balie en e-mail|quarter');
  assert.equal(sql(`SELECT w2_text FROM programme WHERE id = ${pid}`), 'Eén loket');
  // And read back through the API.
  assert.equal(ind.definition, 'Telefoon, balie en e-mail');
  assert.equal(ind.frequency, 'quarter');
  const prog = (await api(ctl, 'GET', `/api/v1/programmes/${pid}`)).json;
  assert.deepEqual([prog.ambition, prog.w2, prog.w3], ['Snelle hulp', 'Eén loket', 'Zie tabel']);
  // The read-only programme page answers the three W-questions with them.
  const readPage = await (await fetch(`${srv.base}/programmes/${pid}`, { headers: { cookie: mgr.cookie } })).text();
  for (const w of ['Snelle hulp', 'Eén loket', 'Zie tabel']) assert.ok(readPage.includes(w), w);
  // The reporting unit reports in 2015 now (the unit_year triggers).
  assert.equal(sql(`SELECT count(*) FROM unit_year WHERE year = 2015 AND org_unit_id = ${team.id}`), '1');
  // Every step is in the audit log, by the controller.
  const acts = sql("SELECT group_concat(action, ' ') FROM (SELECT action FROM audit WHERE username = 'control' ORDER BY id)");
  for (const a of ['programme.create', 'effect.create', 'performance.create', 'indicator.create', 'indicator.unit.add', 'target.update'])
    assert.ok(acts.includes(a), `${a} in ${acts}`);

  // Update and delete (nothing entered yet): the programme goes with all below it.
  r = await api(ctl, 'PUT', `/api/v1/effects/${eid}`, { number: 2, name: 'Tevreden inwoners en bedrijven' });
  assert.equal(r.status, 200);
  r = await api(ctl, 'DELETE', `/api/v1/indicators/${iid}/units/${team.id}`);
  assert.equal(r.status, 204);
  assert.equal(sql(`SELECT count(*) FROM target WHERE indicator_id = ${iid}`), '0');
  r = await api(ctl, 'DELETE', `/api/v1/programmes/${pid}`);
  assert.equal(r.status, 204);
  assert.equal(sql(`SELECT count(*) FROM indicator WHERE id = ${iid}`), '0');
});

test('every bad input is refused with 422 naming the member and a message', async () => {
  const base = { year: 2016, number: 41, name: 'Veiligheid', directie_id: directie.id };
  const cases = [
    [{ ...base, number: 'abc' }, 'number', 'st_err_number'],
    [{ ...base, number: 0 }, 'number', 'st_err_number'],
    [{ ...base, name: '   ' }, 'name', 'st_err_required'],
    [{ ...base, name: 'x'.repeat(301) }, 'name', 'st_err_too_long'],
    [{ ...base, name: 'a\u0007b' }, 'name', 'st_err_control'],
    [{ ...base, directie_id: team.id }, 'directie_id', 'st_err_not_directie'],
    [{ ...base, w1: [1] }, 'w1', 'st_err_type'],
    [{ ...base, year: 1999 }, 'year', 'st_err_year'],
    [{ ...base, year: 2099 }, 'year', 'st_err_year'],
    [{ ...base, year: '2016abc' }, 'year', 'st_err_year'],
  ];
  for (const [body, field, code] of cases) {
    const r = await api(ctl, 'POST', '/api/v1/programmes', body);
    assert.equal(r.status, 422, `${JSON.stringify(body).slice(0, 80)}: ${JSON.stringify(r.json)}`);
    assert.equal(r.json.field, field);
    assert.equal(r.json.errors[0].code, code);
    assert.ok(r.json.errors[0].message.length > 10);
  }
  assert.equal((await api(ctl, 'POST', '/api/v1/programmes', '[1]')).status, 400);
  let r = await api(ctl, 'POST', '/api/v1/programmes', base);
  assert.equal(r.status, 201);
  const pid = r.json.id;
  r = await api(ctl, 'POST', '/api/v1/programmes', base);
  assert.equal(r.status, 422);
  assert.equal(r.json.field, 'number');
  assert.equal(r.json.errors[0].code, 'st_err_number_taken');

  const eid = (await api(ctl, 'POST', `/api/v1/programmes/${pid}/effects`, { number: 1, name: 'Veilig' })).json.id;
  const bad = [
    [{ unit: 'furlongs' }, 'unit', 'st_err_uom'],
    [{ direction: 'sideways' }, 'direction', 'st_err_choice'],
    [{ weight_name: 'inwoners' }, 'weight_name', 'st_err_weight'],
    [{ decimals: '5' }, 'decimals', 'st_err_decimals'],
    [{ tolerance: '101' }, 'tolerance', 'st_err_percent'],
    [{ code: 'a b' }, 'code', 'st_err_code'],
    [{ frequency: 'monthly' }, 'frequency', 'st_err_choice'],
  ];
  for (const [extra, field, code] of bad) {
    r = await api(ctl, 'POST', `/api/v1/effects/${eid}/indicators`, fullIndicator('T16.V1', extra));
    assert.equal(r.status, 422, JSON.stringify(extra));
    assert.equal(r.json.field, field, JSON.stringify(r.json));
    assert.equal(r.json.errors[0].code, code);
  }
  // A yearly effect indicator with one decimal.
  r = await api(ctl, 'POST', `/api/v1/effects/${eid}/indicators`, fullIndicator('T16.V1', { frequency: 'year' }));
  assert.equal(r.status, 201);
  const iid = r.json.id;
  r = await api(ctl, 'POST', `/api/v1/effects/${eid}/indicators`, fullIndicator('T16.V1'));
  assert.equal(r.json.errors[0].code, 'st_err_code_taken');
  await api(ctl, 'POST', `/api/v1/indicators/${iid}/units`, { org_unit_id: directie.id });
  r = await api(ctl, 'POST', `/api/v1/indicators/${iid}/units`, { org_unit_id: directie.id });
  assert.equal(r.status, 422);
  assert.equal(r.json.errors[0].code, 'st_err_unit_reports');
  const tgt = [
    [{ year: '12,25' }, 'year', 'st_err_too_precise'],
    [{ year: '1.234' }, 'year', 'st_err_ambiguous'],
    [{ year: 'veel' }, 'year', 'st_err_not_number'],
    [{ q1: '5' }, 'q1', 'st_err_yearly'],
    [{ q4: 12.5 }, 'q4', 'st_err_type'],
  ];
  for (const [body, field, code] of tgt) {
    r = await api(ctl, 'PUT', `/api/v1/indicators/${iid}/targets/${directie.id}`, body);
    assert.equal(r.status, 422, JSON.stringify(body));
    assert.equal(r.json.field, field);
    assert.equal(r.json.errors[0].code, code);
  }
  r = await api(ctl, 'PUT', `/api/v1/indicators/${iid}/targets/${team.id}`, { year: '5' });
  assert.equal(r.status, 422);
  assert.equal(r.json.errors[0].code, 'st_err_not_reporting');
  r = await api(ctl, 'PUT', `/api/v1/indicators/${iid}/targets/${directie.id}`, { year: '7,5', q4: '7,5' });
  assert.equal(r.status, 200);
  // Decimals say how stored targets read: they no longer change.
  r = await api(ctl, 'PUT', `/api/v1/indicators/${iid}`, fullIndicator('T16.V1', { frequency: 'year', decimals: '2' }));
  assert.equal(r.status, 422);
  assert.equal(r.json.errors[0].code, 'st_err_decimals_in_use');
  // Nothing above changed the stored indicator.
  assert.equal(sql(`SELECT decimals FROM indicator WHERE id = ${iid}`), '1');
});

test('an adopted or closed year refuses every change: it goes through a begrotingswijziging', async () => {
  sql("SELECT 1"); // 2013 is closed in the demo
  const prog = (await api(ctl, 'GET', '/api/v1/programmes?year=2013')).json.programmes[0];
  const full = (await api(ctl, 'GET', `/api/v1/programmes/${prog.id}`)).json;
  const ind = full.effects[0].indicators[0];
  let r = await api(ctl, 'PUT', `/api/v1/programmes/${prog.id}`, { number: prog.number, name: 'Anders', directie_id: prog.directie.id });
  assert.equal(r.status, 409);
  assert.equal(r.json.error.code, 'st_err_locked');
  assert.match(r.json.error.message, /begrotingswijziging/);
  r = await api(ctl, 'POST', '/api/v1/programmes', { year: 2013, number: 77, name: 'Nieuw', directie_id: directie.id });
  assert.equal(r.status, 409);
  r = await api(ctl, 'PUT', `/api/v1/indicators/${ind.id}/targets/${ind.targets[0].org_unit}`, { year: '1' });
  assert.equal(r.status, 409);
  r = await api(ctl, 'DELETE', `/api/v1/indicators/${ind.id}`);
  assert.equal(r.status, 409);
  // The pages: no forms, and a POST gets the message.
  const page = await fetch(`${srv.base}/begroting/2013/programmes/${prog.id}`, { headers: { cookie: ctl.cookie } });
  const html = await page.text();
  assert.equal(page.status, 200);
  assert.match(html, /begrotingswijziging/);
  assert.doesNotMatch(html, /name="name"/);
  const p = await post(ctl, `/begroting/2013/programmes/${prog.id}`, { number: String(prog.number), name: 'Anders', directie_id: String(prog.directie.id) });
  assert.equal(p.status, 409);
  assert.match(p.html, /begrotingswijziging/);
  assert.equal(sql(`SELECT name FROM programme WHERE id = ${prog.id}`), prog.name);
});

test('the pages create and refuse with the typed values, an error summary linking to each field, and CSRF', async () => {
  let r = await fetch(`${srv.base}/begroting/2016/programmes`, { headers: { cookie: ctl.cookie } });
  assert.equal(r.status, 200);
  let p = await post(ctl, '/begroting/2016/programmes', { number: 'x', name: '', portfolio_holder: 'Wethouder <B>', directie_id: String(directie.id) });
  assert.equal(p.status, 422);
  assert.match(p.html, /href="#np-number"/);
  assert.match(p.html, /href="#np-name"/);
  assert.match(p.html, /id="np-number"[^>]*value="x"/);
  assert.match(p.html, /value="Wethouder &lt;B&gt;"/);
  assert.match(p.html, /aria-invalid="true"/);
  // Without the session's token nothing happens.
  p = await post(ctl, '/begroting/2016/programmes', { number: '60', name: 'Zonder token', directie_id: String(directie.id) }, { csrf: false });
  assert.equal(p.status, 403);
  assert.equal(sql("SELECT count(*) FROM programme WHERE name = 'Zonder token'"), '0');
  // A manager cannot change structure.
  p = await post(mgr, '/begroting/2016/programmes', { number: '61', name: 'Manager', directie_id: String(directie.id) });
  assert.equal(p.status, 403);

  p = await post(ctl, '/begroting/2016/programmes', { number: '60', name: 'Wonen', directie_id: String(directie.id), w1: 'Goed wonen' });
  assert.equal(p.status, 303);
  const pid = /programmes\/(\d+)/.exec(p.location)[1];
  p = await post(ctl, `/begroting/2016/programmes/${pid}/effects`, { number: '1', name: 'Betaalbaar wonen' });
  assert.equal(p.status, 303);
  const eid = sql(`SELECT id FROM effect WHERE programme_id = ${pid}`);
  p = await post(ctl, `/begroting/2016/programmes/${pid}/performances`, { effect_id: eid, number: '1', name: 'Woningen bouwen', org_unit_id: String(team.id) });
  assert.equal(p.status, 303);
  const fid = sql(`SELECT id FROM performance WHERE effect_id = ${eid}`);
  p = await post(ctl, `/begroting/2016/programmes/${pid}/indicators`, { parent: `p${fid}`, code: 'T16.W1', name: 'Nieuwe woningen', unit: 'aantal', direction: 'up', aggregation: 'sum', frequency: 'quarter', decimals: '0', tolerance: '10', cumulative: '1' });
  assert.equal(p.status, 303, p.html.slice(0, 400));
  const iid = /indicators\/(\d+)/.exec(p.location)[1];
  r = await fetch(srv.base + p.location, { headers: { cookie: ctl.cookie } });
  assert.equal(r.status, 200);
  p = await post(ctl, `/begroting/2016/indicators/${iid}/units`, { org_unit_id: String(team.id) });
  assert.equal(p.status, 303);
  p = await post(ctl, `/begroting/2016/indicators/${iid}/targets`, { [`t${team.id}-year`]: '1.200', [`t${team.id}-q1`]: '30,5' });
  assert.equal(p.status, 422);
  assert.match(p.html, new RegExp(`href="#t${team.id}-year"`));
  assert.match(p.html, new RegExp(`id="t${team.id}-q1"[^>]*value="30,5"`));
  p = await post(ctl, `/begroting/2016/indicators/${iid}/targets`, { [`t${team.id}-year`]: '1200', [`t${team.id}-q1`]: '300' });
  assert.equal(p.status, 303);
  assert.equal(sql(`SELECT group_concat(quarter || '=' || value) FROM target WHERE indicator_id = ${iid}`), '0=1200,1=300');
  // The programme page shows the indicator with its link, every id once.
  const html = await (await fetch(`${srv.base}/begroting/2016/programmes/${pid}`, { headers: { cookie: ctl.cookie } })).text();
  assert.match(html, new RegExp(`/begroting/2016/indicators/${iid}`));
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  // Valid HTML (tidy), as the pages the crawler reaches.
  const tidy = (h) => spawnSync('tidy', ['-q', '-errors', '--show-warnings', 'no', '-utf8'], { input: h });
  for (const path of ['/begroting/2016/programmes', `/begroting/2016/programmes/${pid}`, `/begroting/2016/indicators/${iid}`]) {
    const h = await (await fetch(srv.base + path, { headers: { cookie: ctl.cookie } })).text();
    const t = tidy(h);
    assert.ok(t.status < 2, `${path}: ${t.stderr}`);
  }
  const refusedPage = await post(ctl, `/begroting/2016/programmes/${pid}/effects`, { number: '', name: '' });
  assert.equal(refusedPage.status, 422);
  assert.ok(tidy(refusedPage.html).status < 2, 'the refused form is valid HTML');
  // In English too.
  const en = await (await fetch(`${srv.base}/begroting/2016/indicators/${iid}?lang=en`, { headers: { cookie: ctl.cookie } })).text();
  assert.match(en, /Reporting units/);
});

test('a target change shows in the rollup API on the next request; figures block a delete', async () => {
  // An on-track, upward, non-ratio indicator with figures in 2014-Q2.
  const row = sql("SELECT ri.indicator_id FROM rollup_indicator ri JOIN period p ON p.id = ri.period_id " +
    "JOIN indicator i ON i.id = ri.indicator_id WHERE p.year = 2014 AND p.quarter = 2 AND ri.status = 1 " +
    "AND i.direction = 'up' AND i.aggregation <> 'ratio' AND i.frequency = 'quarter' LIMIT 1");
  assert.ok(row, 'an on-track indicator');
  const iid = Number(row);
  const prog = Number(sql(`SELECT e.programme_id FROM indicator i LEFT JOIN performance pf ON pf.id = i.performance_id JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id) WHERE i.id = ${iid}`));
  const units = sql(`SELECT org_unit_id FROM indicator_unit WHERE indicator_id = ${iid}`).split('\n').map(Number);
  const get = async () => (await api(ctl, 'GET', `/api/v1/rollup/programmes/${prog}?period=2014-Q2`)).json.programme.counts;
  const before = await get();
  for (const u of units) {
    const r = await api(ctl, 'PUT', `/api/v1/indicators/${iid}/targets/${u}`, { year: '999999999', q1: '999999999', q2: '999999999', q3: '999999999', q4: '999999999' });
    assert.equal(r.status, 200, JSON.stringify(r.json));
  }
  const now = await get();
  assert.equal(now.on_track, before.on_track - 1);
  assert.equal(now.off_track, before.off_track + 1);
  // What the writes left is what a rebuild from scratch computes.
  const rb = execFileSync(BIN, ['rollup', 'rebuild', '--db', db], { stdio: 'pipe' }).toString();
  assert.match(rb, / 0 rows corrected/);
  // The programme has figures: it cannot be deleted, and says why.
  const r = await api(ctl, 'DELETE', `/api/v1/programmes/${prog}`);
  assert.equal(r.status, 409);
  assert.equal(r.json.error.code, 'st_err_in_use');
  const p = await post(ctl, `/begroting/2014/programmes/${prog}/delete`, {});
  assert.equal(p.status, 409);
  assert.match(p.html, /cijfers/);
});

test('renumbering gives 1, 2, 3, ... in the present order, pages and API', async () => {
  let r = await api(ctl, 'POST', '/api/v1/programmes', { year: 2017, number: 90, name: 'Laatste', directie_id: directie.id });
  assert.equal(r.status, 201);
  r = await api(ctl, 'POST', '/api/v1/programmes', { year: 2017, number: 80, name: 'Voorlaatste', directie_id: directie.id });
  const pid = r.json.id;
  const p = await post(ctl, '/begroting/2017/programmes/renumber', {});
  assert.equal(p.status, 303);
  const nums = sql('SELECT group_concat(number) FROM (SELECT number FROM programme WHERE year = 2017 ORDER BY number)').split(',').map(Number);
  assert.deepEqual(nums, nums.map((_, i) => i + 1));
  assert.equal(sql(`SELECT name FROM programme WHERE year = 2017 ORDER BY number DESC LIMIT 1`), 'Laatste');
  const e9 = (await api(ctl, 'POST', `/api/v1/programmes/${pid}/effects`, { number: 9, name: 'Negen' })).json.id;
  const e5 = (await api(ctl, 'POST', `/api/v1/programmes/${pid}/effects`, { number: 5, name: 'Vijf' })).json.id;
  await api(ctl, 'POST', `/api/v1/effects/${e9}/performances`, { number: 7, name: 'Zeven', org_unit_id: team.id });
  await api(ctl, 'POST', `/api/v1/effects/${e9}/performances`, { number: 3, name: 'Drie', org_unit_id: team.id });
  r = await api(ctl, 'POST', `/api/v1/programmes/${pid}/renumber`);
  assert.equal(r.status, 204);
  assert.equal(sql(`SELECT number FROM effect WHERE id = ${e5}`), '1');
  assert.equal(sql(`SELECT number FROM effect WHERE id = ${e9}`), '2');
  assert.equal(sql(`SELECT group_concat(name) FROM (SELECT name FROM performance WHERE effect_id = ${e9} ORDER BY number)`), 'Drie,Zeven');
  assert.equal(sql(`SELECT group_concat(number) FROM (SELECT number FROM performance WHERE effect_id = ${e9} ORDER BY number)`), '1,2');
  // A closed year is not renumbered.
  r = await api(ctl, 'POST', '/api/v1/years/2013/renumber');
  assert.equal(r.status, 409);
});
