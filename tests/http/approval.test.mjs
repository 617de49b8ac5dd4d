// approval.test.mjs: approval is visible (issue 13, item 3).  Numbers that
// include figures the director has not approved are marked "voorlopig" with
// how many, in Dutch and English, for the CMT and for the council; a
// report of a period that is not closed says so on every page of every
// export, and publishing it needs an explicit confirmation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

// ---- reports ---------------------------------------------------------------

async function form(who, p, fields, from) {
  const html = await (await fetch(srv.base + from, { headers: { cookie: s[who].cookie } })).text();
  const csrf = /name="csrf" value="([^"]*)"/.exec(html)[1];
  const r = await fetch(srv.base + p, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: s[who].cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, ...fields }).toString(),
  });
  return { status: r.status, html: await r.text(), location: r.headers.get('location') };
}
async function bytes(who, p) {
  const r = await fetch(srv.base + p, { headers: { cookie: s[who].cookie } });
  assert.equal(r.status, 200, p);
  return Buffer.from(await r.arrayBuffer());
}
async function newReport(period) {
  const periods = (await api('council', 'GET', '/api/v1/periods?year=2014')).json;
  const id = periods.periods.find((p) => p.name === period).id;
  const r = await form('council', '/reports', { period: String(id), kind: 'voortgangsrapportage',
    title: `Voortgangsrapportage ${period}` }, '/reports/new');
  assert.equal(r.status, 303);
  return /\/reports\/(\d+)$/.exec(r.location)[1];
}
// Every page of a PDF as text.
function pdfPages(buf) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-appr-'));
  try {
    const file = path.join(dir, 'r.pdf');
    writeFileSync(file, buf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']).toString();
    return text.split('\f').filter((p) => p.trim() !== '');
  } finally { rmSync(dir, { recursive: true, force: true }); }
}
// Every worksheet of an XLSX: its name and its print header.
function xlsxSheets(buf) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-appr-'));
  try {
    const file = path.join(dir, 'r.xlsx');
    writeFileSync(file, buf);
    const r = spawnSync('/usr/bin/python3', ['-c', `
import sys, json, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
out = []
for n in sorted(z.namelist()):
    if re.match(r'xl/worksheets/sheet\\d+\\.xml$', n):
        x = z.read(n).decode('utf-8')
        m = re.search(r'<oddHeader>(.*?)</oddHeader>', x)
        out.append({'name': n, 'header': m.group(1) if m else None, 'cells': x})
ss = z.read('xl/sharedStrings.xml').decode('utf-8') if 'xl/sharedStrings.xml' in z.namelist() else ''
print(json.dumps({'sheets': out, 'strings': ss}))
`, file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

let openId;
test('a report of an open period is voorlopig in the HTML view, on every PDF page, every XLSX sheet, every CSV row and in the JSON', async () => {
  openId = await newReport(P);
  const html = (await page('council', `/reports/${openId}/preview`)).html;
  const m = /<p class="notice provisional" id="doc-provisional" role="note" data-unapproved="(\d+)" data-figures="(\d+)">([\s\S]*?)<\/p>/.exec(html);
  assert.ok(m, 'the view carries the mark');
  assert.ok(Number(m[1]) > 0);
  assert.match(m[3].replace(/<[^>]+>/g, ''), /^VOORLOPIG Voorlopig: de periode is nog niet afgesloten.*voorlopig: \d+ van \d+ cijfers niet goedgekeurd\.$/);

  const pages = pdfPages(await bytes('council', `/reports/${openId}/export.pdf`));
  assert.ok(pages.length > 2, `${pages.length} pages`);
  pages.forEach((t, i) => assert.match(t, /VOORLOPIG/, `PDF page ${i + 1} has the mark`));
  assert.match(pages[0].replace(/\s+/g, ' '), /voorlopig: \d+ van \d+ cijfers niet goedgekeurd/);
  // Each programme's own count under its heading, as in the JSON.
  const doc = JSON.parse((await bytes('council', `/reports/${openId}/export.json`)).toString('utf8'));
  const flat = pages.map((t) => t.replace(/\s+/g, ' '));
  for (const g of doc.programmes) {
    const start = flat.findIndex((t) => t.includes(`Programma ${g.number}. `) && !/Inhoud/.test(t));
    assert.ok(start >= 0, `programme ${g.number} has a page`);
    const want = g.approval.unapproved > 0
      ? `voorlopig: ${g.approval.unapproved} van ${g.approval.figures} cijfers niet goedgekeurd.`
      : 'Alle cijfers van dit programma zijn goedgekeurd.';
    assert.ok(flat[start].includes(want), `programme ${g.number}: "${want}" under its heading`);
  }
  const en = pdfPages(await bytes('council', `/reports/${openId}/export.pdf?lang=en`));
  en.forEach((t, i) => assert.match(t, /PROVISIONAL/, `English PDF page ${i + 1} has the mark`));

  const x = xlsxSheets(await bytes('council', `/reports/${openId}/export.xlsx`));
  assert.ok(x.sheets.length > 2);
  for (const sh of x.sheets) assert.match(sh.header || '', /VOORLOPIG · 2014-Q3/, `${sh.name} prints the mark on every page`);
  assert.match(x.strings, /Voorlopig: de periode is nog niet afgesloten/);

  const csv = (await bytes('council', `/reports/${openId}/export.csv`)).toString('utf8').split('\r\n').filter((l) => l !== '');
  assert.match(csv[0], /,provisional$/);
  assert.ok(csv.length > 10);
  csv.slice(1).forEach((l, i) => assert.match(l, /,voorlopig$/, `CSV row ${i + 1}`));

  const json = JSON.parse((await bytes('council', `/reports/${openId}/export.json`)).toString('utf8'));
  assert.equal(json.mark, 'voorlopig');
  assert.equal(json.approval.provisional, true);
  assert.equal(json.approval.period_closed, false);
  assert.equal(json.approval.unapproved, Number(m[1]));
  assert.equal(json.approval.figures, Number(m[2]));
});

test('a report of a closed period carries no voorlopig mark in any export', async () => {
  const id = await newReport('2014-Q2');
  assert.doesNotMatch((await page('council', `/reports/${id}/preview`)).html, /doc-provisional|VOORLOPIG/);
  pdfPages(await bytes('council', `/reports/${id}/export.pdf`)).forEach((t) => assert.doesNotMatch(t, /VOORLOPIG/));
  for (const sh of xlsxSheets(await bytes('council', `/reports/${id}/export.xlsx`)).sheets) assert.equal(sh.header, null);
  const csv = (await bytes('council', `/reports/${id}/export.csv`)).toString('utf8');
  assert.doesNotMatch(csv, /voorlopig/);
  const json = JSON.parse((await bytes('council', `/reports/${id}/export.json`)).toString('utf8'));
  assert.equal(json.mark, undefined);
  assert.equal(json.approval.provisional, false);
  // Publishing a closed period needs no confirmation (API, empty body).
  const r = await api('council', 'POST', `/api/v1/reports/${id}/publish`);
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.version, 1);
});

test('publishing a report of an open period on the page needs the checkbox', async () => {
  const edit = (await page('council', `/reports/${openId}`)).html;
  assert.match(edit, /<strong>VOORLOPIG<\/strong> Voorlopig: de periode is nog niet afgesloten/);
  assert.match(edit, /<input type="checkbox" id="confirm-provisional" name="confirm_provisional" value="1"> <label for="confirm-provisional">Ik weet dat de periode nog niet is afgesloten/);
  let r = await form('council', `/reports/${openId}/publish`, {}, `/reports/${openId}`);
  assert.equal(r.status, 422);
  assert.match(r.html, /role="alert">De periode is nog niet afgesloten: bevestig/);
  assert.equal((await api('council', 'GET', `/api/v1/reports/${openId}`)).json.versions.length, 0, 'nothing published');
  r = await form('council', `/reports/${openId}/publish`, { confirm_provisional: '1' }, `/reports/${openId}`);
  assert.equal(r.status, 303);
  assert.match(r.location, new RegExp(`/reports/${openId}/versions/1`));
  // The frozen version stays voorlopig, on every PDF page too.
  const v = (await page('council', `/reports/${openId}/versions/1`)).html;
  assert.match(v, /id="doc-provisional"/);
  pdfPages(await bytes('council', `/reports/${openId}/export.pdf?version=1`)).forEach((t, i) =>
    assert.match(t, /VOORLOPIG/, `version 1, PDF page ${i + 1}`));
});

test('publishing a report of an open period over the API needs "confirm_provisional": true, else 422', async () => {
  const url = `/api/v1/reports/${openId}/publish`;
  let r = await api('council', 'POST', url, {});
  assert.equal(r.status, 422);
  assert.equal(r.json.error.code, 'report_prov_confirm_needed');
  assert.equal(r.json.field, 'confirm_provisional');
  assert.match(r.json.error.message, /periode is nog niet afgesloten/);
  r = await api('council', 'POST', url, { confirm_provisional: false });
  assert.equal(r.status, 422);
  r = await api('council', 'POST', url, { confirm_provisional: 'true' });
  assert.equal(r.status, 422);
  assert.equal(r.json.field, 'confirm_provisional');
  r = await api('council', 'POST', url, { confirm_provisional: true, force: true });
  assert.equal(r.status, 422);
  assert.equal(r.json.field, 'force', 'a member that does not apply is named');
  assert.equal((await api('council', 'GET', `/api/v1/reports/${openId}`)).json.versions.length, 1, 'nothing published by the refusals');
  r = await api('manager', 'POST', url, { confirm_provisional: true });
  assert.equal(r.status, 403);
  r = await api('council', 'POST', url, { confirm_provisional: true });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.version, 2);
});

test('every dashboard and the rollup API carry the approval of the figures behind their numbers', async () => {
  const all = (await api('cmt', 'GET', `/api/v1/rollup/programmes?period=${P}`)).json;
  const b = banner((await page('cmt', `/dashboard?period=${P}`)).html);
  assert.deepEqual(all.approval, { figures: b.figures, unapproved: b.unapproved, provisional: b.unapproved > 0 });
  assert.deepEqual(banner((await page('cmt', `/dashboard/deviations?period=${P}`)).html).unapproved, b.unapproved);
  let sum = 0;
  for (const p of all.programmes) {
    const one = (await api('cmt', 'GET', `/api/v1/rollup/programmes/${p.id}?period=${P}`)).json.approval;
    const pb = banner((await page('cmt', `/dashboard/programmes/${p.id}?period=${P}`)).html);
    assert.equal(pb.unapproved, one.unapproved, `programme ${p.number}`);
    assert.equal(pb.figures, one.figures);
    sum += one.unapproved;
  }
  assert.equal(sum, b.unapproved, 'the programmes add up to the whole');
  const u = await units();
  const root = Object.values(u).sort((x, y) => x - y)[0];
  const org = (await api('cmt', 'GET', `/api/v1/rollup/org-units/${root}?period=${P}`)).json.approval;
  assert.deepEqual(org, all.approval, 'the gemeente answers for every figure');
  assert.equal(banner((await page('cmt', `/dashboard/org/${root}?period=${P}`)).html).unapproved, b.unapproved);
  // An indicator's drill-down: its own figures.
  const dev = (await page('cmt', `/dashboard?period=${P}`)).html;
  const ind = /href="\/dashboard\/indicators\/(\d+)\?period=/.exec(dev)[1];
  const ib = banner((await page('cmt', `/dashboard/indicators/${ind}?period=${P}`)).html);
  assert.ok(ib && ib.figures > 0);
});
