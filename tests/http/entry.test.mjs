// entry.test.mjs: quarterly figures over HTTP against the real server and
// the demo data: My work, the entry form (validation, explanation asked for,
// submit, approve), the API (versions, per-field errors, roles), conflicts,
// lock after close and reopen, the audit chain, import, read-only storage.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync, statSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, demoDb, BIN } from './server.mjs';
import { session, units, decode, formFields } from './session.mjs';

const P = '2014-Q3';

async function getPage(base, s, p) {
  const r = await fetch(base + p, { headers: { cookie: s.cookie }, redirect: 'manual' });
  return { status: r.status, html: await r.text(), location: r.headers.get('location') };
}

async function post(base, s, p, fields) {
  const body = new URLSearchParams({ ...fields, csrf: s.csrf });
  const r = await fetch(base + p, { method: 'POST', body, headers: { cookie: s.cookie }, redirect: 'manual' });
  return { status: r.status, html: await r.text(), location: r.headers.get('location') };
}

async function api(base, s, method, p, body) {
  const headers = { cookie: s.cookie, 'X-CSRF-Token': s.csrf };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(base + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : null };
}

// Fill every empty field of a form so that it can be submitted on track.
function completeForm(f, figures) {
  for (const fig of figures) {
    const p = `f${fig.indicator}`;
    const t = fig.target ?? '1';
    if (`${p}_numerator` in f) {
      if (!f[`${p}_numerator`]) f[`${p}_numerator`] = '100';
      if (!f[`${p}_denominator`]) f[`${p}_denominator`] = '100';
    } else if (!f[`${p}_value`]) f[`${p}_value`] = t;
    if (`${p}_weight` in f && !f[`${p}_weight`]) f[`${p}_weight`] = '10';
    if (!f[`${p}_forecast`]) f[`${p}_forecast`] = t;
    if (!f[`${p}_explanation`]) f[`${p}_explanation`] = 'Toelichting.';
    if (!f[`${p}_measure`]) f[`${p}_measure`] = 'Maatregel.';
  }
  for (const k of Object.keys(f)) {
    if (/^c\d+_(realised|cost_forecast)$/.test(k) && !f[k]) f[k] = '1';
    if (/^c\d+_cost_explanation$/.test(k) && !f[k]) f[k] = 'Toelichting lasten.';
  }
  return f;
}

