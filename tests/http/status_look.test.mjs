// status_look.test.mjs: a status looks the same everywhere.  One place
// decides it (status_look() in src/domain/status.c); this compares what
// the pages (dashboards, entry form, report), the entry form's script
// source, the PDF's text and the XLSX show against the API's status codes,
// on the demo data, in Dutch and in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';
import { login } from './session.mjs';

// The one look per API status code: icon and word (README, docs).
const LOOK = {
  nl: { no_data: ['○', 'geen gegevens'], on_track: ['●', 'op koers'], at_risk: ['▲', 'aandacht'], off_track: ['✖', 'uit koers'] },
  en: { no_data: ['○', 'no data'], on_track: ['●', 'on track'], at_risk: ['▲', 'at risk'], off_track: ['✖', 'off track'] },
};
const P = '2014-Q2';

let srv, cookie, tmp;
before(async () => {
  srv = await startServer();
  cookie = await login(srv.base, 'administrator');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-look-'));
});
after(async () => {
  await srv.stop();
  rmSync(tmp, { recursive: true, force: true });
});

async function get(p) {
  const r = await fetch(srv.base + p, { headers: { cookie }, redirect: 'manual' });
  assert.equal(r.status, 200, p);
  return r;
}
const html = async (p) => (await get(p)).text();
const json = async (p) => (await get(p)).json();

// Every status on a page: <span class="status status-CODE" ...><span
// aria-hidden="true">ICON</span> WORD</span>, with the id if it has one.
const SPAN = /<span class="status status-([a-z_]+)"(?: id="([^"]*)")?><span aria-hidden="true">([^<]*)<\/span> ([^<]+)<\/span>/g;
function statuses(page) {
  return [...page.matchAll(SPAN)].map((m) => ({ code: m[1], id: m[2], icon: m[3], word: m[4] }));
}
// Each status on the page looks as its code says; returns the codes seen.
function checkLooks(page, lang, where) {
  const seen = new Set();
  const all = statuses(page);
  assert.ok(all.length > 0, `${where}: no status at all`);
  for (const s of all) {
    assert.ok(LOOK[lang][s.code], `${where}: unknown status class ${s.code}`);
    assert.deepEqual([s.icon, s.word], LOOK[lang][s.code], `${where}: ${s.code}`);
    seen.add(s.code);
  }
  return seen;
}

async function units() {
  const out = {};
  const walk = (u) => { out[u.code] = u.id; (u.children || []).forEach(walk); };
  walk((await json('/api/v1/org-units')).org_unit);
  return out;
}

test('the dashboards show the API status of each programme, with the one look', async () => {
  const seen = new Set();
  for (const lang of ['nl', 'en']) {
    const page = await html(`/dashboard?period=${P}&lang=${lang}`);
    checkLooks(page, lang, `dashboard ${lang}`).forEach((c) => seen.add(c));
    // The header's legend: icon and word from the same place.
    const legend = [...page.matchAll(/<abbr title="([^"]+)">([^<]+)<\/abbr>/g)].map((m) => [m[2], m[1]]);
    for (const code of ['on_track', 'at_risk', 'off_track', 'no_data']) {
      assert.ok(legend.some((l) => l[0] === LOOK[lang][code][0] && l[1] === LOOK[lang][code][1]), `legend ${code}`);
    }
    // The trend's caption names them the same way.
    const cap = /<figcaption>([^<]*○[^<]*)<\/figcaption>/.exec(page);
    assert.ok(cap, 'the trend caption names the statuses');
    for (const [icon, word] of Object.values(LOOK[lang])) assert.ok(cap[1].includes(`${icon} ${word}`), cap[1]);
  }
  const page = await html(`/dashboard?period=${P}`);
  const api = await json(`/api/v1/rollup/programmes?period=${P}`);
  for (const p of api.programmes) {
    const row = new RegExp(`<tr data-programme="\\d+" data-id="${p.id}" data-status="([a-z_]+)"[^>]*>[\\s\\S]*?</tr>`).exec(page);
    assert.ok(row, `programme ${p.id} on the dashboard`);
    assert.equal(row[1], p.status);
    assert.equal(statuses(row[0])[0].code, p.status, `programme ${p.id}`);
  }
  const progs = await json(`/api/v1/rollup/programmes?period=${P}`);
  for (const p of progs.programmes.slice(0, 3)) {
    checkLooks(await html(`/dashboard/programmes/${p.id}?period=${P}`), 'nl', `programme ${p.id}`).forEach((c) => seen.add(c));
  }
  const u = await units();
  checkLooks(await html(`/dashboard/org/${u.PZ}?period=${P}`), 'nl', 'org unit PZ').forEach((c) => seen.add(c));
  for (const c of ['at_risk', 'off_track', 'on_track']) assert.ok(seen.has(c), `the dashboards show ${c}`);
});

