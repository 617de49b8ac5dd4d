// engines.test.mjs: every page shape of every role, measured by engines
// other than axe (a11y.test.mjs has axe, the keyboard and no-JavaScript):
//  - IBM's Equal Access engine (accessibility-checker-engine) finds no
//    violation;
//  - reflow (WCAG 1.4.10): no page scrolls sideways at 320 CSS px (a 1280 px
//    window at 400 %) nor at 640 CSS px (200 %); only scroll boxes may be
//    wider, and each of those is reachable by keyboard and has a name;
//  - the Nu Html Checker (vnu.jar from npm, run by Debian's Java) reports
//    no error in the HTML as the server sent it (one run over all pages).
// A failing page leaves a screenshot and the findings in tests/browser/out/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../http/server.mjs';
import { ROLES, rolesFor, launch, login, crawl } from './site.mjs';

const require = createRequire(import.meta.url);
const ACE = require.resolve('accessibility-checker-engine/ace.js');
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out', 'engines');
// 320: WCAG 1.4.10's width; 640: a 1280 px window at 200 % zoom.
const WIDTHS = [320, 640];

let srv, browser, roles, htmlDir;
const pages = new Map();         // file name -> "role path", for vnu's findings
// IBM's engine is the slow part (about a second a page): a page whose DOM
// is the same as one already checked for another role, but for the user's
// name and CSRF token, is not checked again.
const checked = new Set();
before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  htmlDir = mkdtempSync(path.join(os.tmpdir(), 'koers-vnu-'));
  srv = await startServer();
  browser = await launch();
  roles = await rolesFor(srv.base);
});
after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.stop();
  if (htmlDir) rmSync(htmlDir, { recursive: true, force: true });
});

const label = (role) => role || 'anonymous';
const slug = (role, p) => `${label(role)}${p.replace(/[^A-Za-z0-9]+/g, '_')}`;

async function evidence(page, role, p, what, findings) {
  mkdirSync(OUT, { recursive: true });
  const base = path.join(OUT, `${slug(role, p)}.${what}`);
  await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => {});
  writeFileSync(`${base}.json`, JSON.stringify({ role: label(role), path: p, findings }, null, 2));
}

// IBM's engine, its own rule set: violations that fail (not the
// "potential" ones or recommendations, which need a person to judge).
async function aceRun(page) {
  const loaded = await page.evaluate(() => typeof window.ace !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: ACE });
  return page.evaluate(async () => {
    const checker = new window.ace.Checker();
    const report = await checker.check(document, ['IBM_Accessibility']);
    return report.results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
      .map((r) => ({ rule: r.ruleId, message: r.message, where: r.path.dom,
        snippet: (r.snippet || '').slice(0, 120) }));
  });
}

// At each width: does the page scroll sideways, and which elements stick
// out?  A scroll box (overflow-x auto/scroll) may hold wider content if it
// can take focus and has a name.
async function reflowProblems(page) {
  const problems = [];
  for (const w of WIDTHS) {
    await page.setViewportSize({ width: w, height: 800 });
    // Let the page's resize handlers run (koers.js) before measuring.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const r = await page.evaluate((width) => {
      const sw = document.documentElement.scrollWidth;
      const out = [];
      const boxes = [];
      const scrolls = (e) => /^(auto|scroll)$/.test(getComputedStyle(e).overflowX);
      for (const e of document.body.querySelectorAll('*')) {
        if (scrolls(e) && e.scrollWidth > e.clientWidth + 1) {
          const named = e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');
          if (e.tabIndex < 0 || !named || !e.getAttribute('role'))
            boxes.push(`${e.tagName.toLowerCase()}.${e.className}: a scroll box ` +
              'needs tabindex="0", a role and a name');
        }
        if (e.getBoundingClientRect().right <= width + 0.5) continue;
        // Inside a scroll box: fine, unless it is positioned out of it (an
        // absolute element belongs to its positioned ancestor, not the box).
        let p = e.parentElement, boxed = false;
        const free = /^(absolute|fixed)$/.test(getComputedStyle(e).position);
        for (; p && p !== document.body; p = p.parentElement) {
          const cs = getComputedStyle(p);
          if (free && cs.position === 'static') continue;
          if (scrolls(p) || cs.overflow === 'hidden') { boxed = true; break; }
        }
        if (boxed) continue;
        // Report the outermost element that sticks out, not all its children.
        if (out.some((o) => o.contains(e))) continue;
        out.push(e);
      }
      return { sw, wide: out.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}` +
        `${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).split(' ').join('.') : ''}` +
        ` (right edge ${Math.round(e.getBoundingClientRect().right)} px)`), boxes };
    }, w);
    if (r.sw > w)
      problems.push(`at ${w} px the page is ${r.sw} px wide: ${r.wide.join(', ') || '?'}`);
    for (const b of r.boxes) problems.push(`at ${w} px ${b}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  return problems;
}