describe('entry form, workflow and API', () => {
  let srv, u, mgr, dir, adm, council;
  before(async () => {
    srv = await startServer();
    mgr = await session(srv.base, 'manager');
    dir = await session(srv.base, 'director');
    adm = await session(srv.base, 'administrator');
    council = await session(srv.base, 'council');
    u = await units(srv.base, mgr);
  });
  after(async () => { await srv.stop(); });

  test('My work lists the units in scope with state, deadline, overdue and the returned comment', async () => {
    const r = await getPage(srv.base, mgr, '/work');
    assert.equal(r.status, 200);
    for (const code of ['PZ', 'PZ-BZ', 'PZ-KCC', 'PZ-VG']) assert.match(r.html, new RegExp(`href="/entry/${u[code]}/${P}"`));
    assert.doesNotMatch(r.html, new RegExp(`href="/entry/${u.SB}/${P}"`), 'Stadsbeheer is outside the scope');
    assert.match(r.html, /15 oktober 2014/, "the deadline as a Dutch date");
    assert.match(r.html, /teruggestuurd/);
    assert.match(r.html, /De toelichting bij de telefonische bereikbaarheid ontbreekt/);
    assert.match(r.html, /te laat/);
    const d = await getPage(srv.base, dir, '/work');
    assert.match(d.html, /Wachten op uw beoordeling: <strong>[1-9]/);
    assert.match(d.html, /wacht op beoordeling/);
  });

  test('each figure field says what a quarter\'s figure means: this quarter, summed by Koers when cumulative; a stock at the quarter\'s end', async () => {
    // Stedelijke ontwikkeling reports cumulative counts and a stock.
    const r = await getPage(srv.base, adm, `/entry/${u.SO}/${P}`);
    assert.equal(r.status, 200);
    const kinds = [...r.html.matchAll(/<fieldset class="figure" id="(f\d+)"[^>]*data-kind="([a-z]+)"/g)];
    const hint = (pfx, name) => {
      const m = new RegExp(`id="${pfx}_${name}_hint">([^<]*)<`).exec(r.html);
      return m ? decode(m[1]) : null;
    };
    const cum = kinds.filter((k) => k[2] === 'cumulative');
    assert.ok(cum.length > 0, 'the unit has a cumulative indicator');
    for (const [, pfx] of cum) {
      const h = hint(pfx, 'value');
      assert.match(h, /^Dit kwartaal: alleen wat in dit kwartaal is gerealiseerd, niet de stand tot en met dit kwartaal\./);
      assert.match(h, /Koers telt de kwartalen zelf op/);
      assert.doesNotMatch(hint(pfx, 'forecast'), /kwartaal/, 'the forecast is a year-end figure');
    }
    const stock = kinds.filter(([, pfx]) => /^De stand aan het eind van dit kwartaal\./.test(hint(pfx, 'value') ?? ''));
    assert.ok(stock.length > 0, 'a stock says it is the level at the end of the quarter');
    for (const [, pfx] of kinds.filter((k) => k[2] === 'ratio'))
      assert.match(hint(pfx, 'numerator'), /^Dit kwartaal/);
  });

  test('an off-track figure asks for an explanation and a measure, keeps what was typed, then submits; the director approves', async () => {
    const page = await getPage(srv.base, mgr, `/entry/${u.PZ}/${P}`);
    assert.equal(page.status, 200);
    const list = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u.PZ}&period=${P}`)).json;
    const f = completeForm(formFields(page.html), list.figures);
    // Kostprijs per klantcontact: lower is better, target 13,92: 16,00 is off track.
    const cost = list.figures.find((x) => x.code === '2014.10.1.3.1');
    f[`f${cost.indicator}_value`] = '16,00';
    f[`f${cost.indicator}_explanation`] = '';
    f[`f${cost.indicator}_measure`] = '';
    let r = await post(srv.base, mgr, `/entry/${u.PZ}/${P}`, { ...f, action: 'submit' });
    assert.equal(r.status, 422);
    assert.match(r.html, new RegExp(`id="f${cost.indicator}_explanation_err"[^>]*>.*uit koers: geef een toelichting`));
    assert.match(r.html, new RegExp(`id="f${cost.indicator}_measure_err"`));
    assert.match(r.html, new RegExp(`id="f${cost.indicator}_explanation"[^>]*aria-invalid="true"[^>]*aria-describedby="[^"]*f${cost.indicator}_explanation_err`));
    assert.match(r.html, /value="16,00"/, 'the typed value is kept');
    assert.match(r.html, /status-off_track/);
    // Nothing was saved.
    let now = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u.PZ}&period=${P}`)).json;
    assert.equal(now.state, 'draft');
    assert.equal(now.figures.find((x) => x.code === cost.code).value, null);
    f[`f${cost.indicator}_explanation`] = 'Hoger verzuim in het KCC.';
    f[`f${cost.indicator}_measure`] = 'Inhuur tot het einde van het jaar.';
    r = await post(srv.base, mgr, `/entry/${u.PZ}/${P}`, { ...f, action: 'submit' });
    assert.equal(r.status, 303, r.html.slice(0, 2000));
    assert.equal(r.location, `/entry/${u.PZ}/${P}?done=submitted`);
    now = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u.PZ}&period=${P}`)).json;
    assert.equal(now.state, 'submitted');
    assert.equal(now.figures.find((x) => x.code === cost.code).value, '16.00');
    assert.equal(now.figures.find((x) => x.code === cost.code).status, 'off_track');
    // The director sees the decision form, approves.
    const dp = await getPage(srv.base, dir, `/entry/${u.PZ}/${P}`);
    assert.match(dp.html, /action="\/entry\/\d+\/2014-Q3\/decision"/);
    r = await post(srv.base, dir, `/entry/${u.PZ}/${P}/decision`, { action: 'approve' });
    assert.equal(r.status, 303);
    now = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u.PZ}&period=${P}`)).json;
    assert.equal(now.state, 'approved');
    // Approved: read-only for the manager; a save is refused.
    const ro = await getPage(srv.base, mgr, `/entry/${u.PZ}/${P}`);
    assert.doesNotMatch(ro.html, /class="entry"/);
    assert.match(ro.html, /goedgekeurd/);
    r = await post(srv.base, mgr, `/entry/${u.PZ}/${P}`, { ...f, action: 'save' });
    assert.equal(r.status, 409);
    assert.match(r.html, /goedgekeurd en kunnen niet meer/);
  });

  test('API: a stale version gets 409 with the current figure; bad numbers get 422 per field', async () => {
    const list = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u['PZ-KCC']}&period=${P}`)).json;
    const fig = list.figures.find((x) => x.unit === '%');
    const url = `/api/v1/figures/${fig.indicator}/${u['PZ-KCC']}/${P}`;
    let r = await api(srv.base, mgr, 'PUT', url, { version: fig.version, forecast: '80,5' });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.version, fig.version + 1);
    assert.equal(r.json.forecast, '80.5');
    r = await api(srv.base, mgr, 'PUT', url, { version: fig.version, forecast: '81' });
    assert.equal(r.status, 409);
    assert.equal(r.json.error.code, 'err_conflict');
    assert.equal(r.json.current.forecast, '80.5');
    assert.equal(r.json.current.version, fig.version + 1);
    r = await api(srv.base, mgr, 'PUT', url, { version: fig.version + 1, forecast: '1.234', explanation: 'x' });
    assert.equal(r.status, 422);
    assert.deepEqual(r.json.errors.map((e) => [e.field, e.code, e.understood]),
      [['forecast', 'T_ENTRY_NUM_AMBIGUOUS', '1.234 / 1234']]);
    r = await api(srv.base, mgr, 'PUT', url, { version: fig.version + 1, forecast: 5 });
    assert.equal(r.status, 400);
    assert.equal(r.json.error.code, 'api_body_decimal_string');
    assert.equal(r.json.field, 'forecast', 'the refusal names the member');
    assert.match(r.json.error.message, /decimale string/);
    // A member that does not apply is refused, never dropped.
    const plain = list.figures.find((x) => x.value !== null && x.numerator === null && x.denominator === null);
    assert.ok(plain, 'the demo has a figure that is not a ratio');
    r = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${plain.indicator}/${u['PZ-KCC']}/${P}`,
      { version: plain.version, numerator: '3' });
    assert.equal(r.status, 422, JSON.stringify(r.json));
    assert.equal(r.json.field, 'numerator');
    assert.equal(r.json.error.code, 'api_body_not_applicable');
    const ratio = list.figures.find((x) => x.numerator !== null && x.denominator !== null);
    assert.ok(ratio, 'the demo has a ratio figure');
    r = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${ratio.indicator}/${u['PZ-KCC']}/${P}`,
      { version: ratio.version, value: '50' });
    assert.equal(r.status, 422);
    assert.equal(r.json.field, 'value');
    assert.equal(r.json.error.code, 'api_body_value_ratio');
    r = await api(srv.base, mgr, 'PUT', url, { value: '1' });
    assert.equal(r.status, 400);
    assert.equal(r.json.field, 'version');
  });

  test('API: every workflow action is allowed or refused by role and state', async () => {
    const base = `/api/v1/submissions/${u['PZ-VG']}/${P}`;
    // PZ-VG is submitted in the demo.
    assert.equal((await api(srv.base, mgr, 'POST', `${base}/approve`, {})).status, 403);
    assert.equal((await api(srv.base, council, 'POST', `${base}/approve`, {})).status, 403);
    assert.equal((await api(srv.base, dir, 'POST', `${base}/submit`, {})).status, 403);
    assert.equal((await api(srv.base, adm, 'POST', `${base}/approve`, {})).status, 403);
    assert.equal((await api(srv.base, mgr, 'POST', `${base}/submit`, {})).status, 409);
    let r = await api(srv.base, dir, 'POST', `${base}/return`, { comment: '  ' });
    assert.equal(r.status, 422);
    assert.equal(r.json.error.code, 'wf_comment_required');
    r = await api(srv.base, dir, 'POST', `${base}/return`, { comment: 'Graag de prognose onderbouwen.' });
    assert.equal(r.status, 200);
    assert.equal(r.json.state, 'returned');
    assert.equal((await api(srv.base, dir, 'POST', `${base}/approve`, {})).status, 409);
    assert.equal((await api(srv.base, adm, 'POST', `${base}/reopen`, { comment: 'x' })).status, 409);
    // Returned -> the manager submits again (as stored: complete in the demo) -> approved.
    r = await api(srv.base, mgr, 'POST', `${base}/submit`, {});
    assert.equal(r.status, 200, JSON.stringify(r.json));
    assert.equal(r.json.state, 'submitted');
    r = await api(srv.base, dir, 'POST', `${base}/approve`);
    assert.equal(r.status, 200);
    assert.equal(r.json.state, 'approved');
    // A draft cannot be submitted when incomplete: 422 with the fields.
    const empty = await api(srv.base, mgr, 'POST', `/api/v1/submissions/${u.PZ}/${P}/submit`, {});
    assert.ok([409, 422].includes(empty.status));
    // Out of scope: the manager may not touch Stadsbeheer's figures.
    assert.equal((await api(srv.base, mgr, 'POST', `/api/v1/submissions/${u.SB}/${P}/submit`, {})).status, 403);
    assert.equal((await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u.SB}&period=${P}`)).status, 403);
  });

  test('a conflict shows the other person\'s value beside the typed one, and nothing typed is lost', async () => {
    const unit = u['PZ-KCC'];
    const page = await getPage(srv.base, mgr, `/entry/${unit}/${P}`);
    const f = formFields(page.html);
    const list = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${unit}&period=${P}`)).json;
    const fig = list.figures[0];
    // Somebody else saves first.
    const other = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${fig.indicator}/${unit}/${P}`,
      { version: fig.version, explanation: 'Van een collega.' });
    assert.equal(other.status, 200);
    f[`f${fig.indicator}_explanation`] = 'Mijn eigen toelichting.';
    const r = await post(srv.base, mgr, `/entry/${unit}/${P}`, { ...f, action: 'save' });
    assert.equal(r.status, 409);
    assert.match(r.html, /Opgeslagen door een ander: <strong>Van een collega.<\/strong>/);
    assert.match(r.html, /Mijn eigen toelichting.<\/textarea>/);
    // The form now carries the new version: saving again keeps the user's choice.
    const again = formFields(r.html);
    assert.equal(again[`f${fig.indicator}_version`], String(fig.version + 1));
    const r2 = await post(srv.base, mgr, `/entry/${unit}/${P}`, { ...again, action: 'save' });
    assert.equal(r2.status, 303);
    const now = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${unit}&period=${P}`)).json;
    assert.equal(now.figures[0].explanation, 'Mijn eigen toelichting.');
    // Its history shows both changes.
    const h = await getPage(srv.base, mgr, `/figures/${fig.indicator}/${unit}/${P}`);
    assert.match(h.html, /Van een collega\. &rarr; Mijn eigen toelichting\.|Van een collega\. → Mijn eigen toelichting\./);
    assert.match(h.html, /Sander Bos/, 'people by name, not by username');
    assert.doesNotMatch(h.html, /\d{4}-\d\d-\d\dT/, 'no ISO timestamps');
  });

  test('import: one bad row saves nothing and the report names it; the good file saves all', async () => {
    const list = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u['PZ-KCC']}&period=${P}`)).json;
    // The version column says which saved figure each row is based on.
    const rows = ['indicator_code;org_unit_code;period;value;forecast;numerator;denominator;weight;explanation;measure;version'];
    for (const x of list.figures) {
      if (x.unit === '%') rows.push(`${x.code};PZ-KCC;${P};;90;95;100;;;;${x.version || ''}`);
      else rows.push(`${x.code};PZ-KCC;${P};${x.target};${x.target};;;100;;;${x.version || ''}`);
    }
    const upload = async (text) => {
      const fd = new FormData();
      fd.append('csrf', mgr.csrf);
      fd.append('file', new Blob([text], { type: 'text/csv' }), 'cijfers.csv');
      const r = await fetch(srv.base + '/import', { method: 'POST', body: fd, headers: { cookie: mgr.cookie } });
      return { status: r.status, html: await r.text() };
    };
    const bad = [...rows, `${list.figures[0].code};SB;${P};;1;1;2;;;;`];
    let r = await upload(bad.join('\n'));
    assert.equal(r.status, 422, r.html.slice(0, 1500));
    assert.match(r.html, new RegExp(`<th scope="row" class="num">${bad.length}</th><td>org_unit_code</td><td>SB</td>`));
    assert.match(r.html, /Niets opgeslagen/);
    r = await upload(rows.join('\n'));
    assert.equal(r.status, 200, r.html.slice(0, 3000));
    assert.match(r.html, new RegExp(`Alle cijfers zijn opgeslagen: ${rows.length - 1}`));
    const tpl = await fetch(srv.base + `/entry/${u['PZ-KCC']}/${P}/template.csv`, { headers: { cookie: mgr.cookie } });
    assert.equal(tpl.status, 200);
    assert.match(tpl.headers.get('content-disposition'), /attachment; filename="koers-PZ-KCC-2014-Q3.csv"/);
    assert.match(await tpl.text(), /^indicator_code,org_unit_code,period,value,forecast/);
    // The Excel template comes back in unchanged: every row saved.
    const x = await fetch(srv.base + `/entry/${u['PZ-KCC']}/${P}/template.xlsx`, { headers: { cookie: mgr.cookie } });
    assert.equal(x.status, 200);
    const fd = new FormData();
    fd.append('csrf', mgr.csrf);
    fd.append('file', new Blob([await x.arrayBuffer()]), 'cijfers.xlsx');
    const back = await fetch(srv.base + '/import', { method: 'POST', body: fd, headers: { cookie: mgr.cookie } });
    const html = await back.text();
    assert.equal(back.status, 200, html.slice(html.indexOf('<main'), html.indexOf('<main') + 3000));
    assert.match(html, new RegExp(`Alle cijfers zijn opgeslagen: ${list.figures.length}`));
  });
});

