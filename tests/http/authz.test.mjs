// authz.test.mjs: the authorization matrix, generated from the route table
// the server really uses (`koers routes --json`): every route × every role
// (and anonymous) × an in-scope and an out-of-scope unit gets the answer
// that EXPECT below states.  A route without an entry in EXPECT, or whose
// roles differ from it, fails the test: access rules are decided on purpose.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, BIN } from './server.mjs';
import { login, csrfOf, ROLES } from './session.mjs';

const ALL = ['administrator', 'cmt', 'director', 'manager', 'council', 'control'];
const PUBLIC = 'public';
const ENTRY = ['administrator', 'cmt', 'director', 'manager'];
const SCOPED = ['director', 'manager'];
const COMPOSE = ['administrator', 'council'];
const UOM_EDIT = ['administrator', 'control'];
// The begroting's maintenance (issue 14): concern control; the quarters'
// deadlines also the administrator, who opens and closes the quarters.
const BEGROTING = ['control'];
const DEADLINES = ['administrator', 'control'];

// Route (method and pattern) -> who may call it, how to fill {id}, and what
// an allowed call answers.  `id`: a key of the ids fetched in before();
// `unit: true` runs the route for an in-scope and an out-of-scope unit;
// `scoped`: roles that are allowed only within their scope (403 outside).
// `body`: the form sent with a POST (plus the session's csrf); `fresh`: use a
// throw-away session (the call ends it).
const EXPECT = {
  'GET /healthz': { allow: PUBLIC, ok: 200 },
  'GET /static/{*}': { allow: PUBLIC, path: '/static/css/koers.css', ok: 200 },
  'GET /toegankelijkheid': { allow: PUBLIC, ok: 200 },
  'GET /login': { allow: PUBLIC, ok: 200 },
  // Without the login form's own token every POST /login is refused.
  'POST /login': { allow: PUBLIC, ok: 403 },

  'GET /logout': { allow: ALL, ok: 200 },
  'POST /logout': { allow: ALL, ok: 303, fresh: true },
  'GET /account': { allow: ALL, ok: 200 },
  'POST /account/password': { allow: ALL, ok: 422, body: { current: 'x', password: 'a', password2: 'b' } },
  // Without the password nothing is minted (422); the role may, though.
  'POST /account/tokens': { allow: ALL, ok: 422, body: { label: 'matrix' } },
  'POST /account/tokens/{id}/revoke': { allow: ALL, id: 'missing', ok: 404 },

  'GET /': { allow: ALL, ok: 200 },
  'GET /programmes': { allow: ALL, ok: 200 },
  'GET /programmes/{id}': { allow: ALL, id: 'programme', ok: 200 },
  'GET /indicators/{id}': { allow: ALL, id: 'indicator', ok: 200 },
  'GET /org': { allow: ALL, ok: 200 },
  // Everybody reads every unit; scope limits writing, not reading.
  'GET /org/{id}': { allow: ALL, unit: true, ok: 200 },
  // Dashboards: every role reads every dashboard (the CMT steers on them).
  'GET /dashboard': { allow: ALL, ok: 200 },
  'GET /dashboard/programmes/{id}': { allow: ALL, id: 'programme', ok: 200 },
  'GET /dashboard/indicators/{id}': { allow: ALL, id: 'indicator', ok: 200 },
  'GET /dashboard/org/{id}': { allow: ALL, unit: true, ok: 200 },
  'GET /dashboard/deviations': { allow: ALL, ok: 200 },

  'GET /admin/users': { allow: ['administrator'], ok: 200 },
  'POST /admin/users': { allow: ['administrator'], ok: 422, body: { username: '' } },
  'GET /admin/users/{id}': { allow: ['administrator'], id: 'user', ok: 200 },
  'POST /admin/users/{id}/roles': { allow: ['administrator'], id: 'missing', ok: 404 },
  'POST /admin/users/{id}/roles/remove': { allow: ['administrator'], id: 'missing', ok: 404 },
  'POST /admin/users/{id}/password': { allow: ['administrator'], id: 'missing', ok: 404 },
  'POST /admin/users/{id}/deactivate': { allow: ['administrator'], id: 'missing', ok: 404 },
  'POST /admin/users/{id}/activate': { allow: ['administrator'], id: 'missing', ok: 404 },
  // Units of measure: who edits them is R_UOM_EDIT in src/http/routes.c
  // (one line there and UOM_EDIT here when another role may).  A form body
  // is not the API's JSON: 400 for whoever may call it.
  'GET /admin/units-of-measure': { allow: UOM_EDIT, ok: 200 },
  'POST /admin/units-of-measure': { allow: UOM_EDIT, ok: 422, body: { code: '' } },
  'POST /admin/units-of-measure/rename': { allow: UOM_EDIT, ok: 404, body: { code: 'geen', name_nl: 'x', name_en: 'x' } },
  'GET /api/v1/units-of-measure': { allow: ALL, ok: 200 },
  'POST /api/v1/units-of-measure': { allow: UOM_EDIT, ok: 400 },
  'PUT /api/v1/units-of-measure': { allow: UOM_EDIT, ok: 400 },

  // Budget years, their quarters' deadlines and the org tree over the
  // years.  A manager (or anyone but control) cannot change structure.
  'GET /begroting': { allow: DEADLINES, ok: 200 },
  'POST /begroting': { allow: BEGROTING, ok: 422, body: { year: 'x' } },
  'GET /begroting/org': { allow: BEGROTING, ok: 200 },
  'POST /begroting/org/{action}': { allow: BEGROTING, ok: 400, body: { year: '2015' } },
  'GET /begroting/{year}': { allow: DEADLINES, path: '/begroting/2014', ok: 200 },
  'POST /begroting/{year}/state': { allow: BEGROTING, path: '/begroting/2014/state', ok: 400, body: { to: 'sideways' } },
  'POST /periods/{period}/deadlines': { allow: DEADLINES, ok: 422, body: { submission: 'x', review: 'y' } },
  'POST /api/v1/years': { allow: BEGROTING, ok: 400 },
  'POST /api/v1/years/{year}/state': { allow: BEGROTING, path: '/api/v1/years/2014/state', ok: 400 },
  'PUT /api/v1/periods/{period}/deadlines': { allow: DEADLINES, ok: 400 },
  'POST /api/v1/org-units': { allow: BEGROTING, ok: 400 },
  'POST /api/v1/org-units/{id}/{action}': { allow: BEGROTING, id: 'missing', ok: 404 },

  'GET /api/v1/years': { allow: ALL, ok: 200 },
  'GET /api/v1/periods': { allow: ALL, ok: 200 },
  'GET /api/v1/org-units': { allow: ALL, ok: 200 },
  'GET /api/v1/programmes': { allow: ALL, path: '/api/v1/programmes?year=2014', ok: 200 },
  'GET /api/v1/programmes/{id}': { allow: ALL, id: 'programme', ok: 200 },
  'GET /api/v1/indicators/{id}': { allow: ALL, id: 'indicator', ok: 200 },
  'GET /api/v1/rollup/programmes': { allow: ALL, path: '/api/v1/rollup/programmes?period=2014-Q2', ok: 200 },
  'GET /api/v1/rollup/programmes/{id}': { allow: ALL, id: 'programme', ok: 200 },
  'GET /api/v1/rollup/org-units/{id}': { allow: ALL, unit: true, ok: 200 },

  // Quarterly figures (issue 5).  {period} is 2014-Q3, {indicator} an
  // indicator id, {action} an unknown action.  Scope: the manager (PZ) and
  // the director (DV) have PZ-BZ in scope and Stadsbeheer not.
  'GET /work': { allow: ALL, ok: 200 },
  'POST /periods/{period}/state': { allow: ['administrator'], ok: 400, body: { to: 'sideways' } },
  'GET /entry/{id}/{period}': { allow: ENTRY, unit: true, scoped: SCOPED, ok: 200 },
  // PZ-BZ is approved in the demo: an unknown action is refused first.
  'POST /entry/{id}/{period}': { allow: ['manager'], unit: true, scoped: SCOPED, ok: 400, body: { action: 'x' } },
  'GET /entry/{id}/{period}/template.csv': { allow: ENTRY, unit: true, scoped: SCOPED, ok: 200 },
  'GET /entry/{id}/{period}/template.xlsx': { allow: ENTRY, unit: true, scoped: SCOPED, ok: 200 },
  'POST /entry/{id}/{period}/decision': { allow: ['cmt', 'director'], unit: true, scoped: SCOPED, ok: 400, body: { action: 'x' } },
  // Reopening needs a reason: 422 without one.
  'POST /entry/{id}/{period}/reopen': { allow: ['administrator'], id: 'inScope', ok: 422, body: { reason: '' } },
  'GET /figures/{indicator}/{id}/{period}': { allow: ALL, unit: true, ok: 200 },
  'GET /import': { allow: ['manager'], ok: 200 },
  'POST /import': { allow: ['manager'], ok: 400, body: { nofile: '1' } },
  'GET /api/v1/figures': { allow: ENTRY, unitQuery: true, scoped: SCOPED, ok: 200 },
  'PUT /api/v1/figures/{indicator}/{id}/{period}': { allow: ['manager'], unit: true, scoped: SCOPED, ok: 400 },
  'POST /api/v1/submissions/{id}/{period}/{action}': { allow: ENTRY, unit: true, ok: 404 },
  // Progress reports: everyone reads published versions; council staff
  // (griffie) and administrators compose, publish and see drafts.
  'GET /reports': { allow: ALL, ok: 200 },
  'POST /reports': { allow: COMPOSE, ok: 422, body: { title: '' } },
  'GET /reports/new': { allow: COMPOSE, ok: 200 },
  'GET /reports/{id}': { allow: COMPOSE, id: 'missing', ok: 404 },
  'POST /reports/{id}': { allow: COMPOSE, id: 'missing', ok: 404, body: { title: 'x' } },
  'GET /reports/{id}/preview': { allow: COMPOSE, id: 'missing', ok: 404 },
  'POST /reports/{id}/publish': { allow: COMPOSE, id: 'missing', ok: 404 },
  'GET /reports/{id}/versions/{v}': { allow: ALL, path: '/reports/999999/versions/1', ok: 404 },
  'GET /reports/{id}/compare': { allow: ALL, id: 'missing', ok: 404 },
  'GET /reports/{id}/export.pdf': { allow: ALL, path: '/reports/999999/export.pdf?version=1', ok: 404 },
  'GET /reports/{id}/export.xlsx': { allow: ALL, path: '/reports/999999/export.xlsx?version=1', ok: 404 },
  'GET /reports/{id}/export.csv': { allow: ALL, path: '/reports/999999/export.csv?version=1', ok: 404 },
  'GET /reports/{id}/export.json': { allow: ALL, path: '/reports/999999/export.json?version=1', ok: 404 },
  'GET /reports/{id}/export.odt': { allow: ALL, path: '/reports/999999/export.odt?version=1', ok: 404 },
  'GET /reports/{id}/export-nl.csv': { allow: ALL, path: '/reports/999999/export-nl.csv?version=1', ok: 404 },
  'GET /api/v1/reports': { allow: ALL, ok: 200 },
  'GET /api/v1/reports/{id}': { allow: ALL, id: 'missing', ok: 404 },
  'GET /api/v1/reports/{id}/export.pdf': { allow: ALL, path: '/api/v1/reports/999999/export.pdf?version=1', ok: 404 },
  'GET /api/v1/reports/{id}/export.xlsx': { allow: ALL, path: '/api/v1/reports/999999/export.xlsx?version=1', ok: 404 },
  'GET /api/v1/reports/{id}/export.csv': { allow: ALL, path: '/api/v1/reports/999999/export.csv?version=1', ok: 404 },
  'GET /api/v1/reports/{id}/export.json': { allow: ALL, path: '/api/v1/reports/999999/export.json?version=1', ok: 404 },
  // The begroting (issue 14): concern control alone.  The matrix sends a
  // form where JSON is expected: 400 before anything is read.
  'GET /begroting/budget': { allow: BEGROTING, ok: 303 },
  'GET /begroting/{year}/budget': { allow: BEGROTING, path: '/begroting/2014/budget', ok: 200 },
  // An adopted year: adding a line is refused (409), nothing saved.
  'POST /begroting/{year}/budget': { allow: BEGROTING, path: '/begroting/2014/budget', ok: 422, body: { kind: 'x' } },
  'GET /begroting/{year}/lines/{id}': { allow: BEGROTING, path: '/begroting/2014/lines/999999', ok: 404 },
  'POST /begroting/{year}/lines/{id}': { allow: BEGROTING, path: '/begroting/2014/lines/999999', ok: 404, body: { version: 'x' } },
  'GET /begroting/{year}/amendments': { allow: BEGROTING, path: '/begroting/2014/amendments', ok: 200 },
  'POST /begroting/{year}/amendments': { allow: BEGROTING, path: '/begroting/2014/amendments', ok: 422, body: { decided_on: 'x' } },
  'GET /begroting/{year}/amendments/{id}': { allow: BEGROTING, path: '/begroting/2014/amendments/999999', ok: 404 },
  'GET /api/v1/budget-lines': { allow: BEGROTING, path: '/api/v1/budget-lines?year=2014', ok: 200 },
  'POST /api/v1/budget-lines': { allow: BEGROTING, ok: 400, body: { x: '1' } },
  'GET /api/v1/budget-lines/{id}': { allow: BEGROTING, id: 'missing', ok: 404 },
  'PUT /api/v1/budget-lines/{id}': { allow: BEGROTING, id: 'missing', ok: 400, body: { x: '1' } },
  'GET /api/v1/amendments': { allow: BEGROTING, path: '/api/v1/amendments?year=2014', ok: 200 },
  'POST /api/v1/amendments': { allow: BEGROTING, ok: 400, body: { x: '1' } },
  'GET /api/v1/reports/{id}/export.odt': { allow: ALL, path: '/api/v1/reports/999999/export.odt?version=1', ok: 404 },
  'GET /api/v1/reports/{id}/export-nl.csv': { allow: ALL, path: '/api/v1/reports/999999/export-nl.csv?version=1', ok: 404 },
  'POST /api/v1/reports/{id}/publish': { allow: COMPOSE, id: 'missing', ok: 404, body: { confirm_provisional: true } },
  // The programme structure of a concept year (issue 14): concern control
  // only.  2015 is a concept year in the demo; 999999 exists nowhere.  A
  // form body is no JSON object: 400 where the body is read first.
  'GET /begroting/{year}/programmes': { allow: BEGROTING, path: '/begroting/2015/programmes', ok: 200 },
  'POST /begroting/{year}/programmes': { allow: BEGROTING, path: '/begroting/2015/programmes', ok: 422, body: { number: '' } },
  'POST /begroting/{year}/programmes/renumber': { allow: BEGROTING, path: '/begroting/1999/programmes/renumber', ok: 404 },
  'POST /begroting/{year}/programmes/{id}/renumber': { allow: BEGROTING, path: '/begroting/2015/programmes/999999/renumber', ok: 404 },
  'GET /begroting/{year}/programmes/{id}': { allow: BEGROTING, path: '/begroting/2015/programmes/999999', ok: 404 },
  'POST /begroting/{year}/programmes/{id}': { allow: BEGROTING, path: '/begroting/2015/programmes/999999', ok: 404 },
  'POST /begroting/{year}/programmes/{id}/delete': { allow: BEGROTING, path: '/begroting/2015/programmes/999999/delete', ok: 404 },
  'POST /begroting/{year}/programmes/{id}/effects': { allow: BEGROTING, path: '/begroting/2015/programmes/999999/effects', ok: 404 },
  'POST /begroting/{year}/effects/{id}': { allow: BEGROTING, path: '/begroting/2015/effects/999999', ok: 404 },
  'POST /begroting/{year}/effects/{id}/delete': { allow: BEGROTING, path: '/begroting/2015/effects/999999/delete', ok: 404 },
  'POST /begroting/{year}/programmes/{id}/performances': { allow: BEGROTING, path: '/begroting/2015/programmes/999999/performances', ok: 404 },
  'POST /begroting/{year}/performances/{id}': { allow: BEGROTING, path: '/begroting/2015/performances/999999', ok: 404 },
  'POST /begroting/{year}/performances/{id}/delete': { allow: BEGROTING, path: '/begroting/2015/performances/999999/delete', ok: 404 },
  'POST /begroting/{year}/programmes/{id}/indicators': { allow: BEGROTING, path: '/begroting/2015/programmes/999999/indicators', ok: 404 },
  'GET /begroting/{year}/indicators/{id}': { allow: BEGROTING, path: '/begroting/2015/indicators/999999', ok: 404 },
  'POST /begroting/{year}/indicators/{id}': { allow: BEGROTING, path: '/begroting/2015/indicators/999999', ok: 404 },
  'POST /begroting/{year}/indicators/{id}/delete': { allow: BEGROTING, path: '/begroting/2015/indicators/999999/delete', ok: 404 },
  'POST /begroting/{year}/indicators/{id}/units': { allow: BEGROTING, path: '/begroting/2015/indicators/999999/units', ok: 404 },
  'POST /begroting/{year}/indicators/{id}/units/remove': { allow: BEGROTING, path: '/begroting/2015/indicators/999999/units/remove', ok: 404 },
  'POST /begroting/{year}/indicators/{id}/targets': { allow: BEGROTING, path: '/begroting/2015/indicators/999999/targets', ok: 404 },
  'POST /api/v1/programmes': { allow: BEGROTING, ok: 400 },
  'PUT /api/v1/programmes/{id}': { allow: BEGROTING, id: 'missing', ok: 400 },
  'DELETE /api/v1/programmes/{id}': { allow: BEGROTING, id: 'missing', ok: 404 },
  'POST /api/v1/programmes/{id}/effects': { allow: BEGROTING, id: 'missing', ok: 400 },
  'PUT /api/v1/effects/{id}': { allow: BEGROTING, id: 'missing', ok: 400 },
  'DELETE /api/v1/effects/{id}': { allow: BEGROTING, id: 'missing', ok: 404 },
  'POST /api/v1/effects/{id}/performances': { allow: BEGROTING, id: 'missing', ok: 400 },
  'POST /api/v1/effects/{id}/indicators': { allow: BEGROTING, id: 'missing', ok: 400 },
  'PUT /api/v1/performances/{id}': { allow: BEGROTING, id: 'missing', ok: 400 },
  'DELETE /api/v1/performances/{id}': { allow: BEGROTING, id: 'missing', ok: 404 },
  'POST /api/v1/performances/{id}/indicators': { allow: BEGROTING, id: 'missing', ok: 400 },
  'PUT /api/v1/indicators/{id}': { allow: BEGROTING, id: 'missing', ok: 400 },
  'DELETE /api/v1/indicators/{id}': { allow: BEGROTING, id: 'missing', ok: 404 },
  'POST /api/v1/indicators/{id}/units': { allow: BEGROTING, id: 'missing', ok: 400 },
  'DELETE /api/v1/indicators/{indicator}/units/{id}': { allow: BEGROTING, path: '/api/v1/indicators/999999/units/999999', ok: 404 },
  'POST /api/v1/years/{id}/renumber': { allow: BEGROTING, path: '/api/v1/years/1999/renumber', ok: 404 },
  'POST /api/v1/programmes/{id}/renumber': { allow: BEGROTING, id: 'missing', ok: 404 },
  'PUT /api/v1/indicators/{indicator}/targets/{id}': { allow: BEGROTING, path: '/api/v1/indicators/999999/targets/999999', ok: 404 },
};

