// finance_like.test.mjs: every programme dashboard of every demo period
// compares like with like (docs/rollup-rules.md, "Rolling up costs"): the
// performances shown add up to the programme total shown beside them, in
// every money column; the budget to date is that of the lines that
// reported; "n van m regels gerapporteerd" stands wherever lines are
// missing; the reproductions of issue 13 read right.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, BIN } from './server.mjs';
import { login } from './session.mjs';

let srv;
let cookie;
before(async () => {
  srv = await startServer();
  cookie = await login(srv.base, 'cmt');
});
after(async () => { await srv.stop(); });

async function get(p) {
  const r = await fetch(srv.base + p, { headers: { cookie } });
  assert.equal(r.status, 200, p);
  return r.text();
}

// RFC 4180 rows (quoted fields may hold commas and line breaks).
function parseCsv(text) {
  const rows = [];
  let row = [], f = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') quoted = false; else f += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\n') { row.push(f.replace(/\r$/, '')); rows.push(row); row = []; f = ''; }
    else f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}

const FIELDS = ['year_budget', 'forecast', 'forecast_deviation', 'budget', 'realised', 'deviation'];

// The money cells of a row: { field: { cents: BigInt|null, text } }.
function cells(row) {
  const out = {};
  for (const c of row.matchAll(/<td class="num" data-cents="(-?\d*)" data-field="([a-z_]+)">([^<]*)<\/td>/g))
    out[c[2]] = { cents: c[1] === '' ? null : BigInt(c[1]), text: c[3] };
  return out;
}
// "€ 1.234.567" / "-€ 1.234" (nl) as whole euros; "—" is null.
const euros = (s) => {
  if (!/\d/.test(s)) return null;
  const n = Number(s.replace(/[^0-9]/g, ''));
  return s.trim().startsWith('-') ? -n : n;
};

// The finance table of a programme dashboard: its rows and its total.
function financeTable(html) {
  const table = /<table class="dash" id="finance-table">([\s\S]*?)<\/table>/.exec(html);
  assert.ok(table, 'a finance table');
  const rows = [...table[1].matchAll(/<tr data-perf-cost="(\d+)">([\s\S]*?)<\/tr>/g)]
    .map((m) => ({ id: Number(m[1]), body: m[2], c: cells(m[2]) }));
  const t = /<tr data-total="1" data-lines="(\d+)" data-lines-reported="(\d+)">([\s\S]*?)<\/tr>/.exec(table[1]);
  assert.ok(t, 'a total row with its line counts');
  return { rows, lines: Number(t[1]), reported: Number(t[2]), body: t[3], total: cells(t[3]) };
}

function checkAddsUp(where, f) {
  assert.equal(f.rows.length, f.lines, `${where}: every line of the total is shown`);
  for (const k of FIELDS) {
    const present = f.rows.filter((r) => r.c[k].cents !== null);
    const sum = present.reduce((a, r) => a + r.c[k].cents, 0n);
    if (k === 'year_budget' || k === 'budget')
      assert.equal(f.total[k].cents, sum, `${where}: ${k} in cents`);
    else
      assert.equal(f.total[k].cents, present.length ? sum : null, `${where}: ${k} in cents`);
    // What the reader sees: whole euros, each rounded, so within half a euro a row.
    const shown = present.map((r) => euros(r.c[k].text)).filter((v) => v !== null);
    const tot = euros(f.total[k].text);
    if (shown.length === 0) continue;
    assert.notEqual(tot, null, `${where}: a ${k} total beside its parts`);
    const diff = Math.abs(shown.reduce((a, v) => a + v, 0) - tot);
    assert.ok(diff <= Math.ceil(shown.length / 2), `${where}: ${k} shown ${shown.join('+')} vs ${tot}`);
  }
  // Budget to date and deviation are over the reported lines only.
  const rep = f.rows.filter((r) => r.c.realised.cents !== null);
  assert.equal(rep.length, f.reported, `${where}: lines reported`);
  for (const r of f.rows)
    if (r.c.realised.cents === null) {
      assert.equal(r.c.budget.text, '—', `${where}: no budget to date for a line that has not reported`);
      assert.match(r.body, /\(niet gerapporteerd\)/);
    }
  const marker = `(${f.reported} van ${f.lines} regels gerapporteerd)`;
  if (f.reported < f.lines) assert.ok(f.body.includes(marker), `${where}: ${marker}`);
  else assert.ok(!f.body.includes('regels gerapporteerd'), `${where}: no marker when all reported`);
}

