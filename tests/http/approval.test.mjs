// approval.test.mjs: approval is visible (issue 13, item 3).  Numbers that
// include figures the director has not approved are marked "voorlopig" with
// how many, in Dutch and English, for the CMT and for the council; a
// report of a period that is not closed says so on every page of every
// export, and publishing it needs an explicit confirmation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { login, csrfOf } from './session.mjs';

const P = '2014-Q3';
let srv;
const s = {};
before(async () => {
  srv = await startServer();
  for (const role of ['cmt', 'director', 'manager', 'council', 'administrator']) {
    const cookie = await login(srv.base, role);
    s[role] = { cookie, csrf: await csrfOf(srv.base, cookie) };
  }
});
after(async () => { await srv.stop(); });

async function page(who, p) {
  const r = await fetch(srv.base + p, { headers: { cookie: s[who].cookie }, redirect: 'manual' });
  return { status: r.status, html: await r.text(), location: r.headers.get('location') };
}
async function api(who, method, p, body) {
  const headers = { cookie: s[who].cookie, 'X-CSRF-Token': s[who].csrf };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(srv.base + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: r.status, json, text };
}
async function units() {
  const r = await api('cmt', 'GET', '/api/v1/org-units');
  const out = {};
  const walk = (u) => { out[u.code] = u.id; (u.children || []).forEach(walk); };
  walk(r.json.org_unit);
  return out;
}
// The page-wide mark: { unapproved, figures, text } or null.
function banner(html) {
  const m = /<p class="(provisional|approved)" id="approval" data-unapproved="(\d+)" data-figures="(\d+)">([\s\S]*?)<\/p>/.exec(html);
  if (!m) return null;
  return { kind: m[1], unapproved: Number(m[2]), figures: Number(m[3]), text: m[4].replace(/<[^>]+>/g, '') };
}
// The programme rows' marks: number -> unapproved.
function rowMarks(html) {
  const out = {};
  for (const m of html.matchAll(/<tr data-programme="(\d+)"[\s\S]*?<\/tr>/g)) {
    const p = /<span class="provisional" data-unapproved="(\d+)" data-figures="(\d+)">/.exec(m[0]);
    out[m[1]] = p ? Number(p[1]) : 0;
  }
  return out;
}

test('the CMT dashboard marks an open quarter voorlopig with how many figures, in Dutch and English', async () => {
  const nl = banner((await page('cmt', `/dashboard?period=${P}`)).html);
  assert.ok(nl, 'the overview carries an approval mark');
  assert.equal(nl.kind, 'provisional');
  assert.ok(nl.unapproved > 0 && nl.unapproved < nl.figures);
  assert.match(nl.text, new RegExp(`^voorlopig: ${nl.unapproved} van ${nl.figures} cijfers niet goedgekeurd\\.`));
  const en = banner((await page('cmt', `/dashboard?period=${P}&lang=en`)).html);
  assert.match(en.text, new RegExp(`^provisional: ${nl.unapproved} of ${nl.figures} figures not approved\\.`));
  // A closed quarter is all approved in the demo: no mark, a plain statement.
  const closed = banner((await page('cmt', '/dashboard?period=2014-Q2')).html);
  assert.equal(closed.kind, 'approved');
  assert.equal(closed.unapproved, 0);
  assert.doesNotMatch((await page('cmt', '/dashboard?period=2014-Q2')).html, /voorlopig/);
});

test('a figure the director returns stays marked on the CMT dashboard; approval removes exactly its figures', async () => {
  const u = await units();
  const sub = `/api/v1/submissions/${u['PZ-VG']}/${P}`;
  const before0 = (await page('cmt', `/dashboard?period=${P}`)).html;
  const b0 = banner(before0);
  const rows0 = rowMarks(before0);
  // PZ-VG is submitted in the demo; the director returns it.
  let r = await api('director', 'POST', `${sub}/return`, { comment: 'Graag de prognose onderbouwen.' });
  assert.equal(r.status, 200, r.text);
  const after1 = (await page('cmt', `/dashboard?period=${P}`)).html;
  assert.equal(banner(after1).unapproved, b0.unapproved, 'returned figures are still not approved');
  assert.deepEqual(rowMarks(after1), rows0);
  // Submitted again and approved: the mark drops by the unit's figures.
  r = await api('manager', 'POST', `${sub}/submit`, {});
  assert.equal(r.status, 200, r.text);
  r = await api('director', 'POST', `${sub}/approve`, {});
  assert.equal(r.status, 200, r.text);
  const after2 = (await page('cmt', `/dashboard?period=${P}`)).html;
  const b2 = banner(after2);
  assert.ok(b2.unapproved < b0.unapproved, `${b2.unapproved} < ${b0.unapproved}`);
  assert.equal(b2.figures, b0.figures);
  const rows2 = rowMarks(after2);
  const moved = Object.keys(rows0).filter((k) => rows2[k] !== rows0[k]);
  assert.ok(moved.length > 0, 'the programme rows of the unit lose their mark');
  assert.equal(Object.keys(rows0).reduce((a, k) => a + rows0[k] - rows2[k], 0), b0.unapproved - b2.unapproved,
    'the rows add up to the page-wide count');
});

test('the council sees the same plain mark on the dashboards', async () => {
  const r = await page('council', `/dashboard?period=${P}`);
  assert.equal(r.status, 200);
  const b = banner(r.html);
  assert.equal(b.kind, 'provisional');
  assert.match(b.text, /voorlopig: \d+ van \d+ cijfers niet goedgekeurd\. /);
});