const routes = JSON.parse(execFileSync(BIN, ['routes', '--json']).toString());
let srv;
const jar = {};
const csrf = {};
const ids = {};

before(async () => {
  srv = await startServer();
  for (const role of ALL) {
    jar[role] = await login(srv.base, role);
    csrf[role] = await csrfOf(srv.base, jar[role]);
  }
  const get = async (p) => (await fetch(srv.base + p, { headers: { cookie: jar.cmt } })).json();
  const progs = await get('/api/v1/programmes?year=2014');
  ids.programme = progs.programmes[0].id;
  const p = await get(`/api/v1/programmes/${ids.programme}`);
  ids.indicator = p.effects[0].performances[0].indicators[0].id;
  const units = [];
  const walk = (u) => { units.push(u); (u.children || []).forEach(walk); };
  walk((await get('/api/v1/org-units')).org_unit);
  // The demo manager is scoped to Publiekszaken (PZ), the director to
  // Dienstverlening (DV): a team below PZ is in both scopes, Stadsbeheer
  // (SB) in neither.
  ids.inScope = units.find((u) => u.code === 'PZ-BZ').id;
  ids.outScope = units.find((u) => u.code === 'SB').id;
  const admin = await (await fetch(srv.base + '/admin/users', { headers: { cookie: jar.administrator } })).text();
  ids.user = Number(/href="\/admin\/users\/(\d+)"/.exec(admin)[1]);
  ids.missing = 999999;
});
after(async () => { await srv.stop(); });