test('on every programme dashboard of every period the performances add up to the total', async () => {
  // The selector lists the periods up to the one shown: show the last.
  const overview = await get('/dashboard?period=2014-Q4');
  const periods = [...new Set([...overview.matchAll(/<option[^>]*value="(\d{4}-Q\d)"/g)].map((m) => m[1]))];
  assert.ok(periods.length >= 12, `demo periods: ${periods}`);
  let pages = 0;
  let partial = 0;
  for (const period of periods) {
    const r = await fetch(`${srv.base}/api/v1/rollup/programmes?period=${period}`, { headers: { cookie } });
    assert.equal(r.status, 200);
    const api = await r.json();
    const over = await get(`/dashboard?period=${period}`);
    for (const p of api.programmes) {
      const html = await get(`/dashboard/programmes/${p.id}?period=${period}`);
      assert.ok(!/id="pager-/.test(html) || p.finance.parts <= 25, 'one page: every line shown');
      const f = financeTable(html);
      const where = `programme ${p.number} ${period}`;
      checkAddsUp(where, f);
      // The page, the API and the overview agree on the lines.
      assert.equal(f.lines, p.finance.parts, `${where}: lines as the API`);
      assert.equal(f.reported, p.finance.parts_realised, `${where}: reported as the API`);
      assert.equal(f.total.budget.cents, BigInt(p.finance.budget_cents), `${where}: budget as the API`);
      assert.equal(f.total.year_budget.cents, BigInt(p.finance.year_budget_cents), `${where}: year budget as the API`);
      const row = new RegExp(`<tr data-programme="${p.number}" data-id="${p.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(over);
      assert.ok(row, `${where} on the overview`);
      if (f.reported < f.lines) {
        partial++;
        assert.ok(row[1].includes(`(${f.reported} van ${f.lines} regels gerapporteerd)`), `${where}: n of m on the overview`);
      }
      pages++;
    }
  }
  assert.ok(pages >= 100, `${pages} programme dashboards`);
  assert.ok(partial > 0, 'the demo has periods with missing lines');
});

test('issue 13: programme 4 in 2014-Q3 and programme 1 in 2014-Q4 compare like with like', async () => {
  const api = await (await fetch(`${srv.base}/api/v1/rollup/programmes?period=2014-Q3`, { headers: { cookie } })).json();
  const p4 = api.programmes.find((p) => p.number === 4);
  const f4 = financeTable(await get(`/dashboard/programmes/${p4.id}?period=2014-Q3`));
  assert.ok(f4.reported < f4.lines);
  // Budget to date beside the realisation of the same lines: no phantom underspend.
  const b = Number(f4.total.budget.cents);
  const rz = Number(f4.total.realised.cents);
  assert.ok(Math.abs(rz - b) < b / 10, `budget ${b} vs realised ${rz}`);
  assert.equal(f4.total.deviation.cents, f4.total.realised.cents - f4.total.budget.cents);
  // The forecast against the year budget of the lines with a forecast, not the budget to date.
  assert.equal(BigInt(p4.finance.forecast_deviation_cents), f4.total.forecast_deviation.cents);
  assert.ok(Math.abs(Number(f4.total.forecast_deviation.cents)) < Number(f4.total.forecast.cents) / 10);

  const q4 = await (await fetch(`${srv.base}/api/v1/rollup/programmes?period=2014-Q4`, { headers: { cookie } })).json();
  const p1 = q4.programmes.find((p) => p.number === 1);
  const html = await get(`/dashboard/programmes/${p1.id}?period=2014-Q4`);
  const f1 = financeTable(html);
  assert.ok(f1.rows.length > 0);
  const sum = f1.rows.reduce((a, r) => a + r.c.year_budget.cents, 0n);
  assert.ok(sum > 0n);
  assert.equal(f1.total.year_budget.cents, sum, 'the year budgets add up to the total shown');
  assert.equal(f1.reported, 0);
  assert.ok(f1.body.includes(`(0 van ${f1.lines} regels gerapporteerd)`));
});

test('the report of 2014-Q3, its document and its exports say how many lines reported', async () => {
  const council = await login(srv.base, 'council');
  const g = (p) => fetch(srv.base + p, { redirect: 'manual', headers: { cookie: council } });
  const form = await (await g('/reports/new')).text();
  const csrf = /name="csrf" value="([^"]*)"/.exec(form)[1];
  const periods = await (await g('/api/v1/periods?year=2014')).json();
  const q3 = periods.periods.find((p) => p.name === '2014-Q3');
  const r = await fetch(srv.base + '/reports', {
    method: 'POST', redirect: 'manual',
    headers: { cookie: council, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, period: String(q3.id), kind: 'voortgangsrapportage', title: 'Voortgangsrapportage 2014-Q3' }).toString(),
  });
  assert.equal(r.status, 303);
  const id = /\/reports\/(\d+)$/.exec(r.headers.get('location'))[1];
  const json = await (await g(`/reports/${id}/export.json`)).json();
  const p4 = json.programmes.find((p) => p.number === 4);
  assert.deepEqual([p4.money.lines_reported, p4.money.lines], [3, 7]);
  const api = await (await g('/api/v1/rollup/programmes?period=2014-Q3')).json();
  const a4 = api.programmes.find((p) => p.number === 4);
  assert.equal(p4.money.budget_cents, Number(a4.finance.budget_cents), 'budget to date of the three reported lines, as the dashboards');
  assert.equal(p4.money.year_budget_cents, Number(a4.finance.year_budget_cents));
  assert.equal(p4.money.realised_cents - p4.money.budget_cents, p4.money.deviation_cents);
  // The lines of the document add up to its totals.
  const perfs = p4.effects.flatMap((e) => e.performances);
  assert.equal(perfs.length, 7);
  assert.equal(perfs.reduce((a, f) => a + f.money.year_budget_cents, 0), p4.money.year_budget_cents);
  assert.equal(perfs.reduce((a, f) => a + f.money.budget_cents, 0), p4.money.budget_cents);
  const doc = await (await g(`/reports/${id}/preview`)).text();
  assert.ok(doc.includes('(3 van 7 regels gerapporteerd)'), 'n of m in the document');
  assert.match(doc, /\(niet gerapporteerd\)/);
  // The CSV says it too: on the programme's total row and on each line
  // that has not reported (issue 13: "n of m" wherever lines are missing).
  const csv = parseCsv(await (await g(`/reports/${id}/export.csv`)).text());
  const head = csv[0];
  const col = (n) => head.indexOf(n);
  const tot4 = csv.find((r) => r[col('kind')] === 'programme_total' && r[col('programme_number')] === '4');
  assert.ok(tot4, 'programme 4 has a total row in the CSV');
  assert.deepEqual([tot4[col('lines')], tot4[col('lines_reported')], tot4[col('reported')]], ['7', '3', '3 van 7 regels gerapporteerd']);
  assert.equal(tot4[col('year_target')], (p4.money.year_budget_cents / 100).toFixed(2));
  const lines4 = csv.filter((r) => r[col('kind')] === 'cost' && r[col('programme_number')] === '4');
  assert.equal(lines4.length, 7);
  assert.equal(lines4.filter((r) => r[col('reported')] === 'niet gerapporteerd').length, 4);
  const total = csv.find((r) => r[col('kind')] === 'total');
  assert.equal(total[col('lines')], String(json.money.lines));
  if (json.money.lines_reported < json.money.lines)
    assert.equal(total[col('reported')], `${json.money.lines_reported} van ${json.money.lines} regels gerapporteerd`);
  // PDF (extracted text) and XLSX (its strings).
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-fin-'));
  try {
    const pdf = path.join(tmp, 'r.pdf');
    const xlsx = path.join(tmp, 'r.xlsx');
    for (const [f, out] of [['pdf', pdf], ['xlsx', xlsx]]) {
      const x = spawnSync(BIN, ['report', 'export', '--db', srv.db, '--period', '2014-Q3', '--format', f, '--out', out]);
      assert.equal(x.status, 0, String(x.stderr));
    }
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    // Cells wrap and their text interleaves with the next column's.
    assert.ok(text.includes('Totaal (3 van 7 regels'), 'n of m in the PDF');
    assert.ok(text.includes('gerapporteerd)'));
    const strings = spawnSync('/usr/bin/python3', ['-c',
      'import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml").decode())', xlsx],
    { encoding: 'utf8' }).stdout;
    assert.ok(strings.includes('3 van 7 regels gerapporteerd'), 'n of m in the XLSX');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
