// report.test.mjs: progress reports over real HTTP: compose, publish,
// a frozen version that stays byte-identical after figures change, the
// PDF's extracted text, the XLSX read by a real reader (openpyxl), the CSV
// through a strict parser, version comparison, the API and the CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, BIN, demoDb } from './server.mjs';
import { login, ROLES } from './session.mjs';

let srv;
let jar;        // council staff (griffie): composes and publishes
let tmp;
let reportId;
let v1 = {};    // the exports of version 1, as first downloaded

before(async () => {
  srv = await startServer();
  jar = await login(srv.base, 'council');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-report-'));
});
after(async () => {
  await srv.stop();
  rmSync(tmp, { recursive: true, force: true });
});

const get = (p, cookie = jar) => fetch(srv.base + p, { redirect: 'manual', headers: { cookie } });
const bytes = async (p, cookie = jar) => {
  const r = await get(p, cookie);
  assert.equal(r.status, 200, `${p}: ${r.status}`);
  return Buffer.from(await r.arrayBuffer());
};

async function csrfOf(p) {
  const html = await (await get(p)).text();
  const m = /name="csrf" value="([^"]*)"/.exec(html);
  assert.ok(m, `${p} has a form with a csrf field`);
  return m[1];
}

async function post(p, fields, from) {
  const csrf = await csrfOf(from);
  return fetch(srv.base + p, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: jar, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, ...fields }).toString(),
  });
}

function sqlite(sql) {
  execFileSync('sqlite3', [srv.db, sql], { stdio: 'pipe' });
}

function python(script, ...args) {
  const r = spawnSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

// Dutch money as the PDF writes it: "€ 1.234.567", whole euros.
function euros(cents) {
  const e = Math.abs(cents) % 100 >= 50 ? Math.trunc(cents / 100) + Math.sign(cents) : Math.trunc(cents / 100);
  const s = Math.abs(e).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (e < 0 ? '-€ ' : '€ ') + s;
}

test('council staff create a report for a period and write its introductions', async () => {
  const periods = await (await get('/api/v1/periods?year=2014')).json();
  const q2 = periods.periods.find((p) => p.name === '2014-Q2');
  let r = await post('/reports', { period: String(q2.id), kind: 'voortgangsrapportage', title: 'Voortgangsrapportage 2014-Q2' }, '/reports/new');
  assert.equal(r.status, 303);
  reportId = /\/reports\/(\d+)$/.exec(r.headers.get('location'))[1];
  const form = await (await get(`/reports/${reportId}`)).text();
  const progId = /name="intro_(\d+)"/.exec(form)[1];
  assert.match(form, /<label for="intro">Inleiding<\/label>/);
  r = await post(`/reports/${reportId}`, {
    title: 'Voortgangsrapportage 2014-Q2', intro: 'De raad krijgt hierbij de stand van zaken.',
    [`intro_${progId}`]: 'Het programma loopt volgens plan.',
  }, `/reports/${reportId}`);
  assert.equal(r.status, 303);
  const preview = await (await get(`/reports/${reportId}/preview`)).text();
  assert.match(preview, /De raad krijgt hierbij de stand van zaken\./);
  assert.match(preview, /Het programma loopt volgens plan\./);
  assert.match(preview, /CONCEPT/);
  assert.match(preview, /Wat willen we bereiken\?[\s\S]*Wat gaan we daarvoor doen\?[\s\S]*Wat mag het kosten\?/);
});

test('a text that is too long is refused next to its field and kept as typed', async () => {
  const long = 'x'.repeat(20001);
  const r = await post(`/reports/${reportId}`, { title: 'Voortgangsrapportage 2014-Q2', intro: long }, `/reports/${reportId}`);
  assert.equal(r.status, 422);
  const html = await r.text();
  assert.match(html, /id="intro-error">Deze tekst is langer dan 20\.000 tekens/);
  assert.ok(html.includes(long), 'the typed text is still in the field');
  const preview = await (await get(`/reports/${reportId}/preview`)).text();
  assert.match(preview, /De raad krijgt hierbij de stand van zaken\./, 'the saved text was not lost');
});

test('publishing freezes version 1 with its hash, who and when; it is audited', async () => {
  const r = await post(`/reports/${reportId}/publish`, {}, `/reports/${reportId}`);
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), new RegExp(`/reports/${reportId}/versions/1`));
  const page = await (await get(`/reports/${reportId}/versions/1`)).text();
  assert.match(page, /Vingerafdruk \(SHA-256\)<\/dt><dd class="hash">[0-9a-f]{64}</);
  const api = await (await get(`/api/v1/reports/${reportId}?version=1`)).json();
  assert.equal(api.versions.length, 1);
  assert.equal(api.document_version, 1);
  const out = execFileSync('sqlite3', [srv.db, "SELECT count(*) FROM audit WHERE action = 'report.publish'"]).toString().trim();
  assert.equal(out, '1');
  for (const f of ['pdf', 'xlsx', 'csv', 'json']) v1[f] = await bytes(`/reports/${reportId}/export.${f}?version=1`);
  const hash = execFileSync('sqlite3', [srv.db, `SELECT content_hash FROM report_version WHERE report_id = ${reportId} AND version = 1`]).toString().trim();
  const { createHash } = await import('node:crypto');
  assert.equal(createHash('sha256').update(v1.json).digest('hex'), hash, 'the JSON export is the stored, hashed content');
});