describe('every page shape, every role', { concurrency: 2 }, () => {
for (const role of ROLES) {
  it(`IBM's engine finds no violation and every page reflows (${label(role)})`, async (t) => {
    if (!roles.includes(role)) {
      t.skip('no /login yet: anonymous only');
      return;
    }
    const ctx = await browser.newContext({ bypassCSP: true });
    const page = await ctx.newPage();
    await login(page, srv.base, role);
    const failures = [];
    const paths = await crawl(page, srv.base, async (p, res) => {
      const file = `${slug(role, p)}.html`;
      writeFileSync(path.join(htmlDir, file), await res.body());
      pages.set(file, `${label(role)} ${p}`);
      const dom = await page.evaluate(() => {
        const d = document.documentElement.cloneNode(true);
        for (const e of d.querySelectorAll('input[name="csrf"]')) e.removeAttribute('value');
        for (const e of d.querySelectorAll('.who')) e.textContent = '';
        return d.outerHTML;
      });
      const key = createHash('sha256').update(dom).digest('hex');
      const v = checked.has(key) ? [] : await aceRun(page);
      checked.add(key);
      if (v.length) {
        await evidence(page, role, p, 'ibm', v);
        for (const x of v.slice(0, 8))
          failures.push(`${p}: [${x.rule}] ${x.message} at ${x.where} ${x.snippet}`);
      }
      const reflow = await reflowProblems(page);
      if (reflow.length) {
        await page.setViewportSize({ width: 320, height: 800 });
        await evidence(page, role, p, 'reflow', reflow);
        await page.setViewportSize({ width: 1280, height: 720 });
        for (const x of reflow) failures.push(`${p}: ${x}`);
      }
    }, { perShape: 1 });
    await ctx.close();
    assert.ok(paths.length >= (role ? 8 : 3), `crawled only ${paths.length} pages`);
    t.diagnostic(`${label(role)}: ${paths.length} pages`);
    assert.equal(failures.length, 0,
      `${failures.length} problem(s) as ${label(role)} (screenshots and JSON in ` +
      `tests/browser/out/engines/):\n  ${failures.join('\n  ')}`);
  });
}
});

describe('the HTML as sent', () => {
  it('the Nu Html Checker finds no error on any page of any role', async () => {
    assert.ok(pages.size >= 8, `only ${pages.size} pages collected`);
    const stderr = await new Promise((resolve, reject) => {
      execFile('java', ['-Xss2m', '-jar', VNU, '--format', 'json', '--exit-zero-always', htmlDir],
        { maxBuffer: 64 << 20 }, (err, _out, errout) => (err ? reject(err) : resolve(errout)));
    });
    const { messages } = JSON.parse(stderr);
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    const lines = errors.map((m) => `${pages.get(path.basename(decodeURI(m.url || ''))) ||
      m.url}:${m.lastLine}: ${m.message} ${(m.extract || '').replace(/\s+/g, ' ').slice(0, 100)}`);
    if (lines.length) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(path.join(OUT, 'vnu.json'), JSON.stringify(errors, null, 2));
    }
    assert.equal(lines.length, 0, `${lines.length} error(s) from the Nu Html Checker ` +
      `(all in tests/browser/out/engines/vnu.json):\n  ${lines.slice(0, 60).join('\n  ')}`);
  });
});
