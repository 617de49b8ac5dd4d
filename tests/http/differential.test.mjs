// differential.test.mjs: a second, deliberately simple implementation of
// the rollup rules of docs/rollup-rules.md, written here over the raw
// tables (read with `sqlite3 -json`), NOT with the product's rollup code.
// It recomputes every indicator's value, quarter target, year target and
// status and every summary status (programme, effect, performance, org
// unit, the whole report) for every period of the demo, and compares them
// with the overview, the programme dashboards, the scorecards, the rollup
// API and a report's JSON and CSV export.  A page and the API reading the
// same wrong function would agree with each other; they cannot agree with
// this file unless the rule is the documented one.
//
// It also checks page-level invariants over crawled pages: a summary
// status is the worst of the items under it shown on the same page, so it
// is never "op koers" while one of them says otherwise.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer } from './server.mjs';
import { login } from './session.mjs';
import { crawl } from './crawl.mjs';

let srv;
let cmt;
let griffie;
before(async () => {
  srv = await startServer();
  cmt = await login(srv.base, 'cmt');
  griffie = await login(srv.base, 'council');
});
after(async () => { await srv.stop(); });

const q = (sql) => JSON.parse(execFileSync('sqlite3', ['-json', srv.db, sql], { encoding: 'utf8' }) || '[]');
const get = async (p, cookie = cmt) => {
  const r = await fetch(srv.base + p, { headers: { cookie } });
  assert.equal(r.status, 200, p);
  return r;
};

// ---- the rules, simply -------------------------------------------------
const NO = 'no_data', ON = 'on_track', RISK = 'at_risk', OFF = 'off_track';
const RANK = { [NO]: 0, [ON]: 1, [RISK]: 2, [OFF]: 3 };
// Summary: the worst status of the indicators with data under it.
const worst = (statuses) => statuses.reduce((a, s) => (RANK[s] > RANK[a] ? s : a), NO);
// Exact division, rounded half away from zero (BigInt).
function rdiv(n, d) {
  const neg = (n < 0n) !== (d < 0n);
  const an = n < 0n ? -n : n, ad = d < 0n ? -d : d;
  let qq = an / ad;
  if (2n * (an % ad) >= ad) qq += 1n;
  return neg ? -qq : qq;
}
function statusOf(v, t, dir, tol) {
  if (v === null || t === null) return NO;
  const wrong = dir === 'up' ? t - v : v - t;
  if (wrong <= 0n) return ON;
  const at = t < 0n ? -t : t;
  return wrong * 10000n <= at * BigInt(tol) ? RISK : OFF;
}
const B = (x) => (x === null || x === undefined ? null : BigInt(x));

function loadModel() {
  const inds = q(`SELECT i.id, i.code, i.aggregation agg, i.cumulative cum, i.decimals dec,
      i.direction dir, i.tolerance_bp tol, i.weight_name <> '' weighted, i.unit,
      i.performance_id perf, coalesce(i.effect_id, pf.effect_id) effect, e.programme_id prog,
      g.year, pf.org_unit_id perf_owner, g.directie_id prog_owner
    FROM indicator i LEFT JOIN performance pf ON pf.id = i.performance_id
    JOIN effect e ON e.id = coalesce(i.effect_id, pf.effect_id)
    JOIN programme g ON g.id = e.programme_id`);
  const figs = q(`SELECT f.indicator_id ind, f.org_unit_id unit, p.quarter, f.value, f.numerator num,
      f.denominator den, f.weight FROM figure f JOIN period p ON p.id = f.period_id`);
  const tgts = q('SELECT indicator_id ind, org_unit_id unit, year, quarter, value FROM target');
  const byInd = new Map(inds.map((i) => [i.id, { ...i, figs: [], tgts: [] }]));
  for (const f of figs) byInd.get(f.ind).figs.push(f);
  for (const t of tgts) byInd.get(t.ind).tgts.push(t);
  return byInd;
}