const key = (r) => `${r.method} ${r.pattern}`;

test('every route in the table has a deliberate access rule, and no rule is stale', () => {
  const keys = new Set(routes.map(key));
  for (const r of routes) assert.ok(EXPECT[key(r)], `route ${key(r)} has no entry in EXPECT: decide who may call it`);
  for (const k of Object.keys(EXPECT)) assert.ok(keys.has(k), `EXPECT has ${k}, which is not in the route table`);
});

test('the route table gives each route exactly the roles EXPECT says', () => {
  for (const r of routes) {
    const e = EXPECT[key(r)];
    if (!e) continue;
    if (e.allow === PUBLIC) {
      assert.equal(r.public, true, `${key(r)} should be public`);
    } else {
      assert.equal(r.public, false, `${key(r)} must not be public`);
      assert.deepEqual([...r.roles].sort(), [...e.allow].sort(), key(r));
    }
  }
});

// The other captures of a pattern: a period, an indicator, an action.
const fill = (p) => p.replace('{period}', '2014-Q3').replace('{year}', '2014')
  .replace('{indicator}', ids.indicator).replace('{action}', 'sideways');

function pathsFor(r, e) {
  if (e.path) return [{ path: e.path, inScope: true }];
  if (e.unitQuery) {
    return [
      { path: `${r.pattern}?org_unit=${ids.inScope}&period=2014-Q3`, inScope: true },
      { path: `${r.pattern}?org_unit=${ids.outScope}&period=2014-Q3`, inScope: false },
    ];
  }
  if (e.unit) {
    return [
      { path: fill(r.pattern.replace('{id}', ids.inScope)), inScope: true },
      { path: fill(r.pattern.replace('{id}', ids.outScope)), inScope: false },
    ];
  }
  return [{ path: fill(e.id ? r.pattern.replace('{id}', ids[e.id]) : r.pattern), inScope: true }];
}

