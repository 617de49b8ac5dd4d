// import_versions.test.mjs: an import never overwrites a save made after
// its template was downloaded (issue 17, item 6).  The template (CSV and
// XLSX) carries each figure's version; a row whose figure changed since is
// refused with the entry form's conflict message, the other rows are
// saved, and the page and `koers import` list the refused rows.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, demoDb, BIN } from './server.mjs';
import { login, csrfOf } from './session.mjs';

const P = '2014-Q3';

async function session(base, role) {
  const cookie = await login(base, role);
  return { cookie, csrf: await csrfOf(base, cookie) };
}

async function api(base, s, method, p, body) {
  const headers = { cookie: s.cookie, 'X-CSRF-Token': s.csrf };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(base + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : null };
}

async function upload(base, s, body, name) {
  const fd = new FormData();
  fd.append('csrf', s.csrf);
  fd.append('file', new Blob([body]), name);
  const r = await fetch(base + '/import', { method: 'POST', body: fd, headers: { cookie: s.cookie } });
  return { status: r.status, html: await r.text() };
}

describe('imports and versions', () => {
  let srv, mgr, kcc, figs;
  const figures = async () => (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${kcc}&period=${P}`)).json.figures;
  before(async () => {
    srv = await startServer({ db: demoDb() });
    mgr = await session(srv.base, 'manager');
    const r = await fetch(srv.base + '/api/v1/org-units', { headers: { cookie: mgr.cookie } });
    const walk = (u) => { if (u.code === 'PZ-KCC') kcc = u.id; (u.children || []).forEach(walk); };
    walk((await r.json()).org_unit);
    // Every figure of the unit filled (and on track), based on what is stored.
    figs = await figures();
    const rows = ['indicator_code,org_unit_code,period,value,forecast,numerator,denominator,weight,explanation,measure,version'];
    for (const x of figs) {
      if (x.unit === '%') rows.push(`${x.code},PZ-KCC,${P},,90,95,100,,,,${x.version || ''}`);
      else rows.push(`${x.code},PZ-KCC,${P},${x.target},${x.target},,,100,,,${x.version || ''}`);
    }
    const u = await upload(srv.base, mgr, rows.join('\n'), 'cijfers.csv');
    assert.equal(u.status, 200, u.html.slice(u.html.indexOf('<main'), u.html.indexOf('<main') + 2000));
    figs = await figures();
  });
  after(async () => { await srv.stop(); rmSync(path.dirname(srv.db), { recursive: true, force: true }); });

  test('a template imported after somebody else saved refuses that row only, with the conflict message', async () => {
    const tpl = await (await fetch(srv.base + `/entry/${kcc}/${P}/template.csv`, { headers: { cookie: mgr.cookie } })).text();
    assert.match(tpl, /,measure,version\r\n/);
    const xlsx = await (await fetch(srv.base + `/entry/${kcc}/${P}/template.xlsx`, { headers: { cookie: mgr.cookie } })).arrayBuffer();
    // Somebody else saves one figure after the download.
    const x = figs.find((f) => f.unit !== '%');
    const theirs = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${x.indicator}/${kcc}/${P}`, { version: x.version, explanation: 'Hun toelichting.' });
    assert.equal(theirs.status, 200, JSON.stringify(theirs.json));
    const lines = tpl.split('\r\n');
    const row = lines.findIndex((l) => l.startsWith(`${x.code},`)) + 1;
    for (const [body, name] of [[tpl, 'sjabloon.csv'], [xlsx, 'sjabloon.xlsx']]) {
      const r = await upload(srv.base, mgr, body, name);
      assert.equal(r.status, 409, r.html.slice(r.html.indexOf('<main'), r.html.indexOf('<main') + 2000));
      assert.doesNotMatch(r.html, /Alle cijfers zijn opgeslagen/);
      assert.match(r.html, /Opgeslagen, behalve de rijen hieronder/);
      assert.match(r.html, new RegExp(`Opgeslagen cijfers: ${figs.length - 1} `));
      assert.match(r.html, new RegExp(`<th scope="row" class="num">${row}</th><td>version</td><td>${x.version}</td><td>Iemand anders heeft intussen opgeslagen Nu opgeslagen: ${x.value.replace('.', '\\.')} \\(v${x.version + 1}\\)\\.`));
    }
    const now = (await figures()).find((f) => f.indicator === x.indicator);
    assert.equal(now.explanation, 'Hun toelichting.', 'their save stands');
    assert.equal(now.version, x.version + 1);
  });

  test('a template without the version column (from before versions) overwrites no saved figure, on the page and in koers import', async () => {
    const tpl = await (await fetch(srv.base + `/entry/${kcc}/${P}/template.csv`, { headers: { cookie: mgr.cookie } })).text();
    const old = tpl.split('\r\n').map((l) => l.replace(/,[^,]*$/, '')).join('\r\n');
    assert.doesNotMatch(old, /version/);
    const r = await upload(srv.base, mgr, old, 'oud.csv');
    assert.equal(r.status, 409);
    assert.match(r.html, /geen kolom version/);
    assert.match(r.html, new RegExp(`Opgeslagen cijfers: 0 `));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-import-'));
    const file = path.join(dir, 'oud.csv');
    writeFileSync(file, old);
    const c = spawnSync(BIN, ['import', '--db', srv.db, '--user', 'manager', file]);
    assert.equal(c.status, 1, c.stdout.toString() + c.stderr.toString());
    assert.match(c.stdout.toString(), /0 figures saved; \d+ rows refused because their figures changed/);
    assert.match(c.stdout.toString(), /^2\tversion\t\t.*no version column.*Stored now: /m);
    rmSync(dir, { recursive: true, force: true });
  });
});
