// a11y.test.mjs: every page a user can reach, for every role, in a real
// browser (Debian's Chromium):
//  - axe-core finds zero WCAG 2.1 A/AA violations;
//  - the keyboard alone works: the first Tab lands on the skip link, which
//    is visible and moves focus to <main>; Tab reaches every interactive
//    element, and each shows a visible focus indicator;
//  - the page breaks no rule of its own Content Security Policy;
//  - with JavaScript off the page answers the same and shows the same content.
// A failing page leaves a screenshot and the findings as JSON in
// tests/browser/out/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../http/server.mjs';
import { ROLES, rolesFor, launch, login, crawl } from './site.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let srv, browser, roles;
before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  srv = await startServer();
  browser = await launch();
  roles = await rolesFor(srv.base);
});
after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.stop();
});

const label = (role) => role || 'anonymous';
const slug = (role, p) => `${label(role)}${p.replace(/[^A-Za-z0-9]+/g, '_')}`;

// Save what a failing page looked like and why.
async function evidence(page, role, p, what, findings) {
  mkdirSync(OUT, { recursive: true });
  const base = path.join(OUT, `${slug(role, p)}.${what}`);
  await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => {});
  writeFileSync(`${base}.json`, JSON.stringify({ role: label(role), path: p, findings }, null, 2));
}

async function axeRun(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, TAGS);
}

// The keyboard walk: returns a list of problems (empty when fine).
async function keyboardProblems(page) {
  const problems = [];
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a.tagName !== 'A' || !(a.getAttribute('href') || '').startsWith('#'))
      return { ok: false, got: a ? a.outerHTML.slice(0, 80) : 'nothing' };
    const r = a.getBoundingClientRect();
    return { ok: true, target: a.getAttribute('href').slice(1),
      visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 };
  });
  if (!skip.ok) {
    problems.push(`first Tab does not reach a skip link (got ${skip.got})`);
  } else {
    if (!skip.visible) problems.push('skip link is not visible when focused');
    await page.keyboard.press('Enter');
    const landed = await page.evaluate(() => {
      const a = document.activeElement;
      return a ? `${a.tagName.toLowerCase()}#${a.id}` : 'nothing';
    });
    if (landed !== `main#${skip.target}`)
      problems.push(`skip link moves focus to ${landed}, not main#${skip.target}`);
  }

  // Mark every visible interactive element, then Tab through the page from
  // a fresh load (after the skip link the walk would start inside <main>).
  await page.reload();
  const total = await page.evaluate(() => {
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, ' +
      'summary, [tabindex]:not([tabindex^="-"]), [contenteditable="true"]';
    let n = 0;
    for (const e of document.querySelectorAll(sel)) {
      if (e.disabled || e.closest('[inert]') || e.getClientRects().length === 0) continue;
      const cs = getComputedStyle(e);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      e.dataset.kbd = String(n++);
    }
    return n;
  });
  // Each focus is recorded in the page as it happens (a focusin listener),
  // so the walk is one key press per element and one read at the end, not a
  // round trip to the browser after every press.
  await page.evaluate(() => {
    window.__kbdWalk = [];
    document.addEventListener('focusin', (ev) => {
      const a = ev.target;
      const cs = getComputedStyle(a);
      const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) ||
        cs.boxShadow !== 'none';
      window.__kbdWalk.push({ id: a.dataset ? a.dataset.kbd : undefined, ring,
        html: a.outerHTML.slice(0, 80) });
    });
  });
  // Presses go in batches of ten, then the walk so far is read: a date
  // field takes a Tab per part (day, month, year), so the number of presses
  // is not the number of elements.
  const reached = new Set();
  let walk = [], wrapped = false;
  for (let pressed = 0; !wrapped && reached.size < total && pressed < 3 * total + 20; pressed += 10) {
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    walk = await page.evaluate(() => window.__kbdWalk);
    reached.clear();
    wrapped = false;
    for (const f of walk) {
      if (f.id === undefined) continue;   // e.g. <main tabindex=-1> is not in the walk
      if (reached.has(f.id)) { wrapped = true; break; }   // wrapped around
      reached.add(f.id);
    }
  }
  const ringless = new Set();
  for (const f of walk) {
    if (f.id === undefined || ringless.has(f.id)) continue;
    if (!f.ring) { ringless.add(f.id); problems.push(`no visible focus indicator on ${f.html}`); }
  }
  if (reached.size < total) {
    const missed = await page.evaluate((got) =>
      [...document.querySelectorAll('[data-kbd]')]
        .filter((e) => !got.includes(e.dataset.kbd))
        .slice(0, 5).map((e) => e.outerHTML.slice(0, 80)), [...reached]);
    problems.push(`Tab reaches ${reached.size} of ${total} interactive elements; ` +
      `missed e.g. ${missed.join(' | ')}`);
  }
  return problems;
}

