// budget_pages.test.mjs: the begroting pages of concern control work with
// plain HTML forms (no JavaScript): a begrotingswijziging typed in Dutch
// moves the actuele column of its programme and leaves the primitieve;
// every refusal shows its Dutch message at the form and saves nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { login, csrfOf } from './session.mjs';

let srv;
let s;

before(async () => {
  srv = await startServer();
  const cookie = await login(srv.base, 'control');
  s = { cookie, csrf: await csrfOf(srv.base, cookie) };
});
after(async () => { await srv.stop(); });

const page = async (p) => {
  const r = await fetch(srv.base + p, { headers: { cookie: s.cookie } });
  return { status: r.status, html: await r.text() };
};
const post = async (p, form) => {
  const r = await fetch(srv.base + p, { method: 'POST', redirect: 'manual',
    headers: { cookie: s.cookie }, body: new URLSearchParams({ csrf: s.csrf, ...form }) });
  return { status: r.status, location: r.headers.get('location'), html: await r.text() };
};
const api = async (p) => (await fetch(srv.base + p, { headers: { cookie: s.cookie } })).json();
// The cells of a programme's row in the totals table.
const totalsRow = (html, id) => {
  const m = new RegExp(`<tr data-programme="${id}">(.*?)</tr>`).exec(html);
  assert.ok(m, `row of programme ${id}`);
  return [...m[1].matchAll(/<td class="num">([^<]*)<\/td>/g)].map((x) => x[1]);
};
const alert = (html) => (/role="alert"[^>]*>([^<]*)</.exec(html) || [])[1] || '';

test('the begroting page shows lasten, baten and saldo per programme, primitief and actueel', async () => {
  const { status, html } = await page('/begroting/2014/budget');
  assert.equal(status, 200);
  assert.match(html, /<caption id="cap-budget-totals">Lasten, baten en saldo per programma 2014/);
  assert.match(html, /vastgesteld/);
  assert.doesNotMatch(html, /action="\/begroting\/2014\/budget"/, 'no add form in an adopted year');
  const c = await page('/begroting/2015/budget');
  assert.match(c.html, /action="\/begroting\/2015\/budget"/, 'an add form in a concept year');
  assert.match(c.html, /<option value="6.71">6.71 Maatwerkdienstverlening 18\+<\/option>/);
});

test('a begrotingswijziging by form moves the actuele column by exactly EUR 250.000', async () => {
  const b = await api('/api/v1/budget-lines?year=2014');
  const line = b.lines.find((l) => l.performance.name === 'Onderhoud wegen en kunstwerken' && l.kind === 'lasten');
  const before1 = totalsRow((await page('/begroting/2014/budget')).html, line.programme.id);
  const r = await post('/begroting/2014/amendments', { decided_on: '2014-09-25',
    description: '2e begrotingswijziging 2014', line1: String(line.id), delta1: '+\u20ac 250.000' });
  assert.equal(r.status, 303, alert(r.html));
  assert.match(r.location, /^\/begroting\/2014\/amendments\/\d+\?done=1$/);
  const shown = await page(r.location);
  assert.match(shown.html, /De begrotingswijziging is vastgelegd/);
  assert.match(shown.html, /\+€ 250\.000/);
  const after1 = totalsRow((await page('/begroting/2014/budget')).html, line.programme.id);
  const euro = (t) => Number(t.replace(/[^0-9-]/g, ''));
  assert.equal(after1[0], before1[0], 'lasten primitief stays');
  assert.equal(euro(after1[1]) - euro(before1[1]), 250000, 'lasten actueel +250.000');
  assert.equal(euro(after1[5]) - euro(before1[5]), -250000, 'saldo actueel -250.000');
  const hist = await page(`/begroting/2014/lines/${line.id}`);
  assert.match(hist.html, /<table class="dash" id="line-history">/);
  assert.equal((hist.html.match(/Begrotingswijziging \d+<\/a>/g) || []).length, 2);
});