describe('lock after close, reopen, and the audit chain', () => {
  let srv, u, mgr, dir, adm;
  before(async () => {
    srv = await startServer();
    mgr = await session(srv.base, 'manager');
    dir = await session(srv.base, 'director');
    adm = await session(srv.base, 'administrator');
    u = await units(srv.base, mgr);
  });
  after(async () => { await srv.stop(); });

  test('closing the period locks every figure; the administrator reopens one unit with a reason', async () => {
    const kcc = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u['PZ-KCC']}&period=${P}`)).json.figures[0];
    const bz = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u['PZ-BZ']}&period=${P}`)).json.figures[0];
    assert.equal((await post(srv.base, mgr, `/periods/${P}/state`, { to: 'closed' })).status, 403);
    let r = await post(srv.base, adm, `/periods/${P}/state`, { to: 'closed' });
    assert.equal(r.status, 303);
    r = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${kcc.indicator}/${u['PZ-KCC']}/${P}`, { version: kcc.version, explanation: 'te laat' });
    assert.equal(r.status, 409);
    assert.equal(r.json.error.code, 'wf_period_closed');
    r = await post(srv.base, adm, `/entry/${u['PZ-BZ']}/${P}/reopen`, { reason: '' });
    assert.equal(r.status, 422);
    r = await post(srv.base, adm, `/entry/${u['PZ-BZ']}/${P}/reopen`, { reason: 'Correctie na accountantscontrole' });
    assert.equal(r.status, 303);
    r = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${bz.indicator}/${u['PZ-BZ']}/${P}`, { version: bz.version, explanation: 'Gecorrigeerd.' });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    // Still locked for the unit that was not reopened.
    r = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${kcc.indicator}/${u['PZ-KCC']}/${P}`, { version: kcc.version, explanation: 'nog steeds' });
    assert.equal(r.status, 409);
    // Submit and approve again: locked again.
    assert.equal((await api(srv.base, mgr, 'POST', `/api/v1/submissions/${u['PZ-BZ']}/${P}/submit`, {})).status, 200);
    assert.equal((await api(srv.base, dir, 'POST', `/api/v1/submissions/${u['PZ-BZ']}/${P}/approve`, {})).status, 200);
    r = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${bz.indicator}/${u['PZ-BZ']}/${P}`, { version: bz.version + 1, explanation: 'nog eens' });
    assert.equal(r.status, 409);
  });

  test('koers audit verify passes after the saves and finds a changed row', async () => {
    let r = spawnSync(BIN, ['audit', 'verify', '--db', srv.db]);
    assert.equal(r.status, 0, r.stdout.toString() + r.stderr.toString());
    assert.match(r.stdout.toString(), /chain intact/);
    const n = Number(/audit: (\d+) entries/.exec(r.stdout.toString())[1]);
    assert.ok(n >= 6, `${n} entries`);
    // A tamperer who gets past the triggers changes one old entry.
    execFileSync('sqlite3', [srv.db, "DROP TRIGGER audit_no_update; UPDATE audit SET new_value = 'vervalst' WHERE id = 2;"]);
    r = spawnSync(BIN, ['audit', 'verify', '--db', srv.db]);
    assert.equal(r.status, 1);
    assert.match(r.stdout.toString(), /BROKEN at entry 2/);
  });
});