test('report numbers equal the rollup API exactly', async () => {
  const doc = JSON.parse(v1.json);
  const api = await (await get('/api/v1/rollup/programmes?period=2014-Q2')).json();
  const list = api.programmes || api.nodes || api;
  assert.equal(list.length, doc.programmes.length);
  for (const p of doc.programmes) {
    const r = list.find((x) => x.id === p.id);
    assert.ok(r, `programme ${p.id} in the rollup API`);
    assert.equal(p.status, r.status, `status of ${p.name}`);
    assert.deepEqual(p.counts, r.counts, `counts of ${p.name}`);
    assert.equal(p.money.budget_cents, r.finance.budget_cents, `budget of ${p.name}`);
    assert.equal(p.money.year_budget_cents, r.finance.year_budget_cents, `year budget of ${p.name}`);
    assert.equal(p.money.realised_cents, r.finance.realised_cents, `realised of ${p.name}`);
    assert.equal(p.money.forecast_cents, r.finance.forecast_cents, `forecast of ${p.name}`);
    assert.equal(p.money.deviation_cents, r.finance.deviation_cents, `deviation of ${p.name}`);
    assert.equal(p.money.needs_explanation, r.finance.needs_explanation);
  }
});

test('the PDF is valid A4 and its text has every programme with its numbers', () => {
  const file = path.join(tmp, 'v1.pdf');
  writeFileSync(file, v1.pdf);
  const info = execFileSync('pdfinfo', [file]).toString();
  assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  assert.match(info, /Title:\s+Voortgangsrapportage 2014-Q2/);
  assert.match(info, /Tagged:\s+yes/, 'a tagged PDF: headings and paragraphs in a structure tree');
  // Tables are tagged as tables: every part (one per page it runs over)
  // starts with its header row of TH cells; the figures are in TD cells.
  const struct = execFileSync('pdfinfo', ['-struct-text', file]).toString();
  const tables = (struct.match(/Table \(block\)/g) || []).length;
  assert.ok(tables > 12, `${tables} tables tagged`);
  assert.equal((struct.match(/Table \(block\)\n\s+TR\n\s+TH\n/g) || []).length, tables, 'each starts with its header row');
  assert.match(struct, /TR\n\s+TH\n\s+"Programma"\n\s+TH\n\s+"Stand"/);
  assert.ok((struct.match(/^\s+TD$/gm) || []).length > 10 * tables, 'data cells are TD');
  assert.ok(Number(/Pages:\s+(\d+)/.exec(info)[1]) > 10);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString().replace(/\s+/g, ' ');
  const doc = JSON.parse(v1.json);
  assert.match(text, /Inhoud/);
  assert.match(text, /Pagina 1 \/ \d+/);
  // The audit log's head at publication: an outside copy of the chain.
  // pdftotext may split a long hex run where glyphs are spaced: compare
  // without white space.
  const flat = text.replace(/\s/g, '');
  assert.ok(doc.audit && /^[0-9a-f]{64}$/.test(doc.audit.head), 'the JSON carries the audit head');
  assert.ok(flat.includes(`(regel,SHA-256):${doc.audit.entries}${doc.audit.head}`), 'the PDF cover prints it');
  const fp = createHash('sha256').update(execFileSync('sqlite3', [srv.db, `SELECT content FROM report_version WHERE report_id = ${reportId} AND version = 1`]).toString().replace(/\n$/, '')).digest('hex');
  assert.ok(flat.includes(`(SHA-256):${fp}`), 'and the fingerprint');
  for (const p of doc.programmes) {
    assert.ok(text.includes(p.name), `programme ${p.number} ${p.name}`);
    assert.ok(text.includes(euros(p.money.budget_cents)), `budget of ${p.name}: ${euros(p.money.budget_cents)}`);
    assert.ok(text.includes(euros(p.money.realised_cents)), `realised of ${p.name}`);
    const ind = p.effects[0].performances[0].indicators[0];
    if (ind && ind.value !== null && !ind.value.includes('.')) {
      const v = Number(ind.value).toLocaleString('nl-NL');
      // The PDF names the unit of measure (src/domain/uom.c); the JSON keeps its code.
      const label = { t: 'ton', m2: 'm²', score: 'rapportcijfer' }[ind.unit] ?? ind.unit;
      assert.ok(text.includes(`(${ind.code}) ${label}`) && text.includes(v), `indicator ${ind.code} ${label} ${v}`);
    }
  }
});

