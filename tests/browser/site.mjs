// site.mjs: what the browser tests need to know about the site: how to start
// Debian's Chromium, the demo accounts, how to log in through the real login
// form, and which links a crawl follows (the same rules as
// tests/http/crawl.mjs: no downloads, no language switch, no logout).
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

// Never download a browser: tools/deps.sh installs Debian's chromium.
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

// '' is the anonymous visitor; the others are the demo accounts.
export const ROLES = ['', 'administrator', 'cmt', 'director', 'manager', 'council', 'control'];

export const ACCOUNTS = {
  administrator: ['beheerder', 'koers-beheerder-2014'],
  cmt: ['cmt', 'koers-cmt-2014-zoetermeer'],
  director: ['directeur', 'koers-directeur-2014'],
  manager: ['manager', 'koers-manager-2014'],
  council: ['griffie', 'koers-griffie-2014'],
  control: ['control', 'koers-control-2014'],
};

// Roles to test: every role once the login page exists, else anonymous only.
export async function rolesFor(base) {
  const r = await fetch(base + '/login', { redirect: 'manual' });
  await r.arrayBuffer();
  return r.status === 404 ? [''] : ROLES;
}

// Log page's context in as role through the login form (fields username,
// password and the hidden csrf, posted by its submit button).  Works with
// and without JavaScript.  Throws when the login does not take.
export async function login(page, base, role) {
  if (!role) return;
  const [user, pass] = ACCOUNTS[role];
  const res = await page.goto(base + '/login');
  if (!res || res.status() !== 200)
    throw new Error(`login page for ${role}: HTTP ${res && res.status()}`);
  const form = page.locator('form:has(input[name="username"])');
  await form.locator('input[name="username"]').fill(user);
  await form.locator('input[name="password"]').fill(pass);
  await Promise.all([
    page.waitForNavigation(),
    form.locator('button[type="submit"], input[type="submit"], button:not([type])').first().click(),
  ]);
  if (new URL(page.url()).pathname === '/login')
    throw new Error(`login as ${role} (${user}) was refused: still on /login`);
  const cookies = await page.context().cookies(base);
  if (!cookies.some((c) => c.name === 'koers_session'))
    throw new Error(`login as ${role} (${user}) gave no koers_session cookie; at ${page.url()}`);
}

// The path (with query) to follow from href on page `from`, or null.
export function followable(href, from) {
  if (!href || href.startsWith('#')) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null;
  if (href.startsWith('?')) href = from.replace(/\?.*$/, '') + href;
  href = href.replace(/#.*$/, '');
  if (!href.startsWith('/')) return null;
  if (href.startsWith('/static/') || href.startsWith('/logout')) return null;
  if (/[?&]lang=/.test(href)) return null;       // the switch only sets a cookie
  if (/\/export\.|\/template\.|\.(pdf|xlsx|csv|json)(\?|$)/.test(href)) return null;  // downloads
  return href;
}

// Every HTML page reachable from the home page in this browser page's
// context; pages of one shape (/org/12, /org/13, /dashboard?period=...) are
// sampled, perShape each: one, since the pages of a shape come from one
// template and one handler, and every role walks every shape it can reach
// (the browser stage is most of make test's time).
// Calls visit(path, response) on each page while it is loaded.
export async function crawl(page, base, visit, { perShape = 1, limit = 200 } = {}) {
  const seen = new Set();
  const shapes = new Map();
  const queue = ['/'];
  const paths = [];
  while (queue.length && paths.length < limit) {
    const p = queue.shift();
    if (seen.has(p)) continue;
    seen.add(p);
    const shape = p.replace(/\?.*$/, '').replace(/\/\d+/g, '/N');
    const n = shapes.get(shape) || 0;
    if (n >= perShape) continue;
    shapes.set(shape, n + 1);
    const res = await page.goto(base + p);
    const type = (res && res.headers()['content-type']) || '';
    if (!type.startsWith('text/html')) continue;
    paths.push(p);
    await visit(p, res);
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
    for (const h of hrefs) {
      const f = followable(h, p);
      if (f && !seen.has(f)) queue.push(f);
    }
  }
  return paths;
}