// One indicator in quarter qq over the units that entered qq.
function calc(ind, qq) {
  const has = (f) => (ind.agg === 'ratio' ? (f.num !== null && f.den !== null) || f.value !== null : f.value !== null);
  const counting = [...new Set(ind.figs.filter((f) => f.quarter === qq && has(f)).map((f) => f.unit))];
  if (counting.length === 0) return { value: null, target: null, yearTarget: null, status: NO };
  const lo = ind.cum ? 1 : qq;
  const used = ind.figs.filter((f) => counting.includes(f.unit) && f.quarter >= lo && f.quarter <= qq);
  let value = null;
  const w = (f) => (ind.weighted ? (f.weight !== null && f.weight > 0 ? BigInt(f.weight) : 0n) : 1n);
  if (ind.agg === 'sum') {
    const vs = used.filter((f) => f.value !== null);
    if (vs.length) value = vs.reduce((a, f) => a + BigInt(f.value), 0n);
  } else if (ind.agg === 'mean') {
    let s = 0n, ws = 0n;
    for (const f of used) if (f.value !== null && w(f) > 0n) { s += BigInt(f.value) * w(f); ws += w(f); }
    if (ws > 0n) value = rdiv(s, ws);
  } else if (ind.agg === 'last') {
    const vs = used.filter((f) => f.value !== null);
    const last = Math.max(...vs.map((f) => f.quarter));
    if (vs.length) value = vs.filter((f) => f.quarter === last).reduce((a, f) => a + BigInt(f.value), 0n);
  } else {
    let n = 0n, d = 0n;
    for (const f of used) if (f.num !== null && f.den !== null) { n += BigInt(f.num); d += BigInt(f.den); }
    const factor = ind.unit === '%' ? 100n : 1n;
    if (d !== 0n) value = rdiv(n * factor * 10n ** BigInt(ind.dec), d);
  }
  // The target of the units that count, weighted like their figures.
  const targetOf = (tq) => {
    let plain = 0n, s = 0n, ws = 0n;
    for (const u of counting) {
      const t = ind.tgts.find((x) => x.unit === u && x.year === ind.year && x.quarter === tq);
      if (!t) return null;
      let uw = 0n;
      for (const f of used.filter((x) => x.unit === u)) {
        if (ind.agg === 'ratio') { if (f.num !== null && f.den !== null) uw += BigInt(f.den); }
        else if (f.value !== null) uw += w(f);
      }
      plain += BigInt(t.value); s += BigInt(t.value) * uw; ws += uw;
    }
    if (ind.agg === 'sum' || ind.agg === 'last') return plain;
    return ws > 0n ? rdiv(s, ws) : rdiv(plain, BigInt(counting.length));
  };
  const target = targetOf(qq);
  return { value, target, yearTarget: targetOf(0), status: statusOf(value, target, ind.dir, ind.tol) };
}

// A scaled number as the Dutch pages show it: 1.234,5; none is "—".
const dutch = (v, dec) => {
  const t = scaled(v, dec);
  if (t === null) return '—';
  const [i, f] = t.split('.');
  const neg = i.startsWith('-');
  const g = (neg ? i.slice(1) : i).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '-' : '') + g + (f ? `,${f}` : '');
};