// Two roles at a time: the browser and the server share the two cores.
describe('every page, every role', { concurrency: 2 }, () => {
for (const role of ROLES) {
  it(`every page is accessible, keyboard-operable and works without JavaScript (${label(role)})`, async (t) => {
    if (!roles.includes(role)) {
      t.skip('no /login yet: anonymous only');
      return;
    }
    // 1. axe-core, in a context that lets the test inject axe past the CSP.
    const axeCtx = await browser.newContext({ bypassCSP: true });
    const page = await axeCtx.newPage();
    await login(page, srv.base, role);
    const failures = [];
    const seen = new Map();      // path -> { status, text }
    const paths = await crawl(page, srv.base, async (p, res) => {
      const text = await page.locator('main').innerText().catch(() => null);
      seen.set(p, { status: res.status(), text });
      const v = await axeRun(page);
      if (v.length) {
        await evidence(page, role, p, 'axe', v);
        for (const x of v)
          failures.push(`${p}: [${x.impact}] ${x.id}: ${x.help} (${x.nodes.length}×: ` +
            `${x.nodes.slice(0, 3).map((n) => n.target).join(', ')}) ${x.helpUrl}`);
      }
    });
    await axeCtx.close();
    // Anonymous visitors see little once there is a login: home, login,
    // the accessibility statement.
    const least = role || !roles.includes('administrator') ? 8 : 3;
    assert.ok(paths.length >= least, `crawled only ${paths.length} pages: ${paths.join(' ')}`);

    // 2. The keyboard and the real CSP: no bypass here.
    const kbCtx = await browser.newContext();
    const kb = await kbCtx.newPage();
    const csp = [];
    kb.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    kb.on('pageerror', (e) => csp.push(`script error: ${e.message}`));
    await login(kb, srv.base, role);
    for (const p of paths) {
      csp.length = 0;
      await kb.goto(srv.base + p);
      const problems = await keyboardProblems(kb);
      problems.push(...csp.map((c) => `CSP: ${c}`));
      if (problems.length) {
        await evidence(kb, role, p, 'keyboard', problems);
        for (const x of problems) failures.push(`${p}: ${x}`);
      }
    }
    await kbCtx.close();

    // 3. Without JavaScript: same status, same content.
    const njCtx = await browser.newContext({ javaScriptEnabled: false });
    const nj = await njCtx.newPage();
    await login(nj, srv.base, role);
    for (const p of paths) {
      const res = await nj.goto(srv.base + p);
      const want = seen.get(p);
      const text = await nj.locator('main').innerText().catch(() => null);
      const problems = [];
      if (res.status() !== want.status)
        problems.push(`without JavaScript: HTTP ${res.status()}, with: ${want.status}`);
      if (text === null) problems.push('without JavaScript: no <main>');
      else if (text !== want.text) problems.push('without JavaScript the content differs');
      if (problems.length) {
        await evidence(nj, role, p, 'nojs', { problems, with: want.text, without: text });
        for (const x of problems) failures.push(`${p}: ${x}`);
      }
    }
    await njCtx.close();

    t.diagnostic(`${label(role)}: ${paths.length} pages`);
    assert.equal(failures.length, 0,
      `${failures.length} problem(s) as ${label(role)} (screenshots and JSON in tests/browser/out/):\n  ` +
      failures.join('\n  '));
  });
}
});
