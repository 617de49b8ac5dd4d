// units_of_measure.test.mjs: units of measure as a real, editable field
// (issue 13, item 5).  The administrator lists, adds and renames them on
// /admin/units-of-measure and over /api/v1/units-of-measure, validated
// alike (the same message and the field at fault), audited, CSRF-checked;
// a renamed label shows at once, cached dashboards included.  After a
// number the singular stands only after exactly "1" ("1 dag"), anything
// else takes the plural ("1,0 dagen", "2 dagen").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startServer, demoDb } from './server.mjs';
import { session } from './session.mjs';

let srv, db, adm, cmt;
const q = (sql) => JSON.parse(execFileSync('sqlite3', ['-json', db, sql], { encoding: 'utf8' }) || '[]');
const run = (sql) => execFileSync('sqlite3', [db, sql]);

before(async () => {
  db = demoDb();
  srv = await startServer({ db });
  adm = await session(srv.base, 'administrator');
  cmt = await session(srv.base, 'cmt');
});
after(async () => {
  await srv.stop();
  rmSync(path.dirname(db), { recursive: true, force: true });
});

async function page(s, p) {
  const r = await fetch(srv.base + p, { headers: { cookie: s.cookie }, redirect: 'manual' });
  return { status: r.status, html: await r.text(), location: r.headers.get('location') };
}
async function form(s, p, fields, csrf = s.csrf) {
  const body = new URLSearchParams({ ...fields, ...(csrf ? { csrf } : {}) });
  const r = await fetch(srv.base + p, { method: 'POST', body, headers: { cookie: s.cookie }, redirect: 'manual' });
  return { status: r.status, html: await r.text(), location: r.headers.get('location') };
}
async function api(s, method, p, body, csrf = s.csrf) {
  const headers = { cookie: s.cookie, 'Content-Type': 'application/json' };
  if (csrf) headers['X-CSRF-Token'] = csrf;
  const r = await fetch(srv.base + p, { method, headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : null };
}
const tidyErrors = (html) => {
  const r = spawnSync('tidy', ['-q', '-errors', '--show-warnings', 'no', '-utf8'], { input: html });
  return r.status >= 2 ? r.stderr.toString() : '';
};
const alert = (html) => { const m = /<p class="form-error" role="alert"[^>]*>([^<]*)<\/p>/.exec(html); return m ? m[1] : null; };

test('the administrator lists, adds and renames units of measure on the page, validated and audited', async () => {
  const list = await page(adm, '/admin/units-of-measure');
  assert.equal(list.status, 200);
  assert.match(list.html, /<tr data-uom="dagen"><th scope="row">dagen<\/th><td>dagen<\/td><td>days<\/td><td><\/td><td>1 dag; 2,5 dagen<\/td><\/tr>/);
  assert.match(list.html, /<tr data-uom="t">[\s\S]*?<td>1 t; 2,5 t<\/td>/);
  // The singular without the plural: refused, the typed values kept.
  let r = await form(adm, '/admin/units-of-measure', { code: 'kWh', name_nl: 'kilowattuur', name_en: 'kilowatt hour', one_nl: 'kilowattuur' });
  assert.equal(r.status, 422);
  assert.equal(alert(r.html), 'Vul enkelvoud en meervoud allebei in, of geen van beide.');
  assert.equal(tidyErrors(list.html) + tidyErrors(r.html), '', 'the page and its error page pass tidy');
  assert.match(r.html, /id="new-one_nl" name="one_nl" type="text" maxlength="40" value="kilowattuur"/);
  r = await form(adm, '/admin/units-of-measure', { code: 'k Wh', name_nl: 'x', name_en: 'x' });
  assert.equal(r.status, 422);
  assert.match(alert(r.html), /^De code is 1 tot 16 tekens/);
  r = await form(adm, '/admin/units-of-measure', { code: 't', name_nl: 'ton', name_en: 'tonnes' });
  assert.equal(r.status, 409);
  assert.equal(alert(r.html), 'Er is al een eenheid met deze code.');
  // Without the CSRF token nothing happens.
  r = await form(adm, '/admin/units-of-measure', { code: 'kWh', name_nl: 'kilowattuur', name_en: 'kilowatt hour' }, '');
  assert.equal(r.status, 403);
  assert.equal(q(`SELECT count(*) n FROM unit_of_measure WHERE code = 'kWh'`)[0].n, 0);
  r = await form(adm, '/admin/units-of-measure', { code: 'kWh', name_nl: 'kilowattuur', name_en: 'kilowatt hour',
    one_nl: 'kilowattuur', many_nl: 'kilowatturen', one_en: 'kilowatt hour', many_en: 'kilowatt hours' });
  assert.equal(r.status, 303);
  assert.equal(r.location, '/admin/units-of-measure?done=1');
  const after1 = await page(adm, r.location);
  assert.match(after1.html, /De eenheid is opgeslagen\./);
  assert.match(after1.html, /<tr data-uom="kWh">[\s\S]*?<td>1 kilowattuur; 2,5 kilowatturen<\/td>/);
  // Rename: a label changes, the code stays.
  r = await form(adm, '/admin/units-of-measure/rename', { code: 'kWh', name_nl: 'kWh', name_en: 'kWh', symbol: 'kWh' });
  assert.equal(r.status, 303);
  const row = q(`SELECT * FROM unit_of_measure WHERE code = 'kWh'`)[0];
  assert.deepEqual([row.symbol, row.nl_name, row.nl_one], ['kWh', 'kWh', '']);
  r = await form(adm, '/admin/units-of-measure/rename', { code: 'kWh', name_nl: '', name_en: 'kWh' });
  assert.equal(r.status, 422);
  assert.match(alert(r.html), /^Vul de naam in het Nederlands en in het Engels in/);
  r = await form(adm, '/admin/units-of-measure/rename', { code: 'geen', name_nl: 'x', name_en: 'x' });
  assert.equal(r.status, 404);
  // Both changes are in the audit log, by whom, with before and after.
  const audit = q(`SELECT action, username, old_value, new_value FROM audit WHERE entity = 'unit_of_measure' AND entity_id = 'kWh' ORDER BY id`);
  assert.deepEqual(audit.map((a) => a.action), ['uom.create', 'uom.rename']);
  assert.ok(audit.every((a) => a.username === 'beheerder'));
  assert.match(audit[0].new_value, /^symbol=\nname_nl=kilowattuur\nname_en=kilowatt hour\none_nl=kilowattuur/);
  assert.match(audit[1].old_value, /name_nl=kilowattuur/);
  assert.match(audit[1].new_value, /^symbol=kWh\nname_nl=kWh/);
  // Other roles do not reach the page.
  assert.equal((await page(cmt, '/admin/units-of-measure')).status, 403);
});

test('the API lists, adds and renames units with the page\'s validation', async () => {
  const list = await api(cmt, 'GET', '/api/v1/units-of-measure');
  assert.equal(list.status, 200);
  const dagen = list.json.units_of_measure.find((u) => u.code === 'dagen');
  assert.deepEqual(dagen, { code: 'dagen', symbol: '', name_nl: 'dagen', name_en: 'days', one_nl: 'dag', many_nl: 'dagen', one_en: 'day', many_en: 'days' });
  let r = await api(adm, 'POST', '/api/v1/units-of-measure', { code: 'ha', name_nl: 'hectare', name_en: 'hectares', one_nl: 'hectare' });
  assert.equal(r.status, 422);
  assert.deepEqual([r.json.error.code, r.json.field], ['uom_err_words', 'many_nl']);
  assert.equal(r.json.error.message, 'Vul enkelvoud en meervoud allebei in, of geen van beide.');
  r = await api(adm, 'POST', '/api/v1/units-of-measure', { code: 'ha', name_nl: 'hectare', name_en: 'hectares', colour: 'groen' });
  assert.equal(r.status, 422);
  assert.equal(r.json.field, 'colour');
  r = await api(adm, 'POST', '/api/v1/units-of-measure', { code: 'ha', name_nl: 12 });
  assert.equal(r.status, 400);
  assert.equal(r.json.field, 'name_nl');
  r = await api(adm, 'POST', '/api/v1/units-of-measure', { code: 'ha', name_nl: 'x'.repeat(41), name_en: 'hectares' });
  assert.equal(r.status, 422);
  assert.deepEqual([r.json.error.code, r.json.field], ['uom_err_name', 'name_nl']);
  r = await api(adm, 'POST', '/api/v1/units-of-measure', { code: 'ha', name_nl: 'hectare', name_en: 'hectares' }, '');
  assert.equal(r.status, 403);
  r = await api(adm, 'POST', '/api/v1/units-of-measure', { code: 'ha', symbol: 'ha', name_nl: 'hectare', name_en: 'hectares' });
  assert.equal(r.status, 201);
  assert.equal(r.json.unit_of_measure.symbol, 'ha');
  r = await api(adm, 'POST', '/api/v1/units-of-measure', { code: 'ha', name_nl: 'hectare', name_en: 'hectares' });
  assert.equal(r.status, 409);
  // PUT changes the members sent and keeps the others.
  r = await api(adm, 'PUT', '/api/v1/units-of-measure', { code: 'ha', name_en: 'hectare' });
  assert.equal(r.status, 200);
  assert.deepEqual([r.json.unit_of_measure.name_nl, r.json.unit_of_measure.name_en, r.json.unit_of_measure.symbol], ['hectare', 'hectare', 'ha']);
  r = await api(adm, 'PUT', '/api/v1/units-of-measure', { code: 'ha', one_en: 'hectare' });
  assert.equal(r.status, 422);
  assert.equal(r.json.field, 'many_en');
  r = await api(adm, 'PUT', '/api/v1/units-of-measure', { code: 'nope', name_en: 'x' });
  assert.equal(r.status, 404);
  assert.equal((await api(cmt, 'POST', '/api/v1/units-of-measure', { code: 'x', name_nl: 'x', name_en: 'x' })).status, 403);
  const audit = q(`SELECT action FROM audit WHERE entity = 'unit_of_measure' AND entity_id = 'ha' ORDER BY id`);
  assert.deepEqual(audit.map((a) => a.action), ['uom.create', 'uom.rename']);
});

test('after a number the singular stands only after exactly 1, and a renamed label shows at once', async () => {
  const f = q(`SELECT f.indicator_id ind, f.org_unit_id unit, p.year || '-Q' || p.quarter period, f.id, e.programme_id prog
    FROM figure f JOIN indicator i ON i.id = f.indicator_id JOIN period p ON p.id = f.period_id
    JOIN performance pf ON pf.id = i.performance_id JOIN effect e ON e.id = pf.effect_id
    WHERE i.unit = 'dagen' AND p.year = 2014 AND p.quarter = 2 ORDER BY f.id LIMIT 1`)[0];
  assert.ok(f, 'a figure in days');
  const dd = async (lang = '') => {
    const { html } = await page(cmt, `/figures/${f.ind}/${f.unit}/${f.period}${lang}`);
    return html.match(/<dd>([^<]*)<\/dd>/g).map((x) => x.replace(/<\/?dd>/g, ''));
  };
  run(`UPDATE indicator SET decimals = 1 WHERE id = ${f.ind}; UPDATE figure SET value = 10 WHERE id = ${f.id}`);
  assert.ok((await dd()).includes('1,0 dagen'), '1,0 takes the plural');
  run(`UPDATE indicator SET decimals = 0 WHERE id = ${f.ind}; UPDATE figure SET value = 1 WHERE id = ${f.id}`);
  assert.ok((await dd()).includes('1 dag'), 'exactly 1 takes the singular');
  assert.ok((await dd('?lang=en')).includes('1 day'));
  run(`UPDATE figure SET value = 2 WHERE id = ${f.id}`);
  assert.ok((await dd()).includes('2 dagen'));
  // The programme dashboard (a cached page) names the unit; a rename shows.
  const label = async () => {
    const { html } = await page(cmt, `/dashboard/programmes/${f.prog}?period=${f.period}`);
    const m = new RegExp(`<tr data-indicator="${f.ind}"><th scope="row">[\\s\\S]*?<span class="meta">\\(([^;]*);`).exec(html);
    return m && m[1];
  };
  assert.equal(await label(), 'dagen');
  const r = await api(adm, 'PUT', '/api/v1/units-of-measure', { code: 'dagen', name_nl: 'werkdagen', one_nl: 'werkdag', many_nl: 'werkdagen' });
  assert.equal(r.status, 200);
  assert.equal(await label(), 'werkdagen');
  run(`UPDATE figure SET value = 1 WHERE id = ${f.id}`);
  assert.ok((await dd()).includes('1 werkdag'));
});
