// dashboard_paging.test.mjs: at the scale of a large city the long lists of
// the dashboards come in pages ("Vorige / Volgende", "pagina 2 van 3", a
// count): the programme's performances (across the programme and per
// effect), the deviation register and the units that have not submitted.
// Walking the pages shows every item exactly once, the totals stay those
// of the whole programme, every page passes tidy; at the demo's scale
// nothing is paged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { startServer, demoDb } from './server.mjs';
import { login } from './session.mjs';

const PER_PAGE = 25;
const ROWS_PER_PAGE = 50;
let srv;
let cookie;
let db;
const sql = (q) => execFileSync('sqlite3', [db, q]).toString().trim();
const ids = (q) => sql(q).split('\n').filter(Boolean).map(Number);

before(async () => {
  // Scale 4: up to 24 performances per effect, 72 per programme.
  db = demoDb(['--scale', '4']);
  // Lower thresholds (5 %, EUR 10,000): a register of several pages.
  sql(`UPDATE setting SET value = '1000000' WHERE key = 'cost_deviation_threshold_cents'`);
  sql(`UPDATE setting SET value = '500' WHERE key = 'cost_deviation_threshold_bp'`);
  srv = await startServer({ db });
  cookie = await login(srv.base, 'cmt');
});
after(async () => {
  await srv.stop();
  rmSync(path.dirname(db), { recursive: true, force: true });
});

async function page(p) {
  const r = await fetch(srv.base + p, { headers: { cookie } });
  return { status: r.status, html: await r.text() };
}
function tidyErrors(html) {
  const r = spawnSync('tidy', ['-q', '-errors', '--show-warnings', 'no', '-utf8'], { input: html });
  return r.status >= 2 ? r.stderr.toString() : '';
}
const unamp = (s) => s.replace(/&amp;/g, '&');
// The "Volgende" link of the first pager on the page, or null.
function next(html) {
  const m = /<a rel="next" href="([^"]*)">/.exec(html);
  return m ? unamp(m[1]).replace(/#.*$/, '') : null;
}
function pagerText(html) {
  const m = /<nav class="pager"[^>]*>\s*<p>([^<]*)<\/p>/.exec(html);
  return m ? m[1] : null;
}

// Walk from first by the "Volgende" links; returns the pages' html.
async function walk(first) {
  const pages = [];
  for (let p = first; p !== null; ) {
    const { status, html } = await page(p);
    assert.equal(status, 200, p);
    pages.push(html);
    assert.ok(pages.length < 100, 'the pages end');
    p = next(html);
  }
  return pages;
}

const perfIds = (html) => [...html.matchAll(/<section class="performance" aria-labelledby="p(\d+)">/g)]
  .map((m) => Number(m[1]));

// The 2014 programme with the most performances, and its effects.
function biggestProgramme() {
  const [pid] = ids(`SELECT g.id FROM programme g JOIN effect e ON e.programme_id = g.id
    JOIN performance pf ON pf.effect_id = e.id WHERE g.year = 2014
    GROUP BY g.id ORDER BY count(*) DESC, g.id LIMIT 1`);
  return pid;
}