test('the entry form shows the API status of each figure, and gives its script the same looks', async () => {
  // A unit whose 2014-Q2 form has a figure off track (where ■ once stood).
  const u = await units();
  let unit = null, api = null;
  for (const id of Object.values(u)) {
    const r = await fetch(`${srv.base}/api/v1/figures?org_unit=${id}&period=${P}`, { headers: { cookie } });
    if (r.status !== 200) continue;
    const j = await r.json();
    if (j.figures.some((f) => f.status === 'off_track')) { unit = id; api = j; break; }
  }
  assert.ok(unit, 'a form with a figure off track');
  for (const lang of ['nl', 'en']) {
    const page = await html(`/entry/${unit}/${P}?lang=${lang}`);
    const seen = checkLooks(page, lang, `entry form ${lang}`);
    assert.ok(seen.has('off_track'));
    // What entry.js copies while a figure is typed: the same four looks.
    const list = /<ul hidden id="status-looks">([\s\S]*?)<\/ul>/.exec(page);
    assert.ok(list, 'the page gives the script its looks');
    const items = [...list[1].matchAll(/<li data-status="([a-z_]+)" class="status status-([a-z_]+)"><span aria-hidden="true">([^<]*)<\/span> ([^<]+)<\/li>/g)];
    assert.equal(items.length, 4);
    for (const m of items) {
      assert.equal(m[1], m[2]);
      assert.deepEqual([m[3], m[4]], LOOK[lang][m[1]], `script look ${m[1]}`);
    }
  }
  const page = await html(`/entry/${unit}/${P}`);
  const byId = Object.fromEntries(statuses(page).filter((s) => s.id).map((s) => [s.id, s.code]));
  for (const f of api.figures) assert.equal(byId[`f${f.indicator}_status`], f.status, `figure ${f.code}`);
  // The script decides no look of its own.
  const js = await (await get('/static/js/entry.js')).text();
  for (const lang of ['nl', 'en']) {
    for (const [icon, word] of Object.values(LOOK[lang])) {
      assert.ok(!js.includes(`'${word}'`), `entry.js spells "${word}"`);
      assert.ok(!js.includes(icon), `entry.js has ${icon}`);
    }
  }
  assert.ok(!/\\u25[0-9a-f]{2}/i.test(js), 'entry.js spells an icon');
});

test('the report page, its PDF and its XLSX show each status as the pages do', async () => {
  const csrfPage = await html('/reports/new');
  const csrf = /name="csrf" value="([^"]*)"/.exec(csrfPage)[1];
  const periods = await json('/api/v1/periods?year=2014');
  const q2 = periods.periods.find((p) => p.name === P);
  const r = await fetch(srv.base + '/reports', {
    method: 'POST', redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, period: String(q2.id), kind: 'voortgangsrapportage', title: 'Stand' }).toString(),
  });
  assert.equal(r.status, 303);
  const id = /\/reports\/(\d+)$/.exec(r.headers.get('location'))[1];

  const doc = await json(`/reports/${id}/export.json`);
  const codes = new Set([doc.status, ...doc.programmes.map((p) => p.status)]);
  const page = await html(`/reports/${id}/preview`);
  const seen = checkLooks(page, 'nl', 'report preview');
  for (const c of codes) assert.ok(seen.has(c), `report preview shows ${c}`);
  const overall = /<p>[^<]*: (<span class="status[^>]*><span aria-hidden="true">[^<]*<\/span> [^<]+<\/span>)<\/p>/.exec(page);
  assert.ok(overall, 'the report shows its overall status');
  assert.equal(statuses(overall[1])[0].code, doc.status);

  const pdfFile = path.join(tmp, 'r.pdf');
  writeFileSync(pdfFile, Buffer.from(await (await get(`/reports/${id}/export.pdf`)).arrayBuffer()));
  const t = spawnSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
  assert.equal(t.status, 0, t.stderr);
  const words = Object.values(LOOK.nl).map((l) => l[1]).join('|');
  const pairs = [...t.stdout.matchAll(new RegExp(`(\\S) (${words})`, 'g'))];
  assert.ok(pairs.length > 10, `${pairs.length} statuses in the PDF`);
  const inPdf = new Set();
  for (const m of pairs) {
    const code = Object.keys(LOOK.nl).find((c) => LOOK.nl[c][1] === m[2]);
    assert.equal(m[1], LOOK.nl[code][0], `PDF: "${m[0]}"`);
    inPdf.add(code);
  }
  for (const c of codes) assert.ok(inPdf.has(c), `the PDF shows ${c}`);

  const xlsxFile = path.join(tmp, 'r.xlsx');
  writeFileSync(xlsxFile, Buffer.from(await (await get(`/reports/${id}/export.xlsx`)).arrayBuffer()));
  const x = spawnSync('/usr/bin/python3', ['-c',
    'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml").decode())', xlsxFile],
  { encoding: 'utf8' });
  assert.equal(x.status, 0, x.stderr);
  const cells = [...x.stdout.matchAll(new RegExp(`<t[^>]*>(\\S) (${words})</t>`, 'g'))];
  const inXlsx = new Set();
  for (const m of cells) {
    const code = Object.keys(LOOK.nl).find((c) => LOOK.nl[c][1] === m[2]);
    assert.equal(m[1], LOOK.nl[code][0], `XLSX: "${m[0]}"`);
    inXlsx.add(code);
  }
  for (const c of codes) assert.ok(inXlsx.has(c), `the XLSX shows ${c}`);
});
