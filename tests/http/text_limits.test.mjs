// text_limits.test.mjs: control characters in a report's title and
// introductions and in a display name are refused next to the field, with
// what was typed kept (issue 17, item 11: they made the XLSX invalid XML).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { login, csrfOf } from './session.mjs';

async function post(base, cookie, p, fields) {
  const csrf = await csrfOf(base, cookie);
  const r = await fetch(base + p, {
    method: 'POST', redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, ...fields }).toString(),
  });
  return { status: r.status, html: await r.text(), location: r.headers.get('location') };
}

describe('typed texts without control characters', () => {
  let srv, council, admin, q2;
  before(async () => {
    srv = await startServer();
    council = await login(srv.base, 'council');
    admin = await login(srv.base, 'administrator');
    const periods = await (await fetch(srv.base + '/api/v1/periods?year=2014', { headers: { cookie: council } })).json();
    q2 = periods.periods.find((p) => p.name === '2014-Q2');
  });
  after(async () => { await srv.stop(); });

  test('a report title or introduction with a control character is refused at its field and kept', async () => {
    let r = await post(srv.base, council, '/reports', { period: String(q2.id), kind: 'voortgangsrapportage', title: 'Rapportage\u000b2014' });
    assert.equal(r.status, 422);
    assert.match(r.html, /bevat een stuurteken/);
    r = await post(srv.base, council, '/reports', { period: String(q2.id), kind: 'voortgangsrapportage', title: 'Rapportage 2014-Q2' });
    assert.equal(r.status, 303);
    const id = /\/reports\/(\d+)$/.exec(r.location)[1];
    const form = await (await fetch(srv.base + `/reports/${id}`, { headers: { cookie: council } })).text();
    const progId = /name="intro_(\d+)"/.exec(form)[1];
    r = await post(srv.base, council, `/reports/${id}`, { title: 'Rapportage 2014-Q2', intro: 'Eerste\u0001alinea', [`intro_${progId}`]: 'Loopt\u001b[31m' });
    assert.equal(r.status, 422);
    assert.match(r.html, /id="intro-error">[^<]*stuurteken/);
    assert.ok(r.html.includes('Eerste\u0001alinea') || r.html.includes('Eerste&#1;alinea') || /Eerste.{1,6}alinea/.test(r.html), 'the typed text is kept');
    r = await post(srv.base, council, `/reports/${id}`, { title: 'Rapportage\n2014-Q2', intro: 'Twee\nregels\tmet tab.' });
    assert.equal(r.status, 422, 'a title is one line');
    r = await post(srv.base, council, `/reports/${id}`, { title: 'Rapportage 2014-Q2', intro: 'Twee\nregels\tmet tab.' });
    assert.equal(r.status, 303, 'newline and tab are fine in an introduction');
    const x = await fetch(srv.base + `/reports/${id}/export.xlsx`, { headers: { cookie: council } });
    assert.equal(x.status, 200);
  });

  test('a display name with a control character is refused', async () => {
    const units = await (await fetch(srv.base + '/api/v1/org-units', { headers: { cookie: admin } })).json();
    const r = await post(srv.base, admin, '/admin/users', { username: 'tijdelijk2', display_name: 'Tijdelijk\u0007', password: 'lang-genoeg-wachtwoord', role: 'manager', scope: String(units.org_unit.id) });
    assert.equal(r.status, 422);
    assert.match(r.html, /zonder stuurtekens/);
    assert.match(r.html, /value="tijdelijk2"/, 'what was typed is kept');
  });

  test('a title of multi-byte characters cut at any byte in the PDF footer still exports, draft and published', async () => {
    for (const [k, ch] of [[0, '€'], [1, '€'], [2, '€'], [0, 'é'], [1, 'é'], [1, '𝄞'], [2, '𝄞'], [3, '𝄞']]) {
      let title = 'x'.repeat(k);
      while (Buffer.byteLength(title + ch) <= 200) title += ch;
      let r = await post(srv.base, council, '/reports', { period: String(q2.id), kind: 'voortgangsrapportage', title });
      assert.equal(r.status, 303, `title of ${Buffer.byteLength(title)} bytes`);
      const id = /\/reports\/(\d+)$/.exec(r.location)[1];
      const draft = await fetch(srv.base + `/reports/${id}/export.pdf`, { headers: { cookie: council } });
      assert.equal(draft.status, 200, `draft, ${k} + ${ch}`);
      r = await post(srv.base, council, `/reports/${id}/publish`, {});
      assert.equal(r.status, 303);
      for (const f of ['pdf', 'xlsx', 'csv']) {
        const v = await fetch(srv.base + `/reports/${id}/export.${f}?version=1`, { headers: { cookie: council } });
        assert.equal(v.status, 200, `published ${f}, ${k} + ${ch}`);
        await v.arrayBuffer();
      }
    }
  });
});
