// security-scope.mjs: a manager tries to write another unit's data, with
// everything a real manager has: a logged-in session with its CSRF token,
// and an API token of their own (`koers token create`).  The demo manager's
// scope is Publiekszaken (PZ); the targets are Stadsbeheer (SB, afdeling,
// owner of costs) and its team Groen (SB-GR, reports indicators), period
// 2014-Q3 (open).  Attempts: POST the entry form (save and submit), PUT a
// figure over the API (session and token), POST the submission's submit
// (session and token), and an import CSV with a row for each unit.  Every
// attempt must be refused (403, or the import's per-row error with nothing
// saved) and the database must hold exactly what it held before for those
// units: their figure, cost and submission rows, versions included, and the
// data generation counter that every figure, cost and submission write
// raises.  Control: the same credentials read the manager's own unit (200),
// so a 403 is the scope at work, not a broken login.
//   node tools/security-scope.mjs BASE DB KOERS_BIN
// Exits 1 on any failure, listing each.
import { execFileSync } from 'node:child_process';
import { login, csrfOf } from '../tests/http/session.mjs';

const [base, db, bin] = process.argv.slice(2);
if (!base || !db || !bin) {
  console.error('usage: node tools/security-scope.mjs BASE DB KOERS_BIN');
  process.exit(2);
}
const P = '2014-Q3';
const problems = [];
const sql = (q) => execFileSync('sqlite3', ['-readonly', db, q], { encoding: 'utf8' }).trim();
const id = (code) => sql(`SELECT id FROM org_unit WHERE code = '${code}'`);

const own = id('PZ');
const sb = id('SB');
const team = id('SB-GR');
const period = sql(`SELECT id FROM period WHERE year = 2014 AND quarter = 3`);
const indicator = sql(`SELECT i.id FROM indicator_unit iu JOIN indicator i ON i.id = iu.indicator_id
  WHERE iu.org_unit_id = ${team} AND i.code LIKE '2014.%' ORDER BY i.id LIMIT 1`);
const icode = sql(`SELECT code FROM indicator WHERE id = ${indicator}`);
const perf = sql(`SELECT p.id FROM performance p JOIN cost c ON c.performance_id = p.id
  WHERE p.org_unit_id = ${sb} AND c.period_id = ${period} ORDER BY p.id LIMIT 1`);
for (const [k, v] of Object.entries({ own, sb, team, period, indicator, perf }))
  if (!/^\d+$/.test(v)) { console.error(`security-scope: no ${k} in the demo database`); process.exit(1); }

// What the database holds for the two units (every period, every column).
function snapshot() {
  const units = `${sb}, ${team}`;
  return [
    sql(`SELECT * FROM figure WHERE org_unit_id IN (${units}) ORDER BY id`),
    sql(`SELECT c.* FROM cost c JOIN performance p ON p.id = c.performance_id
      WHERE p.org_unit_id IN (${units}) ORDER BY c.performance_id, c.period_id`),
    sql(`SELECT * FROM submission WHERE org_unit_id IN (${units}) ORDER BY org_unit_id, period_id`),
    sql(`SELECT n FROM data_generation`),
  ];
}

const cookie = await login(base, 'manager');
const csrf = await csrfOf(base, cookie);
const token = execFileSync(bin, ['token', 'create', '--db', db, 'manager', '--label', 'security-scope'],
  { encoding: 'utf8' }).trim();
if (!/^koers_[0-9a-f]+$/.test(token)) {
  console.error(`security-scope: koers token create gave ${JSON.stringify(token)}`);
  process.exit(1);
}
const SESSION = { cookie, 'X-CSRF-Token': csrf };
const TOKEN = { Authorization: `Bearer ${token}` };

async function call(method, path, headers, body, type = 'application/json') {
  const h = { ...headers };
  if (body !== undefined && type) h['Content-Type'] = type;
  const r = await fetch(base + path, { method, headers: h, body, redirect: 'manual' });
  return { status: r.status, text: await r.text() };
}

// Control: both credentials read and may write the manager's own unit (a
// stale version: 409, nothing written), and the session's form posts pass
// the CSRF check there.  Otherwise a 403 below could be a broken login.
const ownInd = sql(`SELECT i.id FROM indicator_unit iu JOIN indicator i ON i.id = iu.indicator_id
  WHERE iu.org_unit_id = ${own} AND i.code LIKE '2014.%' ORDER BY i.id LIMIT 1`);
