// differential.test.mjs: a second, deliberately simple implementation of
// the rollup rules of docs/rollup-rules.md, written here over the raw
// tables (read with `sqlite3 -json`), NOT with the product's rollup code.
// It recomputes every indicator's value, quarter target, year target and
// status and every summary status (programme, effect, performance, org
// unit, the whole report) for every period of the demo, and compares them
// with the overview, the programme dashboards, the scorecards, the rollup
// API and a report's JSON and CSV export.  The same for money: every line,
// programme, effect and org unit's budget to date of the reported lines,
// realisation, deviation, "n van m regels gerapporteerd" and forecast
// against the year budget, and the deviation register (which lines, their
// amounts and percentages, the sums per programme), from the cost table.  A page and the API reading the
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

// ---- money: the finance rule and the deviation register, simply -------
// docs/rollup-rules.md, "Rolling up costs": a line is one performance in
// one quarter of its programme's year; it has reported when its cost row
// has a realised amount.  Budget to date, realised and the deviation are
// over the reported lines; the year budget over all; the forecast against
// the year budget of the lines with a forecast.
const abs = (x) => (x < 0n ? -x : x);
let fin;
function computeFinance() {
  if (!periods) compute();
  const thr = Object.fromEntries(q(`SELECT key, value FROM setting WHERE key LIKE 'cost_deviation_threshold_%'`).map((r) => [r.key, BigInt(r.value)]));
  const bp = thr.cost_deviation_threshold_bp, cents = thr.cost_deviation_threshold_cents;
  const perfs = q(`SELECT pf.id, pf.number, pf.budget_cents yb, pf.org_unit_id owner, pf.effect_id effect,
      e.number enumber, e.programme_id prog, g.number gnumber, g.year
    FROM performance pf JOIN effect e ON e.id = pf.effect_id JOIN programme g ON g.id = e.programme_id
    ORDER BY g.number, e.number, pf.number`);
  const cost = new Map(q('SELECT performance_id perf, period_id period, budget_cents b, realised_cents r, forecast_cents f FROM cost')
    .map((c) => [`${c.perf}/${c.period}`, c]));
  // status_cost() of the rules: the deviation, its basis points and
  // whether it needs an explanation (above both thresholds).
  const judge = (budget, actual) => {
    const dev = actual - budget;
    const pct = budget !== 0n ? rdiv(dev * 10000n, abs(budget)) : null;
    const overPct = budget === 0n || abs(dev) * 10000n > abs(budget) * (bp < 0n ? 0n : bp);
    return { dev, pct, needs: dev !== 0n && overPct && abs(dev) >= (cents < 0n ? 0n : cents) };
  };
  const total = (lines) => {
    const rep = lines.filter((l) => l.rep), fc = lines.filter((l) => l.forecast !== null);
    const t = {
      lines: lines.length, reported: rep.length, forecasts: fc.length,
      yearBudget: lines.reduce((a, l) => a + l.yb, 0n),
      budget: rep.reduce((a, l) => a + l.budget, 0n),
      realised: rep.length ? rep.reduce((a, l) => a + l.realised, 0n) : null,
      forecast: fc.length ? fc.reduce((a, l) => a + l.forecast, 0n) : null,
      ybForecast: fc.reduce((a, l) => a + l.yb, 0n),
    };
    t.dev = rep.length ? judge(t.budget, t.realised) : null;
    t.fdev = fc.length ? judge(t.ybForecast, t.forecast) : null;
    return t;
  };
  fin = new Map();
  for (const p of periods) {
    const lines = perfs.filter((f) => f.year === p.year).map((f) => {
      const c = cost.get(`${f.id}/${p.id}`);
      const rep = !!c && c.r !== null;
      return { ...f, yb: BigInt(f.yb), rep, budget: rep ? BigInt(c.b) : 0n, realised: rep ? BigInt(c.r) : null,
        forecast: c && c.f !== null ? BigInt(c.f) : null };
    });
    const by = (key) => { const m = new Map(); for (const l of lines) { const k = key(l); if (!m.has(k)) m.set(k, []); m.get(k).push(l); } return m; };
    const e = { total: total(lines), prog: new Map(), effect: new Map(), perf: new Map(), unit: new Map(), register: [],
      byNumber: new Map(lines.map((l) => [`${l.gnumber}.${l.enumber}.${l.number}`, l.id])) };
    for (const [k, ls] of by((l) => l.prog)) e.prog.set(k, total(ls));
    for (const [k, ls] of by((l) => l.effect)) e.effect.set(k, total(ls));
    for (const l of lines) e.perf.set(l.id, total([l]));
    // An org unit: the lines of the performances it or a unit below it owns.
    for (const u of units) e.unit.set(u.id, total(lines.filter((l) => (ancestors.get(l.owner) || [l.owner]).includes(u.id))));
    // The register: every reported line whose deviation needs an explanation.
    for (const l of lines) {
      const t = e.perf.get(l.id);
      if (t.dev && t.dev.needs) e.register.push({ id: l.id, gnumber: l.gnumber, dev: t.dev.dev, pct: t.dev.pct });
    }
    fin.set(p.name, e);
  }
}
const S = (x) => (x === null || x === undefined ? null : String(x));
const pct2 = (bpv) => (bpv === null ? null : scaled(bpv, 2));
// The API's finance object against the rule.
function checkApiFinance(where, f, t) {
  assert.deepEqual({
    budget: S(f.budget_cents), year_budget: S(f.year_budget_cents), realised: S(f.realised_cents),
    forecast: S(f.forecast_cents), deviation: S(f.deviation_cents), deviation_pct: f.deviation_pct,
    needs: f.needs_explanation, fdev: S(f.forecast_deviation_cents), fdev_pct: f.forecast_deviation_pct,
    parts: f.parts, reported: f.parts_realised, forecasts: f.parts_forecast,
  }, {
    budget: S(t.budget), year_budget: S(t.yearBudget), realised: S(t.realised), forecast: S(t.forecast),
    deviation: S(t.dev && t.dev.dev), deviation_pct: t.dev ? pct2(t.dev.pct) : null, needs: !!(t.dev && t.dev.needs),
    fdev: S(t.fdev && t.fdev.dev), fdev_pct: t.fdev ? pct2(t.fdev.pct) : null,
    parts: t.lines, reported: t.reported, forecasts: t.forecasts,
  }, `${where} (API finance)`);
}
// The money cells of a table row: { field: { cents, bp } }.
function moneyCells(row) {
  const out = {};
  for (const c of row.matchAll(/<td class="num(?: yoy)?"((?: data-[a-z]+="[^"]*")*) data-field="([a-z_]+)">/g)) {
    const cents = /data-cents="(-?\d*)"/.exec(c[1]);
    const bpv = /data-bp="(-?\d*)"/.exec(c[1]);
    out[c[2]] = { cents: cents ? (cents[1] === '' ? null : cents[1]) : undefined, bp: bpv ? (bpv[1] === '' ? null : bpv[1]) : undefined };
  }
  return out;
}
// A row of a page against the rule: every money column it shows, and the
// "n van m regels gerapporteerd" marker exactly when lines are missing.
function checkRow(where, row, t, { marker = true, line = false } = {}) {
  const c = moneyCells(row);
  const want = {
    // The budget to date of no reported line is 0 in data-cents and "—" as text.
    year_budget: S(t.yearBudget), budget: S(t.budget), realised: S(t.realised),
    forecast: S(t.forecast), deviation: S(t.dev && t.dev.dev), forecast_deviation: S(t.fdev && t.fdev.dev),
  };
  for (const [k, v] of Object.entries(want)) if (c[k] && c[k].cents !== undefined) assert.equal(c[k].cents, v, `${where}: ${k}`);
  if (c.deviation_pct) assert.equal(c.deviation_pct.bp, t.dev && t.dev.pct !== null ? S(t.dev.pct) : null, `${where}: deviation %`);
  assert.ok(Object.keys(c).length > 0, `${where}: money shown`);
  if (!marker) return;
  const txt = row.replace(/<[^>]+>/g, '');
  // A line of its own says "niet gerapporteerd"; a total "n van m".
  if (line && t.reported === 0) assert.ok(txt.includes('(niet gerapporteerd)'), `${where}: niet gerapporteerd`);
  else if (t.reported < t.lines) assert.ok(txt.includes(`(${t.reported} van ${t.lines} regels gerapporteerd)`), `${where}: ${t.reported} van ${t.lines}`);
  else assert.ok(!txt.includes('regels gerapporteerd'), `${where}: no marker when every line reported`);
}

test('money: the rollup API gives every programme, effect and org unit the documented finance in every period', async () => {
  computeFinance();
  let n = 0;
  for (const p of periods) {
    const e = fin.get(p.name);
    const a = await (await get(`/api/v1/rollup/programmes?period=${p.name}`)).json();
    for (const g of a.programmes) {
      checkApiFinance(`${p.name} programme ${g.number}`, g.finance, e.prog.get(g.id));
      const one = await (await get(`/api/v1/rollup/programmes/${g.id}?period=${p.name}`)).json();
      checkApiFinance(`${p.name} programme ${g.number} (one)`, one.programme.finance, e.prog.get(g.id));
      for (const ef of one.effects) { checkApiFinance(`${p.name} effect ${g.number}.${ef.number}`, ef.finance, e.effect.get(ef.id)); n++; }
    }
    for (const u of units) {
      const o = await (await get(`/api/v1/rollup/org-units/${u.id}?period=${p.name}`)).json();
      checkApiFinance(`${p.name} ${u.name}`, o.org_unit.finance, e.unit.get(u.id));
      for (const c of o.children || []) checkApiFinance(`${p.name} ${c.name} under ${u.name}`, c.finance, e.unit.get(c.id));
      n++;
    }
  }
  assert.ok(n > 100, `${n} nodes`);
});

test('money: the overview, the programme dashboards and the scorecards show the documented finance in every period', async () => {
  if (!fin) computeFinance();
  let partial = 0;
  for (const p of periods) {
    const e = fin.get(p.name);
    const over = await (await get(`/dashboard?period=${p.name}`)).text();
    const progs = q(`SELECT id, number FROM programme WHERE year = ${p.year}`);
    for (const g of progs) {
      const t = e.prog.get(g.id);
      if (!t) continue;
      const row = new RegExp(`<tr data-programme="${g.number}" data-id="${g.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(over);
      assert.ok(row, `${p.name} programme ${g.number} on the overview`);
      checkRow(`${p.name} overview programme ${g.number}`, row[1].replace(/<td class="num yoy"[\s\S]*$/, ''), t);
      if (t.reported < t.lines) partial++;
      const html = await (await get(`/dashboard/programmes/${g.id}?period=${p.name}`)).text();
      const table = /<table class="dash" id="finance-table">([\s\S]*?)<\/table>/.exec(html);
      assert.ok(table, `${p.name} programme ${g.number}: a finance table`);
      const rows = [...table[1].matchAll(/<tr data-perf-cost="(\d+)">([\s\S]*?)<\/tr>/g)];
      assert.equal(rows.length, t.lines, `${p.name} programme ${g.number}: every line`);
      for (const r of rows) checkRow(`${p.name} line ${r[1]}`, r[2], e.perf.get(Number(r[1])), { line: true });
      const tot = /<tr data-total="1"[^>]*>([\s\S]*?)<\/tr>/.exec(table[1]);
      checkRow(`${p.name} programme ${g.number} total`, tot[1], t);
    }
  }
  assert.ok(partial > 0, 'the demo has totals with missing lines');
  for (const p of periods.filter((x) => x.year === 2014)) {
    const e = fin.get(p.name);
    for (const u of units) {
      const html = await (await get(`/dashboard/org/${u.id}?period=${p.name}`)).text();
      const tot = /<tr data-unit-total="\d+"[^>]*>([\s\S]*?)<\/tr>/.exec(html);
      const t = e.unit.get(u.id);
      if (t.lines === 0) continue;
      assert.ok(tot, `${p.name} scorecard of ${u.name}: a total`);
      checkRow(`${p.name} scorecard of ${u.name}`, tot[1], t);
      for (const c of html.matchAll(/<tr data-child="(\d+)">([\s\S]*?)<\/tr>/g))
        if (e.unit.get(Number(c[1])).lines > 0) checkRow(`${p.name} ${u.name} child ${c[1]}`, c[2], e.unit.get(Number(c[1])));
    }
  }
});

test('money: the deviation register lists exactly the lines above both thresholds, with their amounts and per-programme sums', async () => {
  if (!fin) computeFinance();
  let rows = 0;
  for (const p of periods) {
    const e = fin.get(p.name);
    const html = await (await get(`/dashboard/deviations?period=${p.name}`)).text();
    assert.doesNotMatch(html, /class="pager"/, 'the demo register fits one page');
    const seen = [...html.matchAll(/<tr data-performance="(\d+)">([\s\S]*?)<\/tr>/g)].map((m) => {
      const dev = /data-cents="(-?\d*)"/.exec(m[2]), b = /data-bp="(-?\d*)"/.exec(m[2]);
      return { id: Number(m[1]), dev: dev[1], pct: b[1] === '' ? null : b[1] };
    });
    assert.deepEqual(seen, e.register.map((x) => ({ id: x.id, dev: S(x.dev), pct: S(x.pct) })), `${p.name}: the register`);
    rows += seen.length;
    // The summary: per programme the count and the net deviation, and the
    // same quarter of last year beside it (by programme number).
    const prev = fin.get(`${p.year - 1}-Q${p.quarter}`);
    const sums = (reg) => { const m = new Map(); for (const x of reg) { const s0 = m.get(x.gnumber) || { n: 0, net: 0n }; s0.n++; s0.net += x.dev; m.set(x.gnumber, s0); } return m; };
    const now = sums(e.register), before = prev ? sums(prev.register) : new Map();
    for (const m of html.matchAll(/<tr data-number="(\d+)">([\s\S]*?)<\/tr>/g)) {
      const num = Number(m[1]);
      const c = (f) => new RegExp(`data-field="${f}">([^<]*)<`).exec(m[2]);
      const net = (f) => new RegExp(`data-cents="(-?\\d*)" data-field="${f}"`).exec(m[2]);
      const want = now.get(num) || { n: 0, net: 0n };
      assert.equal(Number(c('count')[1]), want.n, `${p.name} programme ${num}: count`);
      assert.equal(net('net')[1], want.n ? String(want.net) : '', `${p.name} programme ${num}: net`);
      if (prev && c('prev_count')) {
        const w = before.get(num) || { n: 0, net: 0n };
        assert.equal(Number(c('prev_count')[1]), w.n, `${p.name} programme ${num}: count last year`);
        assert.equal(net('prev_net')[1], w.n ? String(w.net) : '', `${p.name} programme ${num}: net last year`);
      }
    }
    for (const num of now.keys()) assert.match(html, new RegExp(`<tr data-number="${num}">`), `${p.name}: programme ${num} in the summary`);
  }
  assert.ok(rows > 0, 'the demo has deviations above the thresholds');
});

test('money: a report of every period gives every line, programme and the whole the documented finance', async () => {
  if (!fin) computeFinance();
  for (const p of periods) {
    const e = fin.get(p.name);
    const r = await post('/reports', { period: String(p.id), kind: 'voortgangsrapportage', title: `Geld ${p.name}` }, '/reports/new');
    assert.equal(r.status, 303);
    const id = /\/reports\/(\d+)$/.exec(r.headers.get('location'))[1];
    const doc = await (await get(`/reports/${id}/export.json`, griffie)).json();
    const money = (where, m, t) => assert.deepEqual({
      year_budget: S(m.year_budget_cents), budget: t.reported ? S(m.budget_cents) : null, realised: S(m.realised_cents),
      forecast: S(m.forecast_cents), deviation: S(m.deviation_cents), bp: S(m.deviation_bp),
      needs: !!m.needs_explanation, lines: m.lines, reported: m.lines_reported,
    }, {
      year_budget: S(t.yearBudget), budget: t.reported ? S(t.budget) : null, realised: S(t.realised),
      forecast: S(t.forecast), deviation: S(t.dev && t.dev.dev), bp: S(t.dev && t.dev.pct),
      needs: !!(t.dev && t.dev.needs), lines: t.lines, reported: t.reported,
    }, `${where} (report JSON)`);
    money(`${p.name} report`, doc.money, e.total);
    for (const g of doc.programmes) {
      money(`${p.name} programme ${g.number}`, g.money, e.prog.get(g.id));
      for (const ef of g.effects) for (const pf of ef.performances) {
        const key = `${g.number}.${ef.number}.${pf.number}`;
        assert.ok(e.byNumber.has(key), `${p.name} line ${key}`);
        money(`${p.name} line ${key}`, pf.money, e.perf.get(e.byNumber.get(key)));
      }
    }
    // The CSV: every cost line and every total row, in euros with cents.
    const eur = (c) => (c === null ? '' : scaled(c, 2));
    const csv = parseCsv(await (await get(`/reports/${id}/export.csv`, griffie)).text());
    const col = (n) => csv[0].indexOf(n);
    const byNum = new Map(doc.programmes.map((g) => [String(g.number), g.id]));
    let totals = 0;
    for (const row of csv.slice(1)) {
      const kind = row[col('kind')];
      let t;
      if (kind === 'cost') t = e.perf.get(e.byNumber.get(`${row[col('programme_number')]}.${row[col('effect_number')]}.${row[col('performance_number')]}`));
      else if (kind === 'programme_total') { t = e.prog.get(byNum.get(row[col('programme_number')])); totals++; }
      else if (kind === 'total') t = e.total;
      else continue;
      const where = `${p.name} CSV ${kind} ${row[col('programme_number')]}.${row[col('effect_number')]}.${row[col('performance_number')]}`;
      assert.ok(t, where);
      assert.deepEqual([row[col('target')], row[col('year_target')], row[col('realised')], row[col('forecast')], row[col('deviation')],
        row[col('lines')], row[col('lines_reported')]],
      [t.reported ? eur(t.budget) : '', eur(t.yearBudget), eur(t.realised), eur(t.forecast), eur(t.dev && t.dev.dev),
        String(t.lines), String(t.reported)], where);
    }
    assert.equal(totals, doc.programmes.length, `${p.name}: a CSV total row per programme`);
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