test('refusals at the forms: a Dutch message, nothing saved', async () => {
  const b14 = await api('/api/v1/budget-lines?year=2014');
  const b15 = await api('/api/v1/budget-lines?year=2015');
  const a14 = await api('/api/v1/amendments?year=2014');
  const l14 = b14.lines[0];
  const l15 = b15.lines[0];
  // An amendment of a concept year.
  let r = await post('/begroting/2015/amendments', { decided_on: '2015-03-01', description: 'x',
    line1: String(l15.id), delta1: '1.000' });
  assert.equal(r.status, 409);
  assert.match(r.html, /alleen voor een vastgestelde begroting/);
  // A line edit in an adopted year.
  r = await post(`/begroting/2014/lines/${l14.id}`, { version: String(l14.version), kind: 'lasten',
    recurrence: 'structureel', taakveld: '2.1', amount: '1.000' });
  assert.equal(r.status, 409);
  assert.match(r.html, /regels wijzigen alleen nog via een begrotingswijziging/);
  // Bad amounts, an unknown taakveld, a bad date.
  const form = { performance_id: String(l15.performance.id), kind: 'lasten', recurrence: 'structureel', taakveld: '2.1' };
  r = await post('/begroting/2015/budget', { ...form, amount: 'duizend' });
  assert.equal(r.status, 422);
  assert.match(alert(r.html), /Dit is geen bedrag/);
  assert.match(r.html, /value="duizend"/, 'what was typed stays in the field');
  r = await post('/begroting/2015/budget', { ...form, amount: '20.000.000.000' });
  assert.equal(r.status, 422);
  assert.match(alert(r.html), /te groot/);
  r = await post('/begroting/2015/budget', { ...form, taakveld: '9.9', amount: '1.000' });
  assert.equal(r.status, 422);
  assert.match(alert(r.html), /Onbekend taakveld/);
  r = await post('/begroting/2014/amendments', { decided_on: '25-09-2014', description: 'x',
    line1: String(l14.id), delta1: '1.000' });
  assert.equal(r.status, 422);
  assert.match(alert(r.html), /JJJJ-MM-DD/);
  r = await post('/begroting/2014/amendments', { decided_on: '2014-09-25', description: 'x',
    line2: String(l14.id), delta2: '12,345' });
  assert.equal(r.status, 422);
  assert.match(alert(r.html), /^Rij 2: .*dubbelzinnig/);
  assert.deepEqual(await api('/api/v1/budget-lines?year=2014'), b14);
  assert.deepEqual(await api('/api/v1/budget-lines?year=2015'), b15);
  assert.deepEqual(await api('/api/v1/amendments?year=2014'), a14);
});