for (const [how, h] of [['session', SESSION], ['token', TOKEN]]) {
  let r = await call('GET', `/api/v1/figures?org_unit=${own}&period=${P}`, h);
  if (r.status !== 200) problems.push(`control: ${how} cannot read its own unit (${r.status})`);
  r = await call('PUT', `/api/v1/figures/${ownInd}/${own}/${P}`, h,
    JSON.stringify({ version: 999999, explanation: 'control' }));
  if (r.status !== 409) problems.push(`control: ${how} PUT on its own unit with a stale version: ${r.status}, not 409`);
}
{
  const r = await call('POST', `/entry/${own}/${P}`, { cookie }, new URLSearchParams({ csrf,
    action: 'save', [`f${ownInd}_version`]: '999999' }), 'application/x-www-form-urlencoded');
  if (r.status === 403 || r.status >= 500) problems.push(`control: the entry form of its own unit: ${r.status}`);
}

const before = snapshot();
const attempts = [];
const expect403 = async (what, r) => {
  attempts.push(`${what}: ${r.status}`);
  if (r.status !== 403) problems.push(`${what}: ${r.status}, not 403`);
};

// The entry form, as the browser would post it.
for (const action of ['save', 'submit']) {
  await expect403(`POST /entry/${team}/${P} (figure, ${action})`, await call('POST', `/entry/${team}/${P}`,
    { cookie }, new URLSearchParams({ csrf, action, [`f${indicator}_version`]: '0',
      [`f${indicator}_value`]: '1', [`f${indicator}_forecast`]: '1' }), 'application/x-www-form-urlencoded'));
  await expect403(`POST /entry/${sb}/${P} (cost, ${action})`, await call('POST', `/entry/${sb}/${P}`,
    { cookie }, new URLSearchParams({ csrf, action, [`c${perf}_version`]: '1',
      [`c${perf}_realised`]: '1', [`c${perf}_cost_forecast`]: '1' }), 'application/x-www-form-urlencoded'));
}
// The API, with the session and with the token.
for (const [how, h] of [['session', SESSION], ['token', TOKEN]]) {
  for (const u of [team, sb]) {
    await expect403(`PUT /api/v1/figures/${indicator}/${u}/${P} (${how})`,
      await call('PUT', `/api/v1/figures/${indicator}/${u}/${P}`, h,
        JSON.stringify({ version: 0, value: '1', forecast: '1', explanation: 'scope' })));
    await expect403(`POST /api/v1/submissions/${u}/${P}/submit (${how})`,
      await call('POST', `/api/v1/submissions/${u}/${P}/submit`, h, '{}'));
  }
}
// The import: one row for the team's indicator.  The import knows units by
// code, so the refusal is a per-row error naming the unit, nothing saved.
{
  const csv = 'indicator_code;org_unit_code;period;value;forecast;numerator;denominator;weight;explanation;measure\n' +
    `${icode};SB-GR;${P};1;1;;;;;\n`;
  const fd = new FormData();
  fd.append('csrf', csrf);
  fd.append('file', new Blob([csv], { type: 'text/csv' }), 'cijfers.csv');
  const r = await fetch(base + '/import', { method: 'POST', body: fd, headers: { cookie } });
  const html = await r.text();
  attempts.push(`POST /import (row for SB-GR): ${r.status}`);
  if (r.status !== 422 && r.status !== 403)
    problems.push(`POST /import with a row for SB-GR: ${r.status}, not refused`);
  else if (r.status === 422 && !/<td>org_unit_code<\/td><td>SB-GR<\/td>/.test(html))
    problems.push('POST /import with a row for SB-GR: refused, but the report does not name org_unit_code SB-GR');
}

const after = snapshot();
const names = ['figure rows', 'cost rows', 'submission rows', 'data generation'];
after.forEach((a, i) => {
  if (a !== before[i]) problems.push(`the database changed: ${names[i]} of SB/SB-GR\nbefore:\n${before[i]}\nafter:\n${a}`);
});

for (const a of attempts) console.log(`   ${a}`);
if (problems.length) {
  console.error(`security-scope: FAIL\n - ${problems.join('\n - ')}`);
  process.exit(1);
}
console.log(`security-scope: ${attempts.length} attempts on SB and SB-GR refused, their data unchanged`);