test('the XLSX opens in openpyxl; its numbers are numbers and equal the report', () => {
  const file = path.join(tmp, 'v1.xlsx');
  writeFileSync(file, v1.xlsx);
  const out = python(`
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Alle cijfers']
rows = []
for r in ws.iter_rows(min_row=2, values_only=True):
    rows.append([c if not hasattr(c, 'isoformat') else c.isoformat() for c in r])
print(json.dumps({'sheets': wb.sheetnames, 'freeze': ws.freeze_panes, 'rows': rows,
  'fmt': ws.cell(row=3, column=15).number_format}))
`, file);
  const x = JSON.parse(out);
  const doc = JSON.parse(v1.json);
  assert.equal(x.freeze, 'A2');
  assert.equal(x.sheets.length, doc.programmes.length + 2);
  let n = 0;
  const byCode = new Map(x.rows.filter((r) => r[9]).map((r) => [r[9], r]));
  for (const p of doc.programmes) {
    for (const e of p.effects) {
      const inds = [...e.indicators, ...e.performances.flatMap((f) => f.indicators)];
      for (const i of inds) {
        const row = byCode.get(i.code);
        assert.ok(row, i.code);
        assert.equal(row[14], i.value === null ? null : Number(i.value), `${i.code} realised`);
        assert.equal(row[12], i.target === null ? null : Number(i.target), `${i.code} target`);
        n++;
      }
      for (const f of e.performances) {
        const row = x.rows.find((r) => r[8] === 'lasten' && r[1] === p.number && r[3] === e.number && r[5] === f.number);
        assert.equal(row[14], f.money.realised_cents === null ? null : f.money.realised_cents / 100);
        assert.equal(row[12], f.money.budget_cents / 100);
      }
    }
  }
  assert.ok(n > 100, `compared ${n} indicators`);
  assert.equal(typeof x.rows[1][14], 'number');
});

