// budget.test.mjs: the municipality's own budget over HTTP (issue 14).
// A begrotingswijziging of +EUR 250.000 on one performance moves the
// actuele begroting of its programme and its org unit by exactly that on
// the next request, the primitieve stays, the deviation register
// recomputes, and both numbers are in the API.  Every refusal (an
// amendment of a concept year, a line edit in an adopted year, bad
// amounts, an unknown taakveld) answers a Dutch message and saves nothing.
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

const get = async (p, cookie = s.cookie) => {
  const r = await fetch(srv.base + p, { headers: { cookie } });
  assert.equal(r.status, 200, p);
  return r.json();
};
const send = (method, p, body) => fetch(srv.base + p, {
  method, body: JSON.stringify(body),
  headers: { cookie: s.cookie, 'X-CSRF-Token': s.csrf, 'Content-Type': 'application/json' },
});

// The road maintenance line of 2014 (structureel lasten), its programme,
// its performance's owning unit.
async function road() {
  const b = await get('/api/v1/budget-lines?year=2014');
  const line = b.lines.find((l) => l.performance.name === 'Onderhoud wegen en kunstwerken' &&
    l.kind === 'lasten' && l.recurrence === 'structureel');
  assert.ok(line, 'the demo has the road maintenance line');
  return { b, line };
}

const progRollup = async (id) => (await get(`/api/v1/rollup/programmes?period=2014-Q3`))
  .programmes.find((p) => p.id === id);
const unitRollup = async (id) => (await get(`/api/v1/rollup/org-units/${id}?period=2014-Q3`)).org_unit;
const deviations = async () => (await fetch(srv.base + '/dashboard/deviations?period=2014-Q3',
  { headers: { cookie: s.cookie } })).text();

test('the demo begroting: lasten, baten and saldo per programme, balanced, with its 2014 amendment', async () => {
  const { b } = await road();
  assert.equal(b.state, 'adopted');
  assert.equal(b.programmes.length, 12);
  const l = b.programmes.reduce((a, p) => a + p.lasten_actueel_cents, 0);
  const bt = b.programmes.reduce((a, p) => a + p.baten_actueel_cents, 0);
  assert.ok(bt > 0 && Math.abs(bt - l) * 100 < l, 'balanced within 1 %');
  assert.ok(b.programmes.filter((p) => p.baten_actueel_cents > 0).length >= 8);
  const a = await get('/api/v1/amendments?year=2014');
  assert.equal(a.amendments.length, 1);
  assert.equal(a.amendments[0].lasten_delta_cents, 25000000);
  // The rollup API carries the budget of every programme.
  const r = await get('/api/v1/rollup/programmes?period=2014-Q3');
  for (const p of r.programmes) {
    assert.equal(typeof p.budget.lasten_primitief_cents, 'number');
    assert.equal(p.budget.lasten_actueel_cents, p.finance.year_budget_cents, `programme ${p.number}`);
  }
});

test('an amendment of +EUR 250.000 moves the actuele begroting of programme and unit by exactly that', async () => {
  const { line } = await road();
  const prog0 = await progRollup(line.programme.id);
  const perf = (await get(`/api/v1/programmes/${line.programme.id}`));
  const owner = perf.effects.flatMap((e) => e.performances).find((p) => p.id === line.performance.id);
  const unitId = owner.owner.id;
  assert.ok(unitId, 'the performance names its unit');
  const unit0 = await unitRollup(unitId);
  const dev0 = await deviations();

  const res = await send('POST', '/api/v1/amendments', {
    year: 2014, decided_on: '2014-09-25', description: '2e begrotingswijziging 2014',
    changes: [{ line_id: line.id, delta: '+\u20ac 250.000' }],
  });
  assert.equal(res.status, 201, await res.clone().text());
  const am = await res.json();
  assert.equal(am.number, 2);
  assert.equal(am.lasten_delta_cents, 25000000);

  const prog1 = await progRollup(line.programme.id);
  assert.equal(prog1.finance.year_budget_cents - prog0.finance.year_budget_cents, 25000000);
  assert.equal(prog1.budget.lasten_actueel_cents - prog0.budget.lasten_actueel_cents, 25000000);
  assert.equal(prog1.budget.lasten_primitief_cents, prog0.budget.lasten_primitief_cents);
  assert.equal(prog1.budget.saldo_actueel_cents - prog0.budget.saldo_actueel_cents, -25000000);
  const unit1 = await unitRollup(unitId);
  assert.equal(unit1.finance.year_budget_cents - unit0.finance.year_budget_cents, 25000000);
  // The budget through Q3 follows (the phasing scales with the year: 3/4
  // of the change), so the deviation of the reported lines moves with it.
  const moved = prog1.finance.budget_cents - prog0.finance.budget_cents;
  assert.ok(Math.abs(moved - 18750000) <= 1, `budget t/m Q3 moved ${moved}`);
  assert.equal(prog1.finance.deviation_cents, prog0.finance.deviation_cents - moved);
  assert.equal(unit1.finance.deviation_cents, unit0.finance.deviation_cents - moved);
  // The register: road maintenance was within the threshold; a large
  // amendment puts it above (underspending beyond 10 % and EUR 25.000).
  assert.ok(!dev0.includes('Onderhoud wegen en kunstwerken'));
  const big = await send('POST', '/api/v1/amendments', {
    year: 2014, decided_on: '2014-09-26', description: '3e begrotingswijziging 2014',
    changes: [{ line_id: line.id, delta_cents: 500000000 }],
  });
  assert.equal(big.status, 201);
  assert.ok((await deviations()).includes('Onderhoud wegen en kunstwerken'),
    'the deviation register recomputes');

  const after1 = await get(`/api/v1/budget-lines/${line.id}`);
  assert.equal(after1.primitief_cents, line.primitief_cents);
  assert.equal(after1.actueel_cents, line.actueel_cents + 25000000 + 500000000);
  assert.deepEqual(after1.history.map((h) => h.number), [1, 2, 3]);
  assert.equal(after1.history[1].delta_cents, 25000000);
});