let model, periods, units, ancestors, expected;
function compute() {
  model = loadModel();
  periods = q('SELECT id, year, quarter, year || \'-Q\' || quarter name FROM period ORDER BY year, quarter');
  units = q('SELECT id, name FROM org_unit');
  ancestors = new Map();
  for (const r of q('SELECT ancestor_id a, descendant_id d FROM org_unit_tree')) {
    if (!ancestors.has(r.d)) ancestors.set(r.d, []);
    ancestors.get(r.d).push(r.a);
  }
  expected = new Map();   // period name -> { ind: Map, prog, effect, perf, unit: Map id -> statuses[] }
  for (const p of periods) {
    const e = { ind: new Map(), prog: new Map(), effect: new Map(), perf: new Map(), unit: new Map() };
    const push = (m, k, s) => { if (k === null || k === undefined) return; if (!m.has(k)) m.set(k, []); m.get(k).push(s); };
    for (const ind of model.values()) {
      if (ind.year !== p.year) continue;
      const r = calc(ind, p.quarter);
      e.ind.set(ind.code, r);
      push(e.prog, ind.prog, r.status);
      push(e.effect, ind.effect, r.status);
      push(e.perf, ind.perf, r.status);
      // A unit answers for the performances it owns and, as the owning
      // directie, for its programmes' effect indicators; so do its ancestors.
      const owner = ind.perf ? ind.perf_owner : ind.prog_owner;
      const ownerAnc = ancestors.get(owner) || [owner];
      for (const a of ownerAnc) push(e.unit, a, r.status);
      // Every other unit whose units report the indicator counts it too,
      // judged on its own units' figures against their own targets.
      const rep = new Set();
      for (const f of ind.figs) for (const a of ancestors.get(f.unit) || [f.unit]) if (!ownerAnc.includes(a)) rep.add(a);
      for (const a of rep) {
        const inSub = (u) => (ancestors.get(u) || [u]).includes(a);
        const sub = { ...ind, figs: ind.figs.filter((f) => inSub(f.unit)), tgts: ind.tgts.filter((t) => inSub(t.unit)) };
        push(e.unit, a, calc(sub, p.quarter).status);
      }
    }
    expected.set(p.name, e);
  }
}
const counts = (ss = []) => ({ on_track: ss.filter((s) => s === ON).length, at_risk: ss.filter((s) => s === RISK).length,
  off_track: ss.filter((s) => s === OFF).length, no_data: ss.filter((s) => s === NO).length });
const scaled = (v, dec) => {
  if (v === null) return null;
  const neg = v < 0n, a = neg ? -v : v, s = a.toString().padStart(dec + 1, '0');
  return (neg ? '-' : '') + (dec ? `${s.slice(0, -dec)}.${s.slice(-dec)}` : s);
};

test('the rollup API and the overview show the documented statuses of every programme in every period', async () => {
  compute();
  assert.ok(periods.length >= 8);
  for (const p of periods) {
    const e = expected.get(p.name);
    const a = await (await get(`/api/v1/rollup/programmes?period=${p.name}`)).json();
    const html = await (await get(`/dashboard?period=${p.name}`)).text();
    for (const g of a.programmes) {
      const ss = e.prog.get(g.id) || [];
      assert.deepEqual(g.counts, counts(ss), `${p.name} programme ${g.number} counts (API)`);
      assert.equal(g.status, worst(ss), `${p.name} programme ${g.number} status (API)`);
      const row = new RegExp(`<tr data-programme="${g.number}"[^>]*data-status="([a-z_]+)"`).exec(html)
        || new RegExp(`<tr data-programme="${g.number}"[^>]*>`).exec(html);
      assert.ok(row, `${p.name} programme ${g.number} on the overview`);
      const st = /data-status="([a-z_]+)"/.exec(row[0]);
      assert.equal(st && st[1], worst(ss), `${p.name} programme ${g.number} status (overview)`);
    }
  }
});

test('every scorecard and the org-unit API show the documented status in every period', async () => {
  for (const p of periods) {
    const e = expected.get(p.name);
    for (const u of units) {
      const a = await (await get(`/api/v1/rollup/org-units/${u.id}?period=${p.name}`)).json();
      const ss = e.unit.get(u.id) || [];
      assert.deepEqual(a.org_unit.counts, counts(ss), `${p.name} ${u.name} counts (API)`);
      assert.equal(a.org_unit.status, worst(ss), `${p.name} ${u.name} status (API)`);
      for (const c of a.children || [])
        assert.equal(c.status, worst(e.unit.get(c.id) || []), `${p.name} ${c.name} as a child of ${u.name}`);
    }
  }
  // The scorecard pages of one year (every unit, every quarter).
  for (const p of periods.filter((x) => x.year === 2014)) {
    const e = expected.get(p.name);
    for (const u of units) {
      const html = await (await get(`/dashboard/org/${u.id}?period=${p.name}`)).text();
      const m = /<tr data-unit-total="\d+" data-status="([a-z_]*)"/.exec(html);
      const ss = e.unit.get(u.id) || [];
      if (!m) { assert.equal(worst(ss), NO, `${p.name} ${u.name}: a total`); continue; }
      assert.equal(m[1], worst(ss), `${p.name} scorecard of ${u.name}`);
    }
  }
});

