// dashboard.test.mjs: the dashboards show the rollups, in the same numbers
// as the rollup API, with status as colour + icon + word, a working period
// selector, last year's quarter beside this one, and charts that are valid
// XML with their text alternatives and data tables.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import zlib from 'node:zlib';
import { startServer } from './server.mjs';
import { login, csrfOf } from './session.mjs';

let srv;
let cookie;
before(async () => {
  srv = await startServer();
  cookie = await login(srv.base, 'cmt');
});
after(async () => { await srv.stop(); });

async function page(p) {
  const r = await fetch(srv.base + p, { headers: { cookie } });
  return { status: r.status, html: await r.text() };
}
async function api(p) {
  const r = await fetch(srv.base + p, { headers: { cookie } });
  assert.equal(r.status, 200, p);
  return r.json();
}
const attr = (tag, name) => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
};
// The rows of the programme table: data attributes and the cells' cents.
function programmeRows(html) {
  const rows = [];
  for (const m of html.matchAll(/<tr data-programme="(\d+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
    const tag = m[0].slice(0, m[0].indexOf('>') + 1);
    const cells = {};
    for (const c of m[2].matchAll(/<td[^>]*data-field="([a-z_]+)"[^>]*>([^<]*)<\/td>/g)) {
      const td = c[0];
      cells[c[1]] = { cents: attr(td, 'data-cents'), bp: attr(td, 'data-bp'), text: c[2] };
    }
    rows.push({ number: Number(m[1]), id: Number(attr(tag, 'data-id')), status: attr(tag, 'data-status'),
      on: Number(attr(tag, 'data-on-track')), risk: Number(attr(tag, 'data-at-risk')),
      off: Number(attr(tag, 'data-off-track')), none: Number(attr(tag, 'data-no-data')), cells, body: m[2] });
  }
  return rows;
}
// "€ 1.234.567" / "-€ 1.234" (nl) as whole euros.
const euros = (s) => {
  const neg = s.trim().startsWith('-');
  const n = Number(s.replace(/[^0-9]/g, ''));
  return neg ? -n : n;
};
const roundEuros = (cents) => {
  const c = Number(cents);
  return Math.sign(c) * Math.round(Math.abs(c) / 100);
};

test('the CMT overview shows every programme with the numbers of the rollup API', async () => {
  const { status, html } = await page('/dashboard?period=2014-Q2');
  assert.equal(status, 200);
  const a = await api('/api/v1/rollup/programmes?period=2014-Q2');
  const rows = programmeRows(html);
  assert.equal(rows.length, a.programmes.length);
  assert.ok(rows.length >= 10);
  for (const p of a.programmes) {
    const r = rows.find((x) => x.id === p.id);
    assert.ok(r, `programme ${p.number} on the page`);
    assert.equal(r.status, p.status, `status of ${p.number}`);
    assert.deepEqual([r.on, r.risk, r.off, r.none],
      [p.counts.on_track, p.counts.at_risk, p.counts.off_track, p.counts.no_data]);
    const f = p.finance;
    assert.equal(r.cells.budget.cents, String(f.budget_cents));
    assert.equal(euros(r.cells.budget.text), roundEuros(f.budget_cents), 'visible budget');
    assert.equal(r.cells.realised.cents, f.realised_cents === null ? '' : String(f.realised_cents));
    if (f.realised_cents !== null) assert.equal(euros(r.cells.realised.text), roundEuros(f.realised_cents));
    assert.equal(r.cells.forecast.cents, f.forecast_cents === null ? '' : String(f.forecast_cents));
    assert.equal(r.cells.deviation.cents, f.deviation_cents === null ? '' : String(f.deviation_cents));
    if (f.deviation_cents !== null) assert.equal(euros(r.cells.deviation.text), roundEuros(f.deviation_cents));
    if (f.deviation_pct !== null) {
      assert.equal(Number(r.cells.deviation_pct.bp) / 100, Number(f.deviation_pct), 'deviation %');
    }
  }
});

test('every status is a colour, an icon and a word', async () => {
  const { html } = await page('/dashboard?period=2014-Q2');
  const words = { on_track: ['●', 'op koers'], at_risk: ['▲', 'aandacht'], off_track: ['✖', 'uit koers'], no_data: ['○', 'geen gegevens'] };
  let seen = 0;
  for (const m of html.matchAll(/<span class="status status-([a-z_]+)"><span aria-hidden="true">(.)<\/span> ([^<]+)<\/span>/g)) {
    assert.deepEqual([m[2], m[3]], words[m[1]], m[0]);
    seen++;
  }
  assert.ok(seen > 20, `${seen} statuses`);
  const en = await fetch(srv.base + '/dashboard?period=2014-Q2&lang=en', { headers: { cookie } });
  assert.match(await en.text(), /on track|off track|at risk/);
});

test('the period selector lists the periods and selects the one shown', async () => {
  for (const period of ['2014-Q1', '2013-Q4']) {
    const { html } = await page(`/dashboard?period=${period}`);
    assert.match(html, new RegExp(`<option value="${period}" selected>`));
    assert.match(html, /<form class="inline" method="get" action="\/dashboard"[^>]*>/);
    const a = await api(`/api/v1/rollup/programmes?period=${period}`);
    const rows = programmeRows(html);
    assert.equal(rows[0].cells.budget.cents, String(a.programmes[0].finance.budget_cents));
  }
  assert.equal((await page('/dashboard?period=2099-Q1')).status, 404);
  assert.equal((await page('/dashboard?period=nonsense')).status, 404);
});

test('year over year: the same quarter last year stands beside this one', async () => {
  const { html } = await page('/dashboard?period=2014-Q2');
  assert.match(html, /2013-Q2/);
  const prev = await api('/api/v1/rollup/programmes?period=2013-Q2');
  const rows = programmeRows(html);
  for (const p of prev.programmes) {
    const r = rows.find((x) => x.number === p.number);
    assert.ok(r);
    assert.equal(r.cells.prev_realised.cents, p.finance.realised_cents === null ? '' : String(p.finance.realised_cents));
    assert.equal(r.cells.prev_deviation.cents, p.finance.deviation_cents === null ? '' : String(p.finance.deviation_cents));
  }
});

test('the overview lists the largest deviations and the units that have not submitted', async () => {
  const { html } = await page('/dashboard?period=2014-Q3');
  const worst = /<table class="dash" id="worst-table">([\s\S]*?)<\/table>/.exec(html);
  assert.ok(worst, 'largest deviations in performance');
  assert.equal([...worst[1].matchAll(/<tr><th scope="row"><a href="\/dashboard\/indicators\//g)].length, 5);
  const cost = /<table class="dash" id="cost-table">([\s\S]*?)<\/table>/.exec(html);
  assert.ok(cost, 'largest deviations in finance');
  const missing = /<table class="dash" id="missing-table">([\s\S]*?)<\/table>/.exec(html);
  assert.ok(missing, 'units not submitted');
  assert.match(missing[1], /concept|niet begonnen|teruggestuurd/i);
});

test('the programme dashboard shows the W-questions and the numbers of the API', async () => {
  const list = await api('/api/v1/rollup/programmes?period=2014-Q2');
  const p = list.programmes[0];
  const { status, html } = await page(`/dashboard/programmes/${p.id}?period=2014-Q2`);
  assert.equal(status, 200);
  for (const w of ['Wat willen we bereiken?', 'Wat gaan we daarvoor doen?', 'Wat mag het kosten?']) assert.ok(html.includes(w), w);
  const one = await api(`/api/v1/rollup/programmes/${p.id}?period=2014-Q2`);
  assert.match(html, new RegExp(`data-status="${one.programme.status}"`));
  const total = /<tr data-total="1"[^>]*>([\s\S]*?)<\/tr>/.exec(html)[1];
  assert.match(total, new RegExp(`data-cents="${one.programme.finance.budget_cents}" data-field="budget"`));
  assert.match(total, new RegExp(`data-cents="${one.programme.finance.realised_cents}" data-field="realised"`));
  assert.match(html, /href="\/dashboard\/indicators\/\d+\?period=2014-Q2"/);
  // Last year's quarter of the same programme (by number).
  const prev = (await api('/api/v1/rollup/programmes?period=2013-Q2')).programmes.find((x) => x.number === p.number);
  assert.match(html, new RegExp(`data-cents="${prev.finance.realised_cents}" data-field="prev_realised"`));
  // Another year's period goes to that year's programme of the same number.
  const r = await fetch(`${srv.base}/dashboard/programmes/${p.id}?period=2013-Q2`, { headers: { cookie }, redirect: 'manual' });
  assert.equal(r.status, 303);
  assert.match(r.headers.get('location'), /^\/dashboard\/programmes\/\d+\?period=2013-Q2$/);
});

function svgs(html) {
  return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
}
function xmlValid(svg) {
  const r = spawnSync('xmllint', ['--noout', '-'], { input: svg });
  return { ok: r.status === 0, err: r.stderr.toString() };
}

test('every chart is valid XML with a title, a description, a summary and its data table', async () => {
  const list = await api('/api/v1/rollup/programmes?period=2014-Q2');
  const pages = ['/dashboard?period=2014-Q2', `/dashboard/programmes/${list.programmes[0].id}?period=2014-Q2`];
  let n = 0;
  for (const p of pages) {
    const { html } = await page(p);
    const all = svgs(html);
    assert.ok(all.length >= 1, `${p} has a chart`);
    for (const s of all) {
      const v = xmlValid(s);
      assert.ok(v.ok, `${p}: ${v.err}`);
      assert.match(s, /role="img" aria-labelledby="([a-z-]+) ([a-z-]+)"/);
      const [, t, d] = /aria-labelledby="([a-z-]+) ([a-z-]+)"/.exec(s);
      assert.match(s, new RegExp(`<title id="${t}">[^<]+</title>`));
      assert.match(s, new RegExp(`<desc id="${d}">[^<]+</desc>`));
      assert.ok(!/style=/.test(s), 'no inline style');
      n++;
    }
    assert.match(html, /<figcaption>[^<]*\S/);
    assert.match(html, /<details>\s*<summary>|<table class="dash" id="finance-table">/);
  }
  assert.ok(n >= 3);
  // A broken chart would be caught: the check is not vacuous.
  assert.equal(xmlValid('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>').ok, false);
});

test('the drill-down reaches the single figures, and they combine to the shown number', async () => {
  const list = await api('/api/v1/rollup/programmes?period=2014-Q2');
  const prog = list.programmes.find((p) => p.number === 2);
  const { html: ph } = await page(`/dashboard/programmes/${prog.id}?period=2014-Q2`);
  // Follow every drill link of the programme until a sum indicator with
  // several reporting units turns up.
  const links = [...new Set([...ph.matchAll(/href="(\/dashboard\/indicators\/\d+\?period=2014-Q2)"/g)].map((m) => m[1]))];
  assert.ok(links.length > 3);
  let checked = 0;
  for (const l of links) {
    const { status, html } = await page(l);
    assert.equal(status, 200);
    if (!/Aggregatie<\/dt><dd>som, cumulatief/.test(html) && !/Aggregatie<\/dt><dd>som</.test(html)) continue;
    const cumulative = /som, cumulatief/.test(html);
    const whole = Number(/id="whole" data-value="(-?\d+)"/.exec(html)[1]);
    const figs = [...html.matchAll(/data-figure-unit="(\d+)" data-quarter="(\d)" data-value="(-?\d*)"/g)]
      .filter((m) => m[3] !== '' && (cumulative || m[2] === '2'));
    if (figs.length < 2) continue;
    const sum = figs.reduce((a, m) => a + Number(m[3]), 0);
    assert.equal(sum, whole, `${l}: the figures add up to the whole`);
    const nodes = [...html.matchAll(/data-node="(\d+)" data-depth="(\d)" data-value="(-?\d+)"/g)];
    assert.equal(Number(nodes[0][3]), whole, 'the gemeente row, recomputed, equals the stored rollup');
    // A unit in between equals the sum of the units directly below it.
    const leaves = nodes.filter((n) => n[2] === '3');
    const mid = nodes.filter((n) => n[2] === '2');
    if (leaves.length > 1 && mid.length === 1) {
      assert.equal(leaves.reduce((a, n) => a + Number(n[3]), 0), Number(mid[0][3]));
    }
    checked++;
  }
  assert.ok(checked >= 1, 'at least one summed indicator with several figures');
});

test('the org scorecard shows the unit rollup of the API and its units side by side', async () => {
  const units = await api('/api/v1/org-units');
  const root = units.org_unit;
  const a = await api(`/api/v1/rollup/org-units/${root.id}?period=2014-Q2`);
  const { status, html } = await page(`/dashboard/org/${root.id}?period=2014-Q2`);
  assert.equal(status, 200);
  const total = new RegExp(`<tr data-unit-total="${root.id}" data-status="${a.org_unit.status}">[\\s\\S]*?data-cents="${a.org_unit.finance.budget_cents}" data-field="budget"`);
  assert.match(html, total);
  assert.equal([...html.matchAll(/<tr data-child="(\d+)">/g)].length, a.children.length);
  for (const c of a.children) {
    assert.match(html, new RegExp(`<tr data-child="${c.id}">[\\s\\S]*?data-cents="${c.finance.budget_cents}" data-field="budget"`));
  }
  assert.match(html, /data-field="prev_realised"/, 'last year beside this year');
});

test('the deviation register lists exactly the cost deviations above the thresholds, by programme', async () => {
  const { status, html } = await page('/dashboard/deviations?period=2014-Q2');
  assert.equal(status, 200);
  const rows = [...html.matchAll(/<tr data-performance="\d+">[\s\S]*?data-cents="(-?\d+)"><\/td>|<tr data-performance="\d+">[\s\S]*?data-cents="(-?\d+)">[^<]*<\/td><td class="num" data-bp="(-?\d*)">/g)];
  assert.ok(rows.length >= 2, `${rows.length} deviations`);
  for (const m of rows) {
    const cents = Math.abs(Number(m[2]));
    const bp = Math.abs(Number(m[3]));
    assert.ok(cents >= 2500000, `at least EUR 25,000: ${cents}`);
    assert.ok(m[3] === '' || bp > 1000, `above 10 %: ${bp}`);
  }
  assert.match(html, /<h2 id="g\d+"><a href="\/dashboard\/programmes\/\d+\?period=2014-Q2">Programma \d+\./);
  assert.match(html, /Drempel: 10,0 % en ten minste € 25\.000/);
});

test('the deviation register sums up per programme beside the same quarter last year', async () => {
  // Per programme number: the deviations and their net amount, as the
  // register of that period lists them.
  const tally = (html) => {
    const by = {};
    for (const g of html.split(/<section aria-labelledby="g\d+">/).slice(1)) {
      const num = Number(/Programma (\d+)\./.exec(g)[1]);
      const cents = [...g.matchAll(/<tr data-performance="\d+">[^\n]*?data-cents="(-?\d+)"/g)].map((m) => Number(m[1]));
      by[num] = { n: cents.length, net: cents.reduce((a, b) => a + b, 0) };
    }
    return by;
  };
  const now = await page('/dashboard/deviations?period=2014-Q2');
  const before = await page('/dashboard/deviations?period=2013-Q2');
  const a = tally(now.html);
  const b = tally(before.html);
  assert.ok(Object.keys(b).length > 0, 'last year had deviations too');
  const summary = /<table class="dash" id="deviation-summary">[\s\S]*?<\/table>/.exec(now.html)[0];
  assert.match(summary, /<caption[^>]*>Afwijkingen per programma 2014-Q2, vergeleken met 2013-Q2<\/caption>/);
  const rows = [...summary.matchAll(/<tr data-number="(\d+)">.*<\/tr>/g)];
  assert.deepEqual(rows.map((m) => Number(m[1])), [...new Set([...Object.keys(a), ...Object.keys(b)].map(Number))].sort((x, y) => x - y));
  const cell = (row, field) => new RegExp(`data-field="${field}">([^<]*)<`).exec(row)[1];
  const cents = (row, field) => new RegExp(`data-cents="(-?\\d*)" data-field="${field}"`).exec(row)[1];
  for (const [row, num] of rows.map((m) => [m[0], Number(m[1])])) {
    const x = a[num] || { n: 0, net: 0 };
    const y = b[num] || { n: 0, net: 0 };
    assert.equal(Number(cell(row, 'count')), x.n, `programme ${num} now`);
    assert.equal(Number(cell(row, 'prev_count')), y.n, `programme ${num} last year`);
    assert.equal(cents(row, 'net'), x.n ? String(x.net) : '', `net of programme ${num}`);
    assert.equal(cents(row, 'prev_net'), y.n ? String(y.net) : '', `net of programme ${num} last year`);
    if (!x.n) assert.equal(cell(row, 'net'), '—', 'no deviations: a dash, not € 0');
  }
  assert.equal((await page('/dashboard/deviations?period=2014-Q2&lang=en')).html.includes('Deviations per programme 2014-Q2, compared with 2013-Q2'), true);
});

test('a cached dashboard equals a fresh one and keeps each user\'s own layout', async () => {
  const a = await page('/dashboard?period=2014-Q1');
  const b = await page('/dashboard?period=2014-Q1');   // from the cache
  assert.equal(b.html, a.html);
  // Another user gets the same content inside their own layout.
  const other = await login(srv.base, 'council');
  const r = await fetch(srv.base + '/dashboard?period=2014-Q1', { headers: { cookie: other } });
  const h = await r.text();
  const content = (s) => s.slice(s.indexOf('<main'), s.indexOf('</main>'));
  assert.equal(content(h), content(a.html));
  const token = (s) => /name="csrf" value="([0-9a-f]+)"/.exec(s)[1];
  assert.notEqual(token(h), token(a.html), 'each session its own CSRF token');
  assert.notEqual(/<span class="who">[\s\S]*?<\/span>([^<]*)/.exec(h)[1], /<span class="who">[\s\S]*?<\/span>([^<]*)/.exec(a.html)[1]);
  // The English page is cached apart from the Dutch one.
  const en = await fetch(srv.base + '/dashboard?period=2014-Q1&lang=en', { headers: { cookie } });
  assert.match(await en.text(), /CMT overview/);
});

test('each server thread keeps layouts apart per session and follows a role change at once', async () => {
  // Two sessions of the same user: same name and roles, another CSRF token.
  const s1 = await login(srv.base, 'cmt');
  const s2 = await login(srv.base, 'cmt');
  const want = new Map([[s1, await csrfOf(srv.base, s1)], [s2, await csrfOf(srv.base, s2)]]);
  assert.notEqual(want.get(s1), want.get(s2));
  const get = async (c, p = '/dashboard?period=2014-Q1') => {
    const r = await fetch(srv.base + p, { headers: { cookie: c } });
    return r.text();
  };
  // Concurrent, so that both threads serve both sessions, in both languages.
  const runs = [];
  for (let i = 0; i < 40; i++) {
    const c = i % 2 ? s1 : s2;
    const lang = i % 4 < 2 ? 'nl' : 'en';
    runs.push(get(c, `/dashboard?period=2014-Q1&lang=${lang}`).then((h) => ({ c, lang, h })));
  }
  for (const { c, lang, h } of await Promise.all(runs)) {
    assert.equal(/name="csrf" value="([0-9a-f]+)"/.exec(h)[1], want.get(c));
    assert.match(h, new RegExp(`<html lang="${lang}">`));
  }
  // A role granted from the command line shows in the navigation on the
  // next request; taken away, it goes.
  const admin = () => get(s1).then((h) => h.includes('href="/admin/users"'));
  assert.equal(await admin(), false);
  const role = (op) => spawnSync(process.env.KOERS_BIN || 'build/koers',
    ['user', 'role', '--db', srv.db, 'cmt', op, 'administrator'], { encoding: 'utf8' });
  assert.equal(role('--add').status, 0);
  assert.equal(await admin(), true);
  assert.equal(await admin(), true);
  assert.equal(role('--remove').status, 0);
  assert.equal(await admin(), false);
});

// GET without any decoding: { status, headers, body (Buffer) }.
function rawGet(p, headers) {
  return new Promise((resolve, reject) => {
    http.get(srv.base + p, { headers }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', reject);
  });
}

test('a cached page answers gzip to a client that accepts it: the same page, the session\'s parts never compressed', async () => {
  for (const p of ['/dashboard?period=2014-Q1', '/api/v1/rollup/programmes?period=2014-Q1']) {
    // Built now (no other test reads 2013-Q1), then from the cache.
    const built = p.replace('2014-Q1', '2013-Q1');
    const first = await rawGet(built, { cookie, 'accept-encoding': 'gzip' });
    assert.equal(first.status, 200);
    assert.equal(first.headers.vary, 'Accept-Encoding', `${built}: one Vary, also when built`);
    await page(p);   // now in the page cache
    const plain = await rawGet(p, { cookie, 'accept-encoding': 'identity' });
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(plain.headers.vary || '', /Accept-Encoding/);
    const gz = await rawGet(p, { cookie, 'accept-encoding': 'br;q=1, gzip;q=0.8' });
    assert.equal(gz.status, 200, p);
    assert.equal(gz.headers['content-encoding'], 'gzip', p);
    assert.match(gz.headers.vary || '', /Accept-Encoding/);
    assert.ok(gz.body.length * 3 < plain.body.length, `${p}: ${gz.body.length} of ${plain.body.length} bytes`);
    // gunzipSync checks the CRC-32 and the length in the trailer.
    assert.deepEqual(zlib.gunzipSync(gz.body), plain.body, p);
    const refused = await rawGet(p, { cookie, 'accept-encoding': 'gzip;q=0, deflate' });
    assert.equal(refused.headers['content-encoding'], undefined);
    assert.deepEqual(refused.body, plain.body);
  }
  // The CSRF token travels in a stored block, outside any compression (BREACH).
  const token = await csrfOf(srv.base, cookie);
  const gz = await rawGet('/dashboard?period=2014-Q1', { cookie, 'accept-encoding': 'gzip' });
  assert.ok(gz.body.includes(Buffer.from(token)));
});

test('a write that moves the data generation shows on the very next request', async () => {
  // Until the entry API exists, write with the sqlite3 CLI and let
  // `koers rollup rebuild` (which moves the data generation) bring the
  // rollups up to date; the cached page must not survive it.
  const before = programmeRows((await page('/dashboard?period=2014-Q2')).html);
  const again = programmeRows((await page('/dashboard?period=2014-Q2')).html);
  assert.deepEqual(again, before);
  const { execFileSync } = await import('node:child_process');
  execFileSync('sqlite3', [srv.db, "UPDATE cost SET realised_cents = realised_cents + 100000000 WHERE period_id = (SELECT id FROM period WHERE year = 2014 AND quarter = 2) AND performance_id = (SELECT min(c.performance_id) FROM cost c JOIN period p ON p.id = c.period_id WHERE p.year = 2014 AND p.quarter = 2 AND c.realised_cents IS NOT NULL)"]);
  execFileSync(process.env.KOERS_BIN || 'build/koers', ['rollup', 'rebuild', '--db', srv.db]);
  const after = programmeRows((await page('/dashboard?period=2014-Q2')).html);
  const sum = (rows) => rows.reduce((s, r) => s + Number(r.cells.realised.cents || 0), 0);
  assert.equal(sum(after) - sum(before), 100000000);
  const a = await api('/api/v1/rollup/programmes?period=2014-Q2');
  for (const p of a.programmes) {
    assert.equal(after.find((x) => x.id === p.id).cells.realised.cents, String(p.finance.realised_cents));
  }
});

test('a figure a manager saves through the API shows on the very next dashboard request', async () => {
  const { csrfOf } = await import('./session.mjs');
  const mgr = await login(srv.base, 'manager');
  const csrf = await csrfOf(srv.base, mgr);
  const asMgr = (p, init = {}) => fetch(srv.base + p, { ...init,
    headers: { cookie: mgr, 'X-CSRF-Token': csrf, 'Content-Type': 'application/json', ...(init.headers || {}) } });
  const units = [];
  const walk = (u) => { units.push(u); (u.children || []).forEach(walk); };
  walk((await api('/api/v1/org-units')).org_unit);
  const pz = units.find((u) => u.code === 'PZ').id;
  const form = await (await asMgr(`/api/v1/figures?org_unit=${pz}&period=2014-Q3`)).json();
  // An empty figure the manager reports; a weighted mean needs its weight
  // and a ratio its two components for the value to count.
  const fig = form.figures.find((x) => x.value === null && x.target !== null);
  const ind = fig && await api(`/api/v1/indicators/${fig.indicator}`);
  const body = fig && { version: fig.version, value: fig.target };
  if (ind && ind.aggregation === 'mean' && ind.weight_name) body.weight = '1200';
  if (ind && ind.aggregation === 'ratio') { body.numerator = fig.target; body.denominator = '100'; }
  assert.ok(fig, 'the demo manager has an empty figure to fill in');
  let pid;
  for (const p of (await api('/api/v1/programmes?year=2014')).programmes) {
    const full = await api(`/api/v1/programmes/${p.id}`);
    const inds = full.effects.flatMap((e) => [...e.indicators, ...e.performances.flatMap((f) => f.indicators)]);
    if (inds.some((i) => i.id === fig.indicator)) pid = p.id;
  }
  assert.ok(pid, 'the indicator belongs to a programme');
  const row = async () => programmeRows((await page('/dashboard?period=2014-Q3')).html).find((r) => r.id === pid);
  const before = await row();
  assert.deepEqual(await row(), before, 'served twice, the same (cached) page');
  const onViaApi = async () => (await api('/api/v1/rollup/programmes?period=2014-Q3'))
    .programmes.find((p) => p.id === pid).counts.on_track;
  assert.equal(await onViaApi(), before.on, 'the API (now in the page cache) agrees before the save');
  const put = await asMgr(`/api/v1/figures/${fig.indicator}/${pz}/2014-Q3`, {
    method: 'PUT', body: JSON.stringify(body) });
  assert.equal(put.status, 200, await put.text());
  const after = await row();
  assert.equal(after.none, before.none - 1, 'one indicator less without data');
  assert.equal(after.on, before.on + 1, 'a value exactly on target is on track');
  assert.equal(await onViaApi(), after.on, 'the API agrees at once: its cached answer went with the save');
});