test('a concept year takes a new line by form; it shows in the list', async () => {
  const b15 = await api('/api/v1/budget-lines?year=2015');
  const r = await post('/begroting/2015/budget', { performance_id: String(b15.lines[0].performance.id),
    kind: 'baten', recurrence: 'incidenteel', taakveld: '0.64', description: 'Toeristenbelasting extra',
    amount: '1.250.000,00' });
  assert.equal(r.status, 303, alert(r.html));
  const p = await page(r.location.replace(/#.*/, ''));
  assert.match(p.html, /De regel is opgeslagen/);
  assert.match(p.html, /Toeristenbelasting extra/);
  assert.match(p.html, /€ 1\.250\.000/);
});

test('the CMT overview and a programme dashboard show lasten, baten and saldo; lasten actueel is the year budget', async () => {
  const cmt = await login(srv.base, 'cmt');
  const html = await (await fetch(srv.base + '/dashboard?period=2014-Q3', { headers: { cookie: cmt } })).text();
  const rows = [...html.matchAll(/data-budget-programme="(\d+)" data-lasten-actueel="(\d+)" data-baten-actueel="(\d+)"/g)];
  assert.equal(rows.length, 12);
  const r = await (await fetch(srv.base + '/api/v1/rollup/programmes?period=2014-Q3', { headers: { cookie: cmt } })).json();
  for (const [, id, la, ba] of rows) {
    const p = r.programmes.find((x) => x.id === Number(id));
    assert.equal(Number(la), p.finance.year_budget_cents, `programme ${p.number}`);
    assert.equal(Number(ba), p.budget.baten_actueel_cents);
  }
  const one = await (await fetch(srv.base + `/dashboard/programmes/${rows[3][1]}?period=2014-Q3`,
    { headers: { cookie: cmt } })).text();
  assert.equal([...one.matchAll(/data-budget-programme="(\d+)"/g)].length, 1);
});

test('a report carries lasten, baten and saldo per programme in its JSON, CSV and XLSX', async () => {
  const griffie = await login(srv.base, 'council');
  const token = await csrfOf(srv.base, griffie);
  const periods = await (await fetch(srv.base + '/api/v1/periods?year=2014', { headers: { cookie: griffie } })).json();
  const q3 = periods.periods.find((p) => p.name === '2014-Q3');
  const r = await fetch(srv.base + '/reports', { method: 'POST', redirect: 'manual', headers: { cookie: griffie },
    body: new URLSearchParams({ csrf: token, period: String(q3.id), kind: 'bestuursrapportage', title: 'Berap 2014' }) });
  assert.equal(r.status, 303);
  const id = /\/reports\/(\d+)$/.exec(r.headers.get('location'))[1];
  const doc = await (await fetch(srv.base + `/reports/${id}/export.json`, { headers: { cookie: griffie } })).json();
  const roll = await api('/api/v1/rollup/programmes?period=2014-Q3');
  assert.equal(doc.programmes.length, 12);
  for (const p of doc.programmes) {
    const want = roll.programmes.find((x) => x.id === p.id).budget;
    assert.equal(p.budget.lasten_actueel_cents, want.lasten_actueel_cents);
    assert.equal(p.budget.baten_primitief_cents, want.baten_primitief_cents);
    assert.equal(p.budget.saldo_actueel_cents, p.budget.baten_actueel_cents - p.budget.lasten_actueel_cents);
  }
  assert.equal(doc.budget.lasten_actueel_cents, doc.programmes.reduce((a, p) => a + p.budget.lasten_actueel_cents, 0));
  const csv = await (await fetch(srv.base + `/reports/${id}/export.csv`, { headers: { cookie: griffie } })).text();
  const head = csv.split('\r\n')[0].split(',');
  assert.ok(head.includes('programme_lasten_actueel') && head.at(-1) === 'provisional');
  const xlsx = await fetch(srv.base + `/reports/${id}/export.xlsx`, { headers: { cookie: griffie } });
  assert.equal(xlsx.status, 200);
});

test('the begroting pages speak English too', async () => {
  const r = await fetch(srv.base + '/begroting/2014/budget?lang=en', { headers: { cookie: s.cookie } });
  const html = await r.text();
  assert.equal(r.status, 200);
  assert.match(html, /Expenses, income and balance per programme 2014/);
  assert.match(html, /adopted/);
  const a = await (await fetch(srv.base + '/begroting/2014/amendments?lang=en', { headers: { cookie: s.cookie } })).text();
  assert.match(a, /Budget amendments 2014/);
  assert.match(a, /Record the amendment/);
});

test('the amendment form lists the lines of one programme when asked', async () => {
  const b = await api('/api/v1/budget-lines?year=2014');
  const pid = b.lines[0].programme.id;
  const opts = (html) => {
    const sel = /<select id="line1" name="line1">([\s\S]*?)<\/select>/.exec(html)[1];
    return (sel.match(/<option value="\d+"/g) || []).length;
  };
  const all = opts((await page('/begroting/2014/amendments')).html);
  const one = opts((await page(`/begroting/2014/amendments?programme=${pid}`)).html);
  assert.equal(all, b.lines.length);
  assert.equal(one, b.lines.filter((l) => l.programme.id === pid).length);
  assert.ok(one < all);
});