test('refusals: nothing is saved, a Dutch message says why', async () => {
  const { line } = await road();
  const before1 = await get('/api/v1/budget-lines?year=2014');
  const am0 = (await get('/api/v1/amendments?year=2015')).amendments.length;
  const b15 = await get('/api/v1/budget-lines?year=2015');
  const refuse = async (method, path, body, status, code) => {
    const r = await send(method, path, body);
    const j = await r.json();
    assert.equal(r.status, status, `${method} ${path}: ${JSON.stringify(j)}`);
    assert.equal(j.error.code, code);
    assert.ok(j.error.message.length > 10);
    return j;
  };
  // An amendment of a concept year.
  await refuse('POST', '/api/v1/amendments', { year: 2015, decided_on: '2015-03-01', description: 'x',
    changes: [{ line_id: b15.lines[0].id, delta: '1.000' }] }, 409, 'budget_e_year_not_adopted');
  // A line edit in an adopted year.
  await refuse('PUT', `/api/v1/budget-lines/${line.id}`, { version: line.version, kind: 'lasten',
    recurrence: 'structureel', taakveld: '2.1', amount: '1.000,00' }, 409, 'budget_e_year_not_concept');
  await refuse('POST', '/api/v1/budget-lines', { performance_id: line.performance.id, kind: 'lasten',
    recurrence: 'structureel', taakveld: '2.1', amount: '1.000,00' }, 409, 'budget_e_year_not_concept');
  // Bad amounts.
  const p15 = b15.lines[0].performance.id;
  const good = { performance_id: p15, kind: 'lasten', recurrence: 'structureel', taakveld: '2.1' };
  const j = await refuse('POST', '/api/v1/budget-lines', { ...good, amount: '250,000' }, 422, 'budget_e_amount_ambiguous');
  assert.equal(j.field, 'amount');
  assert.match(j.error.message, /dubbelzinnig/);
  await refuse('POST', '/api/v1/budget-lines', { ...good, amount: 'veel' }, 422, 'budget_e_amount');
  await refuse('POST', '/api/v1/budget-lines', { ...good, amount: '-5' }, 422, 'budget_e_amount_range');
  await refuse('POST', '/api/v1/budget-lines', { ...good, amount: '20.000.000.000' }, 422, 'budget_e_amount_range');
  await refuse('POST', '/api/v1/amendments', { year: 2014, decided_on: '2014-09-26', description: 'x',
    changes: [{ line_id: line.id, delta: '0' }] }, 422, 'budget_e_amount_zero');
  // An unknown taakveld, and a member that does not belong.
  await refuse('POST', '/api/v1/budget-lines', { ...good, taakveld: '9.9', amount: '1.000' }, 422, 'budget_e_taakveld');
  await refuse('POST', '/api/v1/budget-lines', { ...good, amount: '1.000', colour: 'red' }, 422, 'budget_e_member');
  // Nothing changed.
  assert.deepEqual(await get('/api/v1/budget-lines?year=2014'), before1);
  assert.deepEqual(await get('/api/v1/budget-lines?year=2015'), b15);
  assert.equal((await get('/api/v1/amendments?year=2015')).amendments.length, am0);
});

test('a concept year takes new lines and edits; the performance budget follows', async () => {
  const b15 = await get('/api/v1/budget-lines?year=2015');
  const l0 = b15.lines.find((l) => l.kind === 'lasten');
  const r = await send('POST', '/api/v1/budget-lines', { performance_id: l0.performance.id, kind: 'lasten',
    recurrence: 'incidenteel', taakveld: l0.taakveld.code, description: 'Extra', amount: '1.250.000,00',
    raming: ['0', '0', '0'] });
  assert.equal(r.status, 201, await r.clone().text());
  const nl = await r.json();
  assert.equal(nl.primitief_cents, 125000000);
  const put = await send('PUT', `/api/v1/budget-lines/${nl.id}`, { version: nl.version, kind: 'lasten',
    recurrence: 'incidenteel', taakveld: l0.taakveld.code, description: 'Extra', amount_cents: 100000000 });
  assert.equal(put.status, 200, await put.clone().text());
  const stale = await send('PUT', `/api/v1/budget-lines/${nl.id}`, { version: nl.version, kind: 'lasten',
    recurrence: 'incidenteel', taakveld: l0.taakveld.code, amount_cents: 1 });
  assert.equal(stale.status, 409);
  const after2 = await get('/api/v1/budget-lines?year=2015');
  const sum = after2.lines.filter((l) => l.performance.id === l0.performance.id && l.kind === 'lasten')
    .reduce((a, l) => a + l.actueel_cents, 0);
  const prog = (await get(`/api/v1/programmes/${l0.programme.id}`)).effects.flatMap((e) => e.performances)
    .find((p) => p.id === l0.performance.id);
  assert.equal(prog.budget_cents, sum);
});

test('only concern control reaches the begroting', async () => {
  for (const role of ['manager', 'cmt', 'administrator']) {
    const c = await login(srv.base, role);
    const r = await fetch(srv.base + '/api/v1/budget-lines?year=2014', { headers: { cookie: c } });
    assert.equal(r.status, 403, role);
  }
});