// Issue 13: "the Vergunningen scorecard says '0 uit koers' while its
// drill-down shows two".  Vergunningen reports the indicators of
// Publiekszaken's performance 10.1.1; every unit row that a drill-down of
// them shows uit koers is counted uit koers on that unit's scorecard.
test('a unit uit koers on a drill-down is uit koers on its scorecard', async () => {
  const verg = units.find((u) => u.name === 'Vergunningen');
  assert.ok(verg, 'Vergunningen');
  const inds = [...model.values()].filter((i) => i.code.startsWith('2014.10.1.1.'));
  assert.ok(inds.length >= 2);
  let vergOff = 0;
  for (const p of periods.filter((x) => x.year === 2014)) {
    const off = new Map();
    for (const ind of inds) {
      const html = await (await get(`/dashboard/indicators/${ind.id}?period=${p.name}`)).text();
      for (const m of html.matchAll(/<tr data-node="(\d+)"[^>]*>[\s\S]*?<\/tr>/g))
        if (/status-off_track/.test(m[0])) off.set(Number(m[1]), (off.get(Number(m[1])) || 0) + 1);
    }
    for (const [id, n] of off) {
      const a = await (await get(`/api/v1/rollup/org-units/${id}?period=${p.name}`)).json();
      assert.ok(a.org_unit.counts.off_track >= n, `${p.name} unit ${id}: ${n} uit koers on the drill-down`);
      assert.equal(a.org_unit.status, OFF, `${p.name} unit ${id} scorecard status`);
      const html = await (await get(`/dashboard/org/${id}?period=${p.name}`)).text();
      assert.match(html, /<tr data-unit-total="\d+" data-status="off_track"/, `${p.name} scorecard of unit ${id}`);
    }
    vergOff += off.get(verg.id) || 0;
  }
  // The demo has Vergunningen uit koers on 2014.10.1.1.1 in 2014-Q1.
  assert.ok(vergOff >= 1, 'Vergunningen is uit koers on a drill-down in 2014');
});

test('the programme dashboards show the documented indicator and summary statuses', async () => {
  for (const p of periods.filter((x) => x.year === 2014)) {
    const e = expected.get(p.name);
    const a = await (await get(`/api/v1/rollup/programmes?period=${p.name}`)).json();
    for (const g of a.programmes) {
      const html = await (await get(`/dashboard/programmes/${g.id}?period=${p.name}`)).text();
      const dd = /<dd data-status="([a-z_]*)"/.exec(html);
      assert.equal(dd[1], worst(e.prog.get(g.id) || []), `${p.name} programme ${g.number} dashboard`);
      for (const m of html.matchAll(/<tr data-indicator="(\d+)">[\s\S]*?<\/tr>/g)) {
        const ind = model.get(Number(m[1]));
        const st = /class="status status-([a-z_]+)"/.exec(m[0]);
        const x = e.ind.get(ind.code);
        assert.equal(st[1], x.status, `${p.name} ${ind.code} on the dashboard`);
        const cells = [...m[0].matchAll(/<td class="num"[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]);
        assert.equal(cells[0], dutch(x.target, ind.dec), `${p.name} ${ind.code} target on the dashboard`);
        assert.equal(cells[1], dutch(x.value, ind.dec), `${p.name} ${ind.code} value on the dashboard`);
      }
    }
  }
});

async function post(p, fields, from) {
  const html = await (await get(from, griffie)).text();
  const csrf = /name="csrf" value="([^"]*)"/.exec(html)[1];
  return fetch(srv.base + p, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: griffie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, ...fields }).toString(),
  });
}

