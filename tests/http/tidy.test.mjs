// tidy.test.mjs: every reachable page is valid HTML by HTML Tidy: zero errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer } from './server.mjs';
import { login, ROLES } from './session.mjs';
import { crawl } from './crawl.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); });

function tidyErrors(html) {
  // -errors: report only; exit 2 means errors, 1 warnings only, 0 clean.
  const r = spawnSync('tidy', ['-q', '-errors', '--show-warnings', 'no', '-utf8'], { input: html });
  return { code: r.status, text: r.stderr.toString() };
}

for (const role of ROLES) {
  test(`every page passes tidy without errors (${role || 'anonymous'})`, async () => {
    const cookie = role ? await login(srv.base, role) : '';
    const pages = await crawl(srv.base, cookie);
    const html = pages.filter((p) => p.type.startsWith('text/html') && p.status < 300);
    // Anonymous visitors reach the login page and the accessibility
    // statement only; every role reaches the whole read-only site.
    const least = role ? 8 : 2;
    assert.ok(html.length >= least, `crawled only ${html.length} pages`);
    if (!role) assert.ok(html.some((p) => p.path.startsWith('/login')), 'the login page');
    if (role === 'administrator') assert.ok(html.some((p) => p.path.startsWith('/admin/users/')), 'user pages');
    if (role === 'control') assert.ok(html.some((p) => p.path.startsWith('/begroting/org')) &&
      html.some((p) => /^\/begroting\/\d{4}/.test(p.path)), 'the begroting pages');
    for (const p of html) {
      const t = tidyErrors(p.body);
      assert.ok(t.code < 2, `${p.path}: ${t.text}`);
    }
  });
}
