// security-verdict.test.mjs: tools/security-verdict.mjs, which decides
// whether `make security` passes, on made-up report folders: a clean one
// passes, and each way a pass can be unfinished or find something fails
// it, naming the cause.  (No server: the verdict reads files only.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const VERDICT = new URL('../../tools/security-verdict.mjs', import.meta.url).pathname;
const MODULES = ['crlf', 'exec', 'file', 'sql', 'xss', 'redirect', 'blindsql'];

// A finished, clean pass `label` in out; change(files) may edit the files first.
function pass(out, label, change = () => {}) {
  const f = {};
  f[`targets-${label}.json`] = JSON.stringify([{ method: 'GET', url: 'http://x/org/1*', weight: 1 }]);
  f[`sqlmap-${label}/01.txt`] = '# koers target 1/1: GET http://x/org/1*\n' +
    "[10:00:00] [INFO] testing for SQL injection on URI parameter '#1*'\n" +
    "[10:00:09] [WARNING] URI parameter '#1*' does not seem to be injectable\n" +
    '[10:00:09] [WARNING] HTTP error codes detected during run:\n404 (Not Found) - 20 times\n' +
    '\n[*] ending @ 10:00:09 /2026-11-29/\n\n' +
    `# koers end: exit=0 seconds=9.0 share=60 timedout=no session=${label === 'anonymous' ? '-' : '200'}\n`;
  f[`wapiti-${label}.json`] = JSON.stringify({
    vulnerabilities: { 'SQL Injection': [], 'Cross Site Scripting': [] },
    anomalies: { 'Internal Server Error': [] },
  });
  f[`wapiti-${label}.txt`] = '[*] Wapiti found 12 URLs and forms during the scan\n' +
    MODULES.map((m) => `[*] Launching module ${m}\n`).join('') + 'Report\n';
  f[`wapiti-${label}.end`] = `# koers end: exit=0 seconds=30 session=${label === 'anonymous' ? '-' : '200'}\n`;
  f[`access-${label}-sqlmap.log`] = 'access 127.0.0.1 GET /org/1 200 100 1.00ms\n' +
    'access 127.0.0.1 GET /org/1%27 404 100 1.00ms\n';
  f[`access-${label}-wapiti.log`] = 'access 127.0.0.1 GET /org 200 100 1.00ms\n';
  f[`time-${label}.txt`] = 'sqlmap 9\nwapiti 30\n';
  change(f);
  for (const [name, body] of Object.entries(f)) {
    if (body === null) continue;
    mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    writeFileSync(path.join(out, name), body);
  }
}

function verdict(change, labels = ['anonymous', 'manager']) {
  const out = mkdtempSync(path.join(tmpdir(), 'koers-verdict-'));
  try {
    for (const l of labels) pass(out, l, l === 'manager' ? change : undefined);
    const r = spawnSync('node', [VERDICT, out, ...labels], { encoding: 'utf8' });
    return { code: r.status, text: r.stdout + r.stderr };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const sq = 'sqlmap-manager/01.txt';

test('a clean finished pass passes and is summed up', () => {
  const r = verdict(() => {});
  assert.equal(r.code, 0, r.text);
  assert.match(r.text, /sqlmap: 1 targets tested, 1 finished, 0 injectable \(1 parameters\)/);
  assert.match(r.text, /wapiti: 2 categories, 0 findings, 12 URLs and forms crawled, 7\/7 modules finished/);
});

const failures = {
  'a target stopped at its share': [(f) => { f[sq] = f[sq].replace('timedout=no', 'timedout=yes'); },
    /not finished: 01 .*stopped at its share/],
  'a target never run': [(f) => { f[sq] = null; }, /01 .*never run/],
  'a parameter without a conclusion': [(f) => { f[sq] = f[sq].replace(/.*does not seem.*\n/, ''); },
    /tested no parameter|without a conclusion/],
  'sqlmap not at its end': [(f) => { f[sq] = f[sq].replace('[*] ending @', ''); }, /did not reach its end/],
  'the session lost during sqlmap': [(f) => { f[sq] = f[sq].replace('session=200', 'session=303'); },
    /session answered 303/],
  'an injection sqlmap confirmed': [(f) => { f['sqlmap-manager/01/x/log'] = 'Parameter: #1* (URI)\n'; },
    /found an injection/],
  'a results CSV row, even one sqlmap calls a false positive': [(f) => {
    f['sqlmap-manager/01/results-1.csv'] = 'Target URL,Place,Parameter,Technique(s),Note(s)\n' +
      'http://x/login,Referer,Referer,B,false positive or unexploitable\n';
  }, /results: http:\/\/x\/login,Referer/],
  'a 500 in sqlmap\'s summary': [(f) => { f[sq] = f[sq].replace('404 (Not Found)', '500 (Internal Server Error) - 1 times, 404 (Not Found)'); },
    /answered 500/],
  'a wapiti finding': [(f) => {
    f['wapiti-manager.json'] = JSON.stringify({ vulnerabilities: { 'Cross Site Scripting': [{ method: 'POST', path: '/reports', parameter: 'title', info: 'XSS' }] } });
  }, /Cross Site Scripting: POST \/reports title/],
  'no wapiti report': [(f) => { f['wapiti-manager.json'] = null; }, /wrote no report/],
  'wapiti killed by its timeout': [(f) => { f['wapiti-manager.end'] = '# koers end: exit=124 seconds=1080 session=200\n'; },
    /exit 124/],
  'a wapiti module stopped at its bound': [(f) => { f['wapiti-manager.txt'] += 'Max attack time was reached for module xss, stopping.\n'; },
    /module xss stopped/],
  'the wapiti crawl stopped at its bound': [(f) => { f['wapiti-manager.txt'] += 'Max scan time was reached, stopping.\n'; },
    /crawl stopped/],
  'a wapiti module that crashed': [(f) => { f['wapiti-manager.txt'] += "KeyError 'x'\n  File \"/usr/lib/x.py\", line 1, in attack\n"; },
    /a module crashed: KeyError/],
  'a wapiti session lost': [(f) => { f['wapiti-manager.end'] = '# koers end: exit=0 seconds=30 session=303\n'; },
    /lost its login/],
  'GETs mostly redirected to the login page': [(f) => {
    f['access-manager-wapiti.log'] = 'access 127.0.0.1 GET /org 303 0 1.00ms\n'.repeat(3) + 'access 127.0.0.1 GET /org 200 0 1.00ms\n';
  }, /3 of 4 GETs were redirected/],
  'a 500 in the access log': [(f) => { f['access-manager-sqlmap.log'] += 'access 127.0.0.1 POST /entry/1/2014-Q3 500 0 1.00ms\n'; },
    /answered 500 POST \/entry\/N\/N-QN/],
  'a pass with no files at all': [(f) => { for (const k of Object.keys(f)) f[k] = null; }, /no target list/],
};

for (const [name, [change, why]] of Object.entries(failures))
  test(`fails on ${name}`, () => {
    const r = verdict(change);
    assert.equal(r.code, 1, r.text);
    assert.match(r.text, why);
  });

test('an anonymous pass may be redirected to the login page', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'koers-verdict-'));
  try {
    pass(out, 'anonymous', (f) => {
      f['access-anonymous-wapiti.log'] = 'access 127.0.0.1 GET /org 303 0 1.00ms\n'.repeat(3);
    });
    const r = spawnSync('node', [VERDICT, out, 'anonymous'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