test('a programme\'s performances come 25 a page and walking the pages shows each exactly once', async () => {
  const pid = biggestProgramme();
  const want = ids(`SELECT pf.id FROM performance pf JOIN effect e ON e.id = pf.effect_id
    WHERE e.programme_id = ${pid} ORDER BY e.number, pf.number`);
  assert.ok(want.length > 2 * PER_PAGE, `programme ${pid} needs three pages or more (${want.length})`);
  const pages = await walk(`/dashboard/programmes/${pid}?period=2014-Q2`);
  const npages = Math.ceil(want.length / PER_PAGE);
  assert.equal(pages.length, npages);
  const seen = pages.flatMap(perfIds);
  assert.deepEqual(seen, want, 'every performance once, in effect and number order');
  pages.forEach((html, i) => {
    const on = perfIds(html).length;
    assert.ok(on <= PER_PAGE && on > 0);
    assert.match(pagerText(html), new RegExp(`^pagina ${i + 1} van ${npages}; ${i * PER_PAGE + 1}–${i * PER_PAGE + on} van ${want.length}$`));
    assert.match(html, new RegExp(`<span data-total="${want.length}">${want.length}</span> prestaties`));
    assert.equal(/rel="prev"/.test(html), i > 0, 'Vorige from page 2 on');
    assert.equal(/rel="next"/.test(html), i < npages - 1, 'no Volgende on the last page');
    assert.equal(tidyErrors(html), '', `page ${i + 1} passes tidy`);
    // The effects and their indicators are on every page.
    assert.equal((html.match(/<section class="effect"/g) || []).length,
      Number(sql(`SELECT count(*) FROM effect WHERE programme_id = ${pid}`)));
    // A budget row per performance of the page (the demo costs them all),
    // and the programme total beneath on every page.
    const rows = (html.match(/<tbody>[\s\S]*?<\/tbody>/g) || []).pop();
    assert.equal((rows.match(/<tr data-perf-cost="\d+">/g) || []).length, on, 'a finance row per performance on the page');
  });
  const totals = pages.map((h) => /<tr data-total="1"[^>]*>[\s\S]*?<\/tr>/.exec(h)[0]);
  assert.ok(totals.every((t) => t === totals[0]), 'the programme total is the same on every page');
  const api = await (await fetch(`${srv.base}/api/v1/rollup/programmes/${pid}?period=2014-Q2`, { headers: { cookie } })).json();
  assert.match(totals[0], new RegExp(`data-cents="${api.programme.finance.budget_cents}" data-field="budget"`),
    'the total is the rollup API\'s');
});

test('the performances of one effect page by themselves', async () => {
  const pid = biggestProgramme();
  for (const eid of ids(`SELECT id FROM effect WHERE programme_id = ${pid} ORDER BY number`)) {
    const want = ids(`SELECT id FROM performance WHERE effect_id = ${eid} ORDER BY number`);
    const first = await page(`/dashboard/programmes/${pid}?period=2014-Q2`);
    assert.match(first.html, new RegExp(`data-effect-link="${eid}">[^<]*\\(${want.length}\\)</a>`),
      'the effect links to its performances with their number');
    const pages = await walk(`/dashboard/programmes/${pid}?period=2014-Q2&effect=${eid}`);
    assert.equal(pages.length, Math.max(1, Math.ceil(want.length / PER_PAGE)));
    assert.deepEqual(pages.flatMap(perfIds), want, `effect ${eid}: each performance once`);
  }
  const other = ids(`SELECT e.id FROM effect e WHERE e.programme_id <> ${pid} LIMIT 1`)[0];
  assert.equal((await page(`/dashboard/programmes/${pid}?period=2014-Q2&effect=${other}`)).status, 404,
    'an effect of another programme is not found');
});

test('a page number past the end or not a number shows the last or the first page', async () => {
  const pid = biggestProgramme();
  const base = `/dashboard/programmes/${pid}?period=2014-Q2`;
  const last = await walk(base).then((p) => p[p.length - 1]);
  assert.deepEqual(perfIds((await page(`${base}&page=999`)).html), perfIds(last));
  const first = (await page(base)).html;
  for (const bad of ['0', '-1', 'x', '1e3', '']) {
    assert.deepEqual(perfIds((await page(`${base}&page=${bad}`)).html), perfIds(first), `page=${bad}`);
  }
});

