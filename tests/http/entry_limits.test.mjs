// entry_limits.test.mjs: the entry form's and the workflow's bounds over
// HTTP (issue 17): ratio parts near INT64_MAX are a field error that keeps
// what was typed (not a 500), four eyes on a submission, and the return
// comment's length.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { csrfOf, postLogin, setCookies, session, units, formFields } from './session.mjs';

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

describe('entry limits', () => {
  let srv, u, mgr, dir;
  before(async () => {
    srv = await startServer();
    mgr = await session(srv.base, 'manager');
    dir = await session(srv.base, 'director');
    u = await units(srv.base, mgr);
  });
  after(async () => { await srv.stop(); });

  test('ratio parts near INT64_MAX are a field error that keeps what was typed, in the form and the API', async () => {
    const path = `/entry/${u['PZ-KCC']}/${P}`;
    const page = await getPage(srv.base, mgr, path);
    const f = formFields(page.html);
    const num = Object.keys(f).find((k) => k.endsWith('_numerator'));
    const den = num.replace('numerator', 'denominator');
    f[num] = '1';
    f[den] = '9223372036854775807';
    const r = await post(srv.base, mgr, path, { ...f, action: 'save' });
    assert.equal(r.status, 422, 'a field error, not a 500');
    assert.match(r.html, new RegExp(`id="${den}_err"[^>]*>[\\s\\S]*?te groot`));
    assert.match(r.html, /value="9223372036854775807"/, 'what was typed is kept');
    const ind = num.slice(1).replace('_numerator', '');
    const list = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u['PZ-KCC']}&period=${P}`)).json;
    const fig = list.figures.find((x) => String(x.indicator) === ind);
    const a = await api(srv.base, mgr, 'PUT', `/api/v1/figures/${ind}/${u['PZ-KCC']}/${P}`,
      { version: fig.version, numerator: '9223372036854775', denominator: '9223372036854775' });
    assert.equal(a.status, 422);
    assert.deepEqual(a.json.errors.map((e) => [e.field, e.code]).sort(),
      [['denominator', 'T_ENTRY_NUM_RANGE'], ['numerator', 'T_ENTRY_NUM_RANGE']]);
  });

  test('the return comment is bounded at 2000 characters (not bytes); the form keeps what was typed; the API names the field', async () => {
    // PZ-VG is submitted in the demo.
    const path = `/entry/${u['PZ-VG']}/${P}`;
    const long = 'ë'.repeat(2000) + 'x';
    let r = await post(srv.base, dir, `${path}/decision`, { action: 'return', comment: long });
    assert.equal(r.status, 422);
    assert.match(r.html, /id="decision_comment_err"[^>]*>[\s\S]*?hoogstens 2000 tekens/);
    assert.match(r.html, /id="decision_comment"[^>]*aria-invalid="true"[^>]*aria-describedby="decision_comment_hint decision_comment_err"/);
    assert.ok(r.html.includes(`>${long}</textarea>`), 'what was typed is kept');
    const a = await api(srv.base, dir, 'POST', `/api/v1/submissions/${u['PZ-VG']}/${P}/return`, { comment: 'x'.repeat(1000000) });
    assert.equal(a.status, 422);
    assert.equal(a.json.error.code, 'wf_comment_too_long');
    assert.deepEqual(a.json.errors, [{ field: 'comment', code: 'T_WF_COMMENT_TOO_LONG' }]);
    // 2000 characters of two bytes each are fine.
    r = await post(srv.base, dir, `${path}/decision`, { action: 'return', comment: 'ë'.repeat(2000) });
    assert.equal(r.status, 303);
    const now = (await api(srv.base, mgr, 'GET', `/api/v1/figures?org_unit=${u['PZ-VG']}&period=${P}`)).json;
    assert.equal(now.state, 'returned');
  });

  test('four eyes: an account holding manager and director roles may not approve or return its own submission, on the page and in the API', async () => {
    const admin = await session(srv.base, 'administrator');
    const vg = u['PZ-VG'];
    let r = await post(srv.base, admin, '/admin/users', { username: 'tweepet', display_name: 'Twee Petten', password: 'lang-genoeg-wachtwoord', role: 'manager', scope: String(vg) });
    assert.equal(r.status, 303, r.html.slice(0, 500));
    const id = /\/admin\/users\/(\d+)/.exec(r.location)[1];
    r = await post(srv.base, admin, `/admin/users/${id}/roles`, { role: 'director', scope: String(vg) });
    assert.equal(r.status, 303);
    const lr = await postLogin(srv.base, 'tweepet', 'lang-genoeg-wachtwoord');
    const cookie = setCookies(lr).find((c) => c.startsWith('koers_session='));
    const both = { cookie, csrf: await csrfOf(srv.base, cookie) };
    // The test before returned PZ-VG (submitted in the demo by somebody
    // else); 'tweepet' submits it again, complete as stored.
    const base = `/api/v1/submissions/${vg}/${P}`;
    let a = await api(srv.base, both, 'POST', `${base}/submit`, {});
    assert.equal(a.status, 200, JSON.stringify(a.json));
    a = await api(srv.base, both, 'POST', `${base}/approve`, {});
    assert.equal(a.status, 403);
    assert.equal(a.json.error.code, 'wf_own_submission');
    a = await api(srv.base, both, 'POST', `${base}/return`, { comment: 'Zelf terug' });
    assert.equal(a.status, 403);
    const page = await getPage(srv.base, both, `/entry/${vg}/${P}`);
    assert.doesNotMatch(page.html, /action="\/entry\/\d+\/2014-Q3\/decision"/);
    assert.match(page.html, /vier-ogenprincipe/);
    r = await post(srv.base, both, `/entry/${vg}/${P}/decision`, { action: 'approve' });
    assert.equal(r.status, 403);
    assert.match(r.html, /vier-ogenprincipe/);
    // Somebody else may.
    a = await api(srv.base, dir, 'POST', `${base}/approve`, {});
    assert.equal(a.status, 200, JSON.stringify(a.json));
  });
});