function parseCsv(text) {
  const rows = [];
  let row = [], f = '', i = 0, quoted = false;
  for (; i < text.length; i++) {
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

test('a report of every period says in JSON and CSV what the rules say: values, both targets, every status', async () => {
  for (const p of periods) {
    const e = expected.get(p.name);
    const r = await post('/reports', { period: String(p.id), kind: 'voortgangsrapportage', title: `Differentieel ${p.name}` }, '/reports/new');
    assert.equal(r.status, 303, `${p.name}: report created`);
    const id = /\/reports\/(\d+)$/.exec(r.headers.get('location'))[1];
    const doc = await (await get(`/reports/${id}/export.json`, griffie)).json();
    const all = [];
    for (const g of doc.programmes) {
      const gs = [];
      for (const ef of g.effects) {
        const es = [];
        const check = (ri) => {
          const x = e.ind.get(ri.code);
          const ind = [...model.values()].find((i) => i.code === ri.code);
          assert.equal(ri.value, scaled(x.value, ind.dec), `${p.name} ${ri.code} value`);
          assert.equal(ri.target, scaled(x.target, ind.dec), `${p.name} ${ri.code} target`);
          assert.equal(ri.year_target, scaled(x.yearTarget, ind.dec), `${p.name} ${ri.code} year target`);
          assert.equal(ri.status, x.status, `${p.name} ${ri.code} status`);
          es.push(ri.status);
        };
        for (const ri of ef.indicators) check(ri);
        for (const pf of ef.performances) {
          const before = es.length;
          for (const ri of pf.indicators) check(ri);
          assert.equal(pf.status, worst(es.slice(before)), `${p.name} performance ${g.number}.${ef.number}.${pf.number}`);
        }
        assert.equal(ef.status, worst(es), `${p.name} effect ${g.number}.${ef.number}`);
        gs.push(...es);
      }
      assert.equal(g.status, worst(gs), `${p.name} programme ${g.number} in the report`);
      all.push(...gs);
    }
    assert.equal(doc.status, worst(all), `${p.name}: the report cover "Alle programma's"`);
    const csv = parseCsv(await (await get(`/reports/${id}/export.csv`, griffie)).text());
    const head = csv[0];
    const col = (n) => head.indexOf(n);
    for (const row of csv.slice(1)) {
      if (row.length < head.length || !row[col('code')]) continue;
      const x = e.ind.get(row[col('code')]);
      if (!x) continue;
      assert.equal(row[col('status')], x.status, `${p.name} ${row[col('code')]} status (CSV)`);
      assert.equal(row[col('target')] === '', x.target === null, `${p.name} ${row[col('code')]} target shown (CSV)`);
      assert.equal(row[col('year_target')] === '', x.yearTarget === null, `${p.name} ${row[col('code')]} year target shown (CSV)`);
    }
  }
});

// ---- page-level invariants ---------------------------------------------
const STATUS_RE = /class="status status-([a-z_]+)"/g;
// The statuses of a piece of markup, without last year's comparison rows.
const statusesIn = (html) => [...html.replace(/<(tr|dd)[^>]*class="yoy"[\s\S]*?<\/\1>/g, '')
  .matchAll(STATUS_RE)].map((m) => m[1]);

function invariants(path, html) {
  const bad = [];
  const main = (/<main[\s\S]*<\/main>/.exec(html) || [html])[0];
  const check = (what, summary, items) => {
    if (summary === undefined || items.length === 0) return;
    // Never better than an item under it (an effect's heading also covers
    // performances shown further down, so it may be worse than its rows).
    if (RANK[summary] < RANK[worst(items)] || (summary === ON && items.some((s) => s === RISK || s === OFF)))
      bad.push(`${path}: ${what} says ${summary}, the items under it ${JSON.stringify(counts(items))}`);
  };
  if (/^\/dashboard\/org\/\d+/.test(path)) {
    const total = /<tr data-unit-total[\s\S]*?<\/tr>/.exec(main);
    const own = /<table class="dash" id="own-table">[\s\S]*?<\/table>/.exec(main);
    const kids = /<table class="dash" id="children-table">[\s\S]*?<\/table>/.exec(main);
    if (total) {
      const s = statusesIn(total[0])[0];
      // The unit's total is never better than anything under it on the page.
      const items = [...(own ? statusesIn(own[0]) : []), ...(kids ? statusesIn(kids[0]) : [])];
      if (s === ON && items.some((x) => x !== ON && x !== NO)) bad.push(`${path}: total op koers over ${JSON.stringify(counts(items))}`);
      if (RANK[s] < RANK[worst(items)]) bad.push(`${path}: total ${s} better than an item (${worst(items)})`);
    }
  } else if (/^\/dashboard\/programmes\/\d+/.test(path)) {
    const dd = /<dd data-status="([a-z_]*)"/.exec(main);
    const body = main.slice(main.indexOf('</dl>'));
    for (const sec of body.matchAll(/<section class="(effect|performance)"[\s\S]*?<\/section>/g)) {
      const ss = statusesIn(sec[0]);
      check(`${sec[1]} heading`, ss[0], ss.slice(1));
    }
    if (dd) check('programme', dd[1], statusesIn(body.slice(0, body.indexOf('id="w3"') > 0 ? body.indexOf('id="w3"') : undefined)));
  } else if (/^\/reports\/\d+(\/preview|\/versions\/\d+)?$/.test(path) || /^\/reports\/\d+\/preview/.test(path)) {
    const cover = /<section id="summary"[\s\S]*?<\/section>/.exec(main);
    if (cover) {
      const ss = statusesIn(cover[0]);
      const foot = /<tfoot>[\s\S]*?<\/tfoot>/.exec(cover[0]);
      const rows = statusesIn(cover[0].replace(/<tfoot>[\s\S]*?<\/tfoot>/, '')).slice(1);
      check('the cover', ss[0], rows);
      if (foot) check('the total row', statusesIn(foot[0])[0], rows);
    }
    for (const sec of main.matchAll(/<section class="programme"[\s\S]*?<\/section>/g)) {
      const ss = statusesIn(sec[0]);
      check('a programme', ss[0], ss.slice(1));
    }
  }
  return bad;
}

test('on every crawled page a summary status is the worst of the items under it', async () => {
  if (!periods) compute();
  // A report of the period the issue names, so the crawl reaches a document.
  const r = await post('/reports', { period: String(periods.find((p) => p.name === '2014-Q3').id),
    kind: 'voortgangsrapportage', title: 'Invarianten 2014-Q3' }, '/reports/new');
  assert.equal(r.status, 303);
  const id = /\/reports\/(\d+)$/.exec(r.headers.get('location'))[1];
  const bad = [];
  let checked = 0;
  const extra = [`/reports/${id}/preview`];
  for (const p of periods.filter((x) => x.year === 2014)) {
    extra.push(`/dashboard?period=${p.name}`);
    for (const u of units) extra.push(`/dashboard/org/${u.id}?period=${p.name}`);
  }
  for (const p of extra) {
    const html = await (await get(p, p.startsWith('/reports') ? griffie : cmt)).text();
    bad.push(...invariants(p, html)); checked++;
  }
  for (const page of await crawl(srv.base, cmt, { perShape: 12 })) {
    if (page.status !== 200 || !page.type.startsWith('text/html')) continue;
    bad.push(...invariants(page.path, page.body)); checked++;
  }
  assert.ok(checked > 100, `${checked} pages`);
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} pages break the rule`);
});