for (const role of ROLES) {
  test(`matrix: every route as ${role || 'anonymous'}`, async () => {
    let checked = 0;
    for (const r of routes) {
      const e = EXPECT[key(r)];
      if (!e) continue;
      for (const { path, inScope } of pathsFor(r, e)) {
        let cookie = role ? jar[role] : '';
        let token = role ? csrf[role] : '';
        if (e.fresh && role) {
          cookie = await login(srv.base, role);
          token = await csrfOf(srv.base, cookie);
        }
        const opts = { method: r.method, redirect: 'manual', headers: { cookie } };
        if (r.method !== 'GET') {
          opts.body = new URLSearchParams({ ...(e.body || {}), ...(token ? { csrf: token } : {}) });
        }
        const res = await fetch(srv.base + path, opts);
        await res.arrayBuffer();
        const what = `${r.method} ${path} as ${role || 'anonymous'}`;
        const allowed = e.allow === PUBLIC ||
          (role && e.allow.includes(role) && (inScope || !(e.scoped || []).includes(role)));
        if (allowed) {
          assert.equal(res.status, e.ok, what);
        } else if (!role) {
          if (r.api) {
            assert.equal(res.status, 401, what);
          } else {
            assert.equal(res.status, 303, what);
            assert.match(res.headers.get('location'), /^\/login\?next=/, what);
          }
        } else {
          assert.equal(res.status, 403, what);
        }
        checked++;
      }
    }
    assert.ok(checked >= routes.length, `checked ${checked} calls`);
  });
}

test('a manager is in scope for units below their own and out of scope elsewhere (auth_scope via the data)', async () => {
  // The scope decision itself is unit-tested (tests/unit/test_auth.c); here:
  // the ids the matrix uses really are inside and outside the manager's unit.
  const org = await (await fetch(srv.base + '/api/v1/org-units', { headers: { cookie: jar.manager } })).json();
  const find = (u, code, path = []) => u.code === code ? [...path, u.code]
    : (u.children || []).map((c) => find(c, code, [...path, u.code])).find(Boolean);
  assert.ok(find(org.org_unit, 'PZ-BZ').includes('PZ'));
  assert.ok(!find(org.org_unit, 'SB').includes('PZ'));
});