test('the deviation register pages by 50 and lists every deviation above both thresholds once', async () => {
  const period = sql(`SELECT id FROM period WHERE year = 2014 AND quarter = 2`);
  const bp = Number(sql(`SELECT value FROM setting WHERE key = 'cost_deviation_threshold_bp'`));
  const cents = Number(sql(`SELECT value FROM setting WHERE key = 'cost_deviation_threshold_cents'`));
  // status_cost() in integers: the SQL prefilter must lose none of them.
  const want = ids(`SELECT c.performance_id FROM cost c JOIN performance pf ON pf.id = c.performance_id
    JOIN effect e ON e.id = pf.effect_id JOIN programme g ON g.id = e.programme_id
    WHERE c.period_id = ${period} AND c.realised_cents IS NOT NULL
    AND abs(c.realised_cents - c.budget_cents) >= max(${cents}, 1)
    AND (c.budget_cents = 0 OR abs(c.realised_cents - c.budget_cents) * 10000 > abs(c.budget_cents) * ${bp})
    ORDER BY g.number, e.number, pf.number`);
  assert.ok(want.length > ROWS_PER_PAGE, `more than one page of deviations (${want.length})`);
  const pages = await walk('/dashboard/deviations?period=2014-Q2');
  assert.equal(pages.length, Math.ceil(want.length / ROWS_PER_PAGE));
  const seen = pages.flatMap((h) => [...h.matchAll(/<tr data-performance="(\d+)">/g)].map((m) => Number(m[1])));
  assert.deepEqual(seen, want);
  pages.forEach((html, i) => {
    assert.match(html, new RegExp(`<span data-total="${want.length}">`));
    assert.match(pagerText(html), new RegExp(`^pagina ${i + 1} van ${pages.length};`));
    assert.equal(tidyErrors(html), '', `register page ${i + 1} passes tidy`);
  });
  // The summary: per programme its count and the page of its first one.
  const summary = [...pages[0].matchAll(/<tr data-number="\d+"><th scope="row">[^<]*<\/th><td class="num" data-field="count">(\d+)<\/td>[^\n]*?<td data-programme="(\d+)"><a href="([^"]*)">/g)]
    .map((m) => [m[0], m[2], m[1], m[3]]);
  assert.equal(summary.reduce((n, m) => n + Number(m[2]), 0), want.length);
  for (const m of summary) {
    const { html } = await page(unamp(m[3]).replace(/#.*$/, ''));
    assert.match(html, new RegExp(`<h2 id="g${m[1]}">`), 'the summary links to the page where the programme starts');
  }
});

test('the CMT overview counts the units that have not submitted and pages them', async () => {
  const { status, html } = await page('/dashboard?period=2014-Q3');
  assert.equal(status, 200);
  const total = Number(/<p id="missing-count"><span data-total="(\d+)">/.exec(html)[1]);
  assert.ok(total > 0, 'an open quarter has units that have not submitted');
  const rows = (h) => (/<table class="dash" id="missing-table">[\s\S]*?<\/table>/.exec(h)[0].match(/<tr><th scope="row">/g) || []).length;
  const pages = await walk('/dashboard?period=2014-Q3');
  assert.equal(pages.length, Math.max(1, Math.ceil(total / ROWS_PER_PAGE)));
  assert.equal(pages.reduce((n, h) => n + rows(h), 0), total);
});

test('at the demo\'s scale no dashboard is paged', async () => {
  const demo = await startServer();
  try {
    const c = await login(demo.base, 'cmt');
    const get = async (p) => (await fetch(demo.base + p, { headers: { cookie: c } })).text();
    const progs = await (await fetch(`${demo.base}/api/v1/rollup/programmes?period=2014-Q2`, { headers: { cookie: c } })).json();
    assert.ok(progs.programmes.length > 0);
    for (const p of progs.programmes) {
      const html = await get(`/dashboard/programmes/${p.id}?period=2014-Q2`);
      assert.doesNotMatch(html, /class="pager"/, `programme ${p.number} fits one page`);
      assert.ok(/<section class="performance"/.test(html));
    }
    assert.doesNotMatch(await get('/dashboard/deviations?period=2014-Q2'), /class="pager"/);
    assert.doesNotMatch(await get('/dashboard?period=2014-Q3'), /class="pager"/);
  } finally {
    await demo.stop();
  }
});