test('koers import prints progress for a large file and saves nothing when a row is wrong', () => {
  const db = demoDb();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-import-'));
  const file = path.join(dir, 'cijfers.csv');
  const rows = ['indicator_code,org_unit_code,period,value'];
  for (let i = 0; i < 1500; i++) rows.push(`X${i},NOPE,${P},1`);
  writeFileSync(file, rows.join('\n'));
  const r = spawnSync(BIN, ['import', '--db', db, '--user', 'manager', file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr.toString(), /import: 1000 of 1500 rows checked/);
  assert.match(r.stdout.toString(), /1500 problems; nothing was saved/);
  assert.match(r.stdout.toString(), /^2\torg_unit_code\tNOPE\tThis unit does not exist\./m);
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.dirname(db), { recursive: true, force: true });
});

test('a database that cannot be written answers 507 with the typed form, and loses nothing saved', async (t) => {
  if (process.getuid() !== 0 || spawnSync('chattr', ['--help']).error) {
    t.skip('needs root and chattr to make the database immutable (root ignores chmod)');
    return;
  }
  const db = demoDb();
  const dir = path.dirname(db);
  const srv = await startServer({ db });
  try {
    const mgr = await session(srv.base, 'manager');
    const u = await units(srv.base, mgr);
    const list = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u.PZ}&period=${P}`)).json;
    const fig = list.figures[0];
    const saved = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${fig.indicator}/${u.PZ}/${P}`, { version: fig.version, explanation: 'Voor de storing opgeslagen.' });
    assert.equal(saved.status, 200);
    const files = [db, `${db}-wal`, `${db}-shm`, dir];
    const page = await getPage(srv.base, mgr, `/entry/${u.PZ}/${P}`);
    const f = formFields(page.html);
    f[`f${fig.indicator}_explanation`] = 'Getypt tijdens de storing.';
    execFileSync('chattr', ['+i', ...files]);
    let r;
    try {
      r = await post(srv.base, mgr, `/entry/${u.PZ}/${P}`, { ...f, action: 'save' });
      const a = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${fig.indicator}/${u.PZ}/${P}`, { version: saved.json.version, explanation: 'x' });
      assert.equal(a.status, 507);
    } finally {
      execFileSync('chattr', ['-i', ...files]);
    }
    assert.equal(r.status, 507);
    assert.match(r.html, /kunnen nu niet worden opgeslagen/);
    assert.match(r.html, /Getypt tijdens de storing\.<\/textarea>/);
    const now = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u.PZ}&period=${P}`)).json;
    assert.equal(now.figures[0].explanation, 'Voor de storing opgeslagen.');
    await srv.stop();
    const ok = execFileSync('sqlite3', [db, 'PRAGMA integrity_check']).toString().trim();
    assert.equal(ok, 'ok');
  } finally {
    await srv.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a full disk answers 507 with the typed form, loses nothing saved, and saving works again once there is room', async (t) => {
  const mnt = mkdtempSync(path.join(os.tmpdir(), 'koers-full-'));
  const src = demoDb();
  // A small file system of our own, so that filling it harms nothing else.
  const size = Math.ceil(statSync(src).size / 1048576) + 8;
  if (process.getuid() !== 0 || spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}m`, 'tmpfs', mnt]).status !== 0) {
    t.skip('needs root and mount to make a small file system to fill');
    rmSync(path.dirname(src), { recursive: true, force: true });
    return;
  }
  const db = path.join(mnt, 'koers.db');
  copyFileSync(src, db);
  rmSync(path.dirname(src), { recursive: true, force: true });
  const filler = path.join(mnt, 'filler');
  const srv = await startServer({ db });
  try {
    const mgr = await session(srv.base, 'manager');
    const u = await units(srv.base, mgr);
    const fig = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u.PZ}&period=${P}`)).json.figures[0];
    const saved = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${fig.indicator}/${u.PZ}/${P}`,
      { version: fig.version, explanation: 'Opgeslagen voordat de schijf vol was.' });
    assert.equal(saved.status, 200);
    const page = await getPage(srv.base, mgr, `/entry/${u.PZ}/${P}`);
    const f = formFields(page.html);
    // Fill every byte that is left (dd stops with "No space left").
    spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k']);
    const big = 'Getypt op een volle schijf. '.repeat(140);   // under the 4,000 limit
    f[`f${fig.indicator}_explanation`] = big;
    const r = await post(srv.base, mgr, `/entry/${u.PZ}/${P}`, { ...f, action: 'save' });
    assert.equal(r.status, 507);
    assert.match(r.html, /kunnen nu niet worden opgeslagen/);
    assert.ok(r.html.includes('Getypt op een volle schijf. Getypt'), 'what was typed is still in the form');
    const a = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${fig.indicator}/${u.PZ}/${P}`,
      { version: saved.json.version, explanation: big });
    assert.equal(a.status, 507);
    assert.equal(a.json.error.code, 'err_storage');
    rmSync(filler);
    const now = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u.PZ}&period=${P}`)).json;
    assert.equal(now.figures[0].explanation, 'Opgeslagen voordat de schijf vol was.');
    assert.equal(now.figures[0].version, saved.json.version);
    const again = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${fig.indicator}/${u.PZ}/${P}`,
      { version: saved.json.version, explanation: 'Weer ruimte.' });
    assert.equal(again.status, 200, 'saving works again without a restart');
    await srv.stop();
    assert.equal(execFileSync('sqlite3', [db, 'PRAGMA integrity_check']).toString().trim(), 'ok');
  } finally {
    await srv.stop();
    spawnSync('umount', [mnt]);
    rmSync(mnt, { recursive: true, force: true });
  }
});