test('the CSV is RFC 4180: a strict parser reads it and writes the same bytes', () => {
  const file = path.join(tmp, 'v1.csv');
  writeFileSync(file, v1.csv);
  const out = python(`
import csv, io, sys, json
data = open(sys.argv[1], 'rb').read().decode('utf-8')
rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))
buf = io.StringIO(newline='')
csv.writer(buf, lineterminator='\\r\\n').writerows(rows)
print(json.dumps({'same': buf.getvalue() == data, 'header': rows[0], 'n': len(rows) - 1,
  'widths': sorted(set(len(r) for r in rows))}))
`, file);
  const c = JSON.parse(out);
  assert.ok(c.same, 'round trip gives identical bytes');
  assert.equal(c.header[0], 'period');
  assert.deepEqual(c.widths, [32], "22 columns, the three of the lines reported, the programme's budget (6) and provisional");
  const doc = JSON.parse(v1.json);
  let expected = 0;
  for (const p of doc.programmes) for (const e of p.effects) {
    expected += e.indicators.length;
    for (const f of e.performances) expected += f.indicators.length + 1;
  }
  // A total row per programme and one for the whole report.
  expected += doc.programmes.length + 1;
  assert.equal(c.n, expected);
});

test('a published version stays byte-identical after a figure changes; a new version shows exactly that change', async () => {
  const doc = JSON.parse(v1.json);
  const all = doc.programmes.flatMap((p) => p.effects.flatMap((e) => e.performances.flatMap((f) => f.indicators)));
  const ind = all.find((i) => !i.cumulative && i.unit === 'aantal' && i.value !== null && !i.value.includes('.'));
  assert.ok(ind, 'a plain per-quarter count');
  sqlite(`UPDATE figure SET value = value + 11 WHERE id = (SELECT f.id FROM figure f JOIN indicator i ON i.id = f.indicator_id JOIN period p ON p.id = f.period_id WHERE i.code = '${ind.code}' AND p.year = 2014 AND p.quarter = 2 AND f.value IS NOT NULL ORDER BY f.id LIMIT 1)`);
  // A save through Koers updates the rollups in its transaction; raw SQL
  // does not, so rebuild them as the administrator would.  Not with
  // execFileSync: a loop blocked for the rebuild's seconds keeps sockets
  // that the server has meanwhile closed as idle, and reuses them.
  await promisify(execFile)(BIN, ['rollup', 'rebuild', '--db', srv.db]);
  for (const f of ['pdf', 'xlsx', 'csv', 'json']) {
    const again = await bytes(`/reports/${reportId}/export.${f}?version=1`);
    assert.ok(again.equals(v1[f]), `${f} of version 1 is unchanged`);
  }
  const page = await (await get(`/reports/${reportId}/versions/1`)).text();
  assert.ok(page.includes(Number(ind.value).toLocaleString('nl-NL')));
  const draft = JSON.parse((await bytes(`/reports/${reportId}/export.json`)).toString());
  const now = draft.programmes.flatMap((p) => p.effects.flatMap((e) => e.performances.flatMap((f) => f.indicators))).find((i) => i.code === ind.code);
  assert.equal(Number(now.value), Number(ind.value) + 11, 'the draft follows the figures');

  const r = await post(`/reports/${reportId}/publish`, {}, `/reports/${reportId}`);
  assert.equal(r.status, 303);
  const cmp = await get(`/reports/${reportId}/compare?a=1&b=2`);
  assert.equal(cmp.status, 200);
  const html = await cmp.text();
  const figures = [...html.matchAll(/<tr class="change-figure" data-field="([a-z_]+)"><th scope="row">([^<]*)<\/th>/g)];
  assert.equal(figures.length, 1, html);
  assert.equal(figures[0][1], 'value');
  assert.ok(figures[0][2].includes(ind.code));
  assert.doesNotMatch(html, /change-text/);
});

test('comparing a version that does not exist says so', async () => {
  const r = await get(`/reports/${reportId}/compare?a=1&b=9`);
  assert.equal(r.status, 422);
  assert.match(await r.text(), /Kies twee gepubliceerde versies/);
});

