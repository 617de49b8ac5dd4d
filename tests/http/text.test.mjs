// text.test.mjs: numbers, dates and people as a Dutch reader reads them
// (issue 13 item 5): the figure history in Dutch number format with the
// author's name, and no page that shows a UTC ISO timestamp.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { login, csrfOf, ROLES } from './session.mjs';
import { crawl } from './crawl.mjs';

const P = '2014-Q3';
let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

async function session(role) {
  const cookie = await login(srv.base, role);
  return { cookie, csrf: await csrfOf(srv.base, cookie) };
}

async function api(s, method, p, body) {
  const headers = { cookie: s.cookie, 'X-CSRF-Token': s.csrf };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(srv.base + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, json: text ? JSON.parse(text) : null };
}

const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d/;
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';

test('the figure history shows numbers in Dutch, times in Amsterdam words and the author by name', async () => {
  const mgr = await session('manager');
  const r0 = await fetch(srv.base + '/api/v1/org-units', { headers: { cookie: mgr.cookie } });
  const codes = {};
  const walk = (u) => { codes[u.code] = u.id; (u.children || []).forEach(walk); };
  walk((await r0.json()).org_unit);
  const unit = codes.PZ;
  const list = (await api(mgr, 'GET', `/api/v1/figures?org_unit=${unit}&period=${P}`)).json;
  const fig = list.figures.find((x) => x.decimals >= 1 && x.numerator === null && x.denominator === null);
  assert.ok(fig, 'a figure with decimals that is not a ratio');
  const r = await api(mgr, 'PUT', `/api/v1/figures/${fig.indicator}/${unit}/${P}`,
    { version: fig.version, forecast: '25.8' });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  const page = await fetch(`${srv.base}/figures/${fig.indicator}/${unit}/${P}`, { headers: { cookie: mgr.cookie } });
  const html = await page.text();
  assert.equal(page.status, 200);
  const want = '25,8' + '0'.repeat(fig.decimals - 1);
  assert.ok(html.includes(want), `the history shows ${want}`);
  assert.doesNotMatch(html, /25\.8/, 'no English decimal point in the Dutch UI');
  assert.match(html, /Sander Bos/);
  assert.match(html, new RegExp(`\\d{1,2} (${MONTHS}) \\d{4} \\d\\d:\\d\\d`));
  assert.doesNotMatch(html, ISO);
});

for (const role of ROLES.filter(Boolean)) {
  test(`no page shows an ISO timestamp (${role})`, async () => {
    const cookie = await login(srv.base, role);
    const pages = await crawl(srv.base, cookie);
    const html = pages.filter((p) => p.type.startsWith('text/html') && p.status < 300);
    assert.ok(html.length >= 8, `crawled only ${html.length} pages`);
    let shown = 0;
    for (const p of html) {
      const m = ISO.exec(p.body);
      assert.equal(m, null, `${p.path} shows ${m && m[0]}`);
      assert.doesNotMatch(p.body, /\b1 [Ee]enheden\b/, `${p.path}: one is "1 eenheid"`);
      assert.doesNotMatch(p.body, /\d Eenheden\b/, `${p.path}: "3 eenheden" in lower case`);
      if (new RegExp(`\\d{1,2} (${MONTHS}) \\d{4} \\d\\d:\\d\\d`).test(p.body)) shown++;
    }
    // Those who see the work lists see moments: the check has something to check.
    if (role === 'director' || role === 'manager') assert.ok(shown > 0, 'some page shows a time');
  });
}

test('the user list names roles in words with the unit\'s name', async () => {
  const cookie = await login(srv.base, 'administrator');
  const r = await fetch(srv.base + '/admin/users', { headers: { cookie } });
  const html = await r.text();
  assert.equal(r.status, 200);
  assert.match(html, /manager van Publiekszaken/);
  assert.match(html, /functioneel beheerder van /);
  assert.doesNotMatch(html, /\b(administrator|manager|director|council|cmt)@/);
});

test('ratio parts and weights are whole counts on the entry form', async () => {
  const mgr = await session('manager');
  const r0 = await fetch(srv.base + '/api/v1/org-units', { headers: { cookie: mgr.cookie } });
  const codes = {};
  const walk = (u) => { codes[u.code] = u.id; (u.children || []).forEach(walk); };
  walk((await r0.json()).org_unit);
  const r = await fetch(`${srv.base}/entry/${codes['PZ-KCC']}/${P}`, { headers: { cookie: mgr.cookie } });
  const html = await r.text();
  assert.equal(r.status, 200);
  assert.match(html, /Geheel getal, zonder decimalen\./, 'the hint of a ratio part');
  // A stored numerator shows as typed, without decimals.
  const num = /name="f\d+_numerator"[^>]*value="([^"]*)"/.exec(html);
  assert.ok(num, 'a numerator field');
  assert.doesNotMatch(num[1], /,/, `numerator ${num[1]} has no decimals`);
  const list = (await api(mgr, 'GET', `/api/v1/figures?org_unit=${codes['PZ-KCC']}&period=${P}`)).json;
  const ratio = list.figures.find((x) => x.numerator !== null);
  assert.match(ratio.numerator, /^\d+$/, 'the API too');
});