test('API: list, report with versions, exports with ?version', async () => {
  const list = await (await get('/api/v1/reports')).json();
  const mine = list.reports.find((x) => String(x.id) === reportId);
  assert.equal(mine.versions, 2);
  const one = await (await get(`/api/v1/reports/${reportId}?version=1`)).json();
  assert.deepEqual(one.document, JSON.parse(v1.json));
  const csv = await get(`/api/v1/reports/${reportId}/export.csv?version=1`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /^text\/csv/);
  assert.ok(Buffer.from(await csv.arrayBuffer()).equals(v1.csv));
  const bad = await get(`/api/v1/reports/${reportId}/export.csv?version=77`);
  assert.equal(bad.status, 404);
  assert.equal((await bad.json()).error.code, 'not_found');
});

test('every report page passes tidy without errors, in Dutch and English', async () => {
  for (const p of ['/reports', '/reports/new', `/reports/${reportId}`, `/reports/${reportId}/preview`,
    `/reports/${reportId}/versions/1`, `/reports/${reportId}/compare?a=1&b=2`, `/reports/${reportId}/compare`]) {
    for (const lang of ['nl', 'en']) {
      const r = await get(`${p}${p.includes('?') ? '&' : '?'}lang=${lang}`);
      assert.equal(r.status, 200, p);
      const t = spawnSync('tidy', ['-q', '-errors', '--show-warnings', 'no', '-utf8'], { input: await r.text() });
      assert.ok(t.status < 2, `${p} (${lang}): ${t.stderr}`);
    }
  }
});

test('the list shows published reports with their downloads', async () => {
  const html = await (await get('/reports')).text();
  assert.match(html, new RegExp(`href="/reports/${reportId}/versions/2"`));
  assert.match(html, new RegExp(`href="/reports/${reportId}/export.pdf\\?version=2"`));
});

// Once accounts exist: the council reads published versions; drafts are
// only for those who compose (council staff, administrators).
if (ROLES.includes('manager')) {
  test('a manager reads published versions but never a draft', async () => {
    const m = await login(srv.base, 'manager');
    assert.equal((await get(`/reports/${reportId}/versions/1`, m)).status, 200);
    assert.equal((await get(`/reports/${reportId}/export.pdf?version=1`, m)).status, 200);
    assert.equal((await get(`/reports/${reportId}/preview`, m)).status, 403);
    assert.equal((await get(`/reports/${reportId}/export.csv`, m)).status, 403);
    assert.equal((await get(`/api/v1/reports/${reportId}/export.json`, m)).status, 403);
  });
}

test('CLI: exports a draft when nothing is published, else the newest version', () => {
  const db = demoDb();
  try {
    const out = path.join(tmp, 'cli.json');
    let s = execFileSync(BIN, ['report', 'export', '--db', db, '--period', '2014-Q2', '--format', 'json', '--out', out]).toString();
    assert.match(s, /DRAFT for 2014-Q2/);
    const draft = JSON.parse(readFileSync(out));
    assert.equal(draft.period, '2014-Q2');
    for (const f of ['pdf', 'xlsx', 'csv']) {
      const o = path.join(tmp, `cli.${f}`);
      execFileSync(BIN, ['report', 'export', '--db', db, '--period', '2014-Q2', '--format', f, '--out', o]);
      assert.ok(readFileSync(o).length > 100, f);
    }
    assert.equal(readFileSync(path.join(tmp, 'cli.pdf')).subarray(0, 5).toString(), '%PDF-');
    assert.equal(readFileSync(path.join(tmp, 'cli.xlsx')).subarray(0, 2).toString(), 'PK');
    const bad = spawnSync(BIN, ['report', 'export', '--db', db, '--period', '2099-Q1', '--format', 'csv', '--out', out]);
    assert.equal(bad.status, 1);
    const usage = spawnSync(BIN, ['report', 'export', '--db', db, '--period', '2014-Q2', '--format', 'doc', '--out', out]);
    assert.equal(usage.status, 2);
    // Publish on the server's database, then the CLI gives that version.
    s = execFileSync(BIN, ['report', 'export', '--db', srv.db, '--period', '2014-Q2', '--format', 'json', '--out', out]).toString();
    assert.match(s, /published version 2 of report/);
    assert.ok(readFileSync(out).length > 1000);
  } finally {
    rmSync(path.dirname(db), { recursive: true, force: true });
  }
});
